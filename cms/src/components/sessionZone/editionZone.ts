/**
 * An edition's time zone from the REST API, as the signed-in editor may read it: its own, or
 * `fallbackZone` where it names none (as the server does); undefined when it can't be had.
 * `editionsApi` is the editions' REST path in this host (`/api/editions`).
 */
export async function fetchEditionZone(
  editionsApi: string,
  id: string,
  fallbackZone: string,
): Promise<string | undefined> {
  try {
    const response = await fetch(`${editionsApi}/${encodeURIComponent(id)}?depth=0`, {
      credentials: 'include',
    })
    if (!response.ok) return undefined
    const edition = (await response.json()) as { timeZone?: unknown }
    return typeof edition.timeZone === 'string' && edition.timeZone !== '' ? edition.timeZone : fallbackZone
  } catch {
    return undefined
  }
}
