/**
 * `npm start`: the whole system on one machine, with nothing to install or configure.
 * Builds the CMS once (again when its sources change), creates and seeds the embedded
 * database, runs the CMS in production mode, then builds and serves the site if there is one.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { CMS_ROOT } from '../src/config/runtime'
import { cmsBuildIsCurrent } from './cmsBuild'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demoAccounts'

const REPO_ROOT = path.resolve(CMS_ROOT, '..')
const HOST = process.env.HOST ?? '127.0.0.1'
const CMS_PORT = Number(process.env.PORT ?? 3000)
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321)
const localEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PROGRAMMA_MODE: 'local',
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
}
const children: ChildProcess[] = []

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; label: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? localEnv, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${options.label} failed (exit code ${code})`)),
    )
  })
}

function serve(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = localEnv,
): ChildProcess {
  const child = spawn(command, args, { cwd, env, stdio: 'inherit' })
  children.push(child)
  child.on('exit', (code) => {
    if (code !== null && code !== 0) {
      console.error(`${command} ${args.join(' ')} stopped with exit code ${code}`)
      shutDown(1)
    }
  })
  return child
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

function siteHasBuild(): boolean {
  const manifest = path.join(REPO_ROOT, 'site', 'package.json')
  const scripts =
    (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {}
  return Boolean(scripts.build)
}

function shutDown(code = 0): never {
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}

process.on('SIGINT', () => shutDown(0))
process.on('SIGTERM', () => shutDown(0))

const cmsUrl = `http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${CMS_PORT}`

if (!cmsBuildIsCurrent() || process.argv.includes('--rebuild')) {
  console.log('Building the CMS (production build, a few minutes the first time)…')
  await run('npx', ['next', 'build', '--webpack'], { cwd: CMS_ROOT, label: 'CMS build' })
}

console.log('Preparing the database (migrations, demo content when empty)…')
await run('npx', ['tsx', 'scripts/seed.ts', '--if-empty'], { cwd: CMS_ROOT, label: 'Seeding' })

// The CMS rebuilds the site itself whenever published content changes.
const cmsEnv = { ...localEnv, SITE_LOCAL_BUILD: siteHasBuild() ? '1' : '0', SITE_BUILD_CMS_URL: cmsUrl }
serve('npx', ['next', 'start', '--port', String(CMS_PORT), '--hostname', HOST], CMS_ROOT, cmsEnv)
await waitForHttp(`${cmsUrl}/api/editions?limit=1`, 120_000)

let siteLine = 'Site: not built yet (the site workspace has no build script).'
if (siteHasBuild()) {
  const siteEnv = { ...localEnv, CMS_URL: cmsUrl }
  await run('npm', ['run', 'build', '--workspace', '@programma/site'], {
    cwd: REPO_ROOT,
    env: siteEnv,
    label: 'Site build',
  })
  serve(
    'npm',
    ['run', 'preview', '--workspace', '@programma/site', '--', '--port', String(SITE_PORT), '--host', HOST],
    REPO_ROOT,
    siteEnv,
  )
  siteLine = `Site:  http://localhost:${SITE_PORT}/`
}

console.log(`
Programma is running.
  Admin: ${cmsUrl}/admin
  API:   ${cmsUrl}/api  (GraphQL: ${cmsUrl}/api/graphql)
  ${siteLine}
  Publishing in the admin rebuilds the site here within seconds; its state is on the admin's dashboard.

Demo accounts (this local mode only), password "${DEMO_PASSWORD}":
${DEMO_ACCOUNTS.map((account) => `  ${account.role.padEnd(8)} ${account.email}`).join('\n')}

Press Ctrl+C to stop.`)
