import type { APIRoute } from 'astro'

import { releaseHistory } from '~/lib/releases'

/** The release history and the compact state of every session: the next build diffs against it. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await releaseHistory()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
