import { describe, expect, it } from 'vitest'

import { generationTimes, readBuildLog } from '../bench/site/buildLog'

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

  it("takes the build's own figures and Pagefind's indexing time", () => {
    const log = [
      '01:34:13   ├─ /sessions/samara/index.html (+2ms)',
      '[programma:search-index] 1200 records indexed in 2 languages in 412 ms',
      'BUILD {"seconds":6.21,"peakMemoryMiB":716.9}',
    ].join('\n')
    expect(readBuildLog(log)).toEqual({
      seconds: 6.21,
      peakMemoryMiB: 716.9,
      indexingSeconds: 0.412,
      generation: {
        calendars: { files: 0, milliseconds: 0 },
        exports: { files: 0, milliseconds: 0 },
        pages: { files: 1, milliseconds: 2 },
      },
    })
  })

  it('has no figures for a build that reported none, and no indexing time for a site without search', () => {
    expect(readBuildLog('[build] error: page threw')).toBeUndefined()
    expect(readBuildLog('BUILD {"seconds":1.4,"peakMemoryMiB":418}')?.indexingSeconds).toBeNull()
  })
})
