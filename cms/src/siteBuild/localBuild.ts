import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'

import { CMS_ROOT, type Env } from '../config/runtime'
import type { RebuildRunner } from './schedule'
import { recordBuildStatus } from './state'

const LOG_TAIL_CHARS = 4000

export interface LocalBuildOptions {
  /** Where the site's build reads the programme from: this CMS. */
  cmsUrl: string
  /** The shell command that builds the site and publishes it into `outDir`. */
  command: string
  /** Where the command runs. */
  cwd: string
  /** The published site the command writes (given to it as SITE_OUT_DIR). */
  outDir: string
}

/**
 * The local build, as configured: SITE_BUILD_COMMAND (default: the site workspace's build),
 * run in SITE_BUILD_CWD (default: the checkout), publishing into SITE_OUT_DIR (default: site/dist).
 */
export function localBuildOptions(env: Env, cmsUrl: string): LocalBuildOptions {
  const checkout = path.resolve(CMS_ROOT, '..')
  return {
    cmsUrl,
    command: env.SITE_BUILD_COMMAND || 'npm run build --workspace @programma/site',
    cwd: path.resolve(env.SITE_BUILD_CWD || checkout),
    outDir: path.resolve(env.SITE_OUT_DIR || path.join(checkout, 'site', 'dist')),
  }
}

interface LocalBuilds {
  running?: Promise<void>
  queued?: string[]
}

const KEY = Symbol.for('programma.localSiteBuilds')
const store = globalThis as typeof globalThis & { [KEY]?: LocalBuilds }

function builds(): LocalBuilds {
  store[KEY] ??= {}
  return store[KEY]
}

function lastLines(text: string): string {
  const tail = text.slice(-LOG_TAIL_CHARS)
  return tail.length < text.length ? `…${tail.slice(tail.indexOf('\n') + 1)}` : tail
}

/** Runs the site's build; resolves with its exit code and the end of its output. */
function runBuild(options: LocalBuildOptions): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-LOG_TAIL_CHARS * 4)
    }
    const child = spawn(options.command, {
      shell: true,
      cwd: options.cwd,
      env: { ...process.env, CMS_URL: options.cmsUrl, SNAPSHOT_FILE: '', SITE_OUT_DIR: options.outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }))
    child.on('exit', (code) => resolve({ code: code ?? 1, output }))
  })
}

async function buildOnce(payload: Payload, reasons: string[], options: LocalBuildOptions): Promise<void> {
  await recordBuildStatus(payload, {
    state: 'building',
    runner: 'local',
    reasons,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    error: null,
  })
  const { code, output } = await runBuild(options)
  const finishedAt = new Date().toISOString()
  if (code === 0) {
    await recordBuildStatus(payload, { state: 'live', liveSince: finishedAt, finishedAt, error: null })
    payload.logger.info(`The site is rebuilt (${reasons.join(', ')})`)
  } else {
    await recordBuildStatus(payload, { state: 'failed', finishedAt, error: lastLines(output) })
    payload.logger.error(`The site build failed (exit code ${code}); the published site is unchanged`)
  }
}

/**
 * `npm start`: rebuilds the site on this machine. One build at a time; what arrives while
 * one runs is gathered into a single build after it.
 */
export function localBuildRunner(options: LocalBuildOptions): RebuildRunner {
  const runAll = async (payload: Payload, reasons: string[]): Promise<void> => {
    let next: string[] | undefined = reasons
    while (next) {
      await buildOnce(payload, next, options)
      next = builds().queued
      builds().queued = undefined
    }
  }
  return async (payload, reasons) => {
    const state = builds()
    if (state.running) {
      state.queued = [...new Set([...(state.queued ?? []), ...reasons])]
      return
    }
    state.running = runAll(payload, reasons)
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Local site build crashed' }))
      .finally(() => {
        state.running = undefined
      })
  }
}

/** Resolves when no local build is running; for tests and orderly shutdown. */
export async function localBuildsSettled(): Promise<void> {
  while (builds().running) await builds().running
}
