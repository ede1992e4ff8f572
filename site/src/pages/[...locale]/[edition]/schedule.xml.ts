import { frabScheduleXml, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { scheduleSource } from '~/lib/scheduleSource'
import { editionPaths } from '~/lib/staticPaths'

export async function getStaticPaths() {
  return editionPaths(await published())
}

/** frab's schedule.xml, which conference apps (Giggity, EventFahrplan, …) read. */
export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ params, props, site }) => {
  const source = scheduleSource(await published(), props.edition, site!)
  const xml = frabScheduleXml(source, localeFromParam(params.locale))
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
