import { describe, expect, it } from 'vitest'

import { countTests } from '../stages/counts'

describe('reading what test runners say', () => {
  it('adds up Vitest summaries, failed and skipped included, through colour codes', () => {
    const output = [
      ' \u001b[2m Test Files \u001b[22m 9 passed (9)',
      ' \u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m118 passed\u001b[39m\u001b[22m (118)',
      '      Tests  1 failed | 40 passed | 2 skipped (43)',
    ].join('\n')
    expect(countTests(output)).toEqual({ passed: 158, failed: 1, skipped: 2 })
  })

  it("reads Playwright's closing lines, flaky counted as a failure", () => {
    const output = [
      '  3 failed',
      '    [chromium] › a.spec.ts:3:1 › x',
      '  1 flaky',
      '  2 skipped',
      '  104 passed (18.1m)',
    ].join('\n')
    expect(countTests(output)).toEqual({ passed: 104, failed: 4, skipped: 2 })
  })

  it('counts nothing in output that holds no summary', () => {
    expect(countTests('Test Files  2 passed (2)\nbuilt 1243 pages')).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
    })
  })
})
