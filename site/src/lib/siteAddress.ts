/**
 * Where the site lives. Two addresses, each decided here and nowhere else:
 * - the links address: canonical and hreflang links, the sitemap, webcal:// and feed links;
 * - the identity address: calendar UIDs, export GUIDs and the published history the next
 *   build reads back. It is always the production address, so a preview's calendars and
 *   exports name the same sessions as the live site's.
 *
 * A production build is a build on Netlify (its `CONTEXT`: production, deploy-preview,
 * branch-deploy) or one with `SITE_ENV=production` (any other host). It needs a public
 * address: `SITE_URL`, else Netlify's own `URL`; a missing or local one stops it. Every other
 * build (`npm start`, tests) is local and defaults to http://localhost:4321.
 */
type Env = Record<string, string | undefined>

export const LOCAL_SITE_URL = 'http://localhost:4321'

/** Netlify's contexts that publish to the web (`dev` is `netlify dev` on one's own machine). */
const NETLIFY_PUBLISHING_CONTEXTS = new Set(['production', 'deploy-preview', 'branch-deploy'])
/** Netlify's contexts whose links point at their own deploy (DEPLOY_PRIME_URL). */
const NETLIFY_PREVIEW_CONTEXTS = new Set(['deploy-preview', 'branch-deploy'])

export class SiteAddressError extends Error {
  override name = 'SiteAddressError'
}

export function isProductionBuild(env: Env = process.env): boolean {
  return NETLIFY_PUBLISHING_CONTEXTS.has(env.CONTEXT ?? '') || env.SITE_ENV === 'production'
}

function buildKind(env: Env): string {
  return env.CONTEXT
    ? `a production build (Netlify's CONTEXT=${env.CONTEXT})`
    : 'a production build (SITE_ENV=production)'
}

function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '')
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    host === '0.0.0.0' ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  )
}

/** An origin as a variable gives it: http(s), no path, query or fragment. */
function parseOrigin(value: string, variable: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new SiteAddressError(
      `${variable}="${value}" is not an address; give the site's origin, e.g. https://programme.example.org`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteAddressError(`${variable}="${value}" must start with https:// (or http://)`)
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new SiteAddressError(
      `${variable}="${value}" must be an origin only, e.g. ${url.origin}: the site is served from the root of its host`,
    )
  }
  return new URL(url.origin)
}

function checkedForProduction(url: URL, variable: string, env: Env): URL {
  if (isProductionBuild(env) && isLocalHost(url.hostname)) {
    throw new SiteAddressError(
      `${variable}=${url.origin} is a local address, and ${buildKind(env)} publishes to the web: set SITE_URL to the site's public origin, e.g. https://programme.example.org`,
    )
  }
  return url
}

/** The production address: SITE_URL, else Netlify's URL, else (local builds only) localhost. */
export function siteIdentityAddress(env: Env = process.env): URL {
  for (const variable of ['SITE_URL', 'URL'] as const) {
    const value = env[variable]?.trim()
    if (value) return checkedForProduction(parseOrigin(value, variable), variable, env)
  }
  if (isProductionBuild(env)) {
    throw new SiteAddressError(
      `The site's address is missing, and ${buildKind(env)} needs it for its links, calendars and exports: set SITE_URL to the site's public origin, e.g. https://programme.example.org (on Netlify, its own URL is used when SITE_URL is not set)`,
    )
  }
  return new URL(LOCAL_SITE_URL)
}

/** Where links point: a Netlify preview's own deploy (DEPLOY_PRIME_URL), else the production address. */
export function siteLinksAddress(env: Env = process.env): URL {
  const identity = siteIdentityAddress(env)
  const prime = env.DEPLOY_PRIME_URL?.trim()
  if (NETLIFY_PREVIEW_CONTEXTS.has(env.CONTEXT ?? '') && prime) {
    return checkedForProduction(parseOrigin(prime, 'DEPLOY_PRIME_URL'), 'DEPLOY_PRIME_URL', env)
  }
  return identity
}
