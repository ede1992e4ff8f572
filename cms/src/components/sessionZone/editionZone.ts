/**
 * An edition's time zone from the REST API, as the signed-in editor may read it: its own, or
 * `fallbackZone` where it names none (as the server does); undefined when it can't be had.
 */
export async function fetchEditionZone(
  apiRoute: string,
  id: string,
  fallbackZone: string,
): Promise<string | undefined> {
  try {
    const response = await fetch(`${apiRoute}/editions/${encodeURIComponent(id)}?depth=0`, {
      credentials: 'include',
    })
    if (!response.ok) return undefined
    const edition = (await response.json()) as { timeZone?: unknown }
    return typeof edition.timeZone === 'string' && edition.timeZone !== '' ? edition.timeZone : fallbackZone
  } catch {
    return undefined
  }
}
