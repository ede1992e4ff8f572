import { describe, expect, it } from 'vitest'

import { filesToCopy, picture } from '../src/lib/media'

const media = {
  id: 7,
  alt: { ru: 'Портрет: Анна Петрова', en: null },
  url: '/api/media/file/portrait-7.webp',
  filename: 'portrait-7.webp',
  mimeType: 'image/webp',
  width: 480,
  height: 600,
  focalX: 50,
  focalY: 50,
  sizes: {
    thumbnailSmall: { url: '/api/media/file/portrait-7-80x80.webp', width: 80, height: 80 },
    thumbnail: { url: '/api/media/file/portrait-7-160x160.webp', width: 160, height: 160 },
    portrait: { url: '/api/media/file/portrait-7-480x600.webp', width: 480, height: 600 },
    card: { url: '/api/media/file/portrait-7-1200x630.webp', width: 1200, height: 630 },
  },
}

describe('media in the built site', () => {
  it('serves a variant from /media/ with its size and alt text', () => {
    expect(picture(media, 'thumbnail')).toEqual({
      src: '/media/portrait-7-80x80.webp',
      srcset: '/media/portrait-7-80x80.webp 80w, /media/portrait-7-160x160.webp 160w',
      width: 160,
      height: 160,
      alt: { ru: 'Портрет: Анна Петрова', en: null },
    })
    expect(picture(media, 'logo')).toBeUndefined()
    expect(picture(undefined, 'portrait')).toBeUndefined()
  })

  it('copies only the variants the pages use', () => {
    expect(filesToCopy([media]).map((file) => file.name)).toEqual([
      'portrait-7-80x80.webp',
      'portrait-7-160x160.webp',
      'portrait-7-480x600.webp',
    ])
    expect(picture(media, 'portrait')?.srcset).toBe('/media/portrait-7-480x600.webp 480w')
  })
})
