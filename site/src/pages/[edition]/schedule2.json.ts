import { schedule2Json, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { programme } from '~/lib/loadSnapshot'
import { Programme } from '~/lib/programme'
import { scheduleSource } from '~/lib/scheduleSource'

export async function getStaticPaths() {
  const data = new Programme(await programme())
  return data.editions().map((edition) => ({ params: { edition: edition.slug }, props: { edition } }))
}

/** C3VOC schedule2: both languages in one file, so it has no English twin. */
export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ props, site }) => {
  const data = new Programme(await programme())
  const document = schedule2Json(scheduleSource(data, props.edition, site!))
  return new Response(JSON.stringify(document), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
