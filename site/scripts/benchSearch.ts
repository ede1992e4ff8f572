/**
 * Search as a reader meets it: the built site served on loopback, a real Chromium typing
 * queries into the search page. Measures what the first query downloads and how long
 * results take to appear after the last keystroke.
 */
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { chromium } from 'playwright-core'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
}

export interface SearchFigures {
  /** Bytes fetched from /pagefind/ between opening the search page and the first results. */
  firstQueryBytes: number[]
  /** Milliseconds from the last keystroke to the results on screen. */
  latencies: number[]
}

function serve(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname)
    let file = path.join(root, pathname)
    if (!file.startsWith(root)) return void response.writeHead(403).end()
    if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html')
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
  )
}

export async function measureSearch(outDir: string, queries: string[]): Promise<SearchFigures> {
  const server = await serve(outDir)
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const figures: SearchFigures = { firstQueryBytes: [], latencies: [] }
  try {
    for (const query of queries) {
      const context = await browser.newContext()
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
      figures.latencies.push(shown - lastInput)
      figures.firstQueryBytes.push(bytes)
      await context.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
  return figures
}
