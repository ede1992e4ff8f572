import { type Change, editionChanges, type Release, type ReleaseHistory } from '@programma/shared'

/** An edition's change log: the first publication, then each release that changed its sessions. */
export function editionReleases(
  history: ReleaseHistory,
  edition: { id: number | string },
): Array<{ release: Release; changes: Change[] }> {
  return history.releases
    .map((release) => ({ release, changes: editionChanges(release, edition.id) }))
    .filter(({ release, changes }) => release.first || changes.length > 0)
}
