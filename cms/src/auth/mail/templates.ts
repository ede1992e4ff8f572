import type { AdminLanguage, Label } from '../../fields/labels'

/** The languages Programma writes its mails in; a user's mails follow the user's choice. */
export type MailLanguage = AdminLanguage
export const MAIL_LANGUAGES: readonly MailLanguage[] = ['ru', 'en']

export interface Mail {
  subject: string
  html: string
  text: string
}

/** What every Programma mail says, before it becomes HTML and plain text. */
interface Letter {
  subject: string
  greeting: string
  before: string[]
  action: { label: string; url: string }
  after: string[]
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text made inert in HTML, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}

function html(letter: Letter, language: MailLanguage): string {
  const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`
  const url = escapeHtml(letter.action.url)
  return [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    paragraph(letter.greeting),
    ...letter.before.map(paragraph),
    `<p style="margin:0 0 16px"><a href="${url}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(letter.action.label)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${url}">${url}</a></p>`,
    ...letter.after.map(paragraph),
    '</body></html>',
  ].join('\n')
}

function text(letter: Letter): string {
  return [letter.greeting, ...letter.before, letter.action.url, ...letter.after].join('\n\n') + '\n'
}

function render(letter: Letter, language: MailLanguage): Mail {
  return { subject: letter.subject, html: html(letter, language), text: text(letter) }
}

const greeting = (name: string | undefined, language: MailLanguage) => {
  const clean = name?.trim()
  if (language === 'ru') return clean ? `Здравствуйте, ${clean}!` : 'Здравствуйте!'
  return clean ? `Hello ${clean},` : 'Hello,'
}

interface Recipient {
  name?: string
  email: string
}

/** How long a password reset link works: Payload's forgot-password expiration. */
export const RESET_LINK_VALID_MS = 60 * 60 * 1000
const RESET_VALIDITY: Label = { ru: 'в течение часа', en: 'within an hour' }

/** How long an invitation link works: long enough for a colleague back from a weekend. */
export const INVITATION_VALID_DAYS = 7
const INVITATION_VALIDITY: Label = {
  ru: `${INVITATION_VALID_DAYS} дней`,
  en: `for ${INVITATION_VALID_DAYS} days`,
}

/** The mail Payload's forgot-password sends: a link to the admin's reset page. */
export function resetPasswordMail(to: Recipient, url: string, language: MailLanguage): Mail {
  if (language === 'en') {
    return render(
      {
        subject: 'Password reset — Programma',
        greeting: greeting(to.name, language),
        before: [
          `Someone, probably you, asked to reset the password of the Programma account ${to.email}.`,
          `To choose a new password, open this link ${RESET_VALIDITY.en}:`,
        ],
        action: { label: 'Choose a new password', url },
        after: ['If you did not ask for this, ignore this mail: your password stays as it is.'],
      },
      language,
    )
  }
  return render(
    {
      subject: 'Восстановление пароля — Programma',
      greeting: greeting(to.name, language),
      before: [
        `Кто-то, вероятно вы, попросил сменить пароль учётной записи Programma ${to.email}.`,
        `Чтобы задать новый пароль, откройте ссылку ${RESET_VALIDITY.ru}:`,
      ],
      action: { label: 'Задать новый пароль', url },
      after: [
        'Если вы не просили сменить пароль, не обращайте внимания на это письмо: пароль останется прежним.',
      ],
    },
    language,
  )
}

/** The mail an invited user gets: who invited them and a link to choose their password. */
export function invitationMail(
  to: Recipient,
  url: string,
  language: MailLanguage,
  inviter: string | undefined,
): Mail {
  const by = inviter?.trim()
  if (language === 'en') {
    return render(
      {
        subject: 'Invitation to Programma',
        greeting: greeting(to.name, language),
        before: [
          `${by || 'An administrator'} has invited you to Programma, where the programme of the forum is edited.`,
          `Your sign-in is ${to.email}. Choose your password with this link; it works ${INVITATION_VALIDITY.en}:`,
        ],
        action: { label: 'Choose a password', url },
        after: [
          'Once it has expired, ask the administrator for a new invitation.',
          'If you did not expect this mail, ignore it.',
        ],
      },
      language,
    )
  }
  return render(
    {
      subject: 'Приглашение в Programma',
      greeting: greeting(to.name, language),
      before: [
        `${by || 'Администратор'} приглашает вас в Programma — систему, в которой ведётся программа форума.`,
        `Ваш логин — ${to.email}. Задайте пароль по ссылке, она действует ${INVITATION_VALIDITY.ru}:`,
      ],
      action: { label: 'Задать пароль', url },
      after: [
        'Если срок истёк, попросите администратора прислать новое приглашение.',
        'Если вы не ждали этого письма, не обращайте на него внимания.',
      ],
    },
    language,
  )
}
