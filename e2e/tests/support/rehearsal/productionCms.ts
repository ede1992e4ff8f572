import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { waitForHttp } from '@programma/tools/http'
import { ProcessGroup } from '@programma/tools/processes'

/** What `npm start` and a developer's shell may set that a production server must not inherit. */
const NOT_INHERITED =
  /^(PROGRAMMA_|SITE_|S3_|SMTP_|MAIL_FROM$|PAYLOAD_SECRET$|DATABASE_URI$|MEDIA_DIR$|CMS_|PORT$|HOST$)/

export interface ProductionCms {
  url: string
  /** What the CMS wrote to its console, for the report when a step fails. */
  output(): string
  stop(): Promise<void>
}

export interface ProductionCmsOptions {
  cmsRoot: string
  /** A free loopback port, decided before the services that need the CMS's address start. */
  port: number
  /** The production build to serve (a folder inside cms/, as NEXT_DIST_DIR names it). */
  distDir: string
  /** S3_, SMTP_, SITE_BUILD_HOOK_URL…: the services this CMS is pointed at. */
  env: Record<string, string>
  startTimeoutMs: number
}

/**
 * The CMS as a server runs it: its production build under `next start`, NODE_ENV=production
 * and nothing of local mode — a random secret, an empty SQLite database (its schema from the
 * committed migrations), no demo accounts — on a free loopback port.
 */
export async function startProductionCms(options: ProductionCmsOptions): Promise<ProductionCms> {
  const folder = mkdtempSync(path.join(tmpdir(), 'programma-rehearsal-cms-'))
  const { port } = options
  const url = `http://127.0.0.1:${port}`
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !NOT_INHERITED.test(name)),
  )
  let output = ''
  let exited: string | undefined
  const group = new ProcessGroup((_label, code) => {
    exited = `The CMS stopped by itself (exit code ${code})`
  })
  const child = group.start(
    'npx',
    ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    'CMS',
    {
      cwd: options.cmsRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...inherited,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: options.distDir,
        PROGRAMMA_CMS_ROOT: options.cmsRoot,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URI: `file:${path.join(folder, 'cms.db')}`,
        CMS_PUBLIC_URL: url,
        ...options.env,
      },
    },
  )
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const stop = async () => {
    await group.stopAll(10_000)
    rmSync(folder, { recursive: true, force: true })
  }
  try {
    await Promise.race([
      waitForHttp(`${url}/api/health`, options.startTimeoutMs),
      new Promise<never>((_resolve, reject) => {
        child.once('exit', () =>
          reject(new Error(`${exited ?? 'The CMS stopped'} while starting:\n${output}`)),
        )
      }),
    ])
  } catch (error) {
    await stop()
    throw error
  }
  return { url, output: () => output, stop }
}
