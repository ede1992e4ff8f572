import { spawn } from 'node:child_process'

import { waitForHttp } from '../lib/http'
import { freePort } from '../lib/ports'
import { CMS_ROOT } from '../paths'

export interface RunningCms {
  origin: string
  stop: () => void
}

/** The CMS's production build on a free loopback port (or `port`), answering before this resolves. */
export async function startCms(env: NodeJS.ProcessEnv, port?: number): Promise<RunningCms> {
  const chosen = port ?? (await freePort())
  // A process group of its own: stopping it stops npx, next and next-server together.
  const server = spawn('npx', ['next', 'start', '--port', String(chosen), '--hostname', '127.0.0.1'], {
    cwd: CMS_ROOT,
    env,
    stdio: 'ignore',
    detached: true,
  })
  const stop = () => {
    if (server.pid === undefined || server.exitCode !== null) return
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  const origin = `http://127.0.0.1:${chosen}`
  try {
    await waitForHttp(`${origin}/api/editions?limit=1`, 120_000)
  } catch (error) {
    stop()
    throw error
  }
  return { origin, stop }
}
