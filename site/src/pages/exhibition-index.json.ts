import type { APIRoute } from 'astro'

import { exhibitionIndex } from '~/lib/exhibitionIndex'
import { published } from '~/lib/query'

/** Every stand of every exhibition, for the visitor's route in the browser. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(exhibitionIndex((await published()).snapshot)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
