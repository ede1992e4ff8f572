import { type SnapshotEdition, zonedDay } from '@programma/shared'

import type { Edition } from '../../payload-types'
import { type InLocales, optionalLocalized, requiredLocalized, rowsIn } from '../../snapshot/inLocales'
import { renderRichText } from '../../snapshot/richText'
import { textOf } from '../../snapshot/values'

type Stage = NonNullable<Edition['stages']>[number]
type KeyFigure = NonNullable<Edition['keyFigures']>[number]

function stageOf(stage: InLocales<Stage>, timeZone: string): SnapshotEdition['stages'][number] | null {
  const name = requiredLocalized(stage, (version) => version.name)
  const { slug, startDate, endDate } = stage.base
  if (!name || !slug || !startDate || !endDate) return null
  return {
    key: slug,
    name,
    startDate: zonedDay(startDate, timeZone),
    endDate: zonedDay(endDate, timeZone),
    description: optionalLocalized(stage, (version) => version.description),
  }
}

function keyFigureOf(figure: InLocales<KeyFigure>): SnapshotEdition['keyFigures'][number] | null {
  const label = requiredLocalized(figure, (version) => version.label)
  const value = textOf(figure.base.value)
  return label && value ? { value, label } : null
}

/** A published edition, its dates as days in its own zone; without a title, zone or dates, none. */
export function editionSnapshot(doc: InLocales<Edition>): SnapshotEdition | null {
  const { base } = doc
  const title = requiredLocalized(doc, (version) => version.title)
  const timeZone = textOf(base.timeZone)
  if (!title || !timeZone || !base.startDate || !base.endDate) return null
  return {
    id: base.id,
    slug: String(base.slug),
    title,
    theme: optionalLocalized(doc, (version) => version.theme),
    year: base.year,
    format: base.format,
    timeZone,
    startDate: zonedDay(base.startDate, timeZone),
    endDate: zonedDay(base.endDate, timeZone),
    venue: optionalLocalized(doc, (version) => version.venue),
    city: optionalLocalized(doc, (version) => version.city),
    platformName: optionalLocalized(doc, (version) => version.platformName),
    platformUrl: textOf(base.platformUrl),
    organisers: optionalLocalized(doc, (version) => version.organisers),
    stages: rowsIn(doc, (version) => version.stages).flatMap((stage) => stageOf(stage, timeZone) ?? []),
    keyFigures: rowsIn(doc, (version) => version.keyFigures).flatMap((figure) => keyFigureOf(figure) ?? []),
    description: renderRichText(doc, (version) => version.description),
    updatedAt: base.updatedAt,
  }
}
