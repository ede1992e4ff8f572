import { type Snapshot, SNAPSHOT_SCHEMA_VERSION, snapshotSchema } from './schema'
import type { VocabularyName } from './vocabularies'

export class InvalidSnapshotError extends Error {
  constructor(
    message: string,
    readonly issues: string[],
  ) {
    super(message)
    this.name = 'InvalidSnapshotError'
  }
}

/**
 * Checks a document against the snapshot schema and its references (every forum,
 * expert, partner and media id a document names exists). Throws with the first
 * problems listed by path.
 */
export function parseSnapshot(input: unknown): Snapshot {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version !== SNAPSHOT_SCHEMA_VERSION) {
    throw new InvalidSnapshotError(
      `Snapshot schema version ${String(version)} is not the supported ${SNAPSHOT_SCHEMA_VERSION}`,
      [],
    )
  }
  const result = snapshotSchema.safeParse(input)
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${whereInSnapshot(input, issue.path)}: ${issue.message}`,
    )
    throw new InvalidSnapshotError(`Invalid snapshot: ${issues.slice(0, 5).join('; ')}`, issues)
  }
  const dangling = danglingReferences(result.data)
  if (dangling.length > 0) {
    throw new InvalidSnapshotError(
      `Snapshot refers to missing documents: ${dangling.slice(0, 5).join('; ')}`,
      dangling,
    )
  }
  const unlisted = unlistedTerms(result.data)
  if (unlisted.length > 0) {
    throw new InvalidSnapshotError(
      `Snapshot uses values its vocabularies do not list: ${unlisted.slice(0, 5).join('; ')}`,
      unlisted,
    )
  }
  return result.data
}

/**
 * A path in the snapshot as an editor finds it: `sessions[12].registrationUrl` becomes
 * `sessions "kruglyj-stol" (id 40) → registrationUrl`.
 */
export function whereInSnapshot(input: unknown, path: PropertyKey[]): string {
  const [collection, index, ...rest] = path
  const list = (input as Record<string, unknown> | null)?.[String(collection)]
  const doc =
    Array.isArray(list) && typeof index === 'number' ? (list[index] as Record<string, unknown>) : undefined
  if (!doc || typeof doc !== 'object') return path.map(String).join('.')
  const name = typeof doc.slug === 'string' ? ` "${doc.slug}"` : ''
  const field = rest.length > 0 ? ` → ${rest.map(String).join('.')}` : ''
  return `${String(collection)}${name} (id ${String(doc.id)})${field}`
}

function danglingReferences(snapshot: Snapshot): string[] {
  const ids = (items: Array<{ id: number | string }>) => new Set(items.map((item) => String(item.id)))
  const editions = ids(snapshot.editions)
  const forums = ids(snapshot.forums)
  const experts = ids(snapshot.experts)
  const partners = ids(snapshot.partners)
  const media = ids(snapshot.media)
  const problems: string[] = []
  const check = (set: Set<string>, value: number | string | null, where: string) => {
    if (value !== null && !set.has(String(value))) problems.push(`${where} → ${String(value)}`)
  }
  for (const forum of snapshot.forums) check(editions, forum.edition, `forums.${forum.slug}.edition`)
  for (const session of snapshot.sessions) {
    check(editions, session.edition, `sessions.${session.slug}.edition`)
    check(forums, session.forum, `sessions.${session.slug}.forum`)
    session.participants.forEach((participant, index) =>
      check(experts, participant.expert, `sessions.${session.slug}.participants.${index}`),
    )
    session.partners.forEach((partner, index) =>
      check(partners, partner.partner, `sessions.${session.slug}.partners.${index}`),
    )
  }
  for (const expert of snapshot.experts) check(media, expert.photo, `experts.${expert.slug}.photo`)
  for (const partner of snapshot.partners) {
    check(media, partner.logo, `partners.${partner.slug}.logo`)
    partner.editions.forEach((edition, index) =>
      check(editions, edition, `partners.${partner.slug}.editions.${index}`),
    )
  }
  return problems
}

/** Every audience, topic, language, partner kind and level a document has, checked against the host's lists. */
function unlistedTerms(snapshot: Snapshot): string[] {
  const listed = (name: VocabularyName) => new Set(snapshot.vocabularies[name].map((term) => term.value))
  const problems: string[] = []
  const check = (name: VocabularyName, values: Array<string | null>, where: string) => {
    const terms = listed(name)
    for (const value of values) {
      if (value !== null && !terms.has(value)) problems.push(`${where} → "${value}" (not in ${name})`)
    }
  }
  for (const session of snapshot.sessions) {
    check('audiences', session.audiences, `sessions.${session.slug}.audiences`)
    check('topics', session.topics, `sessions.${session.slug}.topics`)
    check('sessionLanguages', [session.language], `sessions.${session.slug}.language`)
  }
  for (const partner of snapshot.partners) {
    check('partnerKinds', [partner.kind], `partners.${partner.slug}.kind`)
    check('partnerLevels', [partner.level], `partners.${partner.slug}.level`)
  }
  for (const alley of snapshot.alleys) check('partnerKinds', [alley.kind], `alleys.${alley.slug}.kind`)
  return problems
}
