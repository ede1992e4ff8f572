import type { Localized } from '../locales'

/** Words the calendar files use around the programme's own text. */
export const CALENDAR_LABELS = {
  online: { ru: 'Онлайн', en: 'Online' },
  stream: { ru: 'Трансляция', en: 'Stream' },
  cancelled: { ru: 'Отменено', en: 'Cancelled' },
  details: { ru: 'Подробнее', en: 'Details' },
} satisfies Record<string, Localized>
