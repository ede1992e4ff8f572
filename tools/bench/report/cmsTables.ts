import type { ScaleResult } from '../results'
import { fixed, mb, ms } from './format'

/** Seeding, the snapshot and the CMS's REST answers, as Markdown tables. */
export function cmsTables(result: ScaleResult): string {
  const { seed, snapshot, rest } = result.cms
  return [
    `| CMS | value |`,
    `| --- | --- |`,
    `| seeding through the Local API | ${seed.documents} documents and ${seed.images} images in ${fixed(seed.seconds, 1)} s (${fixed(seed.documents / seed.seconds, 0)} documents/s) |`,
    `| snapshot built (median of ${result.repeats}) | ${fixed(snapshot.milliseconds / 1000, 2)} s |`,
    `| snapshot size | ${mb(snapshot.bytes)}, ${fixed(snapshot.gzipBytes / 1024, 0)} KB gzipped |`,
    '',
    `| CMS REST, as an editor (loopback, one request at a time) | requests | p50 | p95 |`,
    `| --- | --- | --- | --- |`,
    ...rest.map((row) => `| ${row.query} | ${row.samples} | ${ms(row.p50)} | ${ms(row.p95)} |`),
  ].join('\n')
}
