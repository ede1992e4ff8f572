import {
  PARTICIPANT_ROLES,
  SESSION_FORMATS,
  SESSION_PARTNER_ROLES,
  SESSION_STATUSES,
  type Vocabularies,
} from '@programma/shared'
import type { CollectionConfig, DateField, Field } from 'payload'

import { adminsAndEditors } from '../../access/roles'
import {
  canCreateSession,
  canReadSession,
  canReadSessionVersions,
  canUpdateSession,
} from '../../access/sessions'
import { bumpRevisionOnMaterialChange, rememberPreviousStart } from './revision'
import { checkSessionSchedule, readWallClockTimes } from './schedule'
import { t } from '../../fields/labels'
import { optionsFrom } from '../../fields/options'
import type { TimeZoneSettings } from '../../config/timeZones'
import { slugField } from '../../fields/slug'
import { editionField, materialsField } from '../../fields/common'
import { urlField } from '../../fields/url'
import { datePublishedRecording, validateNotRecorded, videoLinkRow } from '../../fields/videoLink'

/** A session's terms of one of the host's lists; not offered when the host keeps no such list. */
function termsField(
  name: 'audiences' | 'topics',
  terms: Vocabularies['topics'],
  label: ReturnType<typeof t>,
): Field[] {
  if (terms.length === 0) return []
  return [{ name, type: 'select', hasMany: true, options: optionsFrom(terms), label }]
}

function momentField(
  zones: TimeZoneSettings,
  name: string,
  label: Record<string, string>,
  required = true,
): DateField {
  return {
    name,
    type: 'date',
    required,
    index: name === 'start',
    label,
    timezone: zones,
    admin: {
      date: {
        pickerAppearance: 'dayAndTime',
        timeFormat: 'HH:mm',
        timeIntervals: 5,
        displayFormat: 'dd.MM.yyyy HH:mm',
      },
    },
  }
}

function recordingPublishedField(zones: TimeZoneSettings): DateField {
  const field = momentField(zones, 'publishedAt', t('Опубликована', 'Published at'), false)
  return {
    ...field,
    hooks: { beforeChange: [datePublishedRecording] },
    admin: {
      ...field.admin,
      description: t(
        'Если не указать, ставится время, когда ссылка на запись сохранена.',
        'Left empty, it is set to when the recording link is saved.',
      ),
    },
  }
}

/** Sessions, their times entered and shown in the zones editors may choose. */
export const sessionsCollection = (
  zones: TimeZoneSettings,
  vocabularies: Vocabularies,
): CollectionConfig => ({
  slug: 'sessions',
  labels: { singular: t('Сессия', 'Session'), plural: t('Сессии', 'Sessions') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'edition', 'forum', 'format', 'status', '_status'],
    listSearchableFields: ['title', 'slug', 'lead'],
    group: t('Программа', 'Programme'),
    description: t(
      'События деловой программы. Время вводится и показывается по часовому поясу выпуска.',
      'Events of the business programme. Times are entered and shown on the clock of their edition.',
    ),
  },
  defaultSort: 'start',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 100 },
  access: {
    read: canReadSession,
    readVersions: canReadSessionVersions,
    create: canCreateSession,
    update: canUpdateSession,
    delete: adminsAndEditors,
  },
  hooks: {
    beforeValidate: [readWallClockTimes(zones)],
    beforeChange: [checkSessionSchedule(zones), rememberPreviousStart, bumpRevisionOnMaterialChange],
  },
  fields: [
    {
      name: 'conflicts',
      type: 'ui',
      admin: { components: { Field: '/components/conflicts/SessionConflicts#SessionConflicts' } },
    },
    { name: 'title', type: 'text', required: true, localized: true, label: t('Название', 'Title') },
    {
      name: 'lead',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: t('Анонс', 'Summary'),
      admin: {
        description: t(
          'Одна-две фразы для карточки в программе.',
          'One or two sentences for the programme listing.',
        ),
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: t('Время и место', 'Time and place'),
          fields: [
            {
              type: 'row',
              fields: [
                momentField(zones, 'start', t('Начало', 'Starts')),
                momentField(zones, 'end', t('Окончание', 'Ends')),
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'format',
                  type: 'select',
                  required: true,
                  defaultValue: 'panel',
                  options: optionsFrom(SESSION_FORMATS),
                  label: t('Формат', 'Format'),
                },
                {
                  name: 'language',
                  type: 'select',
                  defaultValue: vocabularies.sessionLanguages[0]?.value,
                  options: optionsFrom(vocabularies.sessionLanguages),
                  label: t('Язык', 'Language'),
                },
              ],
            },
            {
              name: 'place',
              type: 'group',
              label: t('Место', 'Place'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'hall',
                      type: 'text',
                      localized: true,
                      label: t('Зал', 'Hall'),
                      admin: { placeholder: t('Зал A', 'Hall A') },
                    },
                    {
                      name: 'online',
                      type: 'checkbox',
                      defaultValue: true,
                      label: t('Онлайн-трансляция', 'Streamed online'),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: t('Участники', 'Participants'),
          fields: [
            {
              name: 'participants',
              type: 'array',
              label: t('Участники', 'Participants'),
              labels: { singular: t('Участник', 'Participant'), plural: t('Участники', 'Participants') },
              admin: { description: t('В порядке выхода в эфир.', 'In the order they go on air.') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'expert',
                      type: 'relationship',
                      relationTo: 'experts',
                      required: true,
                      label: t('Эксперт', 'Expert'),
                    },
                    {
                      name: 'role',
                      type: 'select',
                      required: true,
                      defaultValue: 'speaker',
                      options: optionsFrom(PARTICIPANT_ROLES),
                      label: t('Роль', 'Role'),
                    },
                  ],
                },
                { name: 'topic', type: 'text', localized: true, label: t('Тема выступления', 'Talk title') },
              ],
            },
            {
              name: 'partners',
              type: 'array',
              label: t('Партнёры', 'Partners'),
              labels: { singular: t('Партнёр', 'Partner'), plural: t('Партнёры', 'Partners') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'partner',
                      type: 'relationship',
                      relationTo: 'partners',
                      required: true,
                      label: t('Партнёр', 'Partner'),
                    },
                    {
                      name: 'role',
                      type: 'select',
                      required: true,
                      defaultValue: 'organiser',
                      options: optionsFrom(SESSION_PARTNER_ROLES),
                      label: t('Роль', 'Role'),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: t('Описание', 'Description'),
          fields: [
            { name: 'description', type: 'richText', localized: true, label: t('Описание', 'Description') },
            ...termsField('audiences', vocabularies.audiences, t('Аудитория', 'Audience')),
            ...termsField('topics', vocabularies.topics, t('Темы', 'Topics')),
            urlField({ name: 'registrationUrl', label: t('Регистрация', 'Registration link') }),
            materialsField,
          ],
        },
        {
          label: t('Трансляция и запись', 'Stream and recording'),
          fields: [
            {
              name: 'stream',
              type: 'group',
              label: t('Трансляция', 'Stream'),
              fields: [videoLinkRow(t('Ссылка на трансляцию', 'Stream link'))],
            },
            {
              name: 'recording',
              type: 'group',
              label: t('Запись', 'Recording'),
              fields: [
                videoLinkRow(t('Ссылка на запись', 'Recording link')),
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'durationMinutes',
                      type: 'number',
                      min: 1,
                      label: t('Длительность, мин', 'Duration, min'),
                    },
                    recordingPublishedField(zones),
                    {
                      name: 'notRecorded',
                      type: 'checkbox',
                      label: t('Без записи', 'Not recorded'),
                      validate: validateNotRecorded,
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    editionField,
    {
      name: 'editionZone',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: {
          Field: {
            path: '/components/sessionZone/SessionZoneFollower#SessionZoneFollower',
            clientProps: { defaultTimeZone: zones.defaultTimezone },
          },
        },
      },
    },
    {
      name: 'forum',
      type: 'relationship',
      relationTo: 'forums',
      index: true,
      label: t('Форум', 'Forum'),
      filterOptions: ({ data }) => (data?.edition ? { edition: { equals: data.edition } } : true),
      admin: { position: 'sidebar' },
    },
    {
      name: 'stage',
      type: 'text',
      label: t('Этап', 'Stage'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: t(
          'Определяется по дате начала и этапам выпуска.',
          "Set from the start date and the edition's stages.",
        ),
      },
    },
    slugField('title'),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      options: optionsFrom(SESSION_STATUSES),
      label: t('Статус сессии', 'Session status'),
      admin: {
        position: 'sidebar',
        description: t(
          'Перенесённая или отменённая сессия остаётся в программе и календарях с пометкой.',
          'A moved or cancelled session stays in the programme and the calendars, marked as such.',
        ),
      },
    },
    {
      name: 'previousStart',
      type: 'date',
      label: t('Прежнее время начала', 'Previous start'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.previousStart),
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' },
      },
    },
    {
      name: 'revision',
      type: 'number',
      defaultValue: 0,
      label: t('Редакция', 'Revision'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: t(
          'Растёт при каждом изменении времени, места, статуса, названия или трансляции — так календари подписчиков узнают об изменении.',
          "Rises whenever the time, place, status, title or stream changes, so subscribers' calendars pick up the change.",
        ),
      },
    },
  ],
})
