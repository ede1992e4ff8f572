import { z } from 'zod'

/** A language code as the host's CMS names its locales: en, ru, de, pt-BR. */
export const localeCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)

/**
 * Text in the host's languages, by locale code: `{ en: 'Opening', ru: null }`. A language
 * without a translation is null or left out; the site then shows the text in the default
 * language (or any it has) and says so.
 */
export const optionalLocalizedText = z.record(localeCode, z.string().nullable().optional())
/** Text that must be there in at least one language (a title, a name). */
export const localizedText = z
  .record(localeCode, z.string().min(1).nullable().optional())
  .refine((value) => Object.values(value).some((text) => typeof text === 'string' && text !== ''), {
    message: 'no text in any language',
  })

/** Rich text already rendered: sanitised HTML and plain text, per locale. */
export const richText = z.object({ html: optionalLocalizedText, text: optionalLocalizedText })
