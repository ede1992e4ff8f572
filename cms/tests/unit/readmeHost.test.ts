import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

const cmsRoot = path.resolve(import.meta.dirname, '../..')

/** The TypeScript block under "Add Programma to your Payload project" in the README. */
function readmeHostConfig(): string {
  const readme = readFileSync(path.join(cmsRoot, '../README.md'), 'utf8')
  const section = readme.split('## Add Programma to your Payload project')[1] ?? ''
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1]
  if (!block) throw new Error('README.md has no ```ts block under "Add Programma to your Payload project"')
  return block
}

describe('the README’s host config', () => {
  // Inside the workspace, so that its imports resolve as they would in a host's project.
  const folder = mkdtempSync(path.join(cmsRoot, '.cache-readme-host-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('builds as written: the host’s collections, Programma’s under the host’s slugs, Berlin time', async () => {
    const file = path.join(folder, 'payload.config.ts')
    writeFileSync(file, readmeHostConfig())
    const { default: built } = (await import(file)) as { default: Promise<SanitizedConfig> }
    const config = await built
    const slugs = config.collections.map((collection) => collection.slug as string)
    expect(slugs).toEqual(
      expect.arrayContaining(['accounts', 'files', 'pages', 'talks', 'speakers', 'editions']),
    )
    expect(slugs).not.toContain('sessions')
    const accounts = config.collections.find((collection) => collection.slug === ('accounts' as never))
    expect(accounts?.fields.map((field) => ('name' in field ? field.name : ''))).toContain('forums')
    expect(config.admin.timezones.supportedTimezones).toEqual([
      { value: 'Europe/Berlin', label: 'Berlin (CET/CEST)' },
    ])
  }, 120_000)
})
