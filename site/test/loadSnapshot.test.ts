import { createServer, type Server } from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { SNAPSHOT_SCHEMA_VERSION } from '@programma/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadSnapshot, sourceFromEnvironment } from '../src/lib/loadSnapshot'
import { sampleSnapshot } from './sampleSnapshot'

const dir = mkdtempSync(path.join(tmpdir(), 'programma-site-'))
function file(name: string, content: string): string {
  const target = path.join(dir, name)
  writeFileSync(target, content)
  return target
}

describe('loadSnapshot from a file', () => {
  it('returns a valid programme', async () => {
    const snapshot = await loadSnapshot({ file: file('ok.json', JSON.stringify(sampleSnapshot())) })
    expect(snapshot.sessions).toHaveLength(1)
  })

  it('fails on a missing file, naming it', async () => {
    await expect(loadSnapshot({ file: path.join(dir, 'nope.json') })).rejects.toThrow(/nope\.json/)
  })

  it('fails on a file that is not JSON', async () => {
    await expect(loadSnapshot({ file: file('bad.json', '{ not json') })).rejects.toThrow(/Cannot read/)
  })

  it('fails on another schema version', async () => {
    const other = { ...sampleSnapshot(), schemaVersion: SNAPSHOT_SCHEMA_VERSION + 1 }
    await expect(loadSnapshot({ file: file('v2.json', JSON.stringify(other)) })).rejects.toThrow(
      /schema version/,
    )
  })

  it('fails on an invalid document, saying where', async () => {
    const broken = sampleSnapshot()
    ;(broken.sessions[0] as { start: string }).start = '29.04.2020 17:20'
    await expect(loadSnapshot({ file: file('broken.json', JSON.stringify(broken)) })).rejects.toThrow(
      /sessions "samara" \(id 1\) → start/,
    )
  })

  it('fails on a reference to a document that is not there', async () => {
    const dangling = sampleSnapshot()
    dangling.sessions[0]?.participants.push({ expert: 999, role: 'speaker', topic: { ru: null, en: null } })
    await expect(loadSnapshot({ file: file('dangling.json', JSON.stringify(dangling)) })).rejects.toThrow(
      /missing documents/,
    )
  })

  it('refuses an empty programme', async () => {
    const empty = { ...sampleSnapshot(), sessions: [] }
    await expect(loadSnapshot({ file: file('empty.json', JSON.stringify(empty)) })).rejects.toThrow(
      /empty programme/,
    )
  })
})

describe('loadSnapshot from the CMS', () => {
  let server: Server
  let base: string
  let status = 200
  let body = ''

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.statusCode = request.url === '/api/snapshot' ? status : 404
      response.setHeader('content-type', 'application/json')
      response.end(body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('reads /api/snapshot', async () => {
    status = 200
    body = JSON.stringify(sampleSnapshot())
    expect((await loadSnapshot({ cmsUrl: base })).editions).toHaveLength(1)
  })

  it('fails when the CMS answers with an error', async () => {
    status = 503
    await expect(loadSnapshot({ cmsUrl: base })).rejects.toThrow(/answered 503/)
  })

  it('fails when the CMS is down', async () => {
    await expect(loadSnapshot({ cmsUrl: 'http://127.0.0.1:9' })).rejects.toThrow(/unreachable/)
  })
})

describe('sourceFromEnvironment', () => {
  it('prefers a snapshot file, then the CMS, and says what to set when neither is given', () => {
    expect(sourceFromEnvironment({ SNAPSHOT_FILE: 'a.json', CMS_URL: 'http://x' })).toEqual({
      file: 'a.json',
    })
    expect(sourceFromEnvironment({ CMS_URL: 'http://x' })).toEqual({ cmsUrl: 'http://x' })
    expect(() => sourceFromEnvironment({})).toThrow(/CMS_URL/)
  })
})
