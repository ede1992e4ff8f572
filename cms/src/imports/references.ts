import { idOf, refSlug } from './cells'
import type { EditionRef, Id, References } from './types'
import { CellError } from './values'

/** An edition named by its slug (`mmso-2022`) or its year (`2022`). */
export function editionByKey(refs: References, column: string, key: string): EditionRef {
  const found = refs.editions.get(key.trim()) ?? []
  if (found.length === 1 && found[0]) return found[0]
  if (found.length > 1) {
    const slugs = found.map((edition) => edition.slug).join(', ')
    throw new CellError(
      column,
      `«${key}» — в этом году несколько выпусков (${slugs}), укажите slug — several editions that year (${slugs}): give the slug`,
    )
  }
  throw new CellError(column, `«${key}» — нет такого выпуска — no such edition`)
}

/** The edition a stored document belongs to, by its id (for writing its times back). */
export function editionById(refs: References, id: unknown): EditionRef | undefined {
  const slug = refSlug(refs, 'editions', id)
  return refs.editions.get(slug)?.find((edition) => String(edition.id) === String(idOf(id)))
}

export function forumBySlug(refs: References, slug: string, edition: EditionRef): Id {
  const forum = refs.forums.get(slug)
  if (!forum) throw new CellError('forum', `«${slug}» — нет такого форума — no such forum`)
  if (String(forum.edition) !== String(edition.id)) {
    throw new CellError(
      'forum',
      `«${slug}» — форум другого выпуска, не ${edition.slug} — a forum of another edition, not ${edition.slug}`,
    )
  }
  return forum.id
}

export function expertBySlug(refs: References, slug: string): Id {
  const expert = refs.experts.get(slug)
  if (expert === undefined) {
    throw new CellError('participants', `«${slug}» — нет такого эксперта — no such expert`)
  }
  return expert
}
