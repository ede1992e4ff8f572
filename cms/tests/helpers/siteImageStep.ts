/**
 * The site build's image step alone, as `astro build` runs it when the pages are done: run in
 * site/ (for its tsconfig) with CMS_URL and SITE_CACHE_DIR set, the built site's folder as the
 * argument. Prints what the step logged.
 */
import { pathToFileURL } from 'node:url'

import { copyMedia } from '../../../site/integrations/copyMedia'

const out = process.argv[2]
if (!out) throw new Error('usage: siteImageStep.ts <built site folder>')
const hook = copyMedia().hooks['astro:build:done'] as (options: unknown) => Promise<void>
await hook({ dir: pathToFileURL(`${out}/`), logger: { info: (line: string) => console.log(line) } })
