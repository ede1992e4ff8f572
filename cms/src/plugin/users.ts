import type { CollectionConfig, Field } from 'payload'

import { adminsOnly } from '../access/roles'
import { adminsOnlyField, adminsOrSelf } from '../access/users'
import { forgetAttemptsOnLogin, hashForUnknownAccount, throttleLogin } from '../auth/loginThrottle'
import { forgotPasswordMail } from '../auth/mail/forgotPassword'
import {
  invitationFields,
  sendInvitationAfterSave,
  unknowablePasswordForInvited,
} from '../auth/mail/invitation'
import { t } from '../fields/labels'
import { retargetRelations, type SlugMap } from './retarget'

const roleFields: Field[] = [
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
]

const hasField = (collection: CollectionConfig, name: string) =>
  collection.fields.some((field) => 'name' in field && field.name === name)

/**
 * The host's auth collection, with what Programma needs of it: the role and curator's forums
 * of every account (kept in the token), access by role for what the host left open, and
 * sign-in throttling instead of account locks (no one may lock the last admin out).
 */
export function withProgrammaRoles(
  collection: CollectionConfig,
  { roleField, slugs = {} }: { roleField: boolean; slugs?: SlugMap } = { roleField: true },
): CollectionConfig {
  const auth = typeof collection.auth === 'object' ? collection.auth : {}
  return {
    ...collection,
    auth: { ...auth, maxLoginAttempts: 0 },
    access: {
      read: adminsOrSelf,
      create: adminsOnly,
      update: adminsOrSelf,
      delete: adminsOnly,
      unlock: adminsOnly,
      ...collection.access,
    },
    hooks: {
      ...collection.hooks,
      beforeOperation: [throttleLogin, hashForUnknownAccount, ...(collection.hooks?.beforeOperation ?? [])],
      afterLogin: [forgetAttemptsOnLogin, ...(collection.hooks?.afterLogin ?? [])],
    },
    fields: [
      ...collection.fields,
      ...retargetRelations(
        roleFields.filter((field) => {
          const name = (field as { name: string }).name
          return !hasField(collection, name) && (roleField || name !== 'role')
        }),
        slugs,
      ),
    ],
  }
}

const hookList = <T>(hooks: T[] | undefined): T[] => hooks ?? []

/**
 * Mail on the host's auth collection: Programma's forgot-password mail (subject, HTML and text
 * in the user's language), each user's language of mails, and invitations (see invitation.ts).
 * What the host set itself stays: its own forgot-password settings win.
 */
export function withProgrammaMail(collection: CollectionConfig): CollectionConfig {
  const auth = typeof collection.auth === 'object' ? collection.auth : {}
  return {
    ...collection,
    auth: { ...auth, forgotPassword: { ...forgotPasswordMail, ...auth.forgotPassword } },
    hooks: {
      ...collection.hooks,
      beforeValidate: [unknowablePasswordForInvited, ...hookList(collection.hooks?.beforeValidate)],
      afterChange: [...hookList(collection.hooks?.afterChange), sendInvitationAfterSave],
    },
    fields: [
      ...collection.fields,
      ...invitationFields.filter((field) => !hasField(collection, (field as { name: string }).name)),
    ],
  }
}
