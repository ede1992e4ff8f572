import path from 'node:path'

import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { siteCacheDir } from './integrations/cacheDir.ts'
import { copyMedia } from './integrations/copyMedia.ts'
import { pathRedirects } from './integrations/pathRedirects.ts'
import { searchIndex } from './integrations/searchIndex.ts'
import { siteLinksAddress } from './src/lib/siteAddress.ts'

export default defineConfig({
  // The links address; calendars and exports take their UIDs from siteIdentityAddress().
  site: siteLinksAddress().href,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  cacheDir: path.join(siteCacheDir(), 'astro'),
  // Scripts stay files, never inlined, so the Content-Security-Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    copyMedia(),
    searchIndex(),
    pathRedirects(),
    // Each page names its other languages itself (hreflang links); the sitemap lists pages only,
    // so it fits whatever languages the host publishes.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
  ],
})
