'use client'

import { useConfig } from '@payloadcms/ui'

import { PROGRAMMA_NAME, type ProgrammaCollection } from '../plugin/registry'

export interface HostRoutes {
  /** The host's API route (`/api` unless it moved it): Programma's endpoints live under it. */
  api: string
  /** The host's admin route (`/admin` unless it moved it). */
  admin: string
  /** The host's slug for one of Programma's collections (option `slugs`). */
  slugOf: (collection: ProgrammaCollection) => string
}

/** Where the admin's own pages and the API are in this host, and what it calls Programma's collections. */
export function useHostRoutes(): HostRoutes {
  const { config } = useConfig()
  const slugOf = (collection: ProgrammaCollection) =>
    config.collections.find((candidate) => candidate.admin?.custom?.[PROGRAMMA_NAME] === collection)?.slug ??
    collection
  return { api: config.routes.api, admin: config.routes.admin, slugOf }
}
