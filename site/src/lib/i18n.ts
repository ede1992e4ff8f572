import { DEFAULT_LOCALE, latinize, type Locale, type OptionalLocalizedText } from '@programma/shared'

import { plural } from './plural'

export { plural }

/** Text in the page's language, or Russian with a note when there is no translation. */
export interface Shown {
  text: string
  /** The language the text is actually in, for a `lang` attribute when it differs from the page. */
  lang: Locale
  isFallback: boolean
}

export function show(value: OptionalLocalizedText, locale: Locale): Shown | null {
  const own = value[locale]
  if (own) return { text: own, lang: locale, isFallback: false }
  const fallback = value[DEFAULT_LOCALE]
  return fallback ? { text: fallback, lang: DEFAULT_LOCALE, isFallback: locale !== DEFAULT_LOCALE } : null
}

/**
 * A person's name: on the English site an untranslated Russian name is transliterated
 * ("Анна Петрова" → "Anna Petrova"), which is how such names are written in English.
 */
export function showName(value: OptionalLocalizedText, locale: Locale): Shown | null {
  const shown = show(value, locale)
  if (!shown || !shown.isFallback || locale !== 'en') return shown
  return { text: latinize(shown.text), lang: 'en', isFallback: false }
}

export function showText(value: OptionalLocalizedText, locale: Locale): string {
  return show(value, locale)?.text ?? ''
}

const UI = {
  ru: {
    siteName: 'Программа салона',
    programme: 'Программа',
    skipToContent: 'Перейти к содержанию',
    language: 'English',
    languageCode: 'en',
    moscowTime: 'МСК (UTC+3)',
    stages: 'Этапы',
    forums: 'Форумы',
    keyFigures: 'Ключевые цифры',
    days: 'Дни программы',
    sessionsCount: (count: number) => `${count} ${plural(count, ['сессия', 'сессии', 'сессий'])}`,
    participants: 'Участники',
    partners: 'Партнёры',
    description: 'Описание',
    audience: 'Для кого',
    topics: 'Темы',
    register: 'Зарегистрироваться',
    recording: 'Запись',
    stream: 'Трансляция',
    place: 'Место',
    myProgramme: 'Моя программа',
    addFavourite: 'Добавить в мою программу',
    removeFavourite: 'Убрать из моей программы',
    myProgrammeEmpty: 'Здесь появятся сессии, отмеченные звёздочкой в программе.',
    needsJavaScript: 'Моя программа хранится в браузере и работает с включённым JavaScript.',
    showLocalTime: 'Показать в моём времени',
    showForumTime: 'Показать по Москве',
    now: 'Сейчас',
    onAir: 'В эфире',
    next: 'Далее',
    filters: 'Фильтры',
    facet: {
      stage: 'Этап',
      forum: 'Форум',
      format: 'Формат',
      audience: 'Аудитория',
      topic: 'Тема',
      language: 'Язык',
    },
    shown: 'Показано {shown} из {total}',
    resetFilters: 'Сбросить фильтры',
    allDays: 'Все дни',
    gridView: 'Сетка по залам',
    listView: 'Списком',
    addToCalendar: 'Добавить в календарь',
    googleCalendar: 'Google Календарь',
    outlookCalendar: 'Outlook',
    dayProgramme: 'Программа дня',
    experts: 'Эксперты',
    partnersTitle: 'Партнёры',
    mainNavigation: 'Разделы',
    sessions: 'Сессии',
    website: 'Сайт',
    products: 'Продукты и услуги',
    contacts: 'Контакты',
    stand: 'Стенд',
    video: 'Видеопрезентация',
    links: 'Ссылки',
    byLetter: 'По алфавиту',
    when: 'Когда',
    format: 'Формат',
    online: 'Онлайн',
    moved: 'Сессия перенесена',
    movedFrom: 'Прежнее время',
    cancelled: 'Сессия отменена',
    notTranslated: 'Перевода нет, текст на русском',
    archive: 'Архив',
    other: 'Без форума',
    materials: 'Материалы',
    notFound: 'Страница не найдена',
    backHome: 'На главную',
    search: 'Поиск',
    organiser: 'Организатор',
    searchLabel: 'Поиск по программе, экспертам и партнёрам',
    searchPlaceholder: 'Тема, имя, регион, компания',
    searchButton: 'Найти',
    searchNeedsJavaScript:
      'Поиск работает с включённым JavaScript. Без него программу можно смотреть по дням и фильтрам:',
    searchLoading: 'Ищем…',
    searchNothing: 'Ничего не найдено по запросу «{query}». Попробуйте другое слово или уберите фильтры.',
    searchFound: {
      one: 'По запросу «{query}» найден {count} результат',
      few: 'По запросу «{query}» найдено {count} результата',
      many: 'По запросу «{query}» найдено {count} результатов',
    },
    searchPrompt: 'Введите слово: тему, имя эксперта, регион или компанию.',
    searchFailed: 'Поиск сейчас недоступен. Обновите страницу или попробуйте позже.',
    searchSort: 'Порядок',
    searchSortRelevance: 'Сначала подходящие',
    searchSortTime: 'Сессии по времени',
    searchMore: 'Показать ещё',
    searchFilter: { type: 'Что искать', edition: 'Салон', forum: 'Форум', format: 'Формат', day: 'День' },
    searchKind: { session: 'Сессия', recording: 'Есть запись', expert: 'Эксперт', partner: 'Партнёр' },
  },
  en: {
    siteName: 'Salon programme',
    programme: 'Programme',
    skipToContent: 'Skip to content',
    language: 'Русский',
    languageCode: 'ru',
    moscowTime: 'MSK (UTC+3)',
    stages: 'Stages',
    forums: 'Forums',
    keyFigures: 'Key figures',
    days: 'Programme days',
    sessionsCount: (count: number) => `${count} ${count === 1 ? 'session' : 'sessions'}`,
    participants: 'Participants',
    partners: 'Partners',
    description: 'Description',
    audience: 'For',
    topics: 'Topics',
    register: 'Register',
    recording: 'Recording',
    stream: 'Stream',
    place: 'Place',
    myProgramme: 'My programme',
    addFavourite: 'Add to my programme',
    removeFavourite: 'Remove from my programme',
    myProgrammeEmpty: 'Sessions you star in the programme appear here.',
    needsJavaScript: 'My programme is kept in your browser and needs JavaScript.',
    showLocalTime: 'Show in my time',
    showForumTime: 'Show in Moscow time',
    now: 'Now',
    onAir: 'On air',
    next: 'Next',
    filters: 'Filters',
    facet: {
      stage: 'Stage',
      forum: 'Forum',
      format: 'Format',
      audience: 'Audience',
      topic: 'Topic',
      language: 'Language',
    },
    shown: 'Showing {shown} of {total}',
    resetFilters: 'Clear filters',
    allDays: 'All days',
    gridView: 'Grid by place',
    listView: 'As a list',
    addToCalendar: 'Add to calendar',
    googleCalendar: 'Google Calendar',
    outlookCalendar: 'Outlook',
    dayProgramme: 'Programme of the day',
    experts: 'Experts',
    partnersTitle: 'Partners',
    mainNavigation: 'Sections',
    sessions: 'Sessions',
    website: 'Website',
    products: 'Products and services',
    contacts: 'Contacts',
    stand: 'Stand',
    video: 'Video presentation',
    links: 'Links',
    byLetter: 'A to Z',
    when: 'When',
    format: 'Format',
    online: 'Online',
    moved: 'This session has moved',
    movedFrom: 'Previously',
    cancelled: 'This session is cancelled',
    notTranslated: 'Not translated: shown in Russian',
    archive: 'Archive',
    other: 'Other sessions',
    materials: 'Materials',
    notFound: 'Page not found',
    backHome: 'Home',
    search: 'Search',
    organiser: 'Organiser',
    searchLabel: 'Search the programme, experts and partners',
    searchPlaceholder: 'Topic, name, region, company',
    searchButton: 'Search',
    searchNeedsJavaScript: 'Search needs JavaScript. Without it, browse the programme by day and by filter:',
    searchLoading: 'Searching…',
    searchNothing: 'Nothing found for “{query}”. Try another word or clear the filters.',
    searchFound: {
      one: '{count} result for “{query}”',
      few: '{count} results for “{query}”',
      many: '{count} results for “{query}”',
    },
    searchPrompt: 'Type a word: a topic, an expert’s name, a region or a company.',
    searchFailed: 'Search is unavailable right now. Reload the page or try again later.',
    searchSort: 'Order',
    searchSortRelevance: 'Best match first',
    searchSortTime: 'Sessions by time',
    searchMore: 'Show more',
    searchFilter: { type: 'Show', edition: 'Edition', forum: 'Forum', format: 'Format', day: 'Day' },
    searchKind: {
      session: 'Session',
      recording: 'Recording available',
      expert: 'Expert',
      partner: 'Partner',
    },
  },
} as const

export function ui(locale: Locale) {
  return UI[locale]
}
