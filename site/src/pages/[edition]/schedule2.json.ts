import { schedule2Json, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { published } from '~/lib/query'
import { scheduleSource } from '~/lib/scheduleSource'

export async function getStaticPaths() {
  const data = await published()
  return data.editions().map((edition) => ({ params: { edition: edition.slug }, props: { edition } }))
}

/** C3VOC schedule2: both languages in one file, so it has no English twin. */
export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ props, site }) => {
  const document = schedule2Json(scheduleSource(await published(), props.edition, site!))
  return new Response(JSON.stringify(document), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
