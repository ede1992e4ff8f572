import type { CollectionSlug } from 'payload'

/** Every collection the snapshot is made from: what it reads, and what a change to it invalidates. */
export const SNAPSHOT_COLLECTIONS = [
  'editions',
  'forums',
  'sessions',
  'experts',
  'partners',
  'media',
  'alleys',
] as const satisfies readonly CollectionSlug[]

export type SnapshotCollection = (typeof SNAPSHOT_COLLECTIONS)[number]
