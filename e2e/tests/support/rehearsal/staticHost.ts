import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { NETLIFY_TOML } from '@programma/tools/netlifyHeaders'
import { serveStaticSite, type ServedSite } from '@programma/tools/staticSite'
import { parse } from 'smol-toml'

interface NetlifyBuild {
  command: string
  environment: Record<string, string>
}

export interface SiteBuild {
  /** When the hook was called, when its build started, and how long it took (ms). */
  requestedAt: number
  startedAt: number
  durationMs: number
  exitCode: number
  /** The end of the build's output, for the report when it fails. */
  outputTail: string
}

export interface StaticHost {
  /** The build hook's address, for SITE_BUILD_HOOK_URL. */
  hookUrl: string
  /** What the CMS sent to the hook, each call's body, in order. */
  hookCalls: unknown[]
  builds: SiteBuild[]
  /** The built site, served as the host serves it (files, netlify.toml's headers); undefined before the first build. */
  site(): ServedSite | undefined
  stop(): Promise<void>
}

/**
 * netlify.toml's build: its command without the install step Netlify runs first (`npm ci …`;
 * the checkout's dependencies are already installed and shared), and its environment.
 */
export function netlifyBuild(tomlFile = NETLIFY_TOML): NetlifyBuild {
  const config = parse(readFileSync(tomlFile, 'utf8')) as {
    build?: { command?: string; environment?: Record<string, unknown> }
  }
  const steps = (config.build?.command ?? '').split('&&').map((step) => step.trim())
  const build = steps.filter((step) => !/^npm (ci|install)\b/.test(step))
  if (build.length === 0) throw new Error(`${tomlFile} has no build command besides its install step`)
  const environment = Object.fromEntries(
    Object.entries(config.build?.environment ?? {}).map(([name, value]) => [name, String(value)]),
  )
  return { command: build.join(' && '), environment }
}

export interface StaticHostOptions {
  repoRoot: string
  /** The production address Netlify gives a site as URL. */
  siteUrl: string
  cmsUrl: string
}

/** The environment Netlify builds a production deploy in, as far as the site reads it. */
function buildEnvironment(
  options: StaticHostOptions,
  folder: string,
  build: NetlifyBuild,
): NodeJS.ProcessEnv {
  const inherited = { ...process.env }
  for (const name of ['SITE_URL', 'SITE_ENV', 'DEPLOY_PRIME_URL', 'SNAPSHOT_FILE', 'MEDIA_DIR', 'NODE_ENV'])
    delete inherited[name]
  return {
    ...inherited,
    ...build.environment,
    NETLIFY: 'true',
    CONTEXT: 'production',
    URL: options.siteUrl,
    CMS_URL: options.cmsUrl,
    // Netlify publishes site/dist; the rehearsal keeps the checkout's own dist untouched.
    SITE_OUT_DIR: path.join(folder, 'dist'),
    SITE_CACHE_DIR: path.join(folder, 'cache'),
  }
}

/** The build running now, a process group of its own, so that stopping the host stops all of it. */
let running: ChildProcess | undefined

function stopRunningBuild(): void {
  if (running?.pid === undefined || running.exitCode !== null) return
  try {
    process.kill(-running.pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

function runBuild(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  requestedAt: number,
): Promise<SiteBuild> {
  return new Promise((resolve) => {
    const started = Date.now()
    let output = ''
    const child = spawn('sh', ['-c', command], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    running = child
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('exit', (code) =>
      resolve({
        requestedAt,
        startedAt: started,
        durationMs: Date.now() - started,
        exitCode: code ?? 1,
        outputTail: output,
      }),
    )
  })
}

/**
 * A static host on loopback: a build hook that, when called, builds the site as netlify.toml
 * tells Netlify to (one build at a time; calls during a build start one more after it), then
 * serves the output.
 */
export async function startStaticHost(options: StaticHostOptions): Promise<StaticHost> {
  const folder = mkdtempSync(path.join(tmpdir(), 'programma-rehearsal-host-'))
  const build = netlifyBuild()
  const env = buildEnvironment(options, folder, build)
  const hookCalls: unknown[] = []
  const builds: SiteBuild[] = []
  let served: ServedSite | undefined
  let queue: Promise<void> = Promise.resolve()
  let pending = false
  let stopped = false

  const scheduleBuild = (requestedAt: number) => {
    if (pending || stopped) return
    pending = true
    queue = queue.then(async () => {
      pending = false
      if (stopped) return
      const finished = await runBuild(build.command, options.repoRoot, env, requestedAt)
      builds.push(finished)
      if (finished.exitCode === 0 && !served) served = await serveStaticSite(env.SITE_OUT_DIR as string)
    })
  }

  const hook = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      if (request.method !== 'POST') {
        response.writeHead(405).end()
        return
      }
      hookCalls.push(body ? JSON.parse(body) : null)
      scheduleBuild(Date.now())
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  const port = await new Promise<number>((resolve, reject) => {
    hook.once('error', reject)
    hook.listen(0, '127.0.0.1', () => resolve((hook.address() as AddressInfo).port))
  })

  return {
    hookUrl: `http://127.0.0.1:${port}/build_hooks/rehearsal`,
    hookCalls,
    builds,
    site: () => served,
    async stop() {
      stopped = true
      await new Promise<void>((resolve) => hook.close(() => resolve()))
      stopRunningBuild()
      await queue
      await served?.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
