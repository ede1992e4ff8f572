import { execFileSync } from 'node:child_process'
import { createServer } from 'node:net'

/** A TCP port on the loopback that nothing listens on now. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

const FREE_PORT_SCRIPT = `const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})`

/** The same, for configuration files that cannot wait (Playwright's config is read synchronously). */
export function freePortSync(): number {
  return Number(execFileSync(process.execPath, ['-e', FREE_PORT_SCRIPT], { encoding: 'utf8' }))
}
