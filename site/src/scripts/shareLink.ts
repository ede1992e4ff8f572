/** "My programme" in a link: session ids (stable, unlike slugs) in the `s` parameter. */
export const SHARE_PARAMETER = 's'

export function shareUrl(page: URL, ids: string[]): string {
  const url = new URL(page.pathname, page.origin)
  if (ids.length > 0) url.searchParams.set(SHARE_PARAMETER, ids.join(','))
  return url.href.replace(/%2C/g, ',')
}

export function sharedIds(search: string): string[] {
  const value = new URLSearchParams(search).get(SHARE_PARAMETER) ?? ''
  return [...new Set(value.split(',').filter((id) => /^[\w-]{1,40}$/.test(id)))]
}

export type ShareImport = 'nothing' | 'take' | 'ask'

/** An empty programme simply takes the shared one; one that already holds it needs nothing; otherwise ask. */
export function shareImport(mine: string[], shared: string[]): ShareImport {
  if (shared.length === 0 || shared.every((id) => mine.includes(id))) return 'nothing'
  return mine.length === 0 ? 'take' : 'ask'
}
