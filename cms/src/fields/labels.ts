/** An admin label or description in both languages of the admin panel. */
export function t(ru: string, en: string): Record<'ru' | 'en', string> {
  return { ru, en }
}
