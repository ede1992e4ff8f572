import { changesAtom, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { showText, ui } from '~/lib/i18n'
import { programme } from '~/lib/loadSnapshot'
import { LOCALE_PARAMS, localeFromParam } from '~/lib/paths'
import { Programme } from '~/lib/programme'
import { releaseHistory } from '~/lib/releases'

export async function getStaticPaths() {
  const data = new Programme(await programme())
  return LOCALE_PARAMS.flatMap(({ locale }) =>
    data.editions().map((edition) => ({ params: { locale, edition: edition.slug }, props: { edition } })),
  )
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
