import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../src/collections/Media'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 190 } } })
    .png()
    .toBuffer()
}

describe.each(TEST_DATABASES)('media uploads on $name', (database) => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload(database)
  })
  afterAll(() => stopPayload(payload))

  const upload = (data: Buffer, name: string, mimetype: string, alt: string | null = 'Портрет') =>
    payload.create({
      collection: 'media',
      overrideAccess: true,
      data: alt === null ? ({} as never) : { alt },
      file: { data, name, mimetype, size: data.length },
    })

  it('makes WebP variants for photos, logos and social cards, once, at upload', async () => {
    const doc = await upload(await png(1600, 1200), 'portrait.png', 'image/png')
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.sizes?.thumbnail).toMatchObject({ width: 160, height: 160, mimeType: 'image/webp' })
    expect(doc.sizes?.portrait).toMatchObject({ width: 480, height: 600, mimeType: 'image/webp' })
    expect(doc.sizes?.logo).toMatchObject({ width: 480, height: 240, mimeType: 'image/webp' })
    expect(doc.sizes?.card).toMatchObject({ width: 1200, height: 630, mimeType: 'image/webp' })
  })

  it('keeps a focal point for the crops', async () => {
    const doc = await upload(await png(800, 800), 'focal.png', 'image/png')
    const updated = await payload.update({
      collection: 'media',
      id: doc.id,
      overrideAccess: true,
      data: { focalX: 20, focalY: 70 },
    })
    expect(updated.focalX).toBe(20)
    expect(updated.focalY).toBe(70)
  })

  it('requires alt text', async () => {
    await expect(upload(await png(200, 200), 'no-alt.png', 'image/png', null)).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'alt' })] },
    })
  })

  it('refuses a file that is not an image, even under an image name', async () => {
    const text = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(upload(text, 'fake.png', 'image/png')).rejects.toThrow()
    await expect(upload(text, 'page.html', 'text/html')).rejects.toThrow()
  })

  it('refuses SVG, which can carry scripts', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(upload(svg, 'logo.svg', 'image/svg+xml')).rejects.toThrow()
  })

  it('refuses an oversized file with a message that says so', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 1)
    await expect(upload(big, 'huge.png', 'image/png')).rejects.toThrow(/слишком большой|too large/)
  })

  it('stores nothing for a refused upload', async () => {
    const { totalDocs } = await payload.count({ collection: 'media', overrideAccess: true })
    expect(totalDocs).toBe(2)
  })
})
