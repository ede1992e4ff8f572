import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { nextReleaseHistory } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { loadPreviousRelease, previousReleaseSource } from '../src/lib/releases'
import { sampleSnapshot } from './sampleSnapshot'

describe('previousReleaseSource', () => {
  it('reads the published /changes.json of SITE_URL unless told otherwise', () => {
    expect(previousReleaseSource({ SITE_URL: 'https://programme.example.org' })).toEqual({
      file: undefined,
      url: 'https://programme.example.org/changes.json',
    })
    expect(previousReleaseSource({ PREVIOUS_RELEASE_URL: 'https://old.example.org/changes.json' }).url).toBe(
      'https://old.example.org/changes.json',
    )
  })
})

describe('loadPreviousRelease', () => {
  it('reads a release history from a file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'releases-'))
    const file = path.join(folder, 'changes.json')
    const history = nextReleaseHistory(null, sampleSnapshot())
    await writeFile(file, JSON.stringify(history))
    expect(await loadPreviousRelease({ file, url: 'http://127.0.0.1:9/changes.json' })).toEqual(history)
  })

  it('warns and gives null, never throws, when there is none or it is not a history', async () => {
    const warnings: string[] = []
    const folder = await mkdtemp(path.join(tmpdir(), 'releases-'))
    const junk = path.join(folder, 'junk.json')
    await writeFile(junk, '{"version":2}')
    expect(
      await loadPreviousRelease({ url: 'http://127.0.0.1:9/changes.json' }, (m) => warnings.push(m)),
    ).toBeNull()
    expect(await loadPreviousRelease({ file: junk, url: '' }, (m) => warnings.push(m))).toBeNull()
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/first publication/)
  })
})
