// Runs `npm start` on a database and media folder of its own, emptied first, so every
// end-to-end run starts from the demo exactly as a fresh clone would.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { E2E_DATA_DIR, e2eEnvironment } from './environment.mjs'

rmSync(E2E_DATA_DIR, { recursive: true, force: true })
const child = spawn('npm', ['start'], {
  cwd: path.resolve(import.meta.dirname, '../..'),
  env: { ...process.env, ...e2eEnvironment },
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 1))
