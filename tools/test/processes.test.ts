import { describe, expect, it } from 'vitest'

import { ProcessGroup } from '../lib/processes'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return check()
}

/**
 * A child that starts a grandchild (as npx starts next-server) and prints its pid; the grandchild,
 * like a server waiting on its own graceful shutdown, does not stop when asked to.
 */
const PARENT_OF_GRANDCHILD = `
const { spawn } = require('node:child_process')
const grandchild = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: 'ignore' })
console.log(grandchild.pid)
setInterval(() => {}, 1000)
`

describe('the processes npm start starts', () => {
  it('stop together, grandchildren included and those that ignore SIGTERM, when one of them dies', async () => {
    const exits: string[] = []
    const group = new ProcessGroup((label) => {
      exits.push(label)
      void group.stopAll(300)
    })
    const server = group.start(process.execPath, ['-e', PARENT_OF_GRANDCHILD], 'server', {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const grandchild = await new Promise<number>((resolve) =>
      server.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
    )
    const crashing = group.start(process.execPath, ['-e', 'setTimeout(() => process.exit(3), 200)'], 'cms')
    await until(() => crashing.exitCode !== null)
    expect(exits).toEqual(['cms'])
    expect(await until(() => !alive(server.pid as number) && !alive(grandchild))).toBe(true)
  })
})
