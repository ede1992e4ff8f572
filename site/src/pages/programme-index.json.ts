import type { APIRoute } from 'astro'

import { programmeIndex } from '~/lib/programmeIndex'
import { published } from '~/lib/query'

/** The few facts "my programme" needs about every session, fetched by that page in the browser. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(programmeIndex(await published())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
