import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { CMS_PORT } from '../scripts/environment.mjs'

const DIST = path.resolve(import.meta.dirname, '../../site/dist')
const CMS = `http://127.0.0.1:${CMS_PORT}`

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

function internalLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="(\/[^"/][^"]*|\/)"/g)].map(
    (match) => (match[1] ?? '').split(/[?#]/)[0] ?? '',
  )
}

function existsInDist(link: string): boolean {
  const target = path.join(DIST, decodeURI(link))
  return link.endsWith('/') ? existsSync(path.join(target, 'index.html')) : existsSync(target)
}

test('no internal link of the built site is broken', () => {
  const pages = filesUnder(DIST).filter((file) => file.endsWith('.html'))
  expect(pages.length).toBeGreaterThan(500)
  const broken = new Set<string>()
  for (const page of pages) {
    for (const link of internalLinks(readFileSync(page, 'utf8'))) {
      if (!existsInDist(link)) broken.add(`${path.relative(DIST, page)} → ${link}`)
    }
  }
  expect([...broken].slice(0, 20)).toEqual([])
})

test('drafts appear nowhere in the built site', async ({ request }) => {
  const login = await request.post(`${CMS}/api/users/login`, {
    data: { email: 'editor@demo.programma.local', password: 'programma-demo' },
  })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const headers = { Authorization: `JWT ${token}` }
  // Slugs as path segments, names and titles as whole text or JSON strings.
  const secrets: string[] = []
  for (const collection of ['sessions', 'experts', 'partners']) {
    const response = await request.get(
      `${CMS}/api/${collection}?where[_status][equals]=draft&draft=true&depth=0&limit=100`,
      { headers },
    )
    const { docs } = (await response.json()) as {
      docs: Array<{ slug: string; title?: string; name?: string }>
    }
    expect(docs.length, `${collection} drafts in the demo`).toBeGreaterThan(0)
    for (const doc of docs)
      secrets.push(doc.slug, ...(doc.title ? [doc.title] : []), ...(doc.name ? [doc.name] : []))
  }
  const leaks: string[] = []
  for (const file of filesUnder(DIST).filter((name) => /\.(html|xml|txt|json|ics)$/.test(name))) {
    const content = readFileSync(file, 'utf8')
    for (const secret of secrets)
      if (content.includes(secret)) leaks.push(`${path.relative(DIST, file)}: ${secret}`)
  }
  expect(leaks).toEqual([])
})

test('every published session, expert and partner has a page in both languages', async ({ request }) => {
  const missing: string[] = []
  for (const [collection, folder] of [
    ['sessions', 'sessions'],
    ['experts', 'experts'],
    ['partners', 'partners'],
  ] as const) {
    const response = await request.get(`${CMS}/api/${collection}?depth=0&limit=1000&select[slug]=true`)
    const { docs } = (await response.json()) as { docs: Array<{ slug: string }> }
    expect(docs.length, `published ${collection}`).toBeGreaterThan(10)
    for (const { slug } of docs)
      for (const prefix of ['', 'en'])
        if (!existsSync(path.join(DIST, prefix, folder, slug, 'index.html')))
          missing.push(`${prefix}/${folder}/${slug}/`)
  }
  expect(missing).toEqual([])
})
