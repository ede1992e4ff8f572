import path from 'node:path'

import { CMS_ROOT } from '../../cms/src/config/runtime'
import { sqliteFilePath } from '../../cms/src/config/sqliteFile'

/** Where a CMS keeps its data: the SQLite file and the media folder. */
export interface CmsData {
  databaseFile: string
  mediaDir: string
}

export const MONGODB_WAY =
  'DATABASE_URI names MongoDB: back it up with mongodump --oplog and restore it with mongorestore --oplogReplay, ' +
  'and keep the media folder or bucket beside it (docs/deploy/backup.md).'

interface CmsModules {
  parseDatabaseUri: (uri: string | undefined) => { kind: 'sqlite' | 'mongodb'; url: string }
  mediaCollection: (staticDir?: string) => { upload?: boolean | { staticDir?: string } }
}

/**
 * The CMS's own rules for DATABASE_URI and MEDIA_DIR, loaded when the tool runs. Their types
 * bring Payload's and Next's, which would change this workspace's Node types: the names
 * below are all it uses of them.
 */
async function cmsModules(): Promise<CmsModules> {
  const database: string = '../../cms/src/config/database'
  const media: string = '../../cms/src/host/media'
  const [{ parseDatabaseUri }, { mediaCollection }] = (await Promise.all([
    import(database),
    import(media),
  ])) as [Pick<CmsModules, 'parseDatabaseUri'>, Pick<CmsModules, 'mediaCollection'>]
  return { parseDatabaseUri, mediaCollection }
}

/**
 * The data of the CMS this environment configures, read as the CMS reads it: DATABASE_URI
 * and MEDIA_DIR with their defaults, relative paths from the cms/ folder (where the CMS runs).
 */
export async function cmsData(env: NodeJS.ProcessEnv = process.env): Promise<CmsData> {
  const { parseDatabaseUri, mediaCollection } = await cmsModules()
  const target = parseDatabaseUri(env.DATABASE_URI)
  if (target.kind === 'mongodb') throw new Error(MONGODB_WAY)
  const previous = process.cwd()
  process.chdir(CMS_ROOT)
  try {
    const databaseFile = sqliteFilePath(target.url)
    if (!databaseFile) throw new Error(`DATABASE_URI "${target.url}" names no file to back up or restore.`)
    const upload = mediaCollection(env.MEDIA_DIR || undefined).upload
    const mediaDir = typeof upload === 'object' ? upload.staticDir : undefined
    if (!mediaDir) throw new Error('The media collection names no folder (MEDIA_DIR).')
    return { databaseFile, mediaDir: path.resolve(mediaDir) }
  } finally {
    process.chdir(previous)
  }
}
