import { parseVideoLink, VIDEO_PROVIDERS, type VideoLinkProblem } from '@programma/shared'
import type { FieldHook, RowField, SelectField, TextField, Validate } from 'payload'

import { adminLanguage as languageOf, type AdminLanguage as Language, type Label, t } from './labels'
import { optionsFrom } from './options'

const PROBLEMS: Record<Exclude<VideoLinkProblem, 'empty'>, Label> = {
  'not-a-link': t(
    'это не ссылка на видео. Вставьте адрес целиком, начиная с https://',
    'this is not a video link. Paste the whole address, starting with https://',
  ),
  'not-https': t(
    'файл или поток должен открываться по https://, иначе сайт не сможет его показать',
    'the file or stream must be served over https://, or the site cannot play it',
  ),
  'unknown-provider': t(
    'площадка не поддерживается. Подходят ссылки VK Видео, RUTUBE, YouTube, видеофайлы .mp4 и .webm и HLS-потоки .m3u8',
    'this provider is not supported. Use a VK Video, RUTUBE or YouTube link, an .mp4 or .webm file or an .m3u8 HLS stream',
  ),
  'malformed-vk': t(
    'в ссылке VK Видео нет номера видео. Нужна ссылка вида https://vk.com/video-123_456',
    'the VK Video link has no video number. Use a link like https://vk.com/video-123_456',
  ),
  'malformed-rutube': t(
    'в ссылке RUTUBE нет кода видео из 32 символов. Нужна ссылка вида https://rutube.ru/video/…/',
    'the RUTUBE link has no 32-character video code. Use a link like https://rutube.ru/video/…/',
  ),
  'malformed-youtube': t(
    'в ссылке YouTube нет кода видео из 11 символов. Нужна ссылка вида https://www.youtube.com/watch?v=… или https://youtu.be/…',
    'the YouTube link has no 11-character video code. Use a link like https://www.youtube.com/watch?v=… or https://youtu.be/…',
  ),
}

/** "«Ссылка на запись»: площадка не поддерживается…", in the editor's admin language. */
export function videoLinkMessage(
  problem: Exclude<VideoLinkProblem, 'empty'>,
  fieldLabel: Label,
  language: Language,
): string {
  const quoted = language === 'ru' ? `«${fieldLabel.ru}»` : `“${fieldLabel.en}”`
  return `${quoted}: ${PROBLEMS[problem][language]}`
}

function validateVideoLink(fieldLabel: Label): Validate<string> {
  return (value, { req }) => {
    const parsed = parseVideoLink(value)
    if (parsed.ok || parsed.problem === 'empty') return true
    return videoLinkMessage(parsed.problem, fieldLabel, languageOf(req))
  }
}

const trimLink: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() || null : value)

/** The provider follows the link: editors paste a link and never choose it by hand. */
const providerFromLink: FieldHook = ({ siblingData }) => {
  const parsed = parseVideoLink((siblingData as { url?: string | null }).url)
  return parsed.ok ? parsed.video.provider : null
}

/** Where a video lives: the link an editor pastes, and the provider recognised from it. */
export function videoLinkRow(linkLabel: Label): RowField {
  const url: TextField = {
    name: 'url',
    type: 'text',
    label: linkLabel,
    validate: validateVideoLink(linkLabel),
    hooks: { beforeValidate: [trimLink] },
    admin: {
      placeholder: 'https://',
      description: t(
        'VK Видео, RUTUBE, YouTube, видеофайл .mp4/.webm или HLS-поток .m3u8. Площадка определится по ссылке.',
        'VK Video, RUTUBE, YouTube, an .mp4/.webm file or an .m3u8 HLS stream. The provider is recognised from the link.',
      ),
    },
  }
  const provider: SelectField = {
    name: 'provider',
    type: 'select',
    options: optionsFrom(VIDEO_PROVIDERS),
    label: t('Площадка', 'Provider'),
    hooks: { beforeChange: [providerFromLink] },
    admin: { readOnly: true, description: t('По ссылке', 'From the link') },
  }
  return { type: 'row', fields: [url, provider] }
}

/** A recording is dated when its link is first saved, unless the editor set the time. */
export const datePublishedRecording: FieldHook = ({ value, siblingData }) => {
  if (value) return value
  return parseVideoLink((siblingData as { url?: string | null }).url).ok ? new Date().toISOString() : value
}

/** "Not recorded" and a recording link contradict each other. */
export const validateNotRecorded: Validate<boolean> = (value, { siblingData, req }) => {
  if (value !== true || !(siblingData as { url?: string | null }).url) return true
  return languageOf(req) === 'en'
    ? '“Not recorded”: remove the recording link first, or untick this box.'
    : '«Без записи»: сначала удалите ссылку на запись или снимите эту отметку.'
}
