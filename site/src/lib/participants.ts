import { PARTICIPANT_ROLES, type SnapshotExpert, type SnapshotSession, type Term } from '@programma/shared'

import type { Programme } from './programme'

/** A session's experts by their part in it, roles in the vocabulary's order, empty roles left out. */
export function participantsByRole(
  session: SnapshotSession,
  data: Programme,
): Array<{ role: Term; people: SnapshotExpert[] }> {
  return PARTICIPANT_ROLES.map((role) => ({
    role,
    people: session.participants
      .filter((participant) => participant.role === role.value)
      .map((participant) => data.expert(participant.expert))
      .filter((expert) => expert !== undefined),
  })).filter((group) => group.people.length > 0)
}
