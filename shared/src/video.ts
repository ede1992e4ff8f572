/**
 * Video links as editors paste them: a provider's share link, a video file or an HLS
 * stream. One parser tells the provider, its video id and the URL to embed, or why the
 * link cannot be used. The CMS validates with it, the site embeds with it.
 */
import type { VIDEO_PROVIDERS } from './vocabulary'

export type VideoProvider = (typeof VIDEO_PROVIDERS)[number]['value']

/** How the site plays it: a provider's player in an iframe, or the browser's own <video>. */
export type VideoPlayback = 'iframe' | 'file' | 'hls'

export interface VideoLink {
  provider: VideoProvider
  /** The provider's id of the video; for files and streams, the URL itself. */
  id: string
  /** What the player loads: the provider's embed page, or the media URL. */
  embedUrl: string
  playback: VideoPlayback
}

export type VideoLinkProblem =
  | 'empty'
  | 'not-a-link'
  | 'not-https'
  | 'unknown-provider'
  | 'malformed-vk'
  | 'malformed-rutube'
  | 'malformed-youtube'

export type VideoLinkResult = { ok: true; video: VideoLink } | { ok: false; problem: VideoLinkProblem }

/** Where the site's players come from; the Content-Security-Policy's frame-src lists exactly these. */
export const VIDEO_EMBED_ORIGINS = {
  vk: 'https://vkvideo.ru',
  rutube: 'https://rutube.ru',
  youtube: 'https://www.youtube-nocookie.com',
} as const

const VK_HOSTS = new Set([
  'vk.com',
  'www.vk.com',
  'm.vk.com',
  'vk.ru',
  'vkvideo.ru',
  'www.vkvideo.ru',
  'm.vkvideo.ru',
])
const RUTUBE_HOSTS = new Set(['rutube.ru', 'www.rutube.ru', 'm.rutube.ru'])
const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtu.be'])

const VK_VIDEO = /^video(-?\d+)_(\d+)$/
const RUTUBE_ID = /^[0-9a-f]{32}$/
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const FILE_EXTENSION = /\.(mp4|webm)$/i
const HLS_EXTENSION = /\.m3u8$/i

function fail(problem: VideoLinkProblem): VideoLinkResult {
  return { ok: false, problem }
}

function found(video: VideoLink): VideoLinkResult {
  return { ok: true, video }
}

function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean)
}

/** vk.com/video-123_456, vkvideo.ru/video-123_456, vk.com/video?z=video-123_456, video_ext.php?oid=&id= */
function parseVk(url: URL): VideoLinkResult {
  const [first = '', second] = pathSegments(url)
  const candidates = [
    first,
    second ?? '',
    url.searchParams.get('z')?.split('/')[0] ?? '',
    first === 'video_ext.php' ? `video${url.searchParams.get('oid')}_${url.searchParams.get('id')}` : '',
  ]
  const match = candidates.map((candidate) => VK_VIDEO.exec(candidate)).find(Boolean)
  if (!match) return fail('malformed-vk')
  const [, owner, video] = match
  const embed = new URL('/video_ext.php', VIDEO_EMBED_ORIGINS.vk)
  embed.searchParams.set('oid', owner ?? '')
  embed.searchParams.set('id', video ?? '')
  embed.searchParams.set('hd', '2')
  return found({ provider: 'vk', id: `${owner}_${video}`, embedUrl: embed.href, playback: 'iframe' })
}

/** rutube.ru/video/<32 hex>/, rutube.ru/live/video/<32 hex>/, rutube.ru/play/embed/<32 hex> */
function parseRutube(url: URL): VideoLinkResult {
  const segments = pathSegments(url)
  const id = segments.find((segment) => RUTUBE_ID.test(segment))
  const known =
    (segments[0] === 'video' && segments[1] === id) ||
    (segments[0] === 'live' && segments[1] === 'video' && segments[2] === id) ||
    (segments[0] === 'play' && segments[1] === 'embed' && segments[2] === id)
  if (!id || !known) return fail('malformed-rutube')
  return found({
    provider: 'rutube',
    id,
    embedUrl: `${VIDEO_EMBED_ORIGINS.rutube}/play/embed/${id}`,
    playback: 'iframe',
  })
}

/** youtube.com/watch?v=, youtu.be/<id>, youtube.com/live/<id>, /embed/<id>, /shorts/<id> */
function parseYoutube(url: URL): VideoLinkResult {
  const [first = '', second = ''] = pathSegments(url)
  const id = url.hostname.endsWith('youtu.be')
    ? first
    : first === 'watch'
      ? (url.searchParams.get('v') ?? '')
      : ['live', 'embed', 'shorts'].includes(first)
        ? second
        : ''
  if (!YOUTUBE_ID.test(id)) return fail('malformed-youtube')
  return found({
    provider: 'youtube',
    id,
    embedUrl: `${VIDEO_EMBED_ORIGINS.youtube}/embed/${id}`,
    playback: 'iframe',
  })
}

function parseMedia(url: URL): VideoLinkResult | undefined {
  const kind = FILE_EXTENSION.test(url.pathname)
    ? 'file'
    : HLS_EXTENSION.test(url.pathname)
      ? 'hls'
      : undefined
  if (!kind) return undefined
  // A page served over https cannot play media from http.
  if (url.protocol !== 'https:') return fail('not-https')
  return found({ provider: kind, id: url.href, embedUrl: url.href, playback: kind })
}

/** Recognises a video link: which provider, which video, and what to embed; or why it cannot be used. */
export function parseVideoLink(input: string | null | undefined): VideoLinkResult {
  const text = (input ?? '').trim()
  if (text === '') return fail('empty')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return fail('not-a-link')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('not-a-link')
  if (url.username || url.password) return fail('not-a-link')
  const host = url.hostname.toLowerCase()
  if (VK_HOSTS.has(host)) return parseVk(url)
  if (RUTUBE_HOSTS.has(host)) return parseRutube(url)
  if (YOUTUBE_HOSTS.has(host)) return parseYoutube(url)
  return parseMedia(url) ?? fail('unknown-provider')
}
