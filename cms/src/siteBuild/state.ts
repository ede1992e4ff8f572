import type { GlobalConfig, Payload } from 'payload'

import { staffOnly } from '../access/roles'
import { t } from '../fields/labels'

export const SITE_BUILD_SLUG = 'site-build'

export const BUILD_STATES = ['idle', 'requested', 'building', 'live', 'failed'] as const
export type BuildState = (typeof BUILD_STATES)[number]

export interface SiteBuildStatus {
  state: BuildState
  /** What the running or last build was for: "sessions:12", "manual", … */
  reasons?: string[] | null
  startedAt?: string | null
  finishedAt?: string | null
  liveSince?: string | null
  error?: string | null
  /** "local" under `npm start`, "hook" for the static host's build hook. */
  runner?: 'local' | 'hook' | null
}

const readOnly = { readOnly: true }

/**
 * What the public site is doing, for the admin: building, live since when, or failed and
 * why. Written by the CMS itself (local builds, the build hook, the host's deploy
 * notifications), never by hand.
 */
export const SiteBuild: GlobalConfig = {
  slug: SITE_BUILD_SLUG,
  label: t('Сайт', 'Public site'),
  admin: {
    group: t('Администрирование', 'Administration'),
    description: t(
      'Сайт пересобирается сам, когда опубликованное меняется. Здесь видно, что с ним сейчас, и можно пересобрать его вручную.',
      'The site rebuilds itself whenever published content changes. This shows its state and lets you rebuild it by hand.',
    ),
  },
  access: { read: staffOnly, update: () => false },
  fields: [
    {
      name: 'panel',
      type: 'ui',
      admin: { components: { Field: '/components/siteBuild/SiteBuildPanel#SiteBuildPanel' } },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'idle',
      options: [
        { value: 'idle', label: t('Ещё не собирался', 'Not built yet') },
        { value: 'requested', label: t('Сборка запрошена', 'Build requested') },
        { value: 'building', label: t('Собирается', 'Building') },
        { value: 'live', label: t('Опубликован', 'Live') },
        { value: 'failed', label: t('Сборка не удалась', 'Build failed') },
      ],
      label: t('Состояние', 'State'),
      admin: { ...readOnly, hidden: true },
    },
    { name: 'reasons', type: 'json', admin: { ...readOnly, hidden: true } },
    { name: 'startedAt', type: 'date', admin: { ...readOnly, hidden: true } },
    { name: 'finishedAt', type: 'date', admin: { ...readOnly, hidden: true } },
    { name: 'liveSince', type: 'date', admin: { ...readOnly, hidden: true } },
    { name: 'error', type: 'textarea', admin: { ...readOnly, hidden: true } },
    {
      name: 'runner',
      type: 'select',
      options: ['local', 'hook'],
      admin: { ...readOnly, hidden: true },
    },
  ],
}

export async function readBuildStatus(payload: Payload): Promise<SiteBuildStatus> {
  const stored = (await payload.findGlobal({
    slug: SITE_BUILD_SLUG,
    overrideAccess: true,
    depth: 0,
  })) as unknown as Partial<SiteBuildStatus>
  return { ...stored, state: stored.state ?? 'idle' }
}

export async function recordBuildStatus(payload: Payload, patch: Partial<SiteBuildStatus>): Promise<void> {
  await payload.updateGlobal({
    slug: SITE_BUILD_SLUG,
    overrideAccess: true,
    data: patch as Record<string, unknown>,
  })
}
