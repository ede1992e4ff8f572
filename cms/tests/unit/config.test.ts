import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Env } from '../../src/config/runtime'

import { usersCollection } from '../../src/host/users'
import { databaseAdapter, DEFAULT_SQLITE_URL, parseDatabaseUri } from '../../src/config/database'
import { allowedOrigins, isProduction, resolveSecret } from '../../src/config/runtime'

describe('DATABASE_URI', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(parseDatabaseUri(undefined)).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URL })
    expect(parseDatabaseUri('  ')).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URL })
  })

  it('takes a SQLite file elsewhere', () => {
    expect(parseDatabaseUri('file:/var/lib/programma/cms.db')).toEqual({
      kind: 'sqlite',
      url: 'file:/var/lib/programma/cms.db',
    })
  })

  it('picks MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(parseDatabaseUri('mongodb://db1,db2/programma?replicaSet=rs0').kind).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://user:pw@cluster.example.net/programma').kind).toBe('mongodb')
  })

  it.each([
    ['postgres://localhost/programma', /expected "file:<path>"/],
    ['file:', /file path is missing/],
    ['mongodb://', /not a valid URL|host is missing/],
    ['sqlite.db', /DATABASE_URI/],
  ])('refuses %s with a message naming DATABASE_URI', (uri, reason) => {
    expect(() => parseDatabaseUri(uri)).toThrow(/DATABASE_URI/)
    expect(() => parseDatabaseUri(uri)).toThrow(reason)
  })

  it('does not repeat credentials in its error', () => {
    expect(() => parseDatabaseUri('mongodb://admin:hunter2@/x')).toThrow(/^(?!.*hunter2)/)
  })
})

describe('PAYLOAD_SECRET', () => {
  const production = { NODE_ENV: 'production' } as Env

  it('is required in production', () => {
    expect(() => resolveSecret(production)).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('must be strong in production', () => {
    expect(() => resolveSecret({ ...production, PAYLOAD_SECRET: 'secret' })).toThrow(/too weak/)
    expect(() => resolveSecret({ ...production, PAYLOAD_SECRET: 'short-but-not-default' })).toThrow(
      /too weak/,
    )
    const strong = 'f'.repeat(16) + 'a1b2c3d4e5f60718'
    expect(resolveSecret({ ...production, PAYLOAD_SECRET: strong })).toBe(strong)
  })

  it('is made once and kept in local mode', () => {
    const local = { NODE_ENV: 'production', PROGRAMMA_MODE: 'local' } as Env
    expect(isProduction(local)).toBe(false)
    const first = resolveSecret(local)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(local)).toBe(first)
  })

  it('is not needed while Next only builds', () => {
    expect(resolveSecret({ ...production, NEXT_PHASE: 'phase-production-build' })).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('allowed origins', () => {
  it('come from CMS_PUBLIC_URL and CMS_ALLOWED_ORIGINS, without repeats', () => {
    const env = {
      CMS_PUBLIC_URL: 'https://cms.example.org',
      CMS_ALLOWED_ORIGINS: 'https://programme.example.org, https://cms.example.org',
    } as Env
    expect(allowedOrigins(env)).toEqual(['https://cms.example.org', 'https://programme.example.org'])
  })

  it("are the CMS's own loopback addresses in local mode, so other pages cannot use its cookie", () => {
    expect(allowedOrigins({ PROGRAMMA_MODE: 'local', PORT: '3100' } as Env)).toEqual([
      'http://127.0.0.1:3100',
      'http://localhost:3100',
    ])
    expect(allowedOrigins({ PROGRAMMA_MODE: 'local', HOST: '0.0.0.0' } as Env)).toEqual([
      'http://127.0.0.1:3000',
      'http://localhost:3000',
    ])
  })

  it('are none in production until configured: no cross-origin caller, no cookie from elsewhere', () => {
    expect(allowedOrigins({ NODE_ENV: 'production', PORT: '3000' } as Env)).toEqual([])
  })
})

describe('the session cookie', () => {
  const cookies = (env: Env) => {
    const auth = usersCollection(env).auth
    return typeof auth === 'object' ? auth.cookies : undefined
  }

  it('is Secure and SameSite=Lax in production', () => {
    expect(cookies({ NODE_ENV: 'production' } as Env)).toEqual({ secure: true, sameSite: 'Lax' })
  })

  it('works over plain http in local mode', () => {
    expect(cookies({ NODE_ENV: 'production', PROGRAMMA_MODE: 'local' } as Env)?.secure).toBe(false)
  })
})

describe('the CMS over HTTP', () => {
  it('sends security headers with every admin page and API answer', async () => {
    const { default: nextConfig } = await import('../../next.config')
    const rules = (await nextConfig.headers?.()) ?? []
    const everywhere = rules.find((rule) => rule.source === '/:path*')
    const sent = Object.fromEntries((everywhere?.headers ?? []).map((header) => [header.key, header.value]))
    expect(sent).toMatchObject({
      'Strict-Transport-Security': expect.stringMatching(/max-age=\d{7,}/),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
  })
})

describe('a database file that is not one', () => {
  it('stops the start naming the file and what to do, and leaves the file alone', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'programma-damaged-'))
    const file = path.join(folder, 'cms.db')
    writeFileSync(file, 'this was overwritten by a text editor')
    expect(() => databaseAdapter(`file:${file}`)).toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} повреждён.*Restore a backup`),
    )
    expect(readFileSync(file, 'utf8')).toBe('this was overwritten by a text editor')
  })

  it('accepts a missing or empty file, from which SQLite makes a new database', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'programma-fresh-'))
    expect(() => databaseAdapter(`file:${path.join(folder, 'new.db')}`)).not.toThrow()
    writeFileSync(path.join(folder, 'empty.db'), '')
    expect(() => databaseAdapter(`file:${path.join(folder, 'empty.db')}`)).not.toThrow()
  })
})
