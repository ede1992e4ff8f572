/** What a test runner's summary says, added up over every summary in its output. */
export interface TestCounts {
  passed: number
  failed: number
  skipped: number
}

export const NO_TESTS: TestCounts = { passed: 0, failed: 0, skipped: 0 }

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g

function count(line: string, word: string): number {
  return Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0)
}

/**
 * Reads Vitest's "Tests  1 failed | 117 passed | 2 skipped (120)" lines and Playwright's
 * closing "  110 passed (18.1m)" / "  2 failed" / "  3 skipped" / "  1 flaky" lines.
 */
export function countTests(output: string): TestCounts {
  const total = { ...NO_TESTS }
  for (const raw of output.replace(ANSI, '').split('\n')) {
    const line = raw.trim()
    const vitest = /^Tests\s+(.+)\(\d+\)$/.exec(line)
    if (vitest?.[1]) {
      total.passed += count(vitest[1], 'passed')
      total.failed += count(vitest[1], 'failed')
      total.skipped += count(vitest[1], 'skipped') + count(vitest[1], 'todo')
      continue
    }
    const playwright = /^(\d+) (passed|failed|skipped|flaky|interrupted|did not run)\b/.exec(line)
    if (!playwright) continue
    const [, number, kind] = playwright
    if (kind === 'passed') total.passed += Number(number)
    else if (kind === 'skipped' || kind === 'did not run') total.skipped += Number(number)
    else total.failed += Number(number)
  }
  return total
}

export function addCounts(a: TestCounts, b: TestCounts): TestCounts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }
}
