import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface PageWeight {
  type: string
  html: number
  css: number
  js: number
  images: number
}

/** The first of each kind of document in the snapshot, to find one page of each type. */
export interface SnapshotSample {
  sessions: Array<{ slug: string }>
  experts: Array<{ slug: string }>
  partners: Array<{ slug: string }>
}

const gzipped = (content: Buffer) => gzipSync(content).length

/** Images the browser fetches at once: every <img> not marked loading="lazy". */
function eagerImages(html: string): string[] {
  const tags = [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0])
  return [
    ...new Set(
      tags
        .filter((tag) => !/loading="lazy"/.test(tag))
        .flatMap((tag) => /\ssrc="(\/media\/[^"]+)"/.exec(tag)?.[1] ?? []),
    ),
  ]
}

/** What a first visit to a page downloads, compressed as a CDN serves it (images as they are). */
function pageWeight(outDir: string, type: string, page: string): PageWeight {
  const html = readFileSync(path.join(outDir, page))
  const referenced = (pattern: RegExp) => [
    ...new Set([...html.toString().matchAll(pattern)].map((match) => match[1] ?? '')),
  ]
  const sum = (assets: string[], size: (file: string) => number) =>
    assets.reduce((total, asset) => total + size(path.join(outDir, asset)), 0)
  return {
    type,
    html: gzipped(html),
    css: sum(referenced(/href="(\/_astro\/[^"]+\.css)"/g), (file) => gzipped(readFileSync(file))),
    js: sum(referenced(/src="(\/_astro\/[^"]+\.js)"/g), (file) => gzipped(readFileSync(file))),
    images: sum(eagerImages(html.toString()), (file) => statSync(file).size),
  }
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory()
  } catch {
    return false
  }
}

/** One page of each type a reader meets, as files of the built site. */
function samplePages(outDir: string, snapshot: SnapshotSample): Array<[string, string]> {
  const edition = readdirSync(outDir).find((entry) => isFolder(path.join(outDir, entry, 'programme'))) ?? ''
  const firstDay = readdirSync(path.join(outDir, edition, 'programme')).find((entry) => /^\d{4}-/.test(entry))
  return [
    ['home', 'index.html'],
    ['programme day', `${edition}/programme/${firstDay}/index.html`],
    ['session', `sessions/${snapshot.sessions[0]?.slug}/index.html`],
    ['expert', `experts/${snapshot.experts[0]?.slug}/index.html`],
    ['experts index', 'experts/index.html'],
    ['partner', `partners/${snapshot.partners[0]?.slug}/index.html`],
    ['search', 'search/index.html'],
  ]
}

export function pageWeights(outDir: string, snapshot: SnapshotSample): PageWeight[] {
  return samplePages(outDir, snapshot).map(([type, page]) => pageWeight(outDir, type, page))
}
