import type { RichText } from '@programma/shared'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import sanitizeHtml from 'sanitize-html'

import { publishableText } from '../fields/publishableText'
import { type InLocales, valuesIn } from './inLocales'

type EditorState = Parameters<typeof convertLexicalToHTML>[0]['data']

/** What rich text may contain once published: structure and links, never scripts, styles or handlers. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'code',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    ol: ['start'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
}

function isEditorState(value: unknown): value is EditorState {
  return Boolean(value && typeof value === 'object' && 'root' in value)
}

export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE)
}

function renderOne(value: unknown): { html: string | null; text: string | null } {
  if (!isEditorState(value)) return { html: null, text: null }
  const html = sanitizeRichHtml(
    publishableText(convertLexicalToHTML({ data: value, disableContainer: true, disableTextAlign: true })),
  )
  const text = publishableText(convertLexicalToPlaintext({ data: value })).trim()
  return { html: html.trim() || null, text: text || null }
}

/** Lexical rich text as sanitised HTML and plain text in each host language. */
export function renderRichText<T>(doc: InLocales<T>, pick: (version: T) => unknown): RichText {
  const rendered = [...valuesIn(doc, pick)].map(([locale, value]) => [locale, renderOne(value)] as const)
  return {
    html: Object.fromEntries(rendered.map(([locale, one]) => [locale, one.html])),
    text: Object.fromEntries(rendered.map(([locale, one]) => [locale, one.text])),
  }
}
