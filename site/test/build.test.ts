import { execFile } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const SITE = path.resolve(import.meta.dirname, '..')

describe('site build', () => {
  it('fails with a message, and publishes nothing, when the CMS is down', async () => {
    const outDir = path.join(SITE, 'node_modules/.tmp/failed-build')
    rmSync(outDir, { recursive: true, force: true })
    const attempt = run('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: SITE,
      env: { ...process.env, CMS_URL: 'http://127.0.0.1:9', SNAPSHOT_FILE: '' },
    })
    await expect(attempt).rejects.toMatchObject({ stderr: expect.stringMatching(/unreachable/) })
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false)
  }, 120_000)
})
