import { z } from 'zod'

import { type Locale, textWithLanguage } from '../locales'
import { slug } from '../values'
import { localeCode, localizedText } from './text'

/**
 * The host's own lists, which editors choose from and the site labels and filters by: what
 * sessions are about, whom they are for, the languages they are held in, the kinds of
 * partners and their levels. Each forum has its own, so they travel in the snapshot; the
 * lists of the interface itself (formats, statuses, roles) ship with the site.
 */
export const VOCABULARY_NAMES = [
  'topics',
  'audiences',
  'sessionLanguages',
  'partnerKinds',
  'partnerLevels',
] as const

export type VocabularyName = (typeof VOCABULARY_NAMES)[number]

function termsOf(value: z.ZodString) {
  return z.array(z.object({ value, label: localizedText })).superRefine((terms, context) => {
    const seen = new Set<string>()
    terms.forEach((term, index) => {
      if (seen.has(term.value)) {
        context.addIssue({ code: 'custom', path: [index, 'value'], message: 'listed twice' })
      }
      seen.add(term.value)
    })
  })
}

export const vocabulariesSchema = z.object({
  topics: termsOf(slug),
  audiences: termsOf(slug),
  /** A session's language is a language tag: `de`, `en`, or `ru-en` for Russian interpreted into English. */
  sessionLanguages: termsOf(localeCode).min(1),
  partnerKinds: termsOf(slug).min(1),
  /** In rank order: the partner pages list the first level first. */
  partnerLevels: termsOf(slug),
})

export type Vocabularies = z.infer<typeof vocabulariesSchema>
export type HostTerm = Vocabularies[VocabularyName][number]

/** A host term's label in a content language, else in the first language that has it. */
function labelOf(term: HostTerm, locale: Locale): string {
  return textWithLanguage(term.label, locale)?.text ?? term.value
}

/** The label of a value of one of the host's lists; the value itself when the list lacks it. */
export function hostTermLabel(terms: readonly HostTerm[], value: string, locale: Locale): string {
  const term = terms.find((candidate) => candidate.value === value)
  return term ? labelOf(term, locale) : value
}

/** A host's list as choices for a filter: each value with its label, in the list's order. */
export function hostTermChoices(
  terms: readonly HostTerm[],
  locale: Locale,
): Array<{ value: string; label: string }> {
  return terms.map((term) => ({ value: term.value, label: labelOf(term, locale) }))
}
