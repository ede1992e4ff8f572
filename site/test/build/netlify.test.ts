import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { parseSnapshot, type Snapshot, stableUuid } from '@programma/shared'
import { filesUnder, page, publishedTexts } from '@programma/tools/builtSite'
import { parse } from 'smol-toml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoLikeSnapshot } from './hostSnapshots'

const run = promisify(execFile)
const REPO = path.resolve(import.meta.dirname, '../../..')
const PRODUCTION = 'https://programme.example.org'
const PREVIEW = 'https://deploy-preview-7--programme.netlify.app'

interface NetlifyToml {
  build: { command: string; publish: string; environment: Record<string, string> }
  plugins?: Array<{ package: string }>
}

const netlify = parse(readFileSync(path.join(REPO, 'netlify.toml'), 'utf8')) as unknown as NetlifyToml

/** The checkout as a fresh clone has it: its files, none of its installed or built folders. */
async function copyCheckout(target: string): Promise<void> {
  const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: REPO,
    maxBuffer: 16 * 1024 * 1024,
  })
  for (const file of stdout.split('\0').filter(Boolean)) {
    const from = path.join(REPO, file)
    if (!existsSync(from)) continue
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true })
    copyFileSync(from, path.join(target, file))
  }
}

/**
 * netlify.toml's build command, as Netlify runs it: in the checkout, with the build's
 * environment and Netlify's variables, and nothing of this test run's own (npm's, the site's).
 */
async function netlifyBuild(
  checkout: string,
  variables: Record<string, string>,
): Promise<{ ok: boolean; output: string }> {
  const env = {
    PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? tmpdir(),
    // The packages come from npm's cache when it has them: the same versions, the lockfile's.
    npm_config_prefer_offline: 'true',
    NETLIFY: 'true',
    ...netlify.build.environment,
    ...variables,
  }
  try {
    const { stdout, stderr } = await run('bash', ['-c', netlify.build.command], {
      cwd: checkout,
      env,
      maxBuffer: 64 * 1024 * 1024,
    })
    return { ok: true, output: stdout + stderr }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string }
    return { ok: false, output: (failed.stdout ?? '') + (failed.stderr ?? '') }
  }
}

function snapshotFile(folder: string, name: string, snapshot: Snapshot): string {
  const file = path.join(folder, `${name}.json`)
  writeFileSync(file, JSON.stringify(parseSnapshot(snapshot)))
  return file
}

/** The same programme after editors gave a session and an expert new slugs. */
function renamed(): Snapshot {
  const snapshot = demoLikeSnapshot()
  snapshot.sessions.find((session) => session.slug === 'samara')!.slug = 'samara-2020'
  snapshot.experts.find((expert) => expert.slug === 'anna-petrova')!.slug = 'anna-petrova-moskva'
  return snapshot
}

const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]

describe('the site built the way Netlify builds it', () => {
  let folder = ''
  let checkout = ''
  let dist = ''
  let production: { ok: boolean; output: string }

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'programma-netlify-'))
    checkout = path.join(folder, 'checkout')
    await copyCheckout(checkout)
    dist = path.join(checkout, netlify.build.publish)
    production = await netlifyBuild(checkout, {
      CONTEXT: 'production',
      URL: PRODUCTION,
      SNAPSHOT_FILE: snapshotFile(folder, 'first', demoLikeSnapshot()),
    })
  }, 600_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('installs the site alone: no Next, Payload or database driver', () => {
    expect(production.ok, production.output.slice(-3000)).toBe(true)
    const installed = path.join(checkout, 'node_modules')
    expect(existsSync(path.join(installed, 'astro'))).toBe(true)
    for (const name of [
      'next',
      '@payloadcms',
      'payload',
      'mongodb',
      'mongoose',
      'libsql',
      '@libsql',
      'drizzle-kit',
    ])
      expect(existsSync(path.join(installed, name)), name).toBe(false)
    expect(existsSync(path.join(checkout, 'cms', 'node_modules'))).toBe(false)
    expect(netlify.plugins?.map((plugin) => plugin.package)).toContain('/netlify/plugins/site-cache')
    expect(existsSync(path.join(checkout, 'netlify/plugins/site-cache/manifest.yml'))).toBe(true)
  })

  it('links, lists and identifies everything by Netlify’s URL, never by localhost', () => {
    const home = page(dist, '')
    expect(canonicalOf(home)).toBe(`${PRODUCTION}/`)
    expect(home).toContain(`hreflang="en" href="${PRODUCTION}/en/"`)
    const session = page(dist, 'sessions/samara')
    expect(session).toContain(`href="webcal://programme.example.org/calendar/sessions/samara.ics"`)
    const calendar = readFileSync(path.join(dist, 'calendar/sessions/samara.ics'), 'utf8')
    expect(calendar).toMatch(/^UID:session-1@programme\.example\.org\r$/m)
    const xml = readFileSync(path.join(dist, 'mmso-2020/schedule.xml'), 'utf8')
    expect(xml).toContain(`guid="${stableUuid(new URL(PRODUCTION), 'session', 1)}"`)
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(
      `<loc>${PRODUCTION}/sessions/samara/</loc>`,
    )
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`${PRODUCTION}/sitemap-index.xml`)
    const local = publishedTexts(dist).filter(({ text }) => /localhost|127\.0\.0\.1/.test(text))
    expect(local.map(({ file }) => file)).toEqual([])
  })

  it('publishes its path manifest and keeps it in the cache Netlify keeps between builds', () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, 'paths.json'), 'utf8'))
    expect(manifest.entries['session:1'].paths['page:ru']).toBe('/sessions/samara/')
    expect(readFileSync(path.join(checkout, 'site/.cache/paths.json'), 'utf8')).toBe(JSON.stringify(manifest))
    expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toBe('')
  })

  // A local address (SITE_URL=http://localhost:4321) stops it the same way: test/siteAddress.test.ts.
  it('stops with a message, and publishes nothing new, when the site has no address', async () => {
    const before = readFileSync(path.join(dist, 'index.html'), 'utf8')
    const attempt = await netlifyBuild(checkout, {
      CONTEXT: 'production',
      SNAPSHOT_FILE: snapshotFile(folder, 'second', renamed()),
    })
    expect(attempt.ok).toBe(false)
    expect(attempt.output).toMatch(/The site's address is missing[^\n]*CONTEXT=production[^\n]*set SITE_URL/)
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(before)
  }, 300_000)

  it('builds a preview that links to itself, keeps production UIDs and redirects the renamed slugs', async () => {
    const preview = await netlifyBuild(checkout, {
      CONTEXT: 'deploy-preview',
      URL: PRODUCTION,
      DEPLOY_PRIME_URL: PREVIEW,
      SNAPSHOT_FILE: snapshotFile(folder, 'second', renamed()),
    })
    expect(preview.ok, preview.output.slice(-3000)).toBe(true)
    const session = page(dist, 'sessions/samara-2020')
    expect(canonicalOf(session)).toBe(`${PREVIEW}/sessions/samara-2020/`)
    expect(session).toContain('data-session-id="1"')
    const calendar = readFileSync(path.join(dist, 'calendar/sessions/samara-2020.ics'), 'utf8')
    expect(calendar).toMatch(/^UID:session-1@programme\.example\.org\r$/m)
    expect(readFileSync(path.join(dist, 'mmso-2020/schedule.xml'), 'utf8')).toContain(
      `guid="${stableUuid(new URL(PRODUCTION), 'session', 1)}"`,
    )
    const redirects = readFileSync(path.join(dist, '_redirects'), 'utf8').split('\n')
    expect(redirects).toEqual(
      expect.arrayContaining([
        '/sessions/samara/ /sessions/samara-2020/ 301',
        '/calendar/sessions/samara.ics /calendar/sessions/samara-2020.ics 301',
        '/en/sessions/samara/ /en/sessions/samara-2020/ 301',
        '/en/calendar/sessions/samara.ics /en/calendar/sessions/samara-2020.ics 301',
        '/experts/anna-petrova/ /experts/anna-petrova-moskva/ 301',
        '/calendar/experts/anna-petrova.ics /calendar/experts/anna-petrova-moskva.ics 301',
      ]),
    )
    expect(
      filesUnder(dist).some((file) => file.endsWith(path.join('sessions', 'samara', 'index.html'))),
    ).toBe(false)
  }, 300_000)
})
