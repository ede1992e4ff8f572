'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useRef } from 'react'

import { fetchEditionZone } from './editionZone'

/** Looks editions' zones up once each while the form is open; a failed look-up is tried again next time. */
export function useEditionZones(fallbackZone: string): (id: string) => Promise<string | undefined> {
  const { config } = useConfig()
  // Relative: the API shares the admin's origin and its login cookie.
  const apiRoute = config.routes.api
  const cache = useRef(new Map<string, Promise<string | undefined>>())
  return useCallback(
    (id: string) => {
      const known = cache.current.get(id)
      if (known) return known
      const lookup = fetchEditionZone(apiRoute, id, fallbackZone)
      cache.current.set(id, lookup)
      void lookup.then((zone) => {
        if (zone === undefined) cache.current.delete(id)
      })
      return lookup
    },
    [apiRoute, fallbackZone],
  )
}
