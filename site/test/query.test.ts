import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { sampleSnapshot } from './sampleSnapshot'

describe('the published programme', () => {
  beforeEach(() => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'programma-query-')), 'snapshot.json')
    writeFileSync(file, JSON.stringify(sampleSnapshot()))
    vi.stubEnv('SNAPSHOT_FILE', file)
    vi.stubEnv('CMS_URL', '')
    vi.resetModules()
  })
  afterEach(() => vi.unstubAllEnvs())

  it('is the snapshot of the build, with its lookups', async () => {
    const { published } = await import('../src/lib/query')
    const data = await published()
    expect(data.snapshot).toEqual(sampleSnapshot())
    expect(data.expert(1)?.slug).toBe('anna-petrova')
  })

  it('is loaded once and shared by every page', async () => {
    const { published } = await import('../src/lib/query')
    expect(await published()).toBe(await published())
  })
})
