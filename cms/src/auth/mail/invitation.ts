import { randomBytes } from 'node:crypto'

import type {
  CheckboxField,
  CollectionAfterChangeHook,
  CollectionBeforeValidateHook,
  Field,
  GroupField,
  PayloadRequest,
  SelectField,
} from 'payload'

import { adminsOnlyField } from '../../access/users'
import { adminLanguage, t } from '../../fields/labels'
import { mailLanguageOf } from './language'
import { resetPasswordURL } from './links'
import { reasonNotSent } from './notSent'
import { INVITATION_VALID_DAYS, invitationMail } from './templates'

const DAY_MS = 24 * 60 * 60 * 1000

export const mailLanguageField: SelectField = {
  name: 'language',
  type: 'select',
  label: t('Язык писем', 'Language of mails'),
  defaultValue: ({ req }) => adminLanguage(req),
  options: [
    { value: 'ru', label: 'Русский' },
    { value: 'en', label: 'English' },
  ],
  admin: {
    description: t(
      'На этом языке приходят приглашение и письма о пароле.',
      'The invitation and password mails are written in this language.',
    ),
  },
}

export const sendInvitationField: CheckboxField = {
  name: 'sendInvitation',
  type: 'checkbox',
  virtual: true,
  label: t('Отправить приглашение', 'Send an invitation'),
  access: { create: adminsOnlyField, update: adminsOnlyField, read: adminsOnlyField },
  admin: {
    // Payload shows virtual fields read-only unless told otherwise; this one is ticked by admins.
    readOnly: false,
    description: t(
      `Письмо со ссылкой, по которой пользователь сам задаст пароль (ссылка действует ${INVITATION_VALID_DAYS} дней). При создании пароль, введённый выше, заменяется случайным. Чтобы отправить ещё раз, отметьте снова и сохраните.`,
      `A mail with a link where the user chooses their own password (valid for ${INVITATION_VALID_DAYS} days). On creation, the password typed above is replaced by a random one. To send it again, tick this again and save.`,
    ),
  },
}

const never = () => false

export const invitationStatusField: GroupField = {
  name: 'invitation',
  type: 'group',
  label: t('Приглашение', 'Invitation'),
  // Written by the invitation alone, never through a form or the API.
  access: { create: never, update: never, read: adminsOnlyField },
  admin: { position: 'sidebar', condition: (data) => Boolean(data?.invitation?.status) },
  fields: [
    {
      name: 'status',
      type: 'select',
      label: t('Состояние', 'Status'),
      options: [
        { value: 'sent', label: t('Отправлено', 'Sent') },
        { value: 'failed', label: t('Не отправлено', 'Not sent') },
      ],
      admin: { readOnly: true },
    },
    {
      name: 'at',
      type: 'date',
      label: t('Когда', 'When'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'failure',
      type: 'textarea',
      label: t('Причина', 'Reason'),
      admin: { readOnly: true, condition: (_, sibling) => sibling?.status === 'failed' },
    },
  ],
}

/** The fields an invitation needs on the host's auth collection. */
export const invitationFields: Field[] = [mailLanguageField, sendInvitationField, invitationStatusField]

const wantsInvitation = (data: unknown) =>
  (data as { sendInvitation?: unknown } | undefined)?.sendInvitation === true

/**
 * An invited account starts with a random password no one knows, the administrator included:
 * its owner chooses one through the invitation's link.
 */
export const unknowablePasswordForInvited: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation !== 'create' || !data || !wantsInvitation(data)) return data
  return { ...data, password: randomBytes(32).toString('base64url') }
}

export interface InvitationStatus {
  status: 'sent' | 'failed'
  at: string
  failure: string | null
}

interface InvitedUser {
  id: number | string
  email: string
  name?: string | null
  language?: string | null
}

function inviterOf(req: PayloadRequest): string | undefined {
  const user = req.user as { name?: string | null; email?: string | null } | null | undefined
  return user?.name || user?.email || undefined
}

async function mailInvitation(
  user: InvitedUser,
  token: string,
  req: PayloadRequest,
): Promise<InvitationStatus> {
  const at = new Date().toISOString()
  const mail = invitationMail(
    { name: user.name ?? undefined, email: user.email },
    resetPasswordURL(req, token),
    mailLanguageOf(user, req),
    inviterOf(req),
  )
  try {
    await req.payload.sendEmail({ to: user.email, ...mail })
    return { status: 'sent', at, failure: null }
  } catch (error) {
    const reason = reasonNotSent(error)
    req.payload.logger.warn(`Invitation to user ${String(user.id)} not sent: ${reason.en}`)
    return { status: 'failed', at, failure: `${reason.ru} — ${reason.en}` }
  }
}

/**
 * After an administrator saves an account with «Send an invitation» ticked: mails a link to
 * the admin's reset page, valid for a week, and records whether it went. A mail that cannot
 * go never undoes the save: the account is kept, its status says why, and ticking the box
 * again sends a new link. The token is stored only once its mail has gone.
 */
export const sendInvitationAfterSave: CollectionAfterChangeHook = async ({ collection, data, doc, req }) => {
  if (!wantsInvitation(data)) return doc
  const user = doc as InvitedUser
  const token = randomBytes(20).toString('hex')
  const invitation = await mailInvitation(user, token, req)
  const link =
    invitation.status === 'sent'
      ? {
          resetPasswordToken: token,
          resetPasswordExpiration: new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS).toISOString(),
        }
      : {}
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: user.id,
    data: { invitation, ...link },
    req,
  })
  return { ...doc, invitation }
}
