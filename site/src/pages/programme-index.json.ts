import { routes } from '@programma/shared'
import type { APIRoute } from 'astro'

import { programme } from '~/lib/loadSnapshot'

/** The few facts "my programme" needs about every session, fetched by that page in the browser. */
export const GET: APIRoute = async () => {
  const snapshot = await programme()
  const sessions = snapshot.sessions.map((session) => ({
    id: String(session.id),
    slug: session.slug,
    title: session.title,
    start: session.start,
    end: session.end,
    status: session.status,
    url: { ru: routes.session('ru', session.slug), en: routes.session('en', session.slug) },
  }))
  return new Response(JSON.stringify(sessions), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
