/**
 * Playwright's web server: `npm start` on the run's own folder and ports (see environment.ts),
 * from an empty database, exactly as a fresh clone starts. The folder goes when the run ends.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { E2E_DATA_DIR, e2eEnvironment } from '../environment'

rmSync(E2E_DATA_DIR, { recursive: true, force: true })
mkdirSync(E2E_DATA_DIR, { recursive: true })
const child = spawn('npm', ['start'], {
  cwd: path.resolve(import.meta.dirname, '../..'),
  env: { ...process.env, ...e2eEnvironment },
  stdio: 'inherit',
})
function stop(signal: NodeJS.Signals): void {
  child.kill(signal)
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
child.on('exit', (code) => {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true })
  process.exit(code ?? 1)
})
