'use client'

import type { Conflict } from '@programma/shared'
import { useEffect, useState } from 'react'

import { useHostRoutes } from '../hostRoutes'

/** Conflicts from the API's /conflicts; fetched again whenever `refreshKey` changes (after a save). */
export function useConflicts(query: string, refreshKey: unknown): Conflict[] | undefined {
  const [conflicts, setConflicts] = useState<Conflict[]>()
  const { api } = useHostRoutes()
  useEffect(() => {
    const controller = new AbortController()
    fetch(`${api}/conflicts${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ conflicts: Conflict[] }>) : { conflicts: [] },
      )
      .then((body) => setConflicts(body.conflicts))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, query, refreshKey])
  return conflicts
}
