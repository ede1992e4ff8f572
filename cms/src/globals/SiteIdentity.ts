import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { adminsAndEditors, anyone } from '../access/roles'
import { validateColour } from '../fields/colour'
import { contactsField } from '../fields/contacts'
import { t } from '../fields/labels'
import { urlField } from '../fields/url'
import { requestSiteRebuild, SKIP_SITE_REBUILD } from '../siteBuild/schedule'

export const SITE_IDENTITY_SLUG = 'site-identity'

const rebuildAfterIdentityChange: GlobalAfterChangeHook = ({ doc, req }) => {
  if (!req.context?.[SKIP_SITE_REBUILD]) requestSiteRebuild(req, `${SITE_IDENTITY_SLUG}:changed`)
  return doc
}

function colour(name: string, label: Record<'ru' | 'en', string>, defaultValue: string) {
  return { name, type: 'text' as const, required: true, defaultValue, label, validate: validateColour }
}

/**
 * Who the site belongs to, as readers see it on every page: its name, organiser, logo,
 * colours, footer, contacts and the main registration link. Carried in the snapshot.
 */
export const SiteIdentity: GlobalConfig = {
  slug: SITE_IDENTITY_SLUG,
  label: t('Сайт: название и оформление', 'Site: name and look'),
  admin: {
    group: t('Администрирование', 'Administration'),
    description: t(
      'То, что читатели видят на каждой странице сайта программы.',
      'What readers see on every page of the programme site.',
    ),
  },
  access: { read: anyone, update: adminsAndEditors },
  hooks: { afterChange: [rebuildAfterIdentityChange] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: t('Название сайта', 'Site name') },
    { name: 'organiser', type: 'text', localized: true, label: t('Организатор', 'Organiser') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: t('Логотип', 'Logo') },
    {
      type: 'row',
      fields: [
        colour('primaryColour', t('Основной цвет', 'Primary colour'), '#1d3b6f'),
        colour('accentColour', t('Акцентный цвет', 'Accent colour'), '#f2c230'),
      ],
    },
    { name: 'footer', type: 'textarea', localized: true, label: t('Текст подвала', 'Footer text') },
    contactsField,
    urlField({
      name: 'registrationUrl',
      label: t('Главная ссылка на регистрацию', 'Main registration link'),
    }),
  ],
}
