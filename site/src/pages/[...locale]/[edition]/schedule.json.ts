import { c3vocScheduleJson, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { programme } from '~/lib/loadSnapshot'
import { LOCALE_PARAMS, localeFromParam } from '~/lib/paths'
import { Programme } from '~/lib/programme'
import { scheduleSource } from '~/lib/scheduleSource'

export async function getStaticPaths() {
  const data = new Programme(await programme())
  return LOCALE_PARAMS.flatMap(({ locale }) =>
    data.editions().map((edition) => ({ params: { locale, edition: edition.slug }, props: { edition } })),
  )
}

/** The C3VOC schedule JSON (v1). */
export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ params, props, site }) => {
  const data = new Programme(await programme())
  const document = c3vocScheduleJson(
    scheduleSource(data, props.edition, site!),
    localeFromParam(params.locale),
  )
  return new Response(JSON.stringify(document), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
