import { describe, expect, it } from 'vitest'

import { generationTimes } from '../scripts/bench'

describe("the bench's reading of Astro's build log", () => {
  it('sums route times by kind of file', () => {
    const log = [
      '01:34:13   ├─ /calendar/sessions/samara.ics (+3ms)',
      '01:34:13   ├─ /calendar/mmso-2020.ics (+40ms)',
      '01:34:13   ├─ /mmso-2020/schedule.xml (+25ms)',
      '01:34:13   ├─ /changes.json (+5ms)',
      '01:34:13   ├─ /sessions/samara/index.html (+2ms)',
      '01:34:13   └─ /en/index.html (+8ms)',
      '01:34:14 [build] 6 page(s) built in 1.2s',
    ].join('\n')
    expect(generationTimes(log)).toEqual({
      calendars: { files: 2, milliseconds: 43 },
      exports: { files: 2, milliseconds: 30 },
      pages: { files: 2, milliseconds: 10 },
    })
  })
})
