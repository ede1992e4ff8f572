import { describe, expect, it } from 'vitest'

import { parseVideoLink, type VideoLinkProblem } from '../src/video'

const RUTUBE_ID = '0123456789abcdef0123456789abcdef'

describe('video links', () => {
  it.each([
    ['https://vk.com/video-193713520_456239301', '-193713520_456239301'],
    ['https://vkvideo.ru/video-123_456', '-123_456'],
    ['https://vk.com/video?z=video-123_456%2Fpl_cat_trends', '-123_456'],
    ['https://vkvideo.ru/video_ext.php?oid=-123&id=456&hd=2', '-123_456'],
    ['https://vk.com/video12345_678', '12345_678'],
  ])('recognise VK Video: %s', (link, id) => {
    const [owner, video] = id.split('_')
    expect(parseVideoLink(link)).toEqual({
      ok: true,
      video: {
        provider: 'vk',
        id,
        embedUrl: `https://vkvideo.ru/video_ext.php?oid=${owner}&id=${video}&hd=2`,
        playback: 'iframe',
      },
    })
  })

  it.each([
    `https://rutube.ru/video/${RUTUBE_ID}/`,
    `https://rutube.ru/video/${RUTUBE_ID}/?r=wd`,
    `https://rutube.ru/live/video/${RUTUBE_ID}/`,
    `https://rutube.ru/play/embed/${RUTUBE_ID}`,
  ])('recognise RUTUBE: %s', (link) => {
    expect(parseVideoLink(link)).toEqual({
      ok: true,
      video: {
        provider: 'rutube',
        id: RUTUBE_ID,
        embedUrl: `https://rutube.ru/play/embed/${RUTUBE_ID}`,
        playback: 'iframe',
      },
    })
  })

  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?si=share',
    'https://www.youtube.com/live/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
  ])('recognise YouTube and embed it without cookies: %s', (link) => {
    expect(parseVideoLink(link)).toEqual({
      ok: true,
      video: {
        provider: 'youtube',
        id: 'dQw4w9WgXcQ',
        embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
        playback: 'iframe',
      },
    })
  })

  it('plays a video file in the browser itself', () => {
    const link = 'https://media.example.org/records/plenary.MP4'
    expect(parseVideoLink(link)).toEqual({
      ok: true,
      video: { provider: 'file', id: link, embedUrl: link, playback: 'file' },
    })
    expect(parseVideoLink('https://media.example.org/a.webm?token=1')).toMatchObject({
      ok: true,
      video: { provider: 'file' },
    })
  })

  it('recognises an HLS stream', () => {
    const link = 'https://stream.example.org/live/hall-1/index.m3u8'
    expect(parseVideoLink(link)).toEqual({
      ok: true,
      video: { provider: 'hls', id: link, embedUrl: link, playback: 'hls' },
    })
  })

  it('trims the spaces a paste brings along', () => {
    expect(parseVideoLink('  https://youtu.be/dQw4w9WgXcQ \n')).toMatchObject({ ok: true })
  })

  it.each<[string | null, VideoLinkProblem]>([
    [null, 'empty'],
    ['   ', 'empty'],
    ['javascript:alert(1)', 'not-a-link'],
    ['JaVaScRiPt:alert(document.cookie)//https://youtu.be/dQw4w9WgXcQ', 'not-a-link'],
    ['data:text/html,<script>alert(1)</script>', 'not-a-link'],
    ['ftp://media.example.org/a.mp4', 'not-a-link'],
    ['youtu.be/dQw4w9WgXcQ', 'not-a-link'],
    ['https://user:secret@youtu.be/dQw4w9WgXcQ', 'not-a-link'],
    ['http://media.example.org/a.mp4', 'not-https'],
    ['http://stream.example.org/live.m3u8', 'not-https'],
    ['https://vimeo.com/76979871', 'unknown-provider'],
    ['https://example.org/watch?v=dQw4w9WgXcQ', 'unknown-provider'],
    ['https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', 'unknown-provider'],
    ['https://media.example.org/page.html', 'unknown-provider'],
    ['https://vk.com/club123', 'malformed-vk'],
    ['https://vk.com/video-abc_456', 'malformed-vk'],
    ['https://rutube.ru/video/abc/', 'malformed-rutube'],
    [`https://rutube.ru/channel/${RUTUBE_ID}/`, 'malformed-rutube'],
    ['https://rutube.ru/video/0123456789ABCDEF0123456789abcdef/', 'malformed-rutube'],
    ['https://www.youtube.com/watch?v=short', 'malformed-youtube'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E', 'malformed-youtube'],
    ['https://www.youtube.com/channel/UC123', 'malformed-youtube'],
    ['https://youtu.be/', 'malformed-youtube'],
  ])('refuse %s: %s', (link, problem) => {
    expect(parseVideoLink(link)).toEqual({ ok: false, problem })
  })
})
