import type { CollectionConfig, Config } from 'payload'
import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { mediaStorage, s3Settings, storageFailure } from '../../src/host/storage'

const COMPLETE = {
  S3_BUCKET: 'programma-media',
  S3_REGION: 'eu-central-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'secret-example',
}

const host = (): Config =>
  ({
    collections: [
      {
        slug: 'media',
        upload: { staticDir: '/tmp/media', imageSizes: [{ name: 'thumbnail', width: 160 }] },
        fields: [],
      },
      { slug: 'users', auth: true, fields: [] },
    ],
  }) as unknown as Config

const media = (config: Config) =>
  config.collections?.find((collection) => collection.slug === 'media') as CollectionConfig
const upload = (config: Config) =>
  media(config).upload as Exclude<CollectionConfig['upload'], boolean | undefined>
const fieldNames = (config: Config) =>
  media(config).fields.map((field) => ('name' in field ? field.name : ''))

describe('S3 settings', () => {
  it('keep media in the local folder when no S3_ variable is set', () => {
    expect(s3Settings({})).toBeUndefined()
    expect(s3Settings({ S3_BUCKET: '  ', MEDIA_DIR: '/var/media' })).toBeUndefined()
  })

  it('read a complete configuration, AWS by host name and an S3-compatible server by path', () => {
    expect(s3Settings(COMPLETE)).toEqual({
      bucket: 'programma-media',
      region: 'eu-central-1',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret-example',
      endpoint: undefined,
      forcePathStyle: false,
      publicUrl: undefined,
    })
    expect(s3Settings({ ...COMPLETE, S3_ENDPOINT: 'http://127.0.0.1:9000/' })).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
    })
    expect(
      s3Settings({ ...COMPLETE, S3_ENDPOINT: 'https://s3.example.org', S3_FORCE_PATH_STYLE: 'false' }),
    ).toMatchObject({ forcePathStyle: false })
    expect(s3Settings({ ...COMPLETE, S3_PUBLIC_URL: 'https://cdn.example.org/media/' })).toMatchObject({
      publicUrl: 'https://cdn.example.org/media',
    })
  })

  it.each(Object.keys(COMPLETE))('stop the start when %s is missing, naming it', (name) => {
    const partial: Record<string, string | undefined> = { ...COMPLETE, [name]: undefined }
    expect(() => s3Settings(partial)).toThrow(new RegExp(`${name} missing`))
  })

  it('stop the start when only an optional variable is set, naming what is missing', () => {
    expect(() => s3Settings({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      /S3_ENDPOINT set, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY missing/,
    )
  })

  it.each([
    ['S3_ENDPOINT', 'ftp://s3.example.org', /S3_ENDPOINT "ftp:\/\/s3.example.org" is not an http\(s\) URL/],
    ['S3_PUBLIC_URL', 'cdn.example.org', /S3_PUBLIC_URL "cdn.example.org" is not an http\(s\) URL/],
    ['S3_FORCE_PATH_STYLE', 'sometimes', /S3_FORCE_PATH_STYLE "sometimes" is not valid: use true or false/],
  ])('refuse %s=%s with a message naming it', (name, value, message) => {
    expect(() => s3Settings({ ...COMPLETE, [name]: value })).toThrow(message)
  })
})

describe('storage failures', () => {
  const settings = s3Settings(COMPLETE)!

  it.each([
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
      503,
      /S3_ENDPOINT/,
    ],
    [Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 503, /does not answer/],
    [Object.assign(new Error('bad key'), { name: 'InvalidAccessKeyId' }), 502, /S3_ACCESS_KEY_ID/],
    [
      Object.assign(new Error('bad signature'), { name: 'SignatureDoesNotMatch' }),
      502,
      /refused the access keys/,
    ],
    [
      Object.assign(new Error('no bucket'), { name: 'NoSuchBucket' }),
      502,
      /no bucket "programma-media".*S3_BUCKET/,
    ],
    [Object.assign(new Error('?'), { name: 'SlowDown' }), 502, /did not take the file \(SlowDown\)/],
  ])('are told to the editor in both languages (%s)', (error, status, message) => {
    const told = storageFailure(error, settings)
    expect(told).toBeInstanceOf(APIError)
    expect(told.status).toBe(status)
    expect(told.isPublic).toBe(true)
    expect(told.message).toMatch(message)
    expect(told.message).toMatch(/файл не сохранён.*nothing was saved/)
    expect(told.message).not.toContain('secret-example')
  })
})

describe('the storage plugin', () => {
  it('adds the same storage fields whether or not S3 is configured, so one schema serves both', async () => {
    const local = await mediaStorage({})(host())
    const stored = await mediaStorage(COMPLETE)(host())
    expect(fieldNames(local)).toEqual(fieldNames(stored))
    expect(fieldNames(local)).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
    expect(upload(local).disableLocalStorage).toBeFalsy()
  })

  it('takes files off the disk and serves them through the storage behind the CMS route', async () => {
    const stored = await mediaStorage(COMPLETE)(host())
    expect(upload(stored).disableLocalStorage).toBe(true)
    expect(upload(stored).handlers).toHaveLength(1)
  })

  it('under S3_PUBLIC_URL points the file route at the public address', async () => {
    const stored = await mediaStorage({ ...COMPLETE, S3_PUBLIC_URL: 'https://cdn.example.org' })(host())
    const [redirect] = upload(stored).handlers ?? []
    const answer = (await redirect?.(
      {} as never,
      { params: { collection: 'media', filename: 'анна 1.webp' } } as never,
    )) as Response
    expect(answer.status).toBe(302)
    expect(answer.headers.get('location')).toBe('https://cdn.example.org/%D0%B0%D0%BD%D0%BD%D0%B0%201.webp')
  })
})
