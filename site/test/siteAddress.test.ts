import { describe, expect, it } from 'vitest'

import { isProductionBuild, siteIdentityAddress, siteLinksAddress } from '../src/lib/siteAddress'

const NETLIFY_PRODUCTION = { CONTEXT: 'production', URL: 'https://programma.netlify.app' }
const NETLIFY_PREVIEW = {
  CONTEXT: 'deploy-preview',
  URL: 'https://programma.netlify.app',
  DEPLOY_PRIME_URL: 'https://deploy-preview-7--programma.netlify.app',
}

describe('the site address', () => {
  it('is localhost for local builds and tests', () => {
    expect(isProductionBuild({})).toBe(false)
    expect(isProductionBuild({ CONTEXT: 'dev' })).toBe(false)
    expect(siteLinksAddress({}).href).toBe('http://localhost:4321/')
    expect(siteIdentityAddress({}).href).toBe('http://localhost:4321/')
  })

  it('is SITE_URL, else Netlify’s URL, for links and identifiers alike in production', () => {
    expect(siteLinksAddress(NETLIFY_PRODUCTION).href).toBe('https://programma.netlify.app/')
    expect(siteIdentityAddress(NETLIFY_PRODUCTION).href).toBe('https://programma.netlify.app/')
    const own = { ...NETLIFY_PRODUCTION, SITE_URL: 'https://programme.example.org' }
    expect(siteLinksAddress(own).href).toBe('https://programme.example.org/')
    expect(siteIdentityAddress(own).href).toBe('https://programme.example.org/')
  })

  it('links a preview to its own deploy and keeps the production address for identifiers', () => {
    expect(siteLinksAddress(NETLIFY_PREVIEW).href).toBe('https://deploy-preview-7--programma.netlify.app/')
    expect(siteIdentityAddress(NETLIFY_PREVIEW).href).toBe('https://programma.netlify.app/')
    const branch = { ...NETLIFY_PREVIEW, CONTEXT: 'branch-deploy', SITE_URL: 'https://programme.example.org' }
    expect(siteIdentityAddress(branch).href).toBe('https://programme.example.org/')
    expect(siteLinksAddress(branch).origin).toBe('https://deploy-preview-7--programma.netlify.app')
    // A production deploy's DEPLOY_PRIME_URL is its branch address: production links stay on the domain.
    expect(siteLinksAddress({ ...NETLIFY_PREVIEW, CONTEXT: 'production' }).href).toBe(
      'https://programma.netlify.app/',
    )
  })

  it('stops a production build without an address, with a message naming SITE_URL', () => {
    expect(() => siteLinksAddress({ CONTEXT: 'production' })).toThrow(/address is missing.*set SITE_URL/)
    expect(() => siteIdentityAddress({ SITE_ENV: 'production' })).toThrow(/SITE_ENV=production.*SITE_URL/)
  })

  it('stops a production build whose address is local', () => {
    for (const local of [
      'http://localhost:4321',
      'http://127.0.0.1:8080',
      'http://[::1]:4321',
      'http://site.localhost',
    ]) {
      expect(() => siteLinksAddress({ CONTEXT: 'production', SITE_URL: local }), local).toThrow(
        /is a local address.*set SITE_URL to the site's public origin/,
      )
    }
    expect(() => siteLinksAddress({ ...NETLIFY_PREVIEW, DEPLOY_PRIME_URL: 'http://localhost:8888' })).toThrow(
      /DEPLOY_PRIME_URL=http:\/\/localhost:8888 is a local address/,
    )
  })

  it('refuses an address that is not an origin, naming the variable, in any build', () => {
    expect(() => siteLinksAddress({ SITE_URL: 'programme.example.org' })).toThrow(
      /SITE_URL="programme.example.org" is not an address/,
    )
    expect(() => siteLinksAddress({ SITE_URL: 'ftp://programme.example.org' })).toThrow(
      /must start with https:\/\//,
    )
    expect(() => siteLinksAddress({ SITE_URL: 'https://example.org/programme/' })).toThrow(
      /must be an origin only, e.g. https:\/\/example.org/,
    )
  })
})
