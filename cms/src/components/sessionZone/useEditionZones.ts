'use client'

import { useCallback, useRef } from 'react'

import { useHostRoutes } from '../hostRoutes'
import { fetchEditionZone } from './editionZone'

/** Looks editions' zones up once each while the form is open; a failed look-up is tried again next time. */
export function useEditionZones(fallbackZone: string): (id: string) => Promise<string | undefined> {
  const { api, slugOf } = useHostRoutes()
  // Relative: the API shares the admin's origin and its login cookie.
  const editionsApi = `${api}/${slugOf('editions')}`
  const cache = useRef(new Map<string, Promise<string | undefined>>())
  return useCallback(
    (id: string) => {
      const known = cache.current.get(id)
      if (known) return known
      const lookup = fetchEditionZone(editionsApi, id, fallbackZone)
      cache.current.set(id, lookup)
      void lookup.then((zone) => {
        if (zone === undefined) cache.current.delete(id)
      })
      return lookup
    },
    [editionsApi, fallbackZone],
  )
}
