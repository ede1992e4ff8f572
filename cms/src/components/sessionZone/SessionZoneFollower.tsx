'use client'

import { useForm } from '@payloadcms/ui'
import { useCallback, useRef } from 'react'

import { useEditionPicked } from './useEditionPicked'
import { useEditionZones } from './useEditionZones'
import { zoneUpdates } from './zoneUpdates'

/** The zone react-datepicker shows a time in when no zone is beside it (as Payload's date field does). */
function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/**
 * Keeps the edit view's times on the clock of the edition picked for them: when the edition
 * changes, the zone beside each time becomes the edition's and the time keeps the reading
 * already typed (10:00 stays 10:00). Renders nothing and leaves a form it has just opened alone.
 */
export function SessionZoneFollower({ defaultTimeZone }: { defaultTimeZone: string }) {
  const { dispatchFields, getFields, setModified } = useForm()
  const zoneOfEdition = useEditionZones(defaultTimeZone)
  const latestPick = useRef<string | undefined>(undefined)

  const follow = useCallback(
    (edition: string) => {
      latestPick.current = edition
      void zoneOfEdition(edition).then((zone) => {
        // An answer for an edition picked before the current one comes too late to apply.
        if (zone === undefined || latestPick.current !== edition) return
        const updates = zoneUpdates(getFields(), zone, browserZone())
        for (const { path, value } of updates) dispatchFields({ type: 'UPDATE', path, value })
        if (updates.length > 0) setModified(true)
      })
    },
    [dispatchFields, getFields, setModified, zoneOfEdition],
  )

  useEditionPicked(follow)
  return null
}
