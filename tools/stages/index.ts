/**
 * `npm test`: every test layer, fastest first, each reported as it ends, then one summary.
 *   npm test [-- --only unit,int]
 * A failing stage does not stop the later ones (each says something of its own); the exit
 * code is non-zero when any stage failed.
 */
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'

import { REPO_ROOT } from '../paths'
import { addCounts, countTests, NO_TESTS, type TestCounts } from './counts'
import { STAGES, type Stage } from './stages'

interface StageResult {
  stage: Stage
  ok: boolean
  seconds: number
  counts: TestCounts
}

function runStage(stage: Stage): Promise<StageResult> {
  console.log(`\n━━ ${stage.name}: ${stage.covers} (npm run ${stage.script})\n`)
  const started = performance.now()
  return new Promise((resolve) => {
    let output = ''
    const child = spawn('npm', ['run', stage.script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const relay = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      target.write(chunk)
      output += chunk.toString()
    }
    child.stdout.on('data', relay(process.stdout))
    child.stderr.on('data', relay(process.stderr))
    const finish = (ok: boolean) => {
      const seconds = (performance.now() - started) / 1000
      const counts = countTests(output)
      console.log(
        `\n━━ ${stage.name} ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      )
      resolve({ stage, ok, seconds, counts })
    }
    child.on('error', () => finish(false))
    child.on('exit', (code) => finish(code === 0))
  })
}

function summary(results: StageResult[]): string {
  const rows = results.map(
    ({ stage, ok, seconds, counts }) =>
      `  ${stage.name.padEnd(6)} ${(ok ? 'passed' : 'FAILED').padEnd(7)} ${String(counts.passed).padStart(5)} passed ${String(counts.failed).padStart(3)} failed ${String(counts.skipped).padStart(3)} skipped ${seconds.toFixed(0).padStart(6)} s`,
  )
  const total = results.reduce((sum, result) => addCounts(sum, result.counts), NO_TESTS)
  return [
    '',
    'Test stages:',
    ...rows,
    '',
    `tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`,
  ].join('\n')
}

const { values } = parseArgs({ options: { only: { type: 'string' } } })
const wanted = values.only?.split(',').map((name) => name.trim())
const unknown = wanted?.filter((name) => !STAGES.some((stage) => stage.name === name)) ?? []
if (unknown.length > 0) {
  console.error(
    `Unknown stage ${unknown.join(', ')}: choose from ${STAGES.map((stage) => stage.name).join(', ')}`,
  )
  process.exit(2)
}

const results: StageResult[] = []
for (const stage of STAGES.filter((candidate) => !wanted || wanted.includes(candidate.name))) {
  results.push(await runStage(stage))
}
console.log(summary(results))
process.exit(results.every((result) => result.ok) ? 0 : 1)
