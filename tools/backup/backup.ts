import { copyFile, cp, mkdir, readdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { assertSqliteFile } from '../../cms/src/config/sqliteFile'
import { DATABASE_FILE, fileEntry, filesUnder, type Manifest, MEDIA_FOLDER, writeManifest } from './manifest'
import { copyOnline, integrityProblems, uploadedFileNames } from './sqlite'
import type { CmsData } from './target'

async function assertEmptyFolder(folder: string): Promise<void> {
  const entries = await readdir(folder).catch(() => [])
  if (entries.length > 0) throw new Error(`${folder} is not empty: name a new folder for the backup (--out).`)
}

/** Uploads the copied database names but the media copy lacks, taken from the live folder when still there. */
async function completeMedia(backupMedia: string, live: string, names: string[]): Promise<string[]> {
  const missing: string[] = []
  for (const name of names) {
    // A stored name is a plain file name; anything else is no file of the media folder.
    if (path.basename(name) !== name) {
      missing.push(name)
      continue
    }
    const copied = path.join(backupMedia, name)
    if (existsSync(copied)) continue
    try {
      await copyFile(path.join(live, name), copied)
    } catch {
      missing.push(name)
    }
  }
  return missing
}

/**
 * A backup of a running CMS into `out`: the media folder, a consistent copy of the SQLite
 * database (VACUUM INTO), then the uploads saved between the two, and a manifest with the
 * size and SHA-256 of every file. Media are copied first, so an upload that lands during the
 * backup is either in both or, if only the database has it, fetched afterwards.
 */
export async function createBackup(data: CmsData, out: string): Promise<Manifest> {
  if (!existsSync(data.databaseFile))
    throw new Error(`There is no database at ${data.databaseFile} to back up.`)
  assertSqliteFile(data.databaseFile)
  await assertEmptyFolder(out)
  const media = path.join(out, MEDIA_FOLDER)
  await mkdir(media, { recursive: true })
  if (existsSync(data.mediaDir)) {
    await cp(data.mediaDir, media, {
      recursive: true,
      // Hidden files are no uploads (the health check's probe comes and goes).
      filter: (source) => !path.basename(source).startsWith('.') || source === data.mediaDir,
    })
  }
  const database = path.join(out, DATABASE_FILE)
  await copyOnline(data.databaseFile, database)
  const problems = await integrityProblems(database)
  if (problems.length > 0) {
    throw new Error(
      `The copy of ${data.databaseFile} fails SQLite's integrity check: ${problems.slice(0, 5).join('; ')}`,
    )
  }
  const missingMedia = await completeMedia(media, data.mediaDir, await uploadedFileNames(database))
  const files = []
  for (const file of await filesUnder(media))
    files.push({ path: file, ...(await fileEntry(path.join(media, file))) })
  return writeManifest(out, {
    createdAt: new Date().toISOString(),
    database: { kind: 'sqlite', file: DATABASE_FILE, ...(await fileEntry(database)) },
    media: { folder: MEDIA_FOLDER, files },
    missingMedia,
  })
}
