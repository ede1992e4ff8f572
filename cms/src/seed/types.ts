import type { ContactChannel } from '@programma/shared'

/** The demo and generated programmes, before they are written through the Local API. */
export interface Text {
  ru: string
  en?: string
}

export interface SeedStage {
  slug: string
  name: Text
  startDate: string
  endDate: string
  description?: Text
}

export interface SeedEdition {
  slug: string
  title: Text
  theme?: Text
  year: number
  format: 'online' | 'offline' | 'hybrid'
  startDate: string
  endDate: string
  /** The IANA zone its times are kept and shown in. */
  timeZone: string
  venue?: Text
  city?: Text
  platformName?: Text
  platformUrl?: string
  organisers?: Text
  stages: SeedStage[]
  keyFigures: Array<{ value: string; label: Text }>
  description: { ru: string[]; en?: string[] }
}

export interface SeedForum {
  slug: string
  edition: string
  title: Text
  description?: Text
  organiser?: Text
  colour: string
  order: number
}

export interface SeedExpert {
  slug: string
  name: Text
  position?: Text
  organisation?: Text
  city?: Text
  country?: Text
  bio?: { ru: string[]; en?: string[] }
  photoSeed?: number
  draft?: boolean
}

export interface SeedPartner {
  slug: string
  name: Text
  kind: 'company' | 'region' | 'institution'
  level: 'general' | 'strategic' | 'partner' | 'exhibitor'
  description: { ru: string[]; en?: string[] }
  website?: string
  videoPresentation?: string
  products: Array<{ title: Text; description?: Text }>
  contacts: Array<{ channel: 'email' | 'phone' | 'chat' | 'webinar' | 'messenger'; value: string }>
  stand?: SeedStand
  materials?: Array<{ title: Text; url: string }>
  editions: string[]
  logoSeed?: number
  draft?: boolean
}

export interface SeedAlley {
  slug: string
  edition: string
  name: Text
  /** Who stands on it; none for an alley open to every kind. */
  kind?: SeedPartner['kind']
  order: number
  colour: string
}

export interface SeedStand {
  /** The alley's slug. */
  alley: string
  position: number
  number: string
  size: 'small' | 'medium' | 'large'
  featured: boolean
}

export interface SeedVideo {
  provider: 'vk' | 'rutube' | 'youtube' | 'file' | 'hls'
  url: string
}

export interface SeedSession {
  slug: string
  edition: string
  forum?: string
  title: Text
  lead?: Text
  format: string
  start: string
  end: string
  place: { hall?: Text; online: boolean }
  participants: Array<{ expert: string; role: string }>
  partners: Array<{ partner: string; role: string }>
  audiences: string[]
  topics: string[]
  language: 'ru' | 'en' | 'ru-en'
  description: { ru: string[]; en?: string[] }
  registrationUrl?: string
  stream?: SeedVideo
  recording?: SeedVideo & { durationMinutes: number; publishedAt: string }
  /** Past and never recorded: the page says so instead of promising a recording. */
  notRecorded?: boolean
  status: 'scheduled' | 'moved' | 'cancelled'
  /** For a moved session: where it stood before, so its revision and previous start are real. */
  movedFrom?: { start: string; end: string }
  draft?: boolean
  /** A draft the editors scheduled: published by the CMS at this instant. */
  publishAt?: string
}

/** What readers see on every page; set by the demo, left alone by generated programmes. */
export interface SeedSiteIdentity {
  name: { ru: string; en: string }
  organiser: { ru: string; en: string }
  footer: { ru: string; en: string }
  contacts: Array<{ channel: ContactChannel; value: string }>
  registrationUrl: string
}

export interface SeedProgramme {
  site?: SeedSiteIdentity
  editions: SeedEdition[]
  forums: SeedForum[]
  experts: SeedExpert[]
  partners: SeedPartner[]
  alleys: SeedAlley[]
  sessions: SeedSession[]
}
