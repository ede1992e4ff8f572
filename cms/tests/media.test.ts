import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload, SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES, missingFileIsNotFound } from '../src/collections/uploadChecks'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 190 } } })
    .png()
    .toBuffer()
}

describe.each(TEST_DATABASES)('media uploads on $name', (database) => {
  let payload: Payload
  let config: Promise<SanitizedConfig>

  beforeAll(async () => {
    ;({ payload, config } = await startPayloadWithConfig(database))
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
    for (const [name, type] of [
      ['fake.png', 'image/png'],
      ['page.html', 'text/html'],
    ]) {
      await expect(upload(text, name as string, type as string)).rejects.toThrow(
        new RegExp(`«${name}»: не изображение.*not a JPEG, PNG, WebP or AVIF image`),
      )
    }
  })

  it('refuses SVG, which can carry scripts', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(upload(svg, 'logo.svg', 'image/svg+xml')).rejects.toThrow(
      /«logo.svg»: SVG.*it can carry scripts/,
    )
  })

  it('refuses an empty file, saying so', async () => {
    await expect(upload(Buffer.alloc(0), 'empty.png', 'image/png')).rejects.toThrow(/пуст.*is empty/)
  })

  it('refuses an oversized file with a message that says so', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 1)
    await expect(upload(big, 'huge.png', 'image/png')).rejects.toThrow(/«huge.png»: 10\.0 МБ.*is too large/)
  })

  it('refuses a file over the limit while it arrives, in both languages', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Огромный' }))
    form.append(
      'file',
      new Blob([Buffer.alloc(MAX_UPLOAD_BYTES + 1024 * 1024, 1)], { type: 'image/png' }),
      'huge.png',
    )
    const encoded = new Response(form)
    const request = new Request('http://localhost/api/media', {
      method: 'POST',
      headers: { 'content-type': encoded.headers.get('content-type') as string },
      body: Buffer.from(await encoded.arrayBuffer()),
    })
    const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['media'] }) })
    expect(response.status).toBe(413)
    expect(await response.text()).toMatch(/Файл больше 10 МБ.*larger than 10 MB/)
  })

  it('answers 404 for the file of an image that is gone', () => {
    const answer = missingFileIsNotFound(mkdtempSync(path.join(tmpdir(), 'programma-gone-')))(undefined, {
      params: { filename: 'deleted-photo.webp' },
    })
    expect(answer?.status).toBe(404)
  })

  it('stores nothing for a refused upload', async () => {
    const { totalDocs } = await payload.count({ collection: 'media', overrideAccess: true })
    expect(totalDocs).toBe(2)
  })
})
