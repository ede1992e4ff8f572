import type { SiteFigures } from '../site/measureSite'
import { fixed, kb, mib, ms, seconds } from './format'

function buildTable(figures: SiteFigures): string[] {
  const { build: built, floor } = figures
  const lines = [
    `| figure | value |`,
    `| --- | --- |`,
    `| site build from the snapshot (pages, images, search index) | ${seconds(built.seconds)} |`,
    `| pages | ${figures.pages} |`,
    `| per page | ${fixed((built.seconds * 1000) / figures.pages, 1)} ms |`,
    `| peak memory of the build | ${mib(built.peakMemoryMiB)} |`,
  ]
  if (built.indexingSeconds !== null) {
    const share = (100 * built.indexingSeconds) / (built.seconds - built.indexingSeconds)
    lines.push(
      `| search indexing | ${seconds(built.indexingSeconds)} (${fixed(share, 0)} % on top of the rest of the build) |`,
    )
  }
  lines.push(`| search index on disk | ${kb(figures.searchIndexBytes)} |`)
  const { calendars, exports, pages } = built.generation
  lines.push(
    `| HTML pages generated | ${pages.files} in ${seconds(pages.milliseconds / 1000)} |`,
    `| calendar feeds generated | ${calendars.files} in ${seconds(calendars.milliseconds / 1000)} |`,
    `| exports and feeds (frab, C3VOC, Atom, JSON) generated | ${exports.files} in ${seconds(exports.milliseconds / 1000)} |`,
  )
  if (floor)
    lines.push(
      `| bare Astro, ${floor.pages} trivial pages | ${seconds(floor.seconds)}, ${mib(floor.peakMemoryMiB)} |`,
      `| our build ÷ the bare floor | ${fixed(built.seconds / floor.seconds, 2)} × |`,
    )
  return lines
}

function weightTable(figures: SiteFigures): string[] {
  return [
    `| page type (first visit, gzip) | HTML | CSS | JS | images above the fold | total |`,
    `| --- | --- | --- | --- | --- | --- |`,
    ...figures.weights.map(
      (weight) =>
        `| ${weight.type} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.images)} | ${kb(weight.html + weight.css + weight.js + weight.images)} |`,
    ),
  ]
}

function searchTable(figures: SiteFigures): string[] {
  const { search } = figures
  return [
    `| search (Chromium, loopback, ${search.queries} queries) | median | worst |`,
    `| --- | --- | --- |`,
    `| bytes fetched from opening the search page to the first results | ${kb(search.firstQueryBytes)} | ${kb(search.worstFirstQueryBytes)} |`,
    `| results on screen after the last keystroke | ${ms(search.latencyMs)} | ${ms(search.worstLatencyMs)} |`,
  ]
}

/** The site's build, page weights and search, as Markdown tables. */
export function siteTables(figures: SiteFigures): string {
  return [...buildTable(figures), '', ...weightTable(figures), '', ...searchTable(figures)].join('\n')
}
