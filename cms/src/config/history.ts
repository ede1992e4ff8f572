import type { CollectionConfig, FieldHook, TextField } from 'payload'

import { staffOnly } from '../access/roles'
import { t } from '../fields/labels'

const VERSIONS_KEPT = 50

interface Signer {
  name?: string | null
  email?: string | null
}

/**
 * Whoever saves a document signs it with their name and address, kept as text so every
 * version names its author to the whole team (editors may not read other accounts).
 * A save with no user — a script, the scheduler — is signed as such.
 */
export const signWithCurrentUser: FieldHook = ({ req }) => {
  const user = req.user as Signer | null | undefined
  if (!user) return 'система — system'
  return [user.name, user.email].filter(Boolean).join(' · ')
}

export const updatedByField: TextField = {
  name: 'updatedBy',
  type: 'text',
  label: t('Изменил', 'Last changed by'),
  // Editors' names are for the team, not for the public API.
  access: { read: ({ req }) => staffOnly({ req }) as boolean },
  hooks: { beforeChange: [signWithCurrentUser] },
  admin: { position: 'sidebar', readOnly: true },
}

/**
 * Every change to a content document becomes a version (compared and restored in the
 * admin's Versions tab) that names who made it.
 */
export function withHistory(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    versions: collection.versions ?? { maxPerDoc: VERSIONS_KEPT },
    fields: [...collection.fields, updatedByField],
  }
}
