import type { ScaleResult } from '../results'
import { mb, ms } from './format'

/** Seeding, the snapshot and the CMS's REST answers, as Markdown tables. */
export function cmsTables(result: ScaleResult): string {
  const { seed, snapshot, rest } = result.cms
  return [
    `| CMS | value |`,
    `| --- | --- |`,
    `| seeding through the Local API | ${seed.documents} documents and ${seed.images} images in ${seed.seconds.toFixed(1)} s (${(seed.documents / seed.seconds).toFixed(0)} documents/s) |`,
    `| snapshot built (median of ${result.repeats}) | ${(snapshot.milliseconds / 1000).toFixed(2)} s |`,
    `| snapshot size | ${mb(snapshot.bytes)}, ${(snapshot.gzipBytes / 1024).toFixed(0)} KB gzipped |`,
    '',
    `| CMS REST, as an editor (loopback, one request at a time) | requests | p50 | p95 |`,
    `| --- | --- | --- | --- |`,
    ...rest.map((row) => `| ${row.query} | ${row.samples} | ${ms(row.p50)} | ${ms(row.p95)} |`),
  ].join('\n')
}
