import type { CollectionConfig } from 'payload'

import { isProduction, type Env } from '../config/runtime'
import { t } from '../fields/labels'

/** The demo's accounts; in production the session cookie is only ever sent over HTTPS. */
export const usersCollection = (env: Env = process.env): CollectionConfig => ({
  slug: 'users',
  labels: { singular: t('Пользователь', 'User'), plural: t('Пользователи', 'Users') },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: isProduction(env), sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'forums'],
    group: t('Администрирование', 'Administration'),
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  fields: [{ name: 'name', type: 'text', required: true, label: t('Имя', 'Name') }],
})
