import { formatInZone, zonedDay, zonedTimeToUtc } from '@programma/shared'
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
  ValidationFieldError,
} from 'payload'
import { ValidationError } from 'payload'

import { forumIdOf } from '../../access/sessions'
import { curatedForumIds, hasRole } from '../../access/roles'
import { isAllowedTimeZone, timeZoneValidator, type TimeZoneSettings } from '../../config/timeZones'
import { slugOf } from '../../plugin/registry'

interface EditionDates {
  startDate?: string | null
  endDate?: string | null
  timeZone?: string | null
  stages?: Array<{ slug?: string | null; startDate?: string | null; endDate?: string | null }> | null
}

type SessionDraft = Record<string, unknown> & {
  start?: string | Date | null
  end?: string | Date | null
  edition?: unknown
  forum?: unknown
}

function clockTime(instant: string | Date, timeZone: string): string {
  return formatInZone(instant, 'dd.MM.yyyy HH:mm', timeZone)
}

async function loadEdition(req: PayloadRequest, id: number | string): Promise<EditionDates | null> {
  try {
    return (await req.payload.findByID({
      collection: slugOf(req.payload.config, 'editions'),
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as EditionDates
  } catch {
    return null
  }
}

async function forumEditionId(req: PayloadRequest, id: number | string): Promise<string | undefined> {
  try {
    const forum = await req.payload.findByID({
      collection: slugOf(req.payload.config, 'forums'),
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const edition = forumIdOf((forum as { edition?: unknown }).edition)
    return edition === undefined ? undefined : String(edition)
  } catch {
    return undefined
  }
}

export function stageForDay(edition: EditionDates, day: string, timeZone: string): string | null {
  const stage = edition.stages?.find(
    (candidate) =>
      candidate.startDate &&
      candidate.endDate &&
      zonedDay(candidate.startDate, timeZone) <= day &&
      day <= zonedDay(candidate.endDate, timeZone),
  )
  return stage?.slug ?? null
}

/** Dates outside the edition or its stages are warnings (see the conflicts list), not errors. */
function timeErrors(session: SessionDraft, timeZone: string): ValidationFieldError[] {
  const errors: ValidationFieldError[] = []
  const { start, end } = session
  if (!start || !end) return errors
  if (new Date(end).getTime() <= new Date(start).getTime()) {
    errors.push({
      path: 'end',
      message: `Окончание (${clockTime(end, timeZone)}) должно быть позже начала (${clockTime(start, timeZone)}) — the end must come after the start`,
    })
  }
  return errors
}

/** Each time carries its zone (Payload's `start_tz`, `end_tz`): one editors may choose, or none. */
function zoneErrors(session: SessionDraft, zones: TimeZoneSettings): ValidationFieldError[] {
  const message = timeZoneValidator(zones)
  return (['start_tz', 'end_tz'] as const)
    .filter(
      (field) =>
        session[field] !== undefined && session[field] !== null && !isAllowedTimeZone(zones, session[field]),
    )
    .map((field) => ({ path: field, message: message(session[field]) as string }))
}

async function forumErrors(req: PayloadRequest, session: SessionDraft): Promise<ValidationFieldError[]> {
  const forum = forumIdOf(session.forum)
  const edition = forumIdOf(session.edition)
  if (forum === undefined) {
    if (hasRole(req, 'curator')) {
      return [
        {
          path: 'forum',
          message: 'Куратор должен указать свой форум — a curator must choose one of its forums',
        },
      ]
    }
    return []
  }
  const errors: ValidationFieldError[] = []
  if (hasRole(req, 'curator') && !curatedForumIds(req).map(String).includes(String(forum))) {
    errors.push({
      path: 'forum',
      message: 'Этот форум ведёт другой куратор — this forum is not one of yours',
    })
  }
  const owner = await forumEditionId(req, forum)
  if (edition !== undefined && owner !== undefined && owner !== String(edition)) {
    errors.push({
      path: 'forum',
      message: 'Форум относится к другому выпуску — the forum belongs to another edition',
    })
  }
  return errors
}

/** A session's times are kept and shown in its edition's zone, whatever zone they came with. */
function inEditionZone(data: Record<string, unknown>, timeZone: string): Record<string, unknown> {
  const recording = data.recording
  return {
    ...data,
    start_tz: timeZone,
    end_tz: timeZone,
    ...(recording && typeof recording === 'object'
      ? { recording: { ...recording, publishedAt_tz: timeZone } }
      : {}),
  }
}

/**
 * Checks a session before it is stored — end after start, a forum of the same edition
 * (and, for a curator, one of its own) — puts its times in the edition's zone
 * and sets its stage from the edition's stage dates. Nothing is stored when a check fails.
 */
export const checkSessionSchedule =
  (zones: TimeZoneSettings): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection }) => {
    const session: SessionDraft = { ...(originalDoc ?? {}), ...data }
    const editionId = forumIdOf(session.edition)
    const edition = editionId === undefined ? null : await loadEdition(req, editionId)
    const timeZone = edition?.timeZone ?? zones.defaultTimezone
    const errors = [
      ...zoneErrors(session, zones),
      ...timeErrors(session, timeZone),
      ...(await forumErrors(req, session)),
    ]
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
    if (!edition) return data
    const zoned = inEditionZone(data, timeZone)
    if (!session.start) return zoned
    return { ...zoned, stage: stageForDay(edition, zonedDay(session.start, timeZone), timeZone) }
  }

/** A time as a clock shows it, with no offset or zone: `2027-03-28T02:30` or `2027-03-28 02:30:00`. */
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::00(?:\.0+)?)?$/

/** An instant for a wall-clock time on the edition's clock, or the field's error when the clock skips it. */
function instantOnClock(
  field: 'start' | 'end',
  value: string,
  timeZone: string,
): { instant: string } | { error: ValidationFieldError } {
  const [, date = '', time = ''] = WALL_CLOCK.exec(value) ?? []
  try {
    return { instant: zonedTimeToUtc(date, time, timeZone).toISOString() }
  } catch {
    return {
      error: {
        path: field,
        message: `«${date} ${time}» не существует в поясе ${timeZone}: часы переводят и пропускают это время — "${date} ${time}" does not exist in ${timeZone}: the clocks skip it`,
      },
    }
  }
}

/**
 * Times sent without an offset (`"start": "2027-06-10T10:00"`, as an API client or a script
 * writes them) are read on the edition's clock, not the server's; one that clock skips (the
 * hour lost when summer time begins) is refused with its field named, and nothing is stored.
 */
export const readWallClockTimes =
  (zones: TimeZoneSettings): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req, collection }) => {
    if (!data) return data
    const fields = (['start', 'end'] as const).filter(
      (field) => typeof data[field] === 'string' && WALL_CLOCK.test(data[field] as string),
    )
    if (fields.length === 0) return data
    const editionId = forumIdOf(data.edition ?? originalDoc?.edition)
    const edition = editionId === undefined ? null : await loadEdition(req, editionId)
    const timeZone = edition?.timeZone ?? zones.defaultTimezone
    const read = fields.map(
      (field) => [field, instantOnClock(field, data[field] as string, timeZone)] as const,
    )
    const errors = read.flatMap(([, result]) => ('error' in result ? [result.error] : []))
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
    return {
      ...data,
      ...Object.fromEntries(
        read.map(([field, result]) => [field, 'instant' in result ? result.instant : null]),
      ),
    }
  }
