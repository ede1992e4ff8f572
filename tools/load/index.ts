/**
 * `npm run test:load`: the CMS under load on this machine, on a database of its own.
 *   50 readers on the public REST API and the snapshot for 60 s, then 10 editors saving at once
 *   for 30 s. Fails (exit 1) on any error or lost update; the figures are a report, never a limit.
 *   Options: --readers 50 --seconds 60 --editors 10 --editor-seconds 30 [--port N, else a free one]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@programma/cms/demo-accounts'

import { loginToken } from '../bench/cmsLogin'
import { cmsEnvironment } from '../bench/cmsEnvironment'
import { type RunningCms, startCms } from '../bench/cmsServer'
import { runCommand } from '../bench/command'
import { CMS_ROOT } from '../paths'
import { ensureCmsBuild } from '../start/cmsBuild'
import { type EditorFigures, loadEditors, signInEditors } from './editors'
import { type EndpointFigure, loadReaders, readerTargets } from './readers'

const { values } = parseArgs({
  options: {
    readers: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    editors: { type: 'string', default: '10' },
    'editor-seconds': { type: 'string', default: '30' },
    port: { type: 'string' },
  },
})
const READERS = Number(values.readers)
const SECONDS = Number(values.seconds)
const EDITORS = Number(values.editors)
const EDITOR_SECONDS = Number(values['editor-seconds'])

const folder = mkdtempSync(path.join(tmpdir(), 'programma-load-'))
const env = cmsEnvironment(folder, { PROGRAMMA_JOBS: 'off' })

const ms = (value: number) => `${value.toFixed(0)} ms`

interface SessionRow {
  id: number
  slug: string
  edition: number
}

async function firstSessions(origin: string, headers: Record<string, string>, count: number) {
  const response = await fetch(`${origin}/api/sessions?limit=${count}&depth=0&sort=start`, { headers })
  return ((await response.json()) as { docs: SessionRow[] }).docs
}

function printReaders(figures: EndpointFigure[]): void {
  const total = figures.reduce((sum, figure) => sum + figure.requests, 0)
  console.log(`\n| ${READERS} readers, ${SECONDS} s | requests | errors | p50 | p95 | p99 | max |`)
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const figure of figures) {
    console.log(
      `| ${figure.name} | ${figure.requests} | ${figure.errors} | ${ms(figure.p50)} | ${ms(figure.p95)} | ${ms(figure.p99)} | ${ms(figure.max)} |`,
    )
  }
  console.log(`\n${total} requests, ${(total / SECONDS).toFixed(0)} per second.`)
}

function printEditors(editing: EditorFigures): void {
  console.log(
    `\n| ${EDITORS} editors, ${EDITOR_SECONDS} s | saves | failed | saves/s | p50 | p95 | lost updates |\n| --- | --- | --- | --- | --- | --- | --- |\n` +
      `| PATCH a session | ${editing.saves} | ${editing.failed} | ${editing.savesPerSecond.toFixed(1)} | ${ms(editing.p50)} | ${ms(editing.p95)} | ${editing.lostUpdates.length} |`,
  )
}

/** Readers first, then editors each on a session of its own; true when nothing failed or was lost. */
async function runLoad(origin: string): Promise<boolean> {
  let passed = true
  const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')
  if (!admin) throw new Error('No demo admin account')
  const adminHeaders = { Authorization: `JWT ${await loginToken(origin, admin.email, DEMO_PASSWORD)}` }
  const [sample, ...editedSessions] = await firstSessions(origin, adminHeaders, EDITORS + 1)
  if (!sample || editedSessions.length < EDITORS) throw new Error('The demo has too few sessions')

  console.log(`${READERS} readers for ${SECONDS} s…`)
  const targets = readerTargets(sample.id, sample.slug, sample.edition)
  const reading = await loadReaders(origin, targets, READERS, SECONDS)
  printReaders(reading.figures)
  if (reading.failures.length > 0) {
    passed = false
    console.error(`Errors:\n${reading.failures.join('\n')}`)
  }

  console.log(`\n${EDITORS} editors saving for ${EDITOR_SECONDS} s…`)
  const sessionIds = editedSessions.map((session) => session.id)
  const editors = await signInEditors(origin, adminHeaders, sessionIds, EDITORS)
  const editing = await loadEditors(origin, editors, EDITOR_SECONDS)
  printEditors(editing)
  if (editing.failed > 0 || editing.lostUpdates.length > 0) {
    passed = false
    console.error(editing.lostUpdates.join('\n'))
  }
  return passed
}

let passed = false
let cms: RunningCms | undefined
try {
  await ensureCmsBuild(env)
  console.log('Seeding the demo into a database of its own…')
  await runCommand('npx', ['tsx', 'scripts/seed.ts', '--images', 'none', '--demo-accounts'], {
    cwd: CMS_ROOT,
    env,
  })
  cms = await startCms(env, values.port === undefined ? undefined : Number(values.port))
  passed = await runLoad(cms.origin)
} catch (error) {
  console.error(`The load test could not run: ${(error as Error).message}`)
} finally {
  cms?.stop()
  rmSync(folder, { recursive: true, force: true })
}
console.log(passed ? '\nNo errors, no lost updates.' : '\nFAILED')
process.exit(passed ? 0 : 1)
