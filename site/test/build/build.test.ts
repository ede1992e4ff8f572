import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const SITE = path.resolve(import.meta.dirname, '../..')

/** A build's own output and cache folders, so it shares nothing with the demo's site/dist or site/.cache. */
function buildFolders(): { root: string; cacheDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'programma-site-build-'))
  return { root, cacheDir: path.join(root, 'cache') }
}

describe('site build', () => {
  it('fails with a message, and publishes nothing, when the CMS is down', async () => {
    const { root, cacheDir } = buildFolders()
    const outDir = path.join(root, 'failed-build')
    const attempt = run('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: SITE,
      env: { ...process.env, CMS_URL: 'http://127.0.0.1:9', SNAPSHOT_FILE: '', SITE_CACHE_DIR: cacheDir },
    })
    await expect(attempt).rejects.toMatchObject({ stderr: expect.stringMatching(/unreachable/) })
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false)
  }, 120_000)
})

/** A CMS that dies while it sends the snapshot: headers and half a body, then the socket closes. */
function dyingCms(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' })
    res.write('{"version":1,"editions":[{"id":1,"title":"ММСО')
    setTimeout(() => res.socket?.destroy(), 50)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() })
    }),
  )
}

describe('publishing a build', () => {
  it('keeps the published site untouched when the CMS dies during the build', async () => {
    const { root, cacheDir } = buildFolders()
    const published = path.join(root, 'dist')
    mkdirSync(published)
    writeFileSync(path.join(published, 'index.html'), '<h1>Вчерашняя программа</h1>')
    const cms = await dyingCms()
    try {
      const attempt = run('node', ['scripts/build.ts'], {
        cwd: SITE,
        env: {
          ...process.env,
          CMS_URL: cms.url,
          SNAPSHOT_FILE: '',
          SITE_OUT_DIR: published,
          SITE_CACHE_DIR: cacheDir,
        },
      })
      await expect(attempt).rejects.toMatchObject({
        stderr: expect.stringMatching(
          /stopped in the middle of sending the snapshot[\s\S]*published site .* is unchanged/,
        ),
      })
    } finally {
      cms.close()
    }
    expect(readFileSync(path.join(published, 'index.html'), 'utf8')).toBe('<h1>Вчерашняя программа</h1>')
    expect(readdirSync(root).filter((entry) => entry !== 'cache')).toEqual(['dist'])
  }, 120_000)
})
