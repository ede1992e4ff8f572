import type { Change, ChangeKind, SessionState } from './releaseHistory'

function when(state: SessionState) {
  return { start: state.start, end: state.end, place: state.place }
}

function change(
  kind: ChangeKind,
  state: SessionState,
  before: SessionState | null,
  after: SessionState | null,
): Change {
  return {
    kind,
    session: state.id,
    edition: state.edition,
    slug: state.slug,
    title: state.title,
    before: before ? when(before) : null,
    after: after ? when(after) : null,
  }
}

function sameParticipants(a: SessionState, b: SessionState): boolean {
  return (
    a.participants.length === b.participants.length &&
    a.participants.every((id, index) => id === b.participants[index])
  )
}

/** What changed for one session that was in both releases; a cancellation says all that matters. */
function changesOf(before: SessionState, after: SessionState): Change[] {
  if (after.status === 'cancelled')
    return before.status === 'cancelled' ? [] : [change('cancelled', after, before, after)]
  const changes: Change[] = []
  if (before.status === 'cancelled') changes.push(change('new', after, before, after))
  if (before.start !== after.start || before.end !== after.end)
    changes.push(change('moved', after, before, after))
  if (before.place !== after.place) changes.push(change('place', after, before, after))
  if (!sameParticipants(before, after)) changes.push(change('speakers', after, before, after))
  return changes
}

/**
 * The changes between two published programmes, in the next programme's session order:
 * new, moved (time), place, cancelled, speakers changed, removed (unpublished or deleted).
 */
export function diffStates(previous: SessionState[], next: SessionState[]): Change[] {
  const before = new Map(previous.map((state) => [state.id, state]))
  const after = new Set(next.map((state) => state.id))
  const changes = next.flatMap((state) => {
    const old = before.get(state.id)
    return old ? changesOf(old, state) : [change('new', state, null, state)]
  })
  const removed = previous
    .filter((state) => !after.has(state.id))
    .map((state) => change('removed', state, state, null))
  return [...changes, ...removed]
}
