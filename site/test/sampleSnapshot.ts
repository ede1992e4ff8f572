import { type Snapshot, SNAPSHOT_SCHEMA_VERSION } from '@programma/shared'

import { sampleVocabularies } from '../../shared/test/fixtures/vocabularies'

const none = { ru: null, en: null }
const noText = { html: none, text: none }
const at = '2020-04-20T10:00:00.000Z'

/** The smallest valid programme: one edition, one forum, one session with one expert. */
export function sampleSnapshot(): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    lastModified: at,
    defaultLocale: 'ru',
    locales: ['ru', 'en'],
    site: {
      name: { ru: 'Демо-форум', en: 'Demo Forum' },
      organiser: { ru: 'Дирекция форума', en: 'The forum office' },
      logo: null,
      colours: { primary: '#0f2a5c', accent: '#f2b705' },
      footer: none,
      contacts: [],
      registrationUrl: null,
    },
    timeZoneNames: [],
    vocabularies: sampleVocabularies(),
    editions: [
      {
        id: 1,
        slug: 'mmso-2020',
        title: { ru: 'ММСО-2020', en: 'MIES 2020' },
        theme: none,
        year: 2020,
        format: 'online',
        timeZone: 'Europe/Moscow',
        startDate: '2020-04-26',
        endDate: '2020-05-30',
        venue: none,
        city: none,
        platformName: none,
        platformUrl: null,
        organisers: none,
        stages: [
          {
            key: 'mmso',
            name: { ru: 'ММСО', en: null },
            startDate: '2020-04-26',
            endDate: '2020-04-29',
            description: none,
          },
        ],
        keyFigures: [],
        description: noText,
        updatedAt: at,
      },
    ],
    forums: [
      {
        id: 1,
        slug: 'regiony',
        edition: 1,
        title: { ru: 'Регионы', en: null },
        description: none,
        organiser: none,
        colour: '#c2255c',
        order: 1,
        updatedAt: at,
      },
    ],
    sessions: [
      {
        id: 1,
        slug: 'samara',
        edition: 1,
        forum: 1,
        stage: 'mmso',
        title: { ru: 'Опыт Самарской области', en: null },
        lead: none,
        format: 'round-table',
        status: 'scheduled',
        start: '2020-04-29T14:20:00.000Z',
        end: '2020-04-29T15:50:00.000Z',
        previousStart: null,
        timeZone: 'Europe/Moscow',
        place: { hall: none, online: true },
        participants: [{ expert: 1, role: 'moderator', topic: none }],
        partners: [],
        audiences: ['teachers'],
        topics: ['distance-learning'],
        language: 'ru',
        description: noText,
        registrationUrl: null,
        materials: [],
        stream: null,
        recording: null,
        notRecorded: false,
        revision: 0,
        createdAt: at,
        updatedAt: at,
      },
    ],
    experts: [
      {
        id: 1,
        slug: 'anna-petrova',
        name: { ru: 'Анна Петрова', en: null },
        photo: null,
        position: none,
        organisation: none,
        city: none,
        country: none,
        bio: noText,
        links: [],
        updatedAt: at,
      },
    ],
    partners: [],
    alleys: [],
    media: [],
  }
}
