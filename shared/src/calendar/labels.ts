import type { Localized } from '../locales'

/** Words the calendar files use around the programme's own text. */
export const CALENDAR_LABELS = {
  online: { ru: 'Онлайн', en: 'Online' },
  stream: { ru: 'Трансляция', en: 'Stream' },
  recording: { ru: 'Запись', en: 'Recording' },
  /** The track of sessions outside any forum. */
  general: { ru: 'Общая программа', en: 'General programme' },
  cancelled: { ru: 'Отменено', en: 'Cancelled' },
  details: { ru: 'Подробнее', en: 'Details' },
} satisfies Record<string, Localized>
