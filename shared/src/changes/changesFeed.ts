import { Feed } from 'feed'

import type { Locale } from '../locales'
import { routes } from '../routes'
import type { SnapshotEdition } from '../snapshot/schema'
import { changeTitle, describeChange, editionChanges, releaseTitle } from './describeChange'
import type { ReleaseHistory } from './releaseHistory'

export interface ChangesFeedOptions {
  history: ReleaseHistory
  edition: SnapshotEdition
  locale: Locale
  site: URL
  title: string
}

/** An Atom feed of an edition's programme changes, one entry per release, dated by the content. */
export function changesAtom({ history, edition, locale, site, title }: ChangesFeedOptions): string {
  const page = new URL(routes.changes(locale, edition.slug), site).href
  const releases = history.releases
    .map((release) => ({ release, changes: editionChanges(release, edition.id) }))
    .filter(({ release, changes }) => release.first || changes.length > 0)
  const feed = new Feed({
    title,
    id: page,
    link: page,
    language: locale,
    copyright: '',
    generator: 'programma',
    updated: new Date(releases[0]?.release.date ?? history.releases[0]?.date ?? edition.updatedAt),
    feedLinks: { atom: new URL(routes.changesFeed(locale, edition.slug), site).href },
  })
  for (const { release, changes } of releases) {
    const lines = changes.map(
      (change) => `${changeTitle(change, locale)} — ${describeChange(change, locale, edition.timeZone)}`,
    )
    feed.addItem({
      // The feed marks titles and summaries as HTML, so text from the CMS is escaped for them.
      title: escapeHtml(releaseTitle(release, changes, locale, edition.timeZone)),
      id: `${page}#release-${release.date}`,
      link: `${page}#release-${release.date}`,
      date: new Date(release.date),
      content:
        lines.length > 0
          ? `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
          : undefined,
    })
  }
  return feed.atom1()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
