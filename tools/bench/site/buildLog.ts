/** What one measured build reports: its own time and memory, and what Astro and Pagefind logged. */
export interface BuildFigures {
  seconds: number
  peakMemoryMiB: number
  /** What the search integration reports of its own indexing time. */
  indexingSeconds: number | null
  /** Time Astro spent generating each kind of file, from its own per-route log. */
  generation: GenerationFigures
}

export interface GenerationFigures {
  calendars: { files: number; milliseconds: number }
  exports: { files: number; milliseconds: number }
  pages: { files: number; milliseconds: number }
}

/** Sums Astro's "├─ /path (+12ms)" lines by what the files are. */
export function generationTimes(log: string): GenerationFigures {
  const figures: GenerationFigures = {
    calendars: { files: 0, milliseconds: 0 },
    exports: { files: 0, milliseconds: 0 },
    pages: { files: 0, milliseconds: 0 },
  }
  for (const [, route, milliseconds] of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const kind = route?.endsWith('.ics')
      ? figures.calendars
      : /\.(xml|json|atom)$/.test(route ?? '')
        ? figures.exports
        : figures.pages
    kind.files += 1
    kind.milliseconds += Number(milliseconds)
  }
  return figures
}

/** Reads buildMeasured.ts's output; undefined when the build printed no figures of its own. */
export function readBuildLog(log: string): BuildFigures | undefined {
  const result = /^BUILD (.+)$/m.exec(log)?.[1]
  if (!result) return undefined
  const indexed = /records indexed in \d+ languages in (\d+) ms/.exec(log)?.[1]
  return {
    ...(JSON.parse(result) as { seconds: number; peakMemoryMiB: number }),
    indexingSeconds: indexed === undefined ? null : Number(indexed) / 1000,
    generation: generationTimes(log),
  }
}
