import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'

import { afterEach, describe, expect, it } from 'vitest'

const CMS = path.resolve(import.meta.dirname, '..')
const runningAsRoot = process.getuid?.() === 0
/** Root writes through any permission bits until it gives up the capability to. */
const WITHOUT_PERMISSION_OVERRIDE = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--']

interface Reply {
  ok?: boolean
  ready?: boolean
  sessionId?: number
  status?: number
  message?: string
  doc?: { title: string; lead: string | null; description: string }
  counts?: Record<string, number>
}

/**
 * A CMS in a process of its own on a SQLite file in `folder`. Root ignores file permissions,
 * so for the read-only case a root test starts the CMS without the capabilities to.
 */
class CmsProcess {
  private readonly replies: Reply[] = []
  private readonly waiting: Array<{ resolve: (reply: Reply) => void; reject: (error: Error) => void }> = []
  private errors = ''
  private ended: Error | undefined

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.on('data', (chunk: Buffer) => {
      this.errors = (this.errors + chunk.toString()).slice(-2000)
    })
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('@@ ')) return
      const reply = JSON.parse(line.slice(3)) as Reply
      const next = this.waiting.shift()
      if (next) next.resolve(reply)
      else this.replies.push(reply)
    })
    const end = (error: Error) => {
      this.ended ??= error
      for (const waiter of this.waiting.splice(0)) waiter.reject(this.ended)
    }
    child.on('error', (error) => end(new Error(`the CMS process could not start: ${error.message}`)))
    child.on('exit', (code, signal) =>
      end(new Error(`the CMS process ended (${code ?? signal}): ${this.errors}`)),
    )
  }

  static start(folder: string, permissionsApply: boolean): CmsProcess {
    const command = [
      ...(permissionsApply && runningAsRoot ? WITHOUT_PERMISSION_OVERRIDE : []),
      process.execPath,
      '--import',
      'tsx',
      'tests/helpers/storageWorker.ts',
    ]
    const child = spawn(command[0] as string, command.slice(1), {
      cwd: CMS,
      env: {
        ...process.env,
        HOME: folder,
        DATABASE_URI: `file:${path.join(folder, 'cms.db')}`,
        MEDIA_DIR: path.join(folder, 'media'),
        PAYLOAD_SECRET: 'storage-fault-test-secret-0123456789abcdef',
        NODE_ENV: 'test',
        PROGRAMMA_JOBS: 'off',
      },
    })
    return new CmsProcess(child)
  }

  next(): Promise<Reply> {
    const ready = this.replies.shift()
    if (ready) return Promise.resolve(ready)
    if (this.ended) return Promise.reject(this.ended)
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }))
  }

  send(command: Record<string, unknown>): Promise<Reply> {
    this.child.stdin.write(`${JSON.stringify(command)}\n`)
    return this.next()
  }

  stop(): void {
    this.child.kill('SIGKILL')
  }
}

const folders: string[] = []
const processes: CmsProcess[] = []

function freshFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'programma-storage-'))
  chmodSync(folder, 0o755)
  folders.push(folder)
  return folder
}

async function startCms(
  folder: string,
  { permissionsApply = false } = {},
): Promise<{ cms: CmsProcess; sessionId: number }> {
  const cms = CmsProcess.start(folder, permissionsApply)
  processes.push(cms)
  const ready = await cms.next()
  expect(ready.ready).toBe(true)
  return { cms, sessionId: ready.sessionId as number }
}

afterEach(() => {
  for (const cms of processes.splice(0)) cms.stop()
  for (const folder of folders.splice(0)) chmodSync(folder, 0o755)
})

const notSavedMessage =
  /Не сохранено: .+ Сохранённое раньше не потеряно.+Not saved: .+Nothing saved before is lost/

describe('the database becomes read-only under a running CMS', () => {
  it('refuses the save with a clear message, keeps what was saved and saves again once writable', async () => {
    const folder = freshFolder()
    const { cms, sessionId } = await startCms(folder, { permissionsApply: true })
    const save = (title: string) => cms.send({ op: 'save', id: sessionId, locale: 'ru', data: { title } })
    const read = () => cms.send({ op: 'read', id: sessionId, locale: 'ru' })

    expect(await save('Сохранено до сбоя')).toEqual({ ok: true })
    const before = await cms.send({ op: 'count' })

    const database = path.join(folder, 'cms.db')
    chmodSync(database, 0o444)
    chmodSync(folder, 0o555)
    const refused = await save('Не должно сохраниться')
    expect(refused.ok).toBe(false)
    expect(refused.status).toBe(503)
    expect(refused.message).toMatch(notSavedMessage)
    expect(refused.message).toMatch(/только для чтения.+read-only/)
    expect((await read()).doc?.title).toBe('Сохранено до сбоя')
    expect(await cms.send({ op: 'count' })).toEqual(before)

    chmodSync(folder, 0o755)
    chmodSync(database, 0o644)
    expect(await save('Сохранено после сбоя')).toEqual({ ok: true })
    expect((await read()).doc?.title).toBe('Сохранено после сбоя')
  }, 120_000)
})

function richText(text: string): Record<string, unknown> {
  const node = (type: string, extra: Record<string, unknown>) => ({
    type,
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    ...extra,
  })
  return {
    root: node('root', {
      children: [
        node('paragraph', {
          textFormat: 0,
          children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
        }),
      ],
    }),
  }
}

describe('the disk under a running CMS fills up', () => {
  function databaseBytes(folder: string): number {
    return ['cms.db', 'cms.db-wal', 'cms.db-journal']
      .map((name) => path.join(folder, name))
      .filter((file) => existsSync(file))
      .reduce((largest, file) => Math.max(largest, statSync(file).size), 0)
  }

  /** The process may not grow any file past `bytes` (or, with null, any size). */
  async function limitFileSize(cms: CmsProcess, bytes: number | null): Promise<void> {
    await promisify(execFile)('prlimit', [`--pid=${cms.child.pid}`, `--fsize=${bytes ?? 'unlimited'}:`])
  }

  it('refuses the save that does not fit, loses nothing and saves it once there is room', async () => {
    const folder = freshFolder()
    const { cms, sessionId } = await startCms(folder)
    const save = (title: string, description: string) =>
      cms.send({
        op: 'save',
        id: sessionId,
        locale: 'ru',
        data: { title, description: richText(description) },
      })
    const read = () => cms.send({ op: 'read', id: sessionId, locale: 'ru' })

    expect(await save('Сохранено до сбоя', 'Короткое описание')).toEqual({ ok: true })
    const before = await cms.send({ op: 'count' })

    // Room for the database as it is and a few pages more, not for a 4 MB description.
    await limitFileSize(cms, databaseBytes(folder) + 16 * 1024)
    const longDescription = 'Подробное описание сессии. '.repeat(80_000)
    const refused = await save('Не должно сохраниться', longDescription)
    expect(refused.ok).toBe(false)
    expect(refused.status).toBe(503)
    expect(refused.message).toMatch(notSavedMessage)
    expect(cms.child.exitCode).toBeNull()
    expect((await read()).doc).toMatchObject({ title: 'Сохранено до сбоя', description: 'Короткое описание' })
    expect(await cms.send({ op: 'count' })).toEqual(before)

    await limitFileSize(cms, null)
    expect(await save('Сохранено после сбоя', longDescription)).toEqual({ ok: true })
    expect((await read()).doc).toMatchObject({ title: 'Сохранено после сбоя', description: longDescription })
  }, 120_000)
})
