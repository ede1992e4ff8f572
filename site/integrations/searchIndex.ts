import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

import { programme } from '../src/lib/loadSnapshot'
import { Programme } from '../src/lib/programme'
import { searchRecords } from '../src/lib/searchRecords'

export const SEARCH_FOLDER = 'pagefind'

/** Records in flight at once: Pagefind's service indexes them in parallel. */
const BATCH_SIZE = 256

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size)
    await Promise.all(items.slice(start, start + size).map(work))
}

function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed: ${errors.join('; ')}`)
}

/**
 * Builds the Pagefind index after the pages: one record per session, expert and partner in
 * each language (Pagefind keeps one index per language and loads the one of the page's lang).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'programma:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const data = new Programme(await programme())
        const { errors, index } = await pagefind.createIndex({})
        failOn(errors, 'creating the index')
        if (!index) throw new Error('Search index: Pagefind returned no index')
        try {
          const locales = data.locales()
          const records = locales.flatMap((locale) => searchRecords(data, locale))
          await inBatches(records, BATCH_SIZE, async (record) => {
            const added = await index.addCustomRecord(record)
            failOn(added.errors, `adding ${record.url}`)
          })
          const written = await index.writeFiles({
            outputPath: path.join(fileURLToPath(dir), SEARCH_FOLDER),
          })
          failOn(written.errors, 'writing the index')
          logger.info(
            `${records.length} records indexed in ${locales.length} languages in ${Math.round(performance.now() - started)} ms`,
          )
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
