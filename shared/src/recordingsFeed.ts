import { Feed } from 'feed'

import type { Locale } from './locales'

export interface RecordingFeedEntry {
  title: string
  /** The page that plays the recording. */
  url: string
  /** When the recording was published: the entry's date and its place in the feed. */
  published: string
  summary: string
}

export interface RecordingsFeedOptions {
  title: string
  /** The archive page the feed mirrors. */
  page: string
  /** The feed's own address. */
  self: string
  locale: Locale
  author: string
  entries: RecordingFeedEntry[]
  /** The feed's date when it has no entries: a content time, never the clock. */
  emptySince: string
}

/** An Atom feed of new recordings, newest first, dated by the content alone. */
export function recordingsAtom(options: RecordingsFeedOptions): string {
  const entries = [...options.entries].sort(
    (a, b) => Date.parse(b.published) - Date.parse(a.published) || a.url.localeCompare(b.url),
  )
  const feed = new Feed({
    title: options.title,
    id: options.page,
    link: options.page,
    language: options.locale,
    copyright: '',
    generator: 'programma',
    author: { name: options.author },
    updated: new Date(entries[0]?.published ?? options.emptySince),
    feedLinks: { atom: options.self },
  })
  for (const entry of entries) {
    feed.addItem({
      // The feed marks titles and summaries as HTML, so text from the CMS is escaped for them.
      title: escapeHtml(entry.title),
      id: entry.url,
      link: entry.url,
      date: new Date(entry.published),
      published: new Date(entry.published),
      description: escapeHtml(entry.summary),
    })
  }
  return feed.atom1()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
