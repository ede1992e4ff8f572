import {
  type Localized,
  uiLocale,
  type Vocabularies,
  vocabulariesSchema,
  VOCABULARY_NAMES,
  type VocabularyName,
} from '@programma/shared'
import type { Config } from 'payload'

import { hostLocaleCodes, textInLocales } from './hostLocales'

/** One entry of a host's list: the value stored, and its label in one text or per content locale. */
export interface VocabularyTerm {
  /** Stored in the documents and used in the site's filter addresses: `digital-skills`. */
  value: string
  /** One text for every locale, or one per locale of the host's (`{ en: 'Data', de: 'Daten' }`). */
  label: string | Readonly<Record<string, string>>
}

/**
 * The host's own lists: what sessions are about (`topics`) and whom they are for
 * (`audiences`), the languages they are held in (`sessionLanguages`, language tags such as
 * `de` or `ru-en`), the kinds of partners (`partnerKinds`) and their levels in rank order
 * (`partnerLevels`). A list left out takes its default: no topics and no audiences (the
 * fields are not offered), the host's content locales as languages, companies and
 * organisations as kinds, general partners and partners as levels.
 */
export type VocabulariesOption = Partial<Record<VocabularyName, readonly VocabularyTerm[]>>

/** Defaults in the languages the interface ships in, for the lists a forum need not name. */
const DEFAULT_TERMS: Record<'partnerKinds' | 'partnerLevels', Array<{ value: string; label: Localized }>> = {
  partnerKinds: [
    { value: 'company', label: { ru: 'Компания', en: 'Company' } },
    { value: 'organisation', label: { ru: 'Организация', en: 'Organisation' } },
  ],
  partnerLevels: [
    { value: 'general', label: { ru: 'Генеральный партнёр', en: 'General partner' } },
    { value: 'partner', label: { ru: 'Партнёр', en: 'Partner' } },
  ],
}

/** A language's own name in a locale: `Deutsch` in German, `немецкий` → `Немецкий` in Russian. */
function languageName(code: string, inLocale: string): string {
  const name = new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'code' }).of(code) ?? code
  return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1)
}

function defaultsFor(name: VocabularyName, codes: string[]): readonly VocabularyTerm[] {
  switch (name) {
    case 'topics':
    case 'audiences':
      return []
    case 'sessionLanguages':
      return codes.map((code) => ({
        value: code,
        label: Object.fromEntries(codes.map((locale) => [locale, languageName(code, locale)])),
      }))
    default:
      return DEFAULT_TERMS[name].map((term) => ({
        value: term.value,
        label: Object.fromEntries(codes.map((locale) => [locale, term.label[uiLocale(locale)]])),
      }))
  }
}

/** A list's problem as the host wrote it: `vocabularies.topics[2] "Data Science": …`. */
function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined, lists: object): string {
  const [name, index] = issue?.path ?? []
  const list = (lists as Record<string, Array<{ value: string }>>)[String(name)]
  if (typeof index !== 'number') {
    return `vocabularies.${String(name)}: ${list?.length === 0 ? 'may not be empty' : (issue?.message ?? 'invalid')}`
  }
  const value = list?.[index]?.value ?? ''
  const problem = /listed twice/.test(issue?.message ?? '')
    ? 'is listed twice'
    : name === 'sessionLanguages'
      ? 'is not a language tag (de, en, ru-en)'
      : 'is not a value of lower-case letters, digits and hyphens (digital-skills)'
  return `vocabularies.${String(name)}[${index}] "${value}" ${problem}`
}

/**
 * The host's lists with their defaults, each label in the host's locales; checked as the
 * snapshot will check them, so that a bad list stops the start instead of the first snapshot.
 */
export function resolveVocabularies(option: VocabulariesOption, config: Config): Vocabularies {
  const unknown = Object.keys(option).filter(
    (name) => !(VOCABULARY_NAMES as readonly string[]).includes(name),
  )
  if (unknown.length > 0) {
    throw new Error(
      `vocabularies has no list ${unknown.map((name) => `"${name}"`).join(', ')}; its lists: ${VOCABULARY_NAMES.join(', ')}`,
    )
  }
  const { codes } = hostLocaleCodes(config)
  const lists = Object.fromEntries(
    VOCABULARY_NAMES.map((name) => [
      name,
      (option[name] ?? defaultsFor(name, codes)).map((term, index) => ({
        value: term.value,
        label: textInLocales(`vocabularies.${name}[${index}] "${term.value}"`, term.label, codes),
      })),
    ]),
  )
  const checked = vocabulariesSchema.safeParse(lists)
  if (!checked.success) throw new Error(describeIssue(checked.error.issues[0], lists))
  return checked.data
}
