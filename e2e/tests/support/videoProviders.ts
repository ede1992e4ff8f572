import type { Page } from '@playwright/test'

/** Hosts of the video players, their images and media, and the forum's own recordings server. */
const VIDEO_PROVIDER_HOSTS =
  /(^|\.)(vk\.com|vkvideo\.ru|vk\.ru|rutube\.ru|youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|mmco-expo\.ru)$/

const NOTHING = { status: 204, body: '' }

/**
 * Answers every request the page makes to a video provider locally, so no test leaves the machine,
 * and returns the list of what was requested (filled as the page runs).
 */
export async function interceptVideoProviders(
  page: Page,
  answer: { status: number; body: string; contentType?: string } = NOTHING,
): Promise<string[]> {
  const requested: string[] = []
  await page.route(
    (url) => VIDEO_PROVIDER_HOSTS.test(url.hostname),
    async (route) => {
      requested.push(route.request().url())
      await route.fulfill(answer)
    },
  )
  return requested
}
