import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { WorkerProcess } from './helpers/workerProcess'

const REPO = path.resolve(import.meta.dirname, '../..')

interface Reply {
  ok?: boolean
  ready?: boolean
  snapshot?: string
  saved?: number
  refused?: string[]
}

interface Folder {
  root: string
  database: string
  media: string
}

function freshFolder(): Folder {
  const root = mkdtempSync(path.join(tmpdir(), 'programma-backup-'))
  return { root, database: path.join(root, 'cms.db'), media: path.join(root, 'media') }
}

function environment(folder: Folder): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: folder.root,
    DATABASE_URI: `file:${folder.database}`,
    MEDIA_DIR: folder.media,
    PAYLOAD_SECRET: 'backup-test-secret-0123456789abcdef0123',
    NODE_ENV: 'test',
    PROGRAMMA_JOBS: 'off',
  }
}

const workers: Array<WorkerProcess<Reply>> = []

async function startCms(folder: Folder, seed: boolean): Promise<WorkerProcess<Reply>> {
  const cms = new WorkerProcess<Reply>(
    'tests/helpers/backupWorker.ts',
    seed ? ['--seed'] : [],
    environment(folder),
  )
  workers.push(cms)
  expect((await cms.next()).ready).toBe(true)
  return cms
}

afterAll(() => {
  for (const worker of workers) worker.stop()
})

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** `npm run <script> -- <args>` from the checkout, as an operator runs it, for the CMS in `folder`. */
function npmRun(script: 'backup' | 'restore', args: string[], folder: Folder): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', script, '--', ...args],
      { cwd: REPO, env: environment(folder) },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

function digests(folder: string): Record<string, string> {
  if (!existsSync(folder)) return {}
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(path.join(folder, name)))
          .digest('hex'),
      ]),
  )
}

describe('npm run backup and npm run restore on SQLite', () => {
  const live = freshFolder()
  const backup = path.join(freshFolder().root, 'backup')
  const restored = freshFolder()
  let liveSnapshot: string

  it('backs up a running CMS while an editor saves, then restores it into an empty folder whole', async () => {
    const cms = await startCms(live, true)
    expect((await cms.send({ op: 'startDrafts' })).ok).toBe(true)
    const taken = await npmRun('backup', ['--out', backup], live)
    const edits = await cms.send({ op: 'stopDrafts' })
    expect(taken.stderr).toBe('')
    expect(taken.code).toBe(0)
    expect(taken.stdout).toMatch(/Backed up .+ media files into/)
    expect(edits.saved).toBeGreaterThan(0)
    // A save that meets the copy's few milliseconds is refused as busy, and loses nothing.
    for (const refusal of edits.refused ?? []) expect(refusal).toMatch(/the database is busy/)

    const manifest = JSON.parse(readFileSync(path.join(backup, 'manifest.json'), 'utf8')) as {
      media: { files: unknown[] }
      missingMedia: string[]
    }
    expect(manifest.media.files.length).toBeGreaterThan(1)
    expect(manifest.missingMedia).toEqual([])
    liveSnapshot = (await cms.send({ op: 'snapshot' })).snapshot as string
    expect(JSON.parse(liveSnapshot).experts.some((expert: { photo: unknown }) => expert.photo !== null)).toBe(
      true,
    )

    const restore = await npmRun('restore', ['--from', backup], restored)
    expect(restore.stderr).toBe('')
    expect(restore.code).toBe(0)
    expect(digests(restored.media)).toEqual(digests(live.media))
    const again = await startCms(restored, false)
    expect((await again.send({ op: 'snapshot' })).snapshot).toBe(liveSnapshot)
    again.stop()
  }, 600_000)

  it('refuses to restore over a database with data unless told, and then keeps the old one beside', async () => {
    const before = readFileSync(restored.database)
    const refused = await npmRun('restore', ['--from', backup], restored)
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toMatch(/Nothing was restored: the database .+ holds data.+--force/)
    expect(readFileSync(restored.database).equals(before)).toBe(true)

    const forced = await npmRun('restore', ['--from', backup, '--force'], restored)
    expect(forced.code).toBe(0)
    expect(forced.stdout).toMatch(/kept as: .+\.before-restore-/)
    expect(readdirSync(restored.root).filter((name) => name.includes('.before-restore-')).length).toBe(2)
    expect(digests(restored.media)).toEqual(digests(live.media))
  }, 300_000)

  it('checks the backup first: a damaged file restores nothing', async () => {
    const [image] = Object.keys(digests(path.join(backup, 'media')))
    const file = path.join(backup, 'media', image as string)
    const bytes = readFileSync(file)
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff
    writeFileSync(file, bytes)
    const empty = freshFolder()
    const refused = await npmRun('restore', ['--from', backup], empty)
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain(`is damaged, nothing was restored: media/${image} (changed)`)
    expect(existsSync(empty.database)).toBe(false)
    expect(existsSync(empty.media)).toBe(false)
  }, 300_000)
})
