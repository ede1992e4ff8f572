/**
 * Search as a reader meets it: the built site served on loopback, a real Chromium typing
 * queries into the search page. Measures what the first query downloads and how long
 * results take to appear after the last keystroke.
 */
import { chromium, type Browser } from 'playwright-core'

import { chromiumLaunchOptions } from '../../lib/chromium'
import { serveStaticSite } from '../../lib/staticSite'

/** A topic in two forms, a name with ё, an organisation, a region and a miss. */
export const SEARCH_QUERIES = [
  'дистанционное обучение',
  'школы',
  'Семёнов',
  'гимназия',
  'Самарская область',
  'жирафоплан',
]

export interface SearchSamples {
  /** Bytes fetched from /pagefind/ between opening the search page and the first results. */
  firstQueryBytes: number[]
  /** Milliseconds from the last keystroke to the results on screen. */
  latencies: number[]
}

/** Opens the search page in a fresh context (nothing cached), types `query` and waits for its results. */
async function searchOnce(
  browser: Browser,
  origin: string,
  query: string,
): Promise<{ bytes: number; latency: number }> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    let bytes = 0
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/pagefind/')) return
      void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize))
    })
    await page.goto(`${origin}/search/`)
    await page.evaluate(() => {
      const status = document.querySelector('[data-search-status]')
      const marks = window as unknown as { lastInput: number; shown: number }
      document.querySelector('[data-search-input]')?.addEventListener('input', () => {
        marks.lastInput = performance.now()
      })
      if (status)
        new MutationObserver(() => (marks.shown = performance.now())).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        })
    })
    await page.locator('[data-search-input]').pressSequentially(query, { delay: 60 })
    await page.waitForFunction(
      (typed) => document.querySelector('[data-search-status]')?.textContent?.includes(typed),
      query,
    )
    await page.waitForLoadState('networkidle')
    const { lastInput, shown } = await page.evaluate(() => {
      const marks = window as unknown as { lastInput: number; shown: number }
      return { lastInput: marks.lastInput, shown: marks.shown }
    })
    return { bytes, latency: shown - lastInput }
  } finally {
    await context.close()
  }
}

/**
 * Each query on a first visit. The site is served without netlify.toml's headers, so the bytes
 * counted are the markup's and the index's alone, comparable from one run to the next.
 */
export async function measureSearch(
  outDir: string,
  queries: string[] = SEARCH_QUERIES,
): Promise<SearchSamples> {
  const site = await serveStaticSite(outDir, { headers: 'none' })
  const browser = await chromium.launch(chromiumLaunchOptions())
  const samples: SearchSamples = { firstQueryBytes: [], latencies: [] }
  try {
    for (const query of queries) {
      const { bytes, latency } = await searchOnce(browser, site.origin, query)
      samples.firstQueryBytes.push(bytes)
      samples.latencies.push(latency)
    }
  } finally {
    await browser.close()
    await site.close()
  }
  return samples
}
