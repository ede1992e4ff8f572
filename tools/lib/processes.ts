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

  /**
   * Asks every group to stop (SIGTERM), and ends what is left of any group after `graceMs`
   * (SIGKILL): a server that waits on its own shutdown, or a grandchild whose parent is gone.
   */
  async stopAll(graceMs = 5000): Promise<void> {
    this.stopping = true
    const groups = this.children.map((child) => child.pid).filter((pid): pid is number => pid !== undefined)
    for (const pid of groups) signalGroup(pid, 'SIGTERM')
    const deadline = Date.now() + graceMs
    while (Date.now() < deadline && groups.some(groupAlive))
      await new Promise((resolve) => setTimeout(resolve, 100))
    for (const pid of groups) signalGroup(pid, 'SIGKILL')
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // the whole group is gone
  }
}

/** Whether any process of the group is left (signal 0 only asks). */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}
