import { readFileSync } from 'node:fs'
import path from 'node:path'

import { VIDEO_EMBED_ORIGINS } from '@programma/shared'
import { describe, expect, it } from 'vitest'

const NETLIFY = path.resolve(import.meta.dirname, '../../netlify.toml')

function policy(): Map<string, string[]> {
  const header = /Content-Security-Policy = "([^"]+)"/.exec(readFileSync(NETLIFY, 'utf8'))?.[1] ?? ''
  return new Map(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  )
}

describe('Content-Security-Policy', () => {
  it('lets in exactly the video providers the site embeds', () => {
    expect(policy().get('frame-src')?.sort()).toEqual(Object.values(VIDEO_EMBED_ORIGINS).sort())
  })

  it('runs only the site’s own scripts and Pagefind’s WebAssembly, never inline code', () => {
    expect(policy().get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(policy().get('style-src')).toEqual(["'self'"])
    expect(policy().get('default-src')).toEqual(["'self'"])
    expect(policy().get('object-src')).toEqual(["'none'"])
  })
})
