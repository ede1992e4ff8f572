import { formatInZone, zonedTimeToUtc } from '@programma/shared'

import { placeStands } from './alleys'
import { daysBetween, normaliseProgramme } from './assemble'
import { generateExperts } from './people'
import { generatePartners } from './partners'
import { Random } from './random'
import { generateSessions } from './sessions'
import type {
  SeedEdition,
  SeedExpert,
  SeedForum,
  SeedPartner,
  SeedProgramme,
  SeedSession,
  SeedSiteIdentity,
  Text,
} from './types'

/**
 * The demo programme: the Moscow International Education Salon of 2020 and 2022 as
 * documented, filled out with fictional sessions, experts and partners.
 */

const ORGANISERS: Text = {
  ru: 'Министерство просвещения Российской Федерации, Министерство науки и высшего образования Российской Федерации; оператор — АНО «Дирекция Московского международного салона образования»',
  en: 'Ministry of Education of the Russian Federation, Ministry of Science and Higher Education of the Russian Federation; operated by the Moscow International Education Salon Directorate',
}

/** The salon keeps its programme on Moscow time. */
const DEMO_TIME_ZONE = 'Europe/Moscow'

const EDITION_2020: SeedEdition = {
  slug: 'mmso-2020',
  title: { ru: 'ММСО-2020', en: 'MIES 2020' },
  theme: { ru: 'ММСО-стрим: салон образования онлайн', en: 'MIES Stream: the education salon online' },
  year: 2020,
  format: 'online',
  startDate: '2020-04-26',
  endDate: '2020-05-30',
  timeZone: DEMO_TIME_ZONE,
  platformName: { ru: 'ММСО-стрим и виртуальная выставка', en: 'MIES Stream and the virtual exhibition' },
  platformUrl: 'https://mmco-expo.ru',
  organisers: ORGANISERS,
  stages: [
    {
      slug: 'mmso',
      name: { ru: 'ММСО', en: 'MIES' },
      startDate: '2020-04-26',
      endDate: '2020-04-29',
      description: {
        ru: 'Основной этап: 350 мероприятий деловой программы и виртуальная выставка.',
        en: 'The main stage: 350 business-programme events and the virtual exhibition.',
      },
    },
    {
      slug: 'prodolzhenie',
      name: { ru: 'ММСО: Продолжение', en: 'MIES: Continued' },
      startDate: '2020-04-30',
      endDate: '2020-05-08',
      description: {
        ru: 'Подведение итогов первых четырёх дней, обратная связь, самые острые вопросы, проектные и стратегические сессии.',
        en: 'Wrap-ups of the first four days, feedback, the sharpest questions, project and strategy sessions.',
      },
    },
    {
      slug: 'karta',
      name: { ru: 'ММСО – карта образовательных решений', en: 'MIES: a map of education solutions' },
      startDate: '2020-05-28',
      endDate: '2020-05-30',
      description: {
        ru: 'Роль бизнеса в экосистеме образования: открытый форум и виртуальная выставка технологий, инфраструктуры и интеллектуальных решений.',
        en: 'The role of business in the education ecosystem: an open forum and a virtual exhibition of technologies, infrastructure and intellectual solutions.',
      },
    },
  ],
  keyFigures: [
    { value: '350', label: { ru: 'мероприятий деловой программы', en: 'business-programme events' } },
    { value: '1 030', label: { ru: 'экспертов', en: 'experts' } },
    {
      value: '130',
      label: {
        ru: 'компаний-партнёров на виртуальной выставке',
        en: 'partner companies in the virtual exhibition',
      },
    },
    { value: '253 000', label: { ru: 'посетителей', en: 'visitors' } },
    { value: '1 500+', label: { ru: 'городов', en: 'cities' } },
    { value: '98', label: { ru: 'стран', en: 'countries' } },
  ],
  description: {
    ru: [
      'Из-за пандемии салон 2020 года прошёл полностью онлайн: «ММСО-стрим» и виртуальная выставка «Интерактивная карта индустрии образования».',
      'Каждое событие шло как радиоэфир: модератор выводил спикеров в эфир, зрители задавали вопросы в чате, а запись была доступна сразу после окончания.',
      'Участие засчитывается педагогам как методический день, школьникам — как профориентация.',
    ],
    en: [
      'Because of the pandemic the 2020 salon ran entirely online: MIES Stream and the virtual exhibition “Interactive map of the education industry”.',
      'Each event ran like a radio broadcast: a moderator brought speakers on air, viewers asked questions in the chat, and the recording was available right after the end.',
    ],
  },
}

const EDITION_2022: SeedEdition = {
  slug: 'mmso-2022',
  title: { ru: 'ММСО-2022', en: 'MIES 2022' },
  theme: { ru: 'Назад в будущее', en: 'Back to the Future' },
  year: 2022,
  format: 'hybrid',
  startDate: '2022-03-28',
  endDate: '2022-04-30',
  timeZone: DEMO_TIME_ZONE,
  venue: { ru: 'Цифровое деловое пространство', en: 'Digital Business Space' },
  city: { ru: 'Москва', en: 'Moscow' },
  platformName: { ru: 'ММСО.Коннект', en: 'MIES.Connect' },
  platformUrl: 'https://mmco-expo.ru',
  organisers: ORGANISERS,
  stages: [
    {
      slug: 'onlain-konferentsii',
      name: { ru: 'Специализированные онлайн-конференции', en: 'Specialised online conferences' },
      startDate: '2022-03-28',
      endDate: '2022-04-07',
      description: {
        ru: 'Онлайн-конференции для отдельных аудиторий накануне салона, каждая со своей регистрацией.',
      },
    },
    {
      slug: 'salon',
      name: {
        ru: 'IX Московский международный салон образования',
        en: 'The 9th Moscow International Education Salon',
      },
      startDate: '2022-04-29',
      endDate: '2022-04-30',
      description: {
        ru: 'Два дня деловой программы в Москве и онлайн на «ММСО.Коннект».',
        en: 'Two days of business programme in Moscow and online on MIES.Connect.',
      },
    },
  ],
  keyFigures: [
    { value: '1 000+', label: { ru: 'экспертов', en: 'experts' } },
    { value: '100 000+', label: { ru: 'участников ожидается', en: 'participants expected' } },
    { value: '2', label: { ru: 'дня в Москве', en: 'days in Moscow' } },
  ],
  description: {
    ru: [
      'Девятый салон прошёл в гибридном формате: в «Цифровом деловом пространстве» в Москве и онлайн на платформе «ММСО.Коннект». Тема — «Назад в будущее».',
    ],
    en: [
      'The ninth salon was hybrid: at the Digital Business Space in Moscow and online on MIES.Connect. Its theme: Back to the Future.',
    ],
  },
}

const FORUMS: SeedForum[] = [
  {
    slug: 'obshchee-obrazovanie-2020',
    edition: 'mmso-2020',
    title: { ru: 'Общее образование', en: 'School education' },
    colour: '#1f5fbf',
    order: 1,
  },
  {
    slug: 'doshkolnoe-obrazovanie-2020',
    edition: 'mmso-2020',
    title: { ru: 'Дошкольное образование', en: 'Preschool education' },
    colour: '#e67700',
    order: 2,
  },
  {
    slug: 'professionalnoe-obrazovanie-2020',
    edition: 'mmso-2020',
    title: { ru: 'Профессиональное образование', en: 'Vocational education' },
    colour: '#2b8a3e',
    order: 3,
  },
  {
    slug: 'vysshee-obrazovanie-2020',
    edition: 'mmso-2020',
    title: { ru: 'Высшее образование и наука', en: 'Higher education and science' },
    colour: '#862e9c',
    order: 4,
  },
  {
    slug: 'tsifrovaya-sreda-2020',
    edition: 'mmso-2020',
    title: { ru: 'Цифровая образовательная среда', en: 'Digital learning environment' },
    colour: '#0b7285',
    order: 5,
  },
  {
    slug: 'regiony-2020',
    edition: 'mmso-2020',
    title: { ru: 'Регионы: опыт дистанционного обучения', en: 'Regions: distance learning in practice' },
    colour: '#c2255c',
    order: 6,
  },
  {
    slug: 'biznes-v-ekosisteme-2020',
    edition: 'mmso-2020',
    title: { ru: 'Бизнес в экосистеме образования', en: 'Business in the education ecosystem' },
    colour: '#364fc7',
    order: 7,
  },
  {
    slug: 'forum-munitsipalnykh-rukovoditeley-2022',
    edition: 'mmso-2022',
    title: {
      ru: 'Форум руководителей органов местного самоуправления, осуществляющих управление в сфере образования городов Российской Федерации',
      en: 'Forum of heads of municipal education authorities of Russian cities',
    },
    colour: '#1f5fbf',
    order: 1,
  },
  {
    slug: 'forum-institutov-razvitiya-2022',
    edition: 'mmso-2022',
    title: {
      ru: 'Форум региональных институтов развития образования',
      en: 'Forum of regional institutes for education development',
    },
    colour: '#2b8a3e',
    order: 2,
  },
  {
    slug: 'forum-rukovoditeley-organizatsiy-2022',
    edition: 'mmso-2022',
    title: {
      ru: 'Форум руководителей образовательных организаций',
      en: 'Forum of heads of educational organisations',
    },
    colour: '#862e9c',
    order: 3,
  },
  {
    slug: 'programma-ministerstv-2022',
    edition: 'mmso-2022',
    title: { ru: 'Программа министерств', en: "The ministries' programme" },
    organiser: {
      ru: 'Минпросвещения России и Минобрнауки России',
      en: 'Ministry of Education and Ministry of Science and Higher Education',
    },
    colour: '#d9480f',
    order: 4,
  },
  {
    slug: 'onlain-konferentsii-2022',
    edition: 'mmso-2022',
    title: { ru: 'Специализированные онлайн-конференции', en: 'Specialised online conferences' },
    colour: '#0b7285',
    order: 5,
  },
]

const SAMARA_MINISTRY: SeedPartner = {
  slug: 'minobrnauki-samarskoy-oblasti',
  name: {
    ru: 'Министерство образования и науки Самарской области',
    en: 'Ministry of Education and Science of the Samara Region',
  },
  kind: 'region',
  level: 'partner',
  description: {
    ru: [
      'Региональная система образования Самарской области: опыт дистанционного обучения, онлайн-программы и досуг школьников.',
    ],
    en: [
      "The Samara Region's education system: distance learning, online programmes and leisure for pupils.",
    ],
  },
  website: 'https://samara-education.example.ru',
  products: [{ title: { ru: 'Региональные онлайн-программы', en: 'Regional online programmes' } }],
  contacts: [
    { channel: 'email', value: 'expo@samara-education.example.ru' },
    { channel: 'phone', value: '+7 846 332-11-00' },
    { channel: 'chat', value: 'https://t.me/samara_education_expo' },
    { channel: 'webinar', value: 'https://webinar.mmco-expo.ru/rooms/samara-education' },
  ],
  materials: [
    {
      title: {
        ru: 'Дистанционное обучение в Самарской области: итоги',
        en: 'Distance learning in the Samara Region: results',
      },
      url: 'https://samara-education.example.ru/expo/distance-learning.pdf',
    },
  ],
  editions: ['mmso-2020'],
  logoSeed: 1000,
}

function at(date: string, time: string): string {
  return zonedTimeToUtc(date, time, DEMO_TIME_ZONE).toISOString()
}

function samaraRoundTable(experts: SeedExpert[]): SeedSession {
  const [moderator, ...speakers] = experts
  return {
    slug: 'opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti',
    edition: 'mmso-2020',
    forum: 'regiony-2020',
    title: {
      ru: 'Опыт, проблемы и перспективы дистанционного обучения в Самарской области',
      en: 'Distance learning in the Samara Region: experience, problems and prospects',
    },
    lead: {
      ru: 'Опыт региона в дистанционном обучении: новые форматы, онлайн-программы и досуг школьников.',
      en: "The region's experience of distance learning: new formats, online programmes and leisure activities.",
    },
    format: 'round-table',
    start: at('2020-04-29', '17:20'),
    end: at('2020-04-29', '18:50'),
    place: { hall: { ru: 'Студия ММСО-стрим 3', en: 'MIES Stream studio 3' }, online: true },
    participants: [
      { expert: (moderator as SeedExpert).slug, role: 'moderator' },
      ...speakers.map((expert) => ({ expert: expert.slug, role: 'speaker' })),
    ],
    partners: [{ partner: SAMARA_MINISTRY.slug, role: 'organiser' }],
    audiences: ['authorities', 'school-heads', 'teachers', 'parents'],
    topics: ['distance-learning'],
    language: 'ru',
    description: {
      ru: [
        'Министерство образования и науки Самарской области рассказывает об опыте региона в дистанционном обучении: какие форматы появились весной 2020 года, какие онлайн-программы получили школы и как был устроен досуг школьников.',
        'Участие засчитывается педагогам как методический день.',
      ],
      en: [
        "The Ministry of Education and Science of the Samara Region shares the region's experience of distance learning: the new formats of spring 2020, the online programmes schools received and how pupils' leisure was organised.",
      ],
    },
    stream: { provider: 'vk', url: 'https://vk.com/video-193713520_456239301' },
    recording: {
      provider: 'vk',
      url: 'https://vk.com/video-193713520_456239318',
      durationMinutes: 88,
      publishedAt: at('2020-04-29', '19:05'),
    },
    status: 'scheduled',
  }
}

const ONLINE_CONFERENCES: Array<{
  date: string
  slug: string
  title: Text
  audience: string
  topic: string
}> = [
  {
    date: '2022-03-28',
    slug: 'upravlenie-detskim-sadom-v-usloviyakh-turbulentnosti',
    title: {
      ru: 'Управление детским садом в условиях турбулентности',
      en: 'Running a kindergarten in turbulent times',
    },
    audience: 'school-heads',
    topic: 'preschool',
  },
  {
    date: '2022-03-30',
    slug: 'professionalnoe-razvitie-uchitelya-ot-formirovaniya-zakaza-do-realizatsii-programm-dpo',
    title: {
      ru: 'Профессиональное развитие учителя: от формирования заказа до реализации программ ДПО',
      en: 'Teacher development: from shaping demand to running CPD programmes',
    },
    audience: 'authorities',
    topic: 'teachers',
  },
  {
    date: '2022-04-05',
    slug: 'direktor-shkoly-v-novykh-usloviyakh',
    title: { ru: 'Директор школы в новых условиях', en: 'The school head in new conditions' },
    audience: 'school-heads',
    topic: 'management',
  },
  {
    date: '2022-04-07',
    slug: 'razvitie-munitsipalnykh-sistem-obrazovaniya-ot-idei-do-rezultata',
    title: {
      ru: 'Развитие муниципальных систем образования: от идеи до результата',
      en: 'Developing municipal education systems: from idea to result',
    },
    audience: 'authorities',
    topic: 'management',
  },
]

const CONFERENCE_AUDIENCE: Record<string, Text> = {
  '2022-03-28': {
    ru: 'управленческие команды дошкольных организаций',
    en: 'management teams of preschool organisations',
  },
  '2022-03-30': {
    ru: 'руководители муниципальных методических служб',
    en: 'heads of municipal methodological services',
  },
  '2022-04-05': { ru: 'директора школ', en: 'school heads' },
  '2022-04-07': {
    ru: 'руководители муниципальных систем образования',
    en: 'heads of municipal education systems',
  },
}

function onlineConferences(experts: SeedExpert[]): SeedSession[] {
  return ONLINE_CONFERENCES.map((conference, index) => {
    const people = experts.slice(index * 4, index * 4 + 4)
    const audience = CONFERENCE_AUDIENCE[conference.date] as Text
    return {
      slug: conference.slug,
      edition: 'mmso-2022',
      forum: 'onlain-konferentsii-2022',
      title: conference.title,
      lead: {
        ru: `Онлайн-конференция для аудитории: ${audience.ru}.`,
        en: `An online conference for ${audience.en}.`,
      },
      format: 'conference',
      start: at(conference.date, '11:00'),
      end: at(conference.date, '14:00'),
      place: { online: true },
      participants: people.map((expert, position) => ({
        expert: expert.slug,
        role: position === 0 ? 'moderator' : 'speaker',
      })),
      partners: [],
      audiences: [conference.audience],
      topics: [conference.topic],
      language: 'ru',
      description: {
        ru: [
          `Специализированная онлайн-конференция накануне салона. Аудитория: ${audience.ru}. Участие по предварительной онлайн-регистрации.`,
        ],
        en: [
          `A specialised online conference before the salon, for ${audience.en}. Online registration required.`,
        ],
      },
      registrationUrl: `https://mmco-expo.ru/registration/${conference.slug}`,
      stream: {
        provider: 'rutube',
        url: `https://rutube.ru/live/video/${(index + 1).toString(16).padStart(32, 'a')}/`,
      },
      recording: {
        provider: 'rutube',
        url: `https://rutube.ru/video/${(index + 11).toString(16).padStart(32, 'b')}/`,
        durationMinutes: 176,
        publishedAt: at(conference.date, '14:30'),
      },
      status: 'scheduled',
    }
  })
}

const STUDIOS: Text[] = [1, 2, 3, 4].map((n) => ({
  ru: `Студия ММСО-стрим ${n}`,
  en: `MIES Stream studio ${n}`,
}))
const HALLS_2022: Text[] = [
  { ru: 'Конгресс-холл', en: 'Congress Hall' },
  { ru: 'Зал «Будущее»', en: 'Future Hall' },
  { ru: 'Зал «Наука»', en: 'Science Hall' },
  { ru: 'Зал «Школа»', en: 'School Hall' },
]

const DEMO_SEED = 2020_04_26
const RECORDINGS_UNTIL = new Date('2023-01-01T00:00:00Z')

/** A reader must see a moved and a cancelled session: the first of the main stage moves to the evening, the last of 2022 is cancelled. */
function withMovedSession(sessions: SeedSession[]): SeedSession[] {
  const [first, ...rest] = sessions
  if (!first) return sessions
  const day = formatInZone(first.start, 'yyyy-MM-dd', DEMO_TIME_ZONE)
  const length = new Date(first.end).getTime() - new Date(first.start).getTime()
  const start = zonedTimeToUtc(day, '19:00', DEMO_TIME_ZONE)
  const moved: SeedSession = {
    ...first,
    status: 'moved',
    movedFrom: { start: first.start, end: first.end },
    start: start.toISOString(),
    end: new Date(start.getTime() + length).toISOString(),
  }
  return [moved, ...rest]
}

function withCancelledSession(sessions: SeedSession[]): SeedSession[] {
  const last = sessions.at(-1)
  if (!last) return sessions
  return [...sessions.slice(0, -1), { ...last, status: 'cancelled', recording: undefined }]
}

function draftSession(experts: SeedExpert[]): SeedSession {
  return {
    slug: 'chernovik-itogi-salona-2022',
    edition: 'mmso-2022',
    forum: 'programma-ministerstv-2022',
    title: { ru: 'Итоги салона 2022 (черновик, не опубликовано)' },
    format: 'plenary',
    start: at('2022-04-30', '18:00'),
    end: at('2022-04-30', '19:00'),
    place: { hall: { ru: 'Конгресс-холл', en: 'Congress Hall' }, online: true },
    participants: [{ expert: (experts[0] as SeedExpert).slug, role: 'moderator' }],
    partners: [],
    audiences: ['authorities'],
    topics: ['policy'],
    language: 'ru',
    description: { ru: ['Черновик: программа ещё согласуется.'] },
    status: 'scheduled',
    draft: true,
  }
}

/** Written and scheduled: the public sees it only once the CMS publishes it. */
function scheduledSession(experts: SeedExpert[]): SeedSession {
  return {
    ...draftSession(experts),
    slug: 'anons-sleduyushchego-salona',
    title: { ru: 'Анонс следующего салона (запланировано, не опубликовано)' },
    start: at('2022-04-30', '19:00'),
    end: at('2022-04-30', '19:30'),
    description: { ru: ['Запланированная публикация: выйдет в назначенное время.'] },
    publishAt: '2030-01-10T07:00:00.000Z',
  }
}

function plenary(experts: SeedExpert[]): SeedSession {
  return {
    slug: 'plenarnoe-zasedanie-nazad-v-budushchee',
    edition: 'mmso-2022',
    forum: 'programma-ministerstv-2022',
    title: { ru: 'Пленарное заседание «Назад в будущее»', en: 'Plenary session “Back to the Future”' },
    lead: {
      ru: 'Открытие девятого салона: образование между традицией и технологиями.',
      en: 'Opening of the ninth salon: education between tradition and technology.',
    },
    format: 'plenary',
    start: at('2022-04-29', '09:30'),
    end: at('2022-04-29', '10:00'),
    place: { hall: { ru: 'Конгресс-холл', en: 'Congress Hall' }, online: true },
    participants: experts
      .slice(0, 4)
      .map((expert, index) => ({ expert: expert.slug, role: index === 0 ? 'host' : 'speaker' })),
    partners: [],
    audiences: ['authorities', 'school-heads', 'teachers'],
    topics: ['policy', 'digital'],
    language: 'ru-en',
    description: {
      ru: [
        'Открытие салона: межведомственный диалог в науке и образовании, развитие школьной инфраструктуры и цифровой образовательной среды.',
      ],
      en: [
        'The opening: interdepartmental dialogue in science and education, school infrastructure and the digital learning environment.',
      ],
    },
    // The Congress Hall streams from the venue's own server; the recording is a file beside it.
    stream: { provider: 'hls', url: 'https://stream.mmco-expo.ru/live/congress-hall/index.m3u8' },
    recording: {
      provider: 'file',
      url: 'https://media.mmco-expo.ru/records/2022/plenarnoe-zasedanie-nazad-v-budushchee.mp4',
      durationMinutes: 29,
      publishedAt: at('2022-04-29', '10:20'),
    },
    status: 'scheduled',
  }
}

/** The salon's programme site: its name, organiser and contacts (demo-facts.md). */
const DEMO_SITE: SeedSiteIdentity = {
  name: { ru: 'Программа ММСО', en: 'MIES programme' },
  organiser: {
    ru: 'АНО «Дирекция Московского международного салона образования»',
    en: 'Moscow International Education Salon Directorate',
  },
  footer: {
    ru: 'Московский международный салон образования проводят Минпросвещения России и Минобрнауки России.',
    en: 'The Moscow International Education Salon is held by the Russian Ministries of Education and of Science and Higher Education.',
  },
  contacts: [{ channel: 'email', value: 'info@mmco-expo.ru' }],
  registrationUrl: 'https://mmco-expo.ru/',
}

export function buildDemoProgramme(): SeedProgramme {
  const random = new Random(DEMO_SEED)
  const experts = generateExperts(random, 262)
  const draftExpert: SeedExpert = { ...(experts.pop() as SeedExpert), draft: true }
  const partners = [SAMARA_MINISTRY, ...generatePartners(random, 44, ['mmso-2020', 'mmso-2022'])]
  partners.push({ ...(partners.pop() as SeedPartner), draft: true })
  const published = experts.filter((expert) => !expert.draft)
  const forums2020 = FORUMS.filter((forum) => forum.edition === 'mmso-2020').map((forum) => forum.slug)
  const salonForums2022 = FORUMS.filter(
    (forum) => forum.edition === 'mmso-2022' && forum.slug !== 'onlain-konferentsii-2022',
  ).map((forum) => forum.slug)
  const usedTitles = new Set<string>()
  const mainStage = generateSessions(
    random,
    {
      edition: 'mmso-2020',
      timeZone: DEMO_TIME_ZONE,
      forums: forums2020.slice(0, 6),
      days: daysBetween('2020-04-26', '2020-04-29').map((date) => ({ date })),
      halls: STUDIOS,
      count: 64,
      recordedBefore: RECORDINGS_UNTIL,
    },
    published.slice(0, 180),
    partners,
    usedTitles,
  )
  const continuation = generateSessions(
    random,
    {
      edition: 'mmso-2020',
      timeZone: DEMO_TIME_ZONE,
      forums: forums2020.slice(0, 6),
      days: daysBetween('2020-04-30', '2020-05-08').map((date) => ({ date })),
      halls: STUDIOS.slice(0, 2),
      count: 18,
      recordedBefore: RECORDINGS_UNTIL,
    },
    published.slice(120, 200),
    partners,
    usedTitles,
  )
  const map = generateSessions(
    random,
    {
      edition: 'mmso-2020',
      timeZone: DEMO_TIME_ZONE,
      forums: ['biznes-v-ekosisteme-2020'],
      days: daysBetween('2020-05-28', '2020-05-30').map((date) => ({ date })),
      halls: STUDIOS.slice(0, 2),
      count: 12,
      recordedBefore: RECORDINGS_UNTIL,
    },
    published.slice(180, 230),
    partners.filter((partner) => partner.kind === 'company'),
    usedTitles,
  )
  const salon2022 = generateSessions(
    random,
    {
      edition: 'mmso-2022',
      timeZone: DEMO_TIME_ZONE,
      forums: salonForums2022,
      days: [{ date: '2022-04-29' }, { date: '2022-04-30' }],
      halls: HALLS_2022,
      count: 36,
      recordedBefore: RECORDINGS_UNTIL,
    },
    published.slice(60),
    partners,
    usedTitles,
  )
  const sessions = [
    samaraRoundTable(published.slice(230, 235)),
    ...withMovedSession(mainStage),
    ...continuation,
    ...map,
    ...withCancelledSession(salon2022),
    ...onlineConferences(published.slice(235, 251)),
    plenary(published.slice(251, 255)),
    draftSession(published),
    scheduledSession(published),
  ]
  const exhibition = placeStands(partners, 'mmso-2020')
  return normaliseProgramme({
    site: DEMO_SITE,
    editions: [EDITION_2022, EDITION_2020],
    forums: FORUMS,
    experts: [...experts, draftExpert],
    partners: exhibition.partners,
    alleys: exhibition.alleys,
    sessions,
  })
}
