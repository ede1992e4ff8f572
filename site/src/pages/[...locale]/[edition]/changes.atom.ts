import { changesAtom, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { showText, ui } from '~/lib/i18n'
import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { releaseHistory } from '~/lib/releases'
import { editionPaths } from '~/lib/staticPaths'

export async function getStaticPaths() {
  return editionPaths(await published())
}

export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const title = `${showText(props.edition.title, locale)}: ${ui(locale).changesTitle}`
  const atom = changesAtom({
    history: await releaseHistory(),
    edition: props.edition,
    locale,
    site: site!,
    title,
  })
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
