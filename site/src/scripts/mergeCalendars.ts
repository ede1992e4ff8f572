/**
 * Several iCalendar files as one: the first file's calendar properties, one VTIMEZONE per
 * TZID and every VEVENT, unchanged — so "my programme" carries exactly the events of the
 * per-session files the site publishes, without an iCalendar library in the browser.
 */
export function mergeCalendars(files: string[], name: string): string {
  const header: string[] = []
  const zones = new Map<string, string[]>()
  const events: string[][] = []
  files.forEach((file, index) => {
    for (const block of topLevelBlocks(contentLines(file))) {
      if (block.kind === 'VTIMEZONE') zones.set(tzid(block.lines), block.lines)
      else if (block.kind === 'VEVENT') events.push(block.lines)
      else if (index === 0 && !REPLACED.test(block.lines[0] ?? '')) header.push(...block.lines)
    }
  })
  const named = [`NAME:${escapeText(name)}`, `X-WR-CALNAME:${escapeText(name)}`]
  const lines = [
    'BEGIN:VCALENDAR',
    ...header,
    ...named,
    ...[...zones.values()].flat(),
    ...events.flat(),
    'END:VCALENDAR',
  ]
  return `${lines.join('\r\n')}\r\n`
}

const REPLACED = /^(NAME|X-WR-CALNAME|DESCRIPTION|X-WR-CALDESC)[:;]/

/** Logical lines, each with its folded continuation lines kept as they were. */
function contentLines(file: string): string[] {
  const lines: string[] = []
  for (const physical of file.split(/\r\n/)) {
    if (/^[ \t]/.test(physical) && lines.length > 0) lines[lines.length - 1] += `\r\n${physical}`
    else if (physical !== '') lines.push(physical)
  }
  return lines
}

interface Block {
  kind: string | null
  lines: string[]
}

/** The calendar's own properties (kind null) and its components, one level down. */
function topLevelBlocks(lines: string[]): Block[] {
  const blocks: Block[] = []
  let depth = 0
  let current: Block | null = null
  for (const line of lines) {
    const begin = /^BEGIN:(.+)$/.exec(line)
    const end = /^END:(.+)$/.exec(line)
    if (begin) depth += 1
    if (depth === 1 && !begin && !end) blocks.push({ kind: null, lines: [line] })
    if (depth >= 2) {
      if (depth === 2 && begin) current = { kind: begin[1] ?? null, lines: [] }
      current?.lines.push(line)
    }
    if (end) {
      if (depth === 2 && current) {
        blocks.push(current)
        current = null
      }
      depth -= 1
    }
  }
  return blocks
}

function tzid(lines: string[]): string {
  return lines.find((line) => line.startsWith('TZID:'))?.slice(5) ?? ''
}

function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r?\n/g, '\\n')
}
