import { PARTICIPANT_ROLES } from '@programma/shared'

import { idOf, refSlug } from './cells'
import { expertBySlug } from './references'
import type { Doc, Id, References } from './types'
import { list, termValue } from './values'

interface Participant {
  id?: string
  role: string
  expert: Id
  topic?: unknown
}

/**
 * `moderator:ivanov-ivan; speaker:petrova-anna` — role and expert slug, in the order they go
 * on air. A participant already on the session keeps its row, and with it its talk title
 * in every language, which the file does not carry.
 */
export function participantsOf(value: string, refs: References, stored: Doc | undefined): Participant[] {
  const unclaimed = [...((stored?.participants as Participant[] | undefined) ?? [])]
  return list(value).map((item) => {
    const [role, slug] = item.includes(':') ? item.split(':').map((part) => part.trim()) : ['speaker', item]
    const participant = {
      role: termValue('participants', role ?? '', PARTICIPANT_ROLES),
      expert: expertBySlug(refs, slug ?? ''),
    }
    const index = unclaimed.findIndex(
      (row) => row.role === participant.role && String(idOf(row.expert)) === String(participant.expert),
    )
    const kept = index >= 0 ? unclaimed.splice(index, 1)[0] : undefined
    return kept ? { ...participant, id: kept.id, topic: kept.topic ?? null } : participant
  })
}

export function participantsCell(participants: unknown, refs: References): string {
  return ((participants as Participant[] | undefined) ?? [])
    .map((participant) => `${participant.role}:${refSlug(refs, 'experts', participant.expert)}`)
    .join('; ')
}
