import { spawn, execFile } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

const CMS = path.resolve(import.meta.dirname, '..')
const run = promisify(execFile)

/** The import command on a database of its own; resolves when `marker` is printed. */
function startImport(env: NodeJS.ProcessEnv, file: string, marker: string) {
  const child = spawn('npx', ['tsx', 'scripts/import.ts', 'experts', file], { cwd: CMS, env, detached: true })
  const printed = new Promise<void>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(marker)) resolve()
    })
    child.on('exit', (code) => reject(new Error(`the import ended (${code}) before "${marker}": ${output}`)))
  })
  return { child, printed }
}

describe('an import killed half-way', () => {
  it('leaves none of its rows behind', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'programma-import-kill-'))
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URI: `file:${path.join(folder, 'cms.db')}`,
      MEDIA_DIR: path.join(folder, 'media'),
      PAYLOAD_SECRET: 'import-kill-test-secret-0123456789abcdef',
      NODE_ENV: 'development',
    }
    const file = path.join(folder, 'experts.csv')
    const rows = Array.from({ length: 3000 }, (_, index) => `killed-${index},Эксперт ${index}`)
    writeFileSync(file, ['slug,name_ru', ...rows].join('\n'))

    const { child, printed } = startImport(env, file, 'Applying the import in one transaction')
    await printed
    // Well into the writes: 3,000 rows take several seconds.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    // Rows are being written: SQLite's rollback journal of the open transaction is there.
    expect(existsSync(path.join(folder, 'cms.db-journal'))).toBe(true)
    process.kill(-(child.pid as number), 'SIGKILL')
    await new Promise((resolve) => child.on('exit', resolve))

    const { stdout } = await run('npx', ['tsx', 'scripts/import.ts', 'experts', file, '--dry-run'], {
      cwd: CMS,
      env,
    })
    expect(stdout).toContain('experts: 3000 to create, 0 to update, 0 unchanged, 0 rejected')
  }, 180_000)
})
