import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../access/roles'
import { forgetAttemptsOnLogin, hashForUnknownAccount, throttleLogin } from '../auth/loginThrottle'
import { adminsOnlyField, adminsOrSelf } from '../access/users'
import { isProduction, type Env } from '../config/runtime'
import { t } from '../fields/labels'

/** Editors' accounts; in production the session cookie is only ever sent over HTTPS. */
export const usersCollection = (env: Env = process.env): CollectionConfig => ({
  slug: 'users',
  labels: { singular: t('Пользователь', 'User'), plural: t('Пользователи', 'Users') },
  auth: {
    // No account is ever locked (anyone could lock the last admin out): sign-ins are throttled
    // per address and per account and address instead (auth/loginThrottle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: isProduction(env), sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'forums'],
    group: t('Администрирование', 'Administration'),
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  hooks: {
    beforeOperation: [throttleLogin, hashForUnknownAccount],
    afterLogin: [forgetAttemptsOnLogin],
  },
  access: {
    read: adminsOrSelf,
    create: adminsOnly,
    update: adminsOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: t('Имя', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: t('Роль', 'Role'),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      options: [
        { value: 'admin', label: t('Администратор', 'Administrator') },
        { value: 'editor', label: t('Редактор', 'Editor') },
        { value: 'curator', label: t('Куратор форума', 'Forum curator') },
      ],
      admin: {
        description: t(
          'Администратор управляет пользователями; редактор ведёт всю программу; куратор — только сессии своих форумов.',
          'Admins manage users; editors run the whole programme; curators edit only the sessions of their forums.',
        ),
      },
    },
    {
      name: 'forums',
      type: 'relationship',
      relationTo: 'forums',
      hasMany: true,
      saveToJWT: true,
      label: t('Форумы куратора', "Curator's forums"),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: { condition: (data) => data?.role === 'curator' },
    },
  ],
})
