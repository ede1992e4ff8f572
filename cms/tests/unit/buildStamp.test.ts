import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  refuseForeignBuild,
  sourceDigest,
  staleBuildReason,
  writeBuildStamp,
} from '../../src/config/buildStamp'
import { resolveCmsRoot } from '../../src/config/runtime'

/** A checkout with a cms/ folder holding one source file and a finished build folder. */
function checkout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'programma-stamp-'))
  const cms = path.join(root, 'cms')
  mkdirSync(path.join(cms, 'src'), { recursive: true })
  mkdirSync(path.join(cms, '.next'))
  writeFileSync(path.join(cms, 'package.json'), JSON.stringify({ name: '@programma/cms' }))
  writeFileSync(path.join(cms, 'src', 'config.ts'), 'export const a = 1\n')
  return cms
}

describe('the production build stamp', () => {
  it('counts a build as current only when it was made here from the sources as they are', () => {
    const cms = checkout()
    expect(staleBuildReason(cms, {})).toBe('there is no finished build')
    writeBuildStamp(cms, sourceDigest(cms), {})
    expect(staleBuildReason(cms, {})).toBeUndefined()
    writeFileSync(path.join(cms, 'src', 'config.ts'), 'export const a = 2\n')
    expect(staleBuildReason(cms, {})).toBe('the sources changed since')
  })

  it('does not count a copied checkout’s build as its own, though every file is the same', () => {
    const original = checkout()
    writeBuildStamp(original, sourceDigest(original), {})
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'programma-copy-')), 'cms')
    cpSync(original, copy, { recursive: true, preserveTimestamps: true })
    expect(sourceDigest(copy)).toBe(sourceDigest(original))
    expect(staleBuildReason(copy, {})).toBe(`it was made in ${original}`)
    expect(() => refuseForeignBuild(copy, {})).toThrow(/was made in .*Build it here again/)
    expect(() => refuseForeignBuild(original, {})).not.toThrow()
  })

  it('keeps a test build in a folder of its own (NEXT_DIST_DIR)', () => {
    const cms = checkout()
    mkdirSync(path.join(cms, '.next-test'))
    writeBuildStamp(cms, sourceDigest(cms), { NEXT_DIST_DIR: '.next-test' })
    expect(staleBuildReason(cms, { NEXT_DIST_DIR: '.next-test' })).toBeUndefined()
    expect(staleBuildReason(cms, {})).toBe('there is no finished build')
  })
})

describe('where the CMS finds its folder', () => {
  it('takes PROGRAMMA_CMS_ROOT, else the nearest cms folder from where it runs', () => {
    const cms = checkout()
    expect(resolveCmsRoot({ PROGRAMMA_CMS_ROOT: '/srv/cms' }, cms)).toBe('/srv/cms')
    expect(resolveCmsRoot({}, path.join(cms, 'src'))).toBe(cms)
    expect(resolveCmsRoot({}, path.dirname(cms))).toBe(cms)
  })
})
