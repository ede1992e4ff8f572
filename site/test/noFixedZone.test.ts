import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ROOTS = [
  path.resolve(import.meta.dirname, '../src'),
  path.resolve(import.meta.dirname, '../../shared/src'),
]
/** The CMS's default zone for a new edition lives here, and only here; nothing reads it as a fallback. */
const CMS_DEFAULT = path.resolve(import.meta.dirname, '../../shared/src/time.ts')

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    if (statSync(full).isDirectory()) return sources(full)
    return /\.(ts|astro)$/.test(entry) ? [full] : []
  })
}

/** The arguments of every call of `name` in a source, counted at the call's own depth. */
function argumentCounts(source: string, name: string): number[] {
  const counts: number[] = []
  const call = new RegExp(`(?<![\\w.])${name}\\(`, 'g')
  for (const match of source.matchAll(call)) {
    let depth = 0
    let commas = 0
    let empty = true
    for (const char of source.slice(match.index + match[0].length)) {
      if ('([{'.includes(char)) depth += 1
      else if (')]}'.includes(char)) {
        if (depth === 0) break
        depth -= 1
      } else if (char === ',' && depth === 0) commas += 1
      if (!/\s/.test(char)) empty = false
    }
    counts.push(empty ? 0 : commas + 1)
  }
  return counts
}

const files = ROOTS.flatMap(sources)

describe('times on the edition’s clock', () => {
  it('are in code that names no zone of its own, nor its abbreviation', () => {
    const named = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          /Moscow|moscow|МСК|MSK/.test(line) &&
          !(file === CMS_DEFAULT && /^export const FORUM_TIME_ZONE/.test(line))
            ? [`${path.relative(process.cwd(), file)}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    )
    expect(named).toEqual([])
  })

  it('pass the zone to every time helper, so none falls back to the CMS’s default', () => {
    const expected: Record<string, number> = { zonedTimeToUtc: 3, formatInZone: 3, zonedDay: 2 }
    const zoneless = files.flatMap((file) => {
      if (file === CMS_DEFAULT) return []
      const source = readFileSync(file, 'utf8')
      return Object.entries(expected).flatMap(([name, count]) =>
        argumentCounts(source, name)
          .filter((found) => found < count)
          .map((found) => `${path.relative(process.cwd(), file)}: ${name} with ${found} arguments`),
      )
    })
    expect(zoneless).toEqual([])
    expect(
      files.filter((file) => file !== CMS_DEFAULT && /FORUM_TIME_ZONE/.test(readFileSync(file, 'utf8'))),
    ).toEqual([])
  })

  it('counts a call’s arguments at its own depth', () => {
    expect(argumentCounts("zonedDay(f(a, b), 'UTC') + zonedDay(x)", 'zonedDay')).toEqual([2, 1])
  })
})
