import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

import { REPO_ROOT } from '../paths'

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Named in the error when the command fails. */
  label: string
}

/** Runs a command to its end with its output shown; rejects when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? REPO_ROOT, env: options.env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${options.label} failed (${signal ?? `exit code ${code}`})`)),
    )
  })
}

/**
 * Long-running children, each the leader of a process group of its own, so that stopping one
 * stops everything it started (npm → next → next-server). When one stops unasked, or this
 * process is told to stop, all of them are stopped.
 */
export class ProcessGroup {
  private readonly children: ChildProcess[] = []
  private stopping = false

  constructor(private readonly onUnexpectedExit: (label: string, code: number | null) => void) {}

  start(command: string, args: string[], label: string, options: SpawnOptions = {}): ChildProcess {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit', ...options, detached: true })
    this.children.push(child)
    child.on('exit', (code) => {
      if (!this.stopping) this.onUnexpectedExit(label, code)
    })
    return child
  }

  stopAll(signal: NodeJS.Signals = 'SIGTERM'): void {
    this.stopping = true
    for (const child of this.children) {
      if (child.pid === undefined || child.exitCode !== null) continue
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
  }
}
