import { request, Agent } from 'node:http'

import { afterEach, describe, expect, it } from 'vitest'

import { WorkerProcess } from './helpers/workerProcess'

/** Node's default: how long a keep-alive connection stays open after its last answer. */
const KEEP_ALIVE_MS = 5000

const servers: Array<WorkerProcess<{ port: number }>> = []
afterEach(() => {
  for (const server of servers.splice(0)) server.stop()
})

async function startServer(drain: boolean) {
  const server = new WorkerProcess<{ port: number }>(
    'tests/helpers/shutdownServer.ts',
    drain ? ['--drain'] : [],
    process.env,
  )
  servers.push(server)
  const { port } = await server.next()
  const exited = new Promise<number>((resolve) => server.child.once('exit', () => resolve(Date.now())))
  return { server, port, exited }
}

function get(port: number, path: string, agent?: Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

/** A keep-alive client's request in flight when SIGTERM comes; when it is answered and when the process ends. */
async function stopDuringRequest(drain: boolean) {
  const { server, port, exited } = await startServer(drain)
  const agent = new Agent({ keepAlive: true })
  let answeredAt = 0
  const inFlight = get(port, '/slow?ms=3000', agent).then((answer) => {
    answeredAt = Date.now()
    return answer
  })
  await new Promise((resolve) => setTimeout(resolve, 300))
  server.child.kill('SIGTERM')
  const refused = await refusesNewConnections(port)
  const refusedWhileInFlight = refused && answeredAt === 0
  const answer = await inFlight
  return { answer, refusedWhileInFlight, exitAfterAnswerMs: (await exited) - answeredAt }
}

/** Whether new connections are refused within two seconds (the signal takes a moment to arrive). */
async function refusesNewConnections(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const refused = await get(port, '/slow?ms=0').then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
    )
    if (refused) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

describe('stopping the CMS process on SIGTERM', () => {
  it('finishes the request in flight, takes no new one, and exits as soon as it is answered', async () => {
    const { answer, refusedWhileInFlight, exitAfterAnswerMs } = await stopDuringRequest(true)
    expect(answer).toEqual({ status: 200, body: 'done' })
    expect(refusedWhileInFlight).toBe(true)
    expect(exitAfterAnswerMs).toBeLessThan(1000)
  }, 30_000)

  it('would otherwise wait for the keep-alive connection to idle out', async () => {
    const { answer, exitAfterAnswerMs } = await stopDuringRequest(false)
    expect(answer).toEqual({ status: 200, body: 'done' })
    expect(exitAfterAnswerMs).toBeGreaterThan(KEEP_ALIVE_MS - 500)
  }, 30_000)
})
