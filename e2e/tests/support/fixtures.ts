/**
 * The run's addresses as Playwright fixtures: `cms` and `site` (origins, no trailing slash) and
 * `siteDist` (the folder of the built site), so no spec names a port or a path of its own.
 */
import { test as base } from '@playwright/test'

import { CMS_URL, SITE_DIST, SITE_URL } from '../../environment'

export interface Addresses {
  cms: string
  site: string
  siteDist: string
}

export const test = base.extend<object, Addresses>({
  cms: [CMS_URL, { scope: 'worker', option: true }],
  site: [SITE_URL, { scope: 'worker', option: true }],
  siteDist: [SITE_DIST, { scope: 'worker', option: true }],
})

export { expect } from '@playwright/test'
export { CMS_URL, SITE_DIST, SITE_URL }
