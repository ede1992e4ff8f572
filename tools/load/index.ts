/**
 * `npm run test:load`: the CMS under load on this machine, on a database of its own.
 *   50 readers on the public REST API and the snapshot for 60 s, then 10 editors saving at once
 *   for 30 s. Fails (exit 1) on any error or lost update; the figures are a report, never a limit.
 *   Options: --readers 50 --seconds 60 --editors 10 --editor-seconds 30
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { CMS_ROOT } from '../src/config/runtime'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demoAccounts'
import { runCommand } from './bench/command'
import { editorToken, waitForHttp } from './bench/rest'
import { cmsBuildIsCurrent } from './cmsBuild'
import { loadEditors, signInEditors } from './load/editors'
import { loadReaders, readerTargets } from './load/readers'

const { values } = parseArgs({
  options: {
    readers: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    editors: { type: 'string', default: '10' },
    'editor-seconds': { type: 'string', default: '30' },
    port: { type: 'string', default: '3600' },
  },
})
const READERS = Number(values.readers)
const SECONDS = Number(values.seconds)
const EDITORS = Number(values.editors)
const EDITOR_SECONDS = Number(values['editor-seconds'])
const origin = `http://127.0.0.1:${values.port}`

const folder = mkdtempSync(path.join(tmpdir(), 'programma-load-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PROGRAMMA_MODE: 'local',
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PROGRAMMA_JOBS: 'off',
  DATABASE_URI: `file:${path.join(folder, 'cms.db')}`,
  MEDIA_DIR: path.join(folder, 'media'),
}

const ms = (value: number) => `${value.toFixed(0)} ms`

async function firstSessions(headers: Record<string, string>, count: number) {
  const response = await fetch(`${origin}/api/sessions?limit=${count + 1}&depth=0&sort=start`, { headers })
  return ((await response.json()) as { docs: Array<{ id: number; slug: string; edition: number }> }).docs
}

if (!cmsBuildIsCurrent()) {
  console.log('Building the CMS (production build)…')
  await runCommand('npx', ['next', 'build', '--webpack'], { cwd: CMS_ROOT, env })
}
console.log('Seeding the demo into a database of its own…')
await runCommand('npx', ['tsx', 'scripts/seed.ts', '--images', 'none', '--demo-accounts'], {
  cwd: CMS_ROOT,
  env,
})
const server = spawn('npx', ['next', 'start', '--port', String(values.port), '--hostname', '127.0.0.1'], {
  cwd: CMS_ROOT,
  env,
  stdio: 'ignore',
  detached: true,
})
let failed = false
try {
  await waitForHttp(`${origin}/api/editions?limit=1`, 120_000)
  const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')
  if (!admin) throw new Error('No demo admin account')
  const adminHeaders = { Authorization: `JWT ${await editorToken(origin, admin.email, DEMO_PASSWORD)}` }
  const sessions = await firstSessions(adminHeaders, EDITORS)
  const sample = sessions[0]
  if (!sample || sessions.length < EDITORS) throw new Error('The demo has too few sessions')

  console.log(`${READERS} readers for ${SECONDS} s…`)
  const reading = await loadReaders(
    origin,
    readerTargets(sample.id, sample.slug, sample.edition),
    READERS,
    SECONDS,
  )
  const total = reading.figures.reduce((sum, figure) => sum + figure.requests, 0)
  console.log(`\n| ${READERS} readers, ${SECONDS} s | requests | errors | p50 | p95 | p99 | max |`)
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const figure of reading.figures) {
    console.log(
      `| ${figure.name} | ${figure.requests} | ${figure.errors} | ${ms(figure.p50)} | ${ms(figure.p95)} | ${ms(figure.p99)} | ${ms(figure.max)} |`,
    )
  }
  console.log(`\n${total} requests, ${(total / SECONDS).toFixed(0)} per second.`)
  if (reading.failures.length > 0) {
    failed = true
    console.error(`Errors:\n${reading.failures.join('\n')}`)
  }

  console.log(`\n${EDITORS} editors saving for ${EDITOR_SECONDS} s…`)
  const editors = await signInEditors(
    origin,
    adminHeaders,
    sessions.slice(1).map((session) => session.id),
    EDITORS,
  )
  const editing = await loadEditors(origin, editors, EDITOR_SECONDS)
  console.log(
    `\n| ${EDITORS} editors, ${EDITOR_SECONDS} s | saves | failed | saves/s | p50 | p95 | lost updates |\n| --- | --- | --- | --- | --- | --- | --- |\n` +
      `| PATCH a session | ${editing.saves} | ${editing.failed} | ${editing.savesPerSecond.toFixed(1)} | ${ms(editing.p50)} | ${ms(editing.p95)} | ${editing.lostUpdates.length} |`,
  )
  if (editing.failed > 0 || editing.lostUpdates.length > 0) {
    failed = true
    console.error(editing.lostUpdates.join('\n'))
  }
} catch (error) {
  failed = true
  console.error(`The load test could not run: ${(error as Error).message}`)
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM')
}
console.log(failed ? '\nFAILED' : '\nNo errors, no lost updates.')
process.exit(failed ? 1 : 0)
