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

/** Short texts in the page's language, the empty ones left out: "Director, School No. 5". */
export function joinShown(values: OptionalLocalizedText[], locale: Locale, separator = ', '): string {
  return values
    .map((value) => showText(value, locale))
    .filter(Boolean)
    .join(separator)
}

/** Rich text from the CMS (sanitised there) in the page's language, or the Russian with a note. */
export interface ShownHtml {
  html: string
  lang: Locale
  isFallback: boolean
}

export function showHtml(value: OptionalLocalizedText, locale: Locale): ShownHtml | null {
  const own = value[locale]
  const html = own ?? value[DEFAULT_LOCALE]
  if (!html) return null
  const isFallback = !own && Boolean(value[DEFAULT_LOCALE])
  return { html, lang: isFallback ? DEFAULT_LOCALE : locale, isFallback }
}

/** A quotation in the marks of its own language: “…” in English, «…» in Russian. */
export function quoted(shown: Shown): string {
  return shown.lang === 'en' ? `“${shown.text}”` : `«${shown.text}»`
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
    player: 'Трансляция и запись',
    startsAt: 'Начало',
    onAirNow: 'Сейчас в эфире',
    liveWithoutStream: 'Сессия идёт сейчас, онлайн-трансляции нет.',
    recordingSoon: 'Сессия завершилась. Запись скоро появится здесь.',
    notRecorded: 'Сессия завершилась. Записи не будет.',
    play: {
      stream: 'Смотреть трансляцию',
      recording: 'Смотреть запись',
      presentation: 'Смотреть видеопрезентацию',
    },
    watchOn: 'Открыть на площадке',
    openStream: 'Этот браузер не показывает HLS-поток сам. Откройте его в видеоплеере:',
    duration: 'Длительность',
    recordings: 'Записи',
    recordingsIntro: 'Записи сессий всех салонов: смотрите здесь же, на странице сессии.',
    recordingsCount: (count: number) => `${count} ${plural(count, ['запись', 'записи', 'записей'])}`,
    recordingsFeed: 'Новые записи: лента Atom',
    recordingsFeedTitle: 'Новые записи сессий',
    recordedOn: 'Запись опубликована',
    sortBy: 'Порядок',
    sortNewest: 'Сначала новые записи',
    sortByDate: 'По дате сессии',
    edition: 'Салон',
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
    calendarFeeds: 'Календарь',
    subscribe: 'Подписаться на календарь',
    subscribeWebcal: 'в приложении календаря (webcal)',
    subscribeHttps: 'ссылка для Google и Outlook (https)',
    downloadIcs: 'Скачать .ics',
    subscribeNote:
      'Подписка обновляется сама, когда программа меняется. Google Календарь обновляет подписки лишь раз в несколько часов; Apple и Outlook — чаще.',
    openData: 'Открытые данные',
    scheduleXml: 'schedule.xml (frab)',
    scheduleJson: 'schedule.json (C3VOC)',
    schedule2Json: 'schedule2.json (C3VOC, ru и en)',
    changesTitle: 'изменения в программе',
    changesHeading: 'Изменения в программе',
    changesFeed: 'Лента изменений (Atom)',
    changesFirst: 'Программа опубликована.',
    changesNone: 'Изменений пока нет.',
    myCalendarDownload: 'Скачать мою программу (.ics)',
    myShareLink: 'Ссылка на мою программу',
    myShareCopy: 'Скопировать',
    myShareCopied: 'Ссылка скопирована',
    myShareImport: 'По ссылке открыта чужая подборка сессий: {count}. Добавить их к вашим?',
    myShareAdd: 'Добавить',
    myShareReplace: 'Заменить мои',
    myShareIgnore: 'Не добавлять',
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
    timesNote: 'Время в программе — московское (МСК, UTC+3); его можно переключить на ваше.',
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
    player: 'Stream and recording',
    startsAt: 'Starts',
    onAirNow: 'Now on air',
    liveWithoutStream: 'The session is under way; it is not streamed online.',
    recordingSoon: 'The session has ended. The recording is coming soon.',
    notRecorded: 'The session has ended. It was not recorded.',
    play: {
      stream: 'Watch the stream',
      recording: 'Watch the recording',
      presentation: 'Watch the video presentation',
    },
    watchOn: 'Open on the provider’s site',
    openStream: 'This browser cannot play an HLS stream itself. Open it in a video player:',
    duration: 'Duration',
    recordings: 'Recordings',
    recordingsIntro: 'Recordings of the sessions of every salon, to watch right on the session’s page.',
    recordingsCount: (count: number) => `${count} ${count === 1 ? 'recording' : 'recordings'}`,
    recordingsFeed: 'New recordings: Atom feed',
    recordingsFeedTitle: 'New session recordings',
    recordedOn: 'Recording published',
    sortBy: 'Order',
    sortNewest: 'Newest recordings first',
    sortByDate: 'By session date',
    edition: 'Edition',
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
    calendarFeeds: 'Calendar',
    subscribe: 'Subscribe to the calendar',
    subscribeWebcal: 'in your calendar app (webcal)',
    subscribeHttps: 'link for Google and Outlook (https)',
    downloadIcs: 'Download .ics',
    subscribeNote:
      'A subscription updates itself when the programme changes. Google Calendar refreshes subscriptions only every several hours; Apple and Outlook do so more often.',
    openData: 'Open data',
    scheduleXml: 'schedule.xml (frab)',
    scheduleJson: 'schedule.json (C3VOC)',
    schedule2Json: 'schedule2.json (C3VOC, ru and en)',
    changesTitle: 'programme changes',
    changesHeading: 'Programme changes',
    changesFeed: 'Changes feed (Atom)',
    changesFirst: 'The programme was published.',
    changesNone: 'No changes yet.',
    myCalendarDownload: 'Download my programme (.ics)',
    myShareLink: 'Link to my programme',
    myShareCopy: 'Copy',
    myShareCopied: 'Link copied',
    myShareImport: 'This link holds a selection of {count} sessions. Add them to yours?',
    myShareAdd: 'Add',
    myShareReplace: 'Replace mine',
    myShareIgnore: 'Don’t add',
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
    timesNote: 'Times in the programme are Moscow time (MSK, UTC+3); you can switch them to your own.',
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
