import {
  intlLocale,
  latinize,
  type Locale,
  readsLatin,
  type TextByLocale,
  textWithLanguage,
  uiLocale,
} from '@programma/shared'

import { plural } from './plural'

export { plural }

/** Text in the page's language, or in the site's default language (then any) with a note when there is no translation. */
export interface Shown {
  text: string
  /** The language the text is actually in, for a `lang` attribute when it differs from the page. */
  lang: Locale
  isFallback: boolean
}

export function show(value: TextByLocale, locale: Locale): Shown | null {
  const shown = textWithLanguage(value, locale)
  return shown ? { ...shown, isFallback: shown.lang !== locale } : null
}

/**
 * A person's name: an untranslated name in Cyrillic is transliterated on a page in a
 * Latin-script language ("Анна Петрова" → "Anna Petrova"), which is how such names are written there.
 */
export function showName(value: TextByLocale, locale: Locale): Shown | null {
  const shown = show(value, locale)
  if (!shown || !shown.isFallback || !readsLatin(locale, shown.lang)) return shown
  return { text: latinize(shown.text), lang: locale, isFallback: false }
}

export function showText(value: TextByLocale, locale: Locale): string {
  return show(value, locale)?.text ?? ''
}

/** Short texts in the page's language, the empty ones left out: "Director, School No. 5". */
export function joinShown(values: TextByLocale[], locale: Locale, separator = ', '): string {
  return values
    .map((value) => showText(value, locale))
    .filter(Boolean)
    .join(separator)
}

/** Rich text from the CMS (sanitised there) in the page's language, or another with a note. */
export interface ShownHtml {
  html: string
  lang: Locale
  isFallback: boolean
}

export function showHtml(value: TextByLocale, locale: Locale): ShownHtml | null {
  const shown = show(value, locale)
  return shown ? { html: shown.text, lang: shown.lang, isFallback: shown.isFallback } : null
}

/** A quotation in the marks of its own language: «…» in Russian, “…” elsewhere. */
export function quoted(shown: Shown): string {
  return shown.lang.split('-')[0] === 'ru' ? `«${shown.text}»` : `“${shown.text}”`
}

/** A language's name in another language ("English", "русский"), as Intl knows it; the code when it knows none. */
export function languageName(code: Locale, inLanguage: Locale): string {
  try {
    return new Intl.DisplayNames([intlLocale(inLanguage)], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

/** The note under a text shown in another language: "Not translated: shown in Russian", in the page's interface language. */
export function notTranslatedNote(textLanguage: Locale, locale: Locale): string {
  return ui(locale).notTranslated(languageName(textLanguage, uiLocale(locale)))
}

/** A language's name in itself, capitalised, for the language switch: "English", "Русский", "Deutsch". */
export function ownLanguageName(code: Locale): string {
  const name = languageName(code, code)
  return name.charAt(0).toLocaleUpperCase(intlLocale(code)) + name.slice(1)
}

const UI = {
  ru: {
    programme: 'Программа',
    skipToContent: 'Перейти к содержанию',
    languages: 'Язык сайта',
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
    recordingsIntro: 'Записи сессий всех выпусков: смотрите здесь же, на странице сессии.',
    recordingsCount: (count: number) => `${count} ${plural(count, ['запись', 'записи', 'записей'])}`,
    recordingsFeed: 'Новые записи: лента Atom',
    recordingsFeedTitle: 'Новые записи сессий',
    recordedOn: 'Запись опубликована',
    sortBy: 'Порядок',
    sortNewest: 'Сначала новые записи',
    sortByDate: 'По дате сессии',
    edition: 'Выпуск',
    place: 'Место',
    myProgramme: 'Моя программа',
    addFavourite: 'Добавить в мою программу',
    removeFavourite: 'Убрать из моей программы',
    myProgrammeEmpty: 'Здесь появятся сессии, отмеченные звёздочкой в программе.',
    needsJavaScript: 'Моя программа хранится в браузере и работает с включённым JavaScript.',
    showLocalTime: 'Показать в моём времени',
    showForumTime: 'Показать по времени программы',
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
    schedule2Json: 'schedule2.json (C3VOC, все языки)',
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
    notTranslated: (language: string) => `Перевода нет; язык текста — ${language}`,
    archive: 'Архив',
    other: 'Без форума',
    materials: 'Материалы',
    notFound: 'Страница не найдена',
    backHome: 'На главную',
    search: 'Поиск',
    organiser: 'Организатор',
    timesNote: (zone: string, label: string) =>
      `Время в программе указано по часовому поясу ${zone}, ${label}; его можно переключить на ваше.`,
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
    searchFilter: { type: 'Что искать', edition: 'Выпуск', forum: 'Форум', format: 'Формат', day: 'День' },
    searchKind: { session: 'Сессия', recording: 'Есть запись', expert: 'Эксперт', partner: 'Партнёр' },
  },
  en: {
    programme: 'Programme',
    skipToContent: 'Skip to content',
    languages: 'Language',
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
    recordingsIntro: 'Recordings of the sessions of every edition, to watch right on the session’s page.',
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
    showForumTime: 'Show in the programme’s time',
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
    schedule2Json: 'schedule2.json (C3VOC, every language)',
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
    notTranslated: (language: string) => `Not translated: shown in ${language}`,
    archive: 'Archive',
    other: 'Other sessions',
    materials: 'Materials',
    notFound: 'Page not found',
    backHome: 'Home',
    search: 'Search',
    organiser: 'Organiser',
    timesNote: (zone: string, label: string) =>
      `Times in the programme are in the ${zone} time zone, ${label}; you can switch them to your own.`,
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

export type Dictionary = (typeof UI)[keyof typeof UI]

/** The interface text of a page: in its language where the site ships a dictionary, English otherwise. */
export function ui(locale: Locale): Dictionary {
  return UI[uiLocale(locale)]
}
