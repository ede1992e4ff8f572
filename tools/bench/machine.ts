import { cpus, totalmem } from 'node:os'

/** The machine and runtime figures were measured on, as the report names them. */
export function describeMachine(): string {
  const cores = cpus()
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`
}
