import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { numberedSlug, slugify } from '@programma/shared'

/** A stand as it was kept before alleys were documents: the alley's name as text. */
export interface TextStand {
  partner: number
  locale: string
  alley: string
  number: string | null
  edition: number | null
}

export interface PlannedAlley {
  slug: string
  edition: number
  names: Record<string, string>
  /** Partners in stand order; a stand's position is its place here, from 1. */
  partners: number[]
}

const COLOURS = ['#1d4fa3', '#2b8a3e', '#c2255c', '#e8590c', '#0c8599', '#6741d9']

function byStandNumber(a: TextStand, b: TextStand): number {
  return (a.number ?? '').localeCompare(b.number ?? '', 'ru', { numeric: true }) || a.partner - b.partner
}

/**
 * One alley per edition and Russian name, holding the stands that named it, so that no
 * partner loses its place when the free-text alley gives way to alley documents.
 */
export function planAlleys(stands: TextStand[]): PlannedAlley[] {
  const russian = stands.filter((stand) => stand.locale === 'ru' && stand.edition !== null)
  const alleys = new Map<string, PlannedAlley & { stands: TextStand[] }>()
  const slugs = new Set<string>()
  for (const stand of russian) {
    const key = `${stand.edition}|${stand.alley.trim()}`
    let alley = alleys.get(key)
    if (!alley) {
      const base = slugify(`${stand.alley}-${stand.edition}`) || `alley-${stand.edition}`
      let attempt = 1
      while (slugs.has(numberedSlug(base, attempt))) attempt += 1
      const slug = numberedSlug(base, attempt)
      slugs.add(slug)
      alley = {
        slug,
        edition: stand.edition ?? 0,
        names: { ru: stand.alley.trim() },
        partners: [],
        stands: [],
      }
      alleys.set(key, alley)
    }
    alley.stands.push(stand)
  }
  for (const alley of alleys.values()) {
    alley.stands.sort(byStandNumber)
    alley.partners = alley.stands.map((stand) => stand.partner)
    const translated = stands.find(
      (stand) => stand.locale !== 'ru' && stand.partner === alley.partners[0] && stand.alley.trim(),
    )
    if (translated) alley.names[translated.locale] = translated.alley.trim()
  }
  return [...alleys.values()].map(({ stands: _stands, ...alley }) => alley)
}

/** Reads the old text alleys, creates the alley documents and links every stand to its alley. */
export async function moveStandsToAlleys(db: MigrateUpArgs['db']): Promise<void> {
  const stands = (await db.all(sql`
    SELECT l._parent_id AS partner, l._locale AS locale, l.stand_alley AS alley, p.stand_number AS number,
      (SELECT r.editions_id FROM partners_rels r
        WHERE r.parent_id = l._parent_id AND r.path = 'editions' ORDER BY r."order" LIMIT 1) AS edition
    FROM partners_locales l JOIN partners p ON p.id = l._parent_id
    WHERE l.stand_alley IS NOT NULL AND trim(l.stand_alley) <> ''`)) as TextStand[]
  const plan = planAlleys(stands)
  for (const [index, alley] of plan.entries()) {
    const [created] = (await db.all(sql`
      INSERT INTO alleys (slug, edition_id, "order", colour)
      VALUES (${alley.slug}, ${alley.edition}, ${index + 1}, ${COLOURS[index % COLOURS.length]})
      RETURNING id`)) as Array<{ id: number }>
    if (!created) throw new Error(`Could not create the alley «${alley.names.ru}»`)
    for (const [locale, name] of Object.entries(alley.names))
      await db.run(
        sql`INSERT INTO alleys_locales (name, _locale, _parent_id) VALUES (${name}, ${locale}, ${created.id})`,
      )
    for (const [position, partner] of alley.partners.entries())
      await db.run(
        sql`UPDATE partners SET stand_alley_id = ${created.id}, stand_position = ${position + 1} WHERE id = ${partner}`,
      )
  }
}
