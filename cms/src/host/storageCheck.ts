import { randomUUID } from 'node:crypto'

import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import type { Env } from '../config/runtime'
import type { MediaStorageCheck } from '../plugin'
import { s3Settings } from './storage'

/** Where health checks write their probe: apart from the media, and removed at once. */
const PROBE_PREFIX = '.health/'

/**
 * /api/health's check of S3 media storage: a small object written to the bucket and removed,
 * with the keys the CMS uses. Undefined when media stay in the local folder (Programma checks
 * that itself).
 */
export function s3StorageCheck(env: Env): MediaStorageCheck | undefined {
  const settings = s3Settings(env)
  if (!settings) return undefined
  const { bucket, region, endpoint, forcePathStyle, accessKeyId, secretAccessKey } = settings
  const client = new S3Client({
    region,
    endpoint,
    forcePathStyle,
    credentials: { accessKeyId, secretAccessKey },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_500, requestTimeout: 1_500 },
  })
  return async () => {
    const Key = `${PROBE_PREFIX}${randomUUID()}`
    await client.send(new PutObjectCommand({ Bucket: bucket, Key, Body: 'ok' }))
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key }))
  }
}
