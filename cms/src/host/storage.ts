import { createHash } from 'node:crypto'

import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionAfterChangeHook, CollectionConfig, Config, Plugin } from 'payload'
import { APIError } from 'payload'

import type { Env } from '../config/runtime'

/** Where the S3 storage is and how to sign in to it: all of these, or none (media stay in MEDIA_DIR). */
const REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
const OPTIONAL = ['S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_PUBLIC_URL'] as const

export interface S3Settings {
  bucket: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  /** An S3-compatible server's address; AWS's own when absent. */
  endpoint?: string
  forcePathStyle: boolean
  /** Files are served from here (a public bucket or a CDN) instead of through the CMS. */
  publicUrl?: string
}

const valueOf = (env: Env, name: string) => env[name]?.trim() || undefined

function httpUrl(env: Env, name: string): string | undefined {
  const value = valueOf(env, name)
  if (!value) return undefined
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`${name} "${value}" is not an http(s) URL, e.g. https://s3.example.org.`)
  }
  return value.replace(/\/+$/, '')
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = valueOf(env, name)?.toLowerCase()
  if (value === undefined) return fallback
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw new Error(`${name} "${value}" is not valid: use true or false.`)
}

/**
 * The S3 storage the environment configures, or undefined when no S3_ variable is set.
 * A configuration that names some of what is required but not all stops the start.
 */
export function s3Settings(env: Env): S3Settings | undefined {
  const given = [...REQUIRED, ...OPTIONAL].filter((name) => valueOf(env, name))
  if (given.length === 0) return undefined
  const missing = REQUIRED.filter((name) => !valueOf(env, name))
  if (missing.length > 0) {
    throw new Error(
      `S3 media storage is configured in part: ${given.join(', ')} set, ${missing.join(', ')} missing. ` +
        `Set ${missing.join(', ')} too, or unset every S3_ variable to keep media in MEDIA_DIR.`,
    )
  }
  const endpoint = httpUrl(env, 'S3_ENDPOINT')
  return {
    bucket: valueOf(env, 'S3_BUCKET') as string,
    region: valueOf(env, 'S3_REGION') as string,
    accessKeyId: valueOf(env, 'S3_ACCESS_KEY_ID') as string,
    secretAccessKey: valueOf(env, 'S3_SECRET_ACCESS_KEY') as string,
    endpoint,
    // S3-compatible servers (MinIO, Ceph, Garage…) mostly serve buckets by path, AWS by host name.
    forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
    publicUrl: httpUrl(env, 'S3_PUBLIC_URL'),
  }
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'TimeoutError',
])
const REFUSED_KEYS = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AccessDenied',
  'InvalidToken',
  'ExpiredToken',
])

interface StorageFailure {
  name?: string
  code?: string
  $metadata?: { httpStatusCode?: number }
}

/** What went wrong with the storage, told to the editor who uploaded and to whoever configures it. */
export function storageFailure(error: unknown, settings: S3Settings): APIError<null> {
  const failure = (error ?? {}) as StorageFailure
  const kind = [failure.code, failure.name].find((value) => value !== undefined) ?? ''
  const refused = (message: string, status: number) => new APIError<null>(message, status, null, true)
  if (UNREACHABLE.has(kind) || UNREACHABLE.has(failure.name ?? '')) {
    return refused(
      `Хранилище файлов S3 не отвечает: файл не сохранён, попробуйте позже (администратору: проверьте S3_ENDPOINT) — ` +
        `the S3 file storage does not answer: nothing was saved, try again later (administrators: check S3_ENDPOINT)`,
      503,
    )
  }
  if (REFUSED_KEYS.has(kind) || failure.$metadata?.httpStatusCode === 403) {
    return refused(
      `Хранилище файлов S3 отклонило ключи доступа: файл не сохранён (администратору: проверьте S3_ACCESS_KEY_ID и S3_SECRET_ACCESS_KEY) — ` +
        `the S3 file storage refused the access keys: nothing was saved (administrators: check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY)`,
      502,
    )
  }
  if (kind === 'NoSuchBucket') {
    return refused(
      `В хранилище S3 нет бакета «${settings.bucket}»: файл не сохранён (администратору: проверьте S3_BUCKET) — ` +
        `the S3 storage has no bucket "${settings.bucket}": nothing was saved (administrators: check S3_BUCKET)`,
      502,
    )
  }
  return refused(
    `Хранилище файлов S3 не приняло файл (${kind || 'неизвестная ошибка'}): файл не сохранён — ` +
      `the S3 file storage did not take the file (${kind || 'unknown error'}): nothing was saved`,
    502,
  )
}

/** A storage hook whose failure refuses the save, and with it the whole upload, in words an editor reads. */
function refusingWithReason(
  hook: CollectionAfterChangeHook,
  settings: S3Settings,
): CollectionAfterChangeHook {
  return async (args) => {
    try {
      return await hook(args)
    } catch (error) {
      throw error instanceof APIError ? error : storageFailure(error, settings)
    }
  }
}

/** The public address of a stored file, under S3_PUBLIC_URL. */
function publicFileUrl(publicUrl: string, filename: string, prefix?: string): string {
  const key = [...(prefix?.split('/') ?? []), filename].filter(Boolean).map(encodeURIComponent).join('/')
  return `${publicUrl}/${key}`
}

/**
 * What the storage plugin added to the collection, adjusted: its upload hooks explain a
 * failure, and under a public URL the CMS's file route points there.
 */
function adjusted(before: CollectionConfig, after: CollectionConfig, settings: S3Settings): CollectionConfig {
  const hostHooks = new Set(before.hooks?.afterChange ?? [])
  const upload = typeof after.upload === 'object' ? after.upload : {}
  const { publicUrl } = settings
  return {
    ...after,
    hooks: {
      ...after.hooks,
      afterChange: (after.hooks?.afterChange ?? []).map((hook) =>
        hostHooks.has(hook) ? hook : refusingWithReason(hook, settings),
      ),
    },
    upload: publicUrl
      ? {
          ...upload,
          handlers: [
            ...(upload.handlers ?? []),
            (_req, { params }) => Response.redirect(publicFileUrl(publicUrl, params.filename), 302),
          ],
        }
      : upload,
  }
}

const fingerprint = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 16)

/**
 * Media on S3-compatible storage when the environment configures it (see s3Settings), else
 * in the local folder. Files stay private in the bucket (no ACL is set) and are served through
 * the CMS's file route, which applies the media access rules; with S3_PUBLIC_URL they are
 * served from there instead, and those rules no longer guard the files themselves.
 * The storage fields are in the schema either way, so both share one set of migrations.
 */
export function mediaStorage(env: Env, collection = 'media'): Plugin {
  const settings = s3Settings(env)
  if (!settings) {
    return s3Storage({
      enabled: false,
      alwaysInsertFields: true,
      bucket: '',
      config: {},
      collections: { [collection]: true },
    })
  }
  const { bucket, region, accessKeyId, secretAccessKey, endpoint, forcePathStyle, publicUrl } = settings
  const storage = s3Storage({
    alwaysInsertFields: true,
    bucket,
    // One client per server and key pair: two configurations in one process never share one.
    clientCacheKey: `s3:${endpoint ?? region}:${bucket}:${accessKeyId}:${fingerprint(secretAccessKey)}`,
    config: {
      region,
      endpoint,
      forcePathStyle,
      credentials: { accessKeyId, secretAccessKey },
      // A storage that does not answer refuses the upload in seconds instead of holding the editor.
      requestHandler: {
        connectionTimeout: 5_000,
        requestTimeout: 30_000,
        httpAgent: { keepAlive: true, maxSockets: 100 },
        httpsAgent: { keepAlive: true, maxSockets: 100 },
      },
    },
    collections: {
      [collection]: {
        // An empty prefix adds the `prefix` field the disabled plugin adds too: one schema for both.
        prefix: '',
        ...(publicUrl && {
          disablePayloadAccessControl: true,
          generateFileURL: ({ filename, prefix }: { filename: string; prefix?: string }) =>
            publicFileUrl(publicUrl, filename, prefix),
        }),
      },
    },
  })
  return async (config: Config) => {
    const stored = await storage(config)
    const before = config.collections?.find((candidate) => candidate.slug === collection)
    return {
      ...stored,
      collections: stored.collections?.map((candidate) =>
        before && candidate.slug === collection ? adjusted(before, candidate, settings) : candidate,
      ),
    }
  }
}
