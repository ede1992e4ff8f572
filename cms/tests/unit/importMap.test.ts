import { readFileSync } from 'node:fs'
import path from 'node:path'

import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { programmaConfig } from '../../src/payload.config'

const IMPORT_MAP = path.resolve(import.meta.dirname, '../../src/app/(payload)/admin/importMap.js')

/** The component paths the committed import map resolves (`payload generate:importmap` writes it). */
function importMapKeys(): Set<string> {
  const source = readFileSync(IMPORT_MAP, 'utf8')
  return new Set([...source.matchAll(/^\s+"([^"]+)":/gm)].map((match) => match[1] as string))
}

type ComponentPath = string | { path?: string }
const pathOf = (component: ComponentPath) => (typeof component === 'string' ? component : component.path)

/** The admin-wide components a configuration names: its providers and its declared dependencies. */
async function adminComponents(env: Record<string, string>): Promise<string[]> {
  const config = await buildConfig(
    programmaConfig({
      PAYLOAD_SECRET: 'import-map-test-secret-0123456789abcdef',
      DATABASE_URI: 'file::memory:',
      ...env,
    }),
  )
  const providers = (config.admin.components?.providers ?? []) as ComponentPath[]
  const dependencies = Object.values(config.admin.dependencies ?? {}) as ComponentPath[]
  return [...providers, ...dependencies].map(pathOf).filter((value): value is string => Boolean(value))
}

describe('the committed admin import map', () => {
  it.each([
    ['media in a local folder', {}],
    [
      'media on S3',
      {
        S3_BUCKET: 'programma-media',
        S3_REGION: 'us-east-1',
        S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
        S3_SECRET_ACCESS_KEY: 'secret-example',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
      },
    ],
  ])('holds every provider the admin renders, %s', async (_name, env) => {
    const components = await adminComponents(env)
    expect(components).toContain('@payloadcms/storage-s3/client#S3ClientUploadHandler')
    const keys = importMapKeys()
    expect(components.filter((component) => !keys.has(component))).toEqual([])
  })
})
