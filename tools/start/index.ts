/**
 * `npm start`: the whole system on one machine, with nothing to install or configure.
 * Builds the CMS once (again when its sources change), creates and seeds the embedded
 * database, runs the CMS in production mode, builds the site from it and serves it with the
 * headers netlify.toml gives it in production.
 *
 * Everything it writes can be put elsewhere, so a second copy (the end-to-end tests) runs
 * beside a first: PORT, SITE_PORT, HOST; DATABASE_URI, MEDIA_DIR; NEXT_DIST_DIR (the CMS
 * build); SITE_OUT_DIR, SITE_CACHE_DIR (the built site and its image cache).
 */
import path from 'node:path'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@programma/cms/demo-accounts'

import { waitForHttp } from '../lib/http'
import { ProcessGroup, run } from '../lib/processes'
import { serveStaticSite } from '../lib/staticSite'
import { CMS_ROOT, SITE_ROOT } from '../paths'
import { ensureCmsBuild } from './cmsBuild'

const HOST = process.env.HOST ?? '127.0.0.1'
const CMS_PORT = Number(process.env.PORT ?? 3000)
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321)
const SITE_OUT_DIR = path.resolve(process.env.SITE_OUT_DIR || path.join(SITE_ROOT, 'dist'))
const cmsUrl = `http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${CMS_PORT}`

const localEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PROGRAMMA_MODE: 'local',
  PROGRAMMA_CMS_ROOT: CMS_ROOT,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_OUT_DIR,
}

const group = new ProcessGroup((label, code) => {
  console.error(`${label} stopped (exit code ${code}); stopping everything npm start started.`)
  shutDown(1)
})
let closeSite: (() => Promise<void>) | undefined

function shutDown(code: number): void {
  void Promise.all([group.stopAll(), closeSite?.()]).finally(() => process.exit(code))
}

process.on('SIGINT', () => shutDown(0))
process.on('SIGTERM', () => shutDown(0))
process.on('SIGHUP', () => shutDown(0))

try {
  await ensureCmsBuild(localEnv, process.argv.includes('--rebuild'))

  console.log('Preparing the database (migrations, demo content when empty)…')
  await run('npx', ['tsx', 'scripts/seed.ts', '--if-empty'], {
    cwd: CMS_ROOT,
    env: localEnv,
    label: 'Seeding',
  })

  // The CMS rebuilds the site itself whenever published content changes.
  const cmsEnv = { ...localEnv, SITE_LOCAL_BUILD: '1', SITE_BUILD_CMS_URL: cmsUrl }
  group.start('npx', ['next', 'start', '--port', String(CMS_PORT), '--hostname', HOST], 'The CMS', {
    cwd: CMS_ROOT,
    env: cmsEnv,
  })
  await waitForHttp(`${cmsUrl}/api/editions?limit=1`, 120_000)

  await run('npm', ['run', 'build', '--workspace', '@programma/site'], {
    env: { ...localEnv, CMS_URL: cmsUrl },
    label: 'Site build',
  })
  const site = await serveStaticSite(SITE_OUT_DIR, { host: HOST, port: SITE_PORT })
  closeSite = site.close

  console.log(`
Programma is running.
  Admin: ${cmsUrl}/admin
  API:   ${cmsUrl}/api  (GraphQL: ${cmsUrl}/api/graphql)
  Site:  http://localhost:${SITE_PORT}/
  Publishing in the admin rebuilds the site here within seconds; its state is on the admin's dashboard.

Demo accounts (this local mode only), password "${DEMO_PASSWORD}":
${DEMO_ACCOUNTS.map((account) => `  ${account.role.padEnd(8)} ${account.email}`).join('\n')}

Press Ctrl+C to stop.`)
} catch (error) {
  console.error((error as Error).message)
  shutDown(1)
}
