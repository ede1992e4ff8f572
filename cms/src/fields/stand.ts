import { hostTermLabel, STAND_SIZES } from '@programma/shared'
import type { FieldHook, GroupField, PayloadRequest, Validate } from 'payload'

import { isStaff } from '../access/roles'
import { slugOf, vocabulariesOf } from '../plugin/registry'
import { adminLanguage, type AdminLanguage, fieldName, type Label, t } from './labels'
import { optionsFrom } from './options'
import { keepPublishableText } from './publishableText'

type Id = number | string

const STAND_LABEL = t('Стенд', 'Stand')
const ALLEY_LABEL = t('Аллея', 'Alley')
const POSITION_LABEL = t('Место на аллее', 'Position on the alley')
const MAX_POSITION = 999

interface StandData {
  alley?: unknown
  position?: unknown
}

interface AlleyDoc {
  id: Id
  name?: string | null
  kind?: string | null
  edition?: unknown
}

const idOf = (value: unknown): Id | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

function message(label: Label, text: Label, language: AdminLanguage): string {
  return `${fieldName([STAND_LABEL, label], language)}: ${text[language]}`
}

async function findAlley(req: PayloadRequest, id: Id): Promise<AlleyDoc | null> {
  try {
    return (await req.payload.findByID({
      collection: slugOf(req.payload.config, 'alleys'),
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as AlleyDoc
  } catch {
    return null
  }
}

/** The alley must belong to one of the partner's editions and, when it has one, to its kind. */
const validateAlley: Validate<unknown> = async (value, { data, req }) => {
  const alleyId = idOf(value)
  if (alleyId === null) return true
  const language = adminLanguage(req)
  const alley = await findAlley(req, alleyId)
  if (!alley) return message(ALLEY_LABEL, t('такой аллеи нет', 'no such alley'), language)
  const partner = data as { editions?: unknown[]; kind?: string }
  const editions = (partner.editions ?? []).map(idOf).map(String)
  const alleyEdition = String(idOf(alley.edition))
  if (editions.length > 0 && !editions.includes(alleyEdition)) {
    return message(
      ALLEY_LABEL,
      t(
        `аллея «${alley.name ?? ''}» относится к выпуску, в котором партнёр не участвует. Выберите аллею его выпуска или добавьте выпуск в «Выпуски».`,
        `the alley “${alley.name ?? ''}” belongs to an edition the partner does not take part in. Choose an alley of its edition or add the edition under “Editions”.`,
      ),
      language,
    )
  }
  if (alley.kind && partner.kind && alley.kind !== partner.kind) {
    const kinds = vocabulariesOf(req.payload.config).partnerKinds
    return message(
      ALLEY_LABEL,
      t(
        `аллея «${alley.name ?? ''}» предназначена для других участников. Выберите аллею для типа «${hostTermLabel(kinds, partner.kind, 'ru')}».`,
        `the alley “${alley.name ?? ''}” is meant for another kind of partner. Choose an alley for “${hostTermLabel(kinds, partner.kind, 'en')}”.`,
      ),
      language,
    )
  }
  return true
}

async function occupantOf(req: PayloadRequest, alley: Id, position: number, ownId: Id | undefined) {
  const found = await req.payload.find({
    collection: slugOf(req.payload.config, 'partners'),
    where: {
      and: [
        { 'stand.alley': { equals: alley } },
        { 'stand.position': { equals: position } },
        ...(ownId === undefined ? [] : [{ id: { not_equals: ownId } }]),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return found.docs[0] as { name?: string | null } | undefined
}

/** A whole number from 1, required on an alley, and free: two stands never share a place. */
const validatePosition: Validate<number | null | undefined> = async (value, { siblingData, id, req }) => {
  const alley = idOf((siblingData as StandData).alley)
  const language = adminLanguage(req)
  if (value === null || value === undefined) {
    return alley === null
      ? true
      : message(
          POSITION_LABEL,
          t('укажите место стенда на аллее', 'set the stand’s place on the alley'),
          language,
        )
  }
  if (!Number.isInteger(value) || value < 1 || value > MAX_POSITION) {
    return message(
      POSITION_LABEL,
      t(`целое число от 1 до ${MAX_POSITION}`, `a whole number from 1 to ${MAX_POSITION}`),
      language,
    )
  }
  if (alley === null) return true
  const occupant = await occupantOf(req, alley, value, id ?? undefined)
  if (!occupant) return true
  return message(
    POSITION_LABEL,
    t(
      `место ${value} на этой аллее уже занимает «${occupant.name ?? ''}»`,
      `position ${value} on this alley is already taken by “${occupant.name ?? ''}”`,
    ),
    language,
  )
}

interface Neighbour {
  id: Id
  name?: string | null
  stand?: { position?: number | null } | null
}

/** "Аллея компаний: место 3 из 15, между «А» и «Б»", for editors placing a stand. */
export function describePlacement(
  alleyName: string,
  ownId: Id,
  stands: Neighbour[],
  language: AdminLanguage,
): string {
  const index = stands.findIndex((stand) => String(stand.id) === String(ownId))
  if (index < 0) return ''
  const own = stands[index]?.stand?.position ?? index + 1
  const describe = (stand: Neighbour | undefined) =>
    stand
      ? `${language === 'ru' ? '«' : '“'}${stand.name ?? ''}${language === 'ru' ? '»' : '”'} (${stand.stand?.position ?? ''})`
      : null
  const before = describe(stands[index - 1])
  const after = describe(stands[index + 1])
  if (language === 'en') {
    const around = [before && `after ${before}`, after && `before ${after}`].filter(Boolean).join(', ')
    return `${alleyName}: position ${own}, stand ${index + 1} of ${stands.length}${around ? `; ${around}` : ''}.`
  }
  const around = [before && `после ${before}`, after && `перед ${after}`].filter(Boolean).join(', ')
  return `${alleyName}: место ${own}, стенд ${index + 1} из ${stands.length}${around ? `; ${around}` : ''}.`
}

const placementPreview: FieldHook = async ({ siblingData, data, req, findMany }) => {
  const alleyId = idOf((siblingData as StandData | undefined)?.alley)
  const ownId = idOf((data as { id?: unknown } | undefined)?.id)
  if (findMany || alleyId === null || ownId === null || !isStaff(req)) return null
  const alley = await findAlley(req, alleyId)
  const stands = await req.payload.find({
    collection: slugOf(req.payload.config, 'partners'),
    where: { 'stand.alley': { equals: alleyId } },
    sort: 'stand.position',
    limit: MAX_POSITION,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true, stand: true },
    req,
  })
  return describePlacement(alley?.name ?? '', ownId, stands.docs as Neighbour[], adminLanguage(req))
}

/** The partner's stand in the virtual exhibition: where it stands on which alley, and how. */
export const standField: GroupField = {
  name: 'stand',
  type: 'group',
  label: STAND_LABEL,
  admin: {
    description: t(
      'Стенд на карте выставки. Места на аллее считаются от входа; соседи — стенды с ближайшими номерами мест.',
      'The stand on the exhibition map. Positions count from the alley’s entrance; neighbours are the stands with the nearest positions.',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'alley',
          type: 'relationship',
          relationTo: 'alleys',
          label: ALLEY_LABEL,
          index: true,
          validate: validateAlley,
          filterOptions: ({ data }) => {
            const editions = ((data as { editions?: unknown[] }).editions ?? [])
              .map(idOf)
              .filter((id) => id !== null)
            return editions.length > 0 ? { edition: { in: editions } } : true
          },
        },
        {
          name: 'position',
          type: 'number',
          min: 1,
          max: MAX_POSITION,
          label: POSITION_LABEL,
          validate: validatePosition,
          admin: { step: 1 },
        },
        {
          name: 'number',
          type: 'text',
          label: t('Номер на табличке', 'Sign'),
          hooks: { beforeValidate: [keepPublishableText] },
          admin: { description: t('Например, К-07. Необязательно.', 'For example, К-07. Optional.') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'size',
          type: 'select',
          defaultValue: 'medium',
          options: optionsFrom(STAND_SIZES),
          label: t('Размер', 'Size'),
        },
        {
          name: 'featured',
          type: 'checkbox',
          defaultValue: false,
          label: t('Выделить на карте', 'Featured on the map'),
        },
      ],
    },
    {
      name: 'placement',
      type: 'text',
      virtual: true,
      label: t('Где стоит стенд', 'Where the stand is'),
      hooks: { afterRead: [placementPreview] },
      admin: {
        readOnly: true,
        description: t('Обновляется после сохранения.', 'Updated on save.'),
        condition: (_, siblingData) => Boolean((siblingData as StandData | undefined)?.alley),
      },
    },
  ],
}
