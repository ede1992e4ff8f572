import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

import { LOCALES } from '@programma/shared'

import { programme } from '../src/lib/loadSnapshot'
import { Programme } from '../src/lib/programme'
import { searchRecords } from '../src/lib/searchRecords'

export const SEARCH_FOLDER = 'pagefind'

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
          let count = 0
          for (const locale of LOCALES) {
            for (const record of searchRecords(data, locale)) {
              const added = await index.addCustomRecord(record)
              failOn(added.errors, `adding ${record.url}`)
              count += 1
            }
          }
          const written = await index.writeFiles({
            outputPath: path.join(fileURLToPath(dir), SEARCH_FOLDER),
          })
          failOn(written.errors, 'writing the index')
          logger.info(
            `${count} records indexed in ${LOCALES.length} languages in ${Math.round(performance.now() - started)} ms`,
          )
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
