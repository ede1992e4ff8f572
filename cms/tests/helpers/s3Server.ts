import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

/** The keys s3rver accepts; any other key is refused as S3 refuses an unknown one. */
const KEY = 'S3RVER'

export interface S3TestServer {
  endpoint: string
  bucket: string
  /** The S3_ variables that point the CMS at this server. */
  env: Record<string, string>
  /** Every object key in the bucket, sorted. */
  keys(): Promise<string[]>
  stop(): Promise<void>
}

/** A real S3 API (s3rver) on a free loopback port, its bucket in a temporary folder. */
export async function startS3Server(bucket = 'programma-media'): Promise<S3TestServer> {
  const directory = mkdtempSync(path.join(tmpdir(), 'programma-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: KEY, secretAccessKey: KEY },
  })
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
    },
    async keys() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort()
    },
    async stop() {
      client.destroy()
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
