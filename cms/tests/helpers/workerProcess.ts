import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

const CMS = path.resolve(import.meta.dirname, '../..')

/**
 * A helper script of tests/helpers in a Node process of its own (through tsx, from cms/),
 * talking one JSON line per command on stdin and one `@@ {json}` line per reply on stdout.
 */
export class WorkerProcess<Reply> {
  private readonly replies: Reply[] = []
  private readonly waiting: Array<{ resolve: (reply: Reply) => void; reject: (error: Error) => void }> = []
  private errors = ''
  private ended: Error | undefined
  readonly child: ChildProcessWithoutNullStreams

  constructor(script: string, args: string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: CMS, env })
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.errors = (this.errors + chunk.toString()).slice(-2000)
    })
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      if (!line.startsWith('@@ ')) return
      const reply = JSON.parse(line.slice(3)) as Reply
      const next = this.waiting.shift()
      if (next) next.resolve(reply)
      else this.replies.push(reply)
    })
    const end = (error: Error) => {
      this.ended ??= error
      for (const waiter of this.waiting.splice(0)) waiter.reject(this.ended)
    }
    this.child.on('error', (error) => end(new Error(`${script} could not start: ${error.message}`)))
    this.child.on('exit', (code, signal) =>
      end(new Error(`${script} ended (${code ?? signal}): ${this.errors}`)),
    )
  }

  next(): Promise<Reply> {
    const ready = this.replies.shift()
    if (ready) return Promise.resolve(ready)
    if (this.ended) return Promise.reject(this.ended)
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }))
  }

  send(command: Record<string, unknown>): Promise<Reply> {
    this.child.stdin.write(`${JSON.stringify(command)}\n`)
    return this.next()
  }

  stop(): void {
    this.child.kill('SIGKILL')
  }
}
