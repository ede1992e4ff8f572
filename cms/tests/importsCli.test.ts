import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

const CMS = path.resolve(import.meta.dirname, '..')
const folder = mkdtempSync(path.join(tmpdir(), 'programma-import-cli-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URI: `file:${path.join(folder, 'cms.db')}`,
  MEDIA_DIR: path.join(folder, 'media'),
  PAYLOAD_SECRET: 'import-cli-test-secret-0123456789abcdef',
  NODE_ENV: 'development',
}

/** The import command's exit code and output. */
async function importCommand(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/import.ts', ...args], {
      cwd: CMS,
      env,
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

function csvFile(name: string, text: string): string {
  const file = path.join(folder, name)
  writeFileSync(file, text)
  return file
}

describe('the import command', () => {
  it('exits 2 on wrong usage', async () => {
    expect((await importCommand()).code).toBe(2)
    expect((await importCommand('speakers', 'x.csv')).output).toContain('Unknown collection "speakers"')
    const missing = await importCommand('experts', path.join(folder, 'missing.csv'))
    expect(missing).toMatchObject({ code: 2 })
    expect(missing.output).toContain('Cannot read')
  })

  it('exits 1 with the lines of rejected rows, 0 when the file is clean', async () => {
    const twice = csvFile('twice.csv', 'slug,name_ru\ncli-a,Первый\ncli-a,Второй\n')
    const rejected = await importCommand('experts', twice)
    expect(rejected.code).toBe(1)
    expect(rejected.output).toContain('line 2 (cli-a): slug: «cli-a» повторяется в строках 2, 3')
    const clean = csvFile('clean.csv', 'slug,name_ru\ncli-a,Первый\n')
    const preview = await importCommand('experts', clean, '--dry-run')
    expect(preview.code).toBe(0)
    expect(preview.output).toContain('experts: 1 to create')
    expect(preview.output).toContain('Preview only: nothing was written.')
  }, 180_000)
})
