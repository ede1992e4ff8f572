import { c3vocScheduleJson, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { scheduleSource } from '~/lib/scheduleSource'
import { editionPaths } from '~/lib/staticPaths'

export async function getStaticPaths() {
  return editionPaths(await published())
}

/** The C3VOC schedule JSON (v1). */
export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ params, props, site }) => {
  const source = scheduleSource(await published(), props.edition, site!)
  const document = c3vocScheduleJson(source, localeFromParam(params.locale))
  return new Response(JSON.stringify(document), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
