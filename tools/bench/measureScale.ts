import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@programma/cms/demo-accounts'

import { measureSeed, measureSnapshot } from './cms'
import { cmsEnvironment, mediaFolder } from './cmsEnvironment'
import { describeMachine } from './machine'
import { measureRest } from './rest'
import type { ScaleResult } from './results'
import type { Scale } from './scales'
import { measureSite } from './site/measureSite'

/**
 * One scale from nothing: a fresh database seeded with its programme, the snapshot, the CMS's
 * REST answers, then the site built from that snapshot. Everything goes into `folder`.
 */
export async function measureScale(scale: Scale, folder: string): Promise<ScaleResult> {
  await rm(folder, { recursive: true, force: true })
  await mkdir(folder, { recursive: true })
  const env = cmsEnvironment(folder)
  const step = (what: string) => console.log(`[${scale.name}] ${what}…`)

  step('seeding')
  const seed = await measureSeed(scale, env)
  step('snapshot')
  const snapshotFile = path.join(folder, 'snapshot.json')
  const snapshot = await measureSnapshot(scale, env, snapshotFile)
  step('CMS REST')
  const editor = DEMO_ACCOUNTS.find((account) => account.role === 'editor')
  if (!editor) throw new Error('No demo editor account to measure with')
  const rest = await measureRest(env, { email: editor.email, password: DEMO_PASSWORD })
  step('site')
  const site = await measureSite({
    snapshotFile,
    mediaDir: mediaFolder(folder),
    folder,
    floor: true,
    repeats: scale.repeats,
  })
  return {
    name: scale.name,
    label: scale.label,
    repeats: scale.repeats,
    measuredAt: new Date().toISOString(),
    machine: describeMachine(),
    source: 'measured',
    cms: { seed, snapshot, rest },
    site,
  }
}
