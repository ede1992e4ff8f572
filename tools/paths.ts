import path from 'node:path'

/** The checkout's folders, from this workspace's own place in it. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..')
export const CMS_ROOT = path.join(REPO_ROOT, 'cms')
export const SITE_ROOT = path.join(REPO_ROOT, 'site')
