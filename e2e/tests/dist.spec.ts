import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from './support/fixtures'
import { everyRestPage } from './support/pages'

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

function existsInDist(siteDist: string, link: string): boolean {
  const target = path.join(siteDist, decodeURI(link))
  return link.endsWith('/') ? existsSync(path.join(target, 'index.html')) : existsSync(target)
}

test('no internal link of the built site is broken', ({ siteDist }) => {
  const pages = filesUnder(siteDist).filter((file) => file.endsWith('.html'))
  expect(pages.length).toBeGreaterThan(500)
  const broken = new Set<string>()
  for (const page of pages) {
    for (const link of internalLinks(readFileSync(page, 'utf8'))) {
      if (!existsInDist(siteDist, link)) broken.add(`${path.relative(siteDist, page)} → ${link}`)
    }
  }
  expect([...broken].slice(0, 20)).toEqual([])
})

test('drafts appear nowhere in the built site', async ({ request, cms, siteDist }) => {
  const login = await request.post(`${cms}/api/users/login`, {
    data: { email: 'editor@demo.programma.local', password: 'programma-demo' },
  })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const headers = { Authorization: `JWT ${token}` }
  // Slugs as path segments, names and titles as whole text or JSON strings.
  const secrets: string[] = []
  for (const collection of ['sessions', 'experts', 'partners']) {
    const response = await request.get(
      `${cms}/api/${collection}?where[_status][equals]=draft&draft=true&depth=0&limit=100`,
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
  for (const file of filesUnder(siteDist).filter((name) => /\.(html|xml|txt|json|ics)$/.test(name))) {
    const content = readFileSync(file, 'utf8')
    for (const secret of secrets)
      if (content.includes(secret)) leaks.push(`${path.relative(siteDist, file)}: ${secret}`)
  }
  expect(leaks).toEqual([])
})

test('every published session, expert and partner has a page in both languages', async ({
  request,
  cms,
  siteDist,
}) => {
  const missing: string[] = []
  for (const [collection, folder] of [
    ['sessions', 'sessions'],
    ['experts', 'experts'],
    ['partners', 'partners'],
  ] as const) {
    const docs = (
      await everyRestPage(request, `${cms}/api/${collection}?limit=100&depth=0&select[slug]=true`)
    ).flatMap((answer) => (JSON.parse(answer.body) as { docs: Array<{ slug: string }> }).docs)
    expect(docs.length, `published ${collection}`).toBeGreaterThan(10)
    for (const { slug } of docs)
      for (const prefix of ['', 'en'])
        if (!existsSync(path.join(siteDist, prefix, folder, slug, 'index.html')))
          missing.push(`${prefix}/${folder}/${slug}/`)
  }
  expect(missing).toEqual([])
})
