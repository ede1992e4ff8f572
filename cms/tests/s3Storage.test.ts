import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { buildConfig, getPayload, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../tools/lib/ports'
import type { Media } from '../src/payload-types'
import { programmaConfig } from '../src/payload.config'
import { SEED_CONTEXT } from '../src/seed/upsert'
import { createFixtures } from './helpers/fixtures'
import { stopPayload, TEST_DATABASES } from './helpers/payload'
import { routes } from './helpers/routes'
import { startS3Server, type S3TestServer } from './helpers/s3Server'

const run = promisify(execFile)
const SITE = path.resolve(import.meta.dirname, '../../site')
const IMAGE_STEP = path.resolve(import.meta.dirname, 'helpers/siteImageStep.ts')

interface Cms {
  payload: Payload
  config: Promise<SanitizedConfig>
  mediaDir: string
}

/** A CMS instance on `uri` with its own (empty) media folder; several may share one database. */
async function startCms(uri: string, key: string, env: Record<string, string>): Promise<Cms> {
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'programma-media-'))
  const config = buildConfig(
    programmaConfig({
      ...process.env,
      PAYLOAD_SECRET: 'integration-test-secret-0123456789abcdef',
      DATABASE_URI: uri,
      MEDIA_DIR: mediaDir,
      PROGRAMMA_JOBS: 'off',
      ...env,
      NODE_ENV: 'test',
    }),
  )
  return { payload: await getPayload({ config, key }), config, mediaDir }
}

async function photo(background: string, width = 1600, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
}

function upload(payload: Payload, data: Buffer, name: string): Promise<Media> {
  return payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'Портрет' },
    file: { data, name, mimetype: 'image/png', size: data.length },
  })
}

/** The file names a media document keeps: its original and each of its sizes. */
function fileNames(doc: Media): string[] {
  const sizes = Object.values(doc.sizes ?? {}).map((size) => size?.filename)
  return [doc.filename, ...sizes].filter((name): name is string => Boolean(name)).sort()
}

/** An HTTP server on a free loopback port answering GETs under /api/ with the CMS's REST route. */
async function serveRest(config: Promise<SanitizedConfig>): Promise<{ url: string; server: Server }> {
  const rest = routes(config)
  const server = createServer((request, response) => {
    const target = (request.url ?? '/').replace(/^\/api\//, '')
    rest
      .get(target)
      .then(async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers))
        response.end(Buffer.from(await answer.arrayBuffer()))
      })
      .catch((error: unknown) => {
        response.writeHead(500)
        response.end(String(error))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe.each(TEST_DATABASES)('media on S3-compatible storage, on $name', (database) => {
  const uri = database.uri()
  let s3: S3TestServer
  let first: Cms
  let second: Cms
  let objects: S3Client

  beforeAll(async () => {
    s3 = await startS3Server()
    objects = new S3Client({
      endpoint: s3.endpoint,
      region: s3.env.S3_REGION,
      forcePathStyle: true,
      credentials: {
        accessKeyId: s3.env.S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY ?? '',
      },
    })
    first = await startCms(uri, `${uri}#first`, s3.env)
    second = await startCms(uri, `${uri}#second`, s3.env)
  })
  afterAll(async () => {
    await second?.payload.destroy()
    await stopPayload(first?.payload)
    objects?.destroy()
    await s3?.stop()
  })

  const bytesInBucket = async (key: string) =>
    Buffer.from(
      await (
        await objects.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
      ).Body!.transformToByteArray(),
    )

  it('stores the original and every sharp variant as objects in the bucket, nothing on disk', async () => {
    const doc = await upload(first.payload, await photo('#1e5abe'), 'anna.png')
    const sizes = first.payload.collections.media.config.upload.imageSizes?.map((size) => size.name) ?? []
    expect(Object.keys(doc.sizes ?? {}).sort()).toEqual([...sizes].sort())
    expect(fileNames(doc)).toHaveLength(sizes.length + 1)
    expect(await s3.keys()).toEqual(fileNames(doc))
    expect(readdirSync(first.mediaDir)).toEqual([])
    const portrait = await sharp(await bytesInBucket(doc.sizes?.portrait?.filename ?? '')).metadata()
    expect(portrait).toMatchObject({ format: 'webp', width: 480, height: 600 })
  })

  it('replaces every object when a new file is uploaded, and keeps none of the old', async () => {
    const doc = await upload(first.payload, await photo('#7a1f3d'), 'logo.png')
    const before = await s3.keys()
    const replacement = await photo('#0b6e4f', 1000, 1000)
    const replaced = await first.payload.update({
      collection: 'media',
      id: doc.id,
      overrideAccess: true,
      data: {},
      file: { data: replacement, name: 'logo-2025.png', mimetype: 'image/png', size: replacement.length },
    })
    const after = await s3.keys()
    for (const name of fileNames(replaced)) expect(after).toContain(name)
    for (const name of fileNames(doc)) expect(after).not.toContain(name)
    expect(after).toHaveLength(before.length)
    expect((await sharp(await bytesInBucket(replaced.filename ?? '')).metadata()).width).toBe(1000)
  })

  it('removes every object of a deleted image', async () => {
    const doc = await upload(first.payload, await photo('#444444'), 'gone.png')
    expect(await s3.keys()).toEqual(expect.arrayContaining(fileNames(doc)))
    await first.payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    const left = await s3.keys()
    for (const name of fileNames(doc)) expect(left).not.toContain(name)
  })

  it('serves from a second instance what the first uploaded, under the same access rules', async () => {
    const shown = await upload(first.payload, await photo('#225588'), 'shown.png')
    const hidden = await upload(first.payload, await photo('#882255'), 'hidden.png')
    await first.payload.create({
      collection: 'experts',
      overrideAccess: true,
      context: SEED_CONTEXT,
      data: { name: 'Мария Иванова', photo: shown.id, _status: 'published' },
    })
    await first.payload.create({
      collection: 'experts',
      overrideAccess: true,
      context: SEED_CONTEXT,
      draft: true,
      data: { name: 'Тайный Спикер', photo: hidden.id, _status: 'draft' },
    })
    const rest = routes(second.config)
    expect(shown.url).toBe(`/api/media/file/${shown.filename}`)
    const file = await rest.get(`media/file/${shown.sizes?.portrait?.filename}`)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer())).toEqual(
      await bytesInBucket(shown.sizes?.portrait?.filename ?? ''),
    )
    expect((await rest.get(`media/file/${hidden.filename}`)).status).toBeGreaterThanOrEqual(400)
    expect((await rest.get(`media/file/${hidden.sizes?.portrait?.filename}`)).status).toBeGreaterThanOrEqual(
      400,
    )
    expect(readdirSync(second.mediaDir)).toEqual([])
  })

  it('answers 404 for a file the bucket does not have', async () => {
    const doc = await upload(first.payload, await photo('#333333'), 'lost.png')
    const expert = await first.payload.create({
      collection: 'experts',
      overrideAccess: true,
      context: SEED_CONTEXT,
      data: { name: 'Потерянный Портрет', photo: doc.id, _status: 'published' },
    })
    await objects.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: doc.filename ?? '' }))
    expect((await routes(second.config).get(`media/file/${doc.filename}`)).status).toBe(404)
    await first.payload.delete({
      collection: 'experts',
      id: expert.id,
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
  })

  it("builds the site's images from the S3-backed CMS", async () => {
    await createFixtures(first.payload)
    const { url, server } = await serveRest(second.config)
    const siteDist = mkdtempSync(path.join(tmpdir(), 'programma-site-'))
    try {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', IMAGE_STEP, siteDist], {
        cwd: SITE,
        env: {
          ...process.env,
          CMS_URL: url,
          SITE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'programma-site-cache-')),
          SNAPSHOT_FILE: '',
          MEDIA_DIR: '',
        },
      })
      const copied = readdirSync(path.join(siteDist, 'media')).sort()
      expect(copied.length).toBeGreaterThan(0)
      expect(stdout).toContain(`${copied.length} image files copied`)
      const keys = await s3.keys()
      for (const name of copied) {
        expect(keys).toContain(name)
        expect(readFileSync(path.join(siteDist, 'media', name))).toEqual(await bytesInBucket(name))
      }
    } finally {
      server.close()
    }
  }, 120_000)

  it('under S3_PUBLIC_URL hands out the public address of every file', async () => {
    const publicUrl = `${s3.endpoint}/${s3.bucket}`
    const cdn = await startCms(uri, `${uri}#public`, { ...s3.env, S3_PUBLIC_URL: publicUrl })
    try {
      const doc = await upload(cdn.payload, await photo('#5a3e1e'), 'public.png')
      const portrait = doc.sizes?.portrait
      expect(portrait?.url).toBe(`${publicUrl}/${portrait?.filename}`)
      const direct = await fetch(portrait?.url ?? '')
      expect(Buffer.from(await direct.arrayBuffer())).toEqual(await bytesInBucket(portrait?.filename ?? ''))
      const staff = await cdn.payload.findByID({ collection: 'media', id: doc.id, overrideAccess: true })
      expect(staff.url).toBe(`${publicUrl}/${doc.filename}`)
    } finally {
      await cdn.payload.destroy()
    }
  })

  describe('when the storage fails', () => {
    const count = async () =>
      (await first.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

    it('refuses an upload to a storage that is down, saving nothing', async () => {
      const closedPort = await freePort()
      const down = await startCms(uri, `${uri}#down`, {
        ...s3.env,
        S3_ENDPOINT: `http://127.0.0.1:${closedPort}`,
      })
      try {
        const documents = await count()
        const objectsBefore = await s3.keys()
        const started = Date.now()
        await expect(upload(down.payload, await photo('#aa0000'), 'down.png')).rejects.toMatchObject({
          status: 503,
          message: expect.stringMatching(
            /Хранилище файлов S3 не отвечает.*does not answer: nothing was saved/,
          ),
        })
        expect(Date.now() - started).toBeLessThan(15_000)
        expect(await count()).toBe(documents)
        expect(await s3.keys()).toEqual(objectsBefore)
        expect(readdirSync(down.mediaDir)).toEqual([])
      } finally {
        await down.payload.destroy()
      }
    })

    it('refuses an upload when the storage refuses the keys, saving nothing', async () => {
      // s3rver checks the key id, not a version 4 signature: an unknown key is what it refuses.
      const refused = await startCms(uri, `${uri}#refused`, { ...s3.env, S3_ACCESS_KEY_ID: 'revoked-key' })
      try {
        const documents = await count()
        const objectsBefore = await s3.keys()
        await expect(upload(refused.payload, await photo('#00aa00'), 'refused.png')).rejects.toMatchObject({
          status: 502,
          message: expect.stringMatching(
            /отклонило ключи доступа.*refused the access keys.*S3_ACCESS_KEY_ID/,
          ),
        })
        expect(await count()).toBe(documents)
        expect(await s3.keys()).toEqual(objectsBefore)
      } finally {
        await refused.payload.destroy()
      }
    })

    it('keeps the old file of an image when its replacement cannot be stored', async () => {
      const doc = await upload(first.payload, await photo('#0000aa'), 'kept.png')
      const refused = await startCms(uri, `${uri}#replace`, { ...s3.env, S3_ACCESS_KEY_ID: 'unknown-key' })
      try {
        const replacement = await photo('#00aaaa')
        await expect(
          refused.payload.update({
            collection: 'media',
            id: doc.id,
            overrideAccess: true,
            data: {},
            file: { data: replacement, name: 'kept-2.png', mimetype: 'image/png', size: replacement.length },
          }),
        ).rejects.toMatchObject({ status: 502 })
        const stored = await first.payload.findByID({ collection: 'media', id: doc.id, overrideAccess: true })
        expect(stored.filename).toBe(doc.filename)
        expect(await s3.keys()).toEqual(expect.arrayContaining(fileNames(doc)))
      } finally {
        await refused.payload.destroy()
      }
    })
  })
})
