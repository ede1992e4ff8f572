'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'

import { PROGRAMMA_NAME, type ProgrammaCollection } from '../plugin/registry'

export interface HostRoutes {
  /** The host's API route (`/api` unless it moved it): Programma's endpoints live under it. */
  api: string
  /** The host's admin route (`/admin` unless it moved it). */
  admin: string
  /** The host's slug for one of Programma's collections (option `slugs`). */
  slugOf: (collection: ProgrammaCollection) => string
  /** What the host calls one of Programma's collections (option `labels`), in the admin's language. */
  pluralOf: (collection: ProgrammaCollection) => string
}

/** Where the admin's own pages and the API are in this host, and what it calls Programma's collections. */
export function useHostRoutes(): HostRoutes {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const collectionOf = (collection: ProgrammaCollection) =>
    config.collections.find((candidate) => candidate.admin?.custom?.[PROGRAMMA_NAME] === collection)
  const slugOf = (collection: ProgrammaCollection) => collectionOf(collection)?.slug ?? collection
  const pluralOf = (collection: ProgrammaCollection) => {
    const plural = collectionOf(collection)?.labels?.plural
    return plural ? getTranslation(plural, i18n) : collection
  }
  return { api: config.routes.api, admin: config.routes.admin, slugOf, pluralOf }
}
