export type PanelLanguage = 'ru' | 'en'

export const MESSAGES = {
  ru: {
    title: 'Публичный сайт',
    idle: 'Сайт ещё не собирался отсюда.',
    requested: 'Сборка запрошена у хостинга',
    building: 'Сайт собирается',
    live: 'Сайт опубликован',
    failed: 'Сборка не удалась',
    since: 'с',
    at: 'в',
    for: 'Изменения',
    pending: 'Скоро пересоберётся — ждёт ещё правок:',
    previousKept: 'Опубликованный сайт не изменился.',
    rebuild: 'Пересобрать сайт сейчас',
    starting: 'Запускаем…',
    noBuilder:
      'Сборка сайта здесь не настроена: задайте SITE_BUILD_HOOK_URL (build hook Netlify), чтобы публикации обновляли сайт.',
    unreachable: 'Не удалось узнать состояние сайта',
  },
  en: {
    title: 'Public site',
    idle: 'The site has not been built from here yet.',
    requested: 'Build requested from the host',
    building: 'The site is building',
    live: 'The site is live',
    failed: 'The build failed',
    since: 'since',
    at: 'at',
    for: 'Changes',
    pending: 'Rebuilding shortly — waiting for more edits:',
    previousKept: 'The published site is unchanged.',
    rebuild: 'Rebuild the site now',
    starting: 'Starting…',
    noBuilder:
      'Nothing builds the site here: set SITE_BUILD_HOOK_URL (a Netlify build hook) so that publishing updates the site.',
    unreachable: 'Could not read the site status',
  },
} as const

/** When a build happened, on the editor's own clock, with that clock's zone named. */
export function buildTime(iso: string | null | undefined, language: PanelLanguage): string {
  if (!iso) return ''
  // Components, not dateStyle/timeStyle: those two cannot be combined with timeZoneName.
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso))
}
