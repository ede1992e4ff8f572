import { existsSync, statSync } from 'node:fs'
import { copyFile, cp, mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { assertSqliteFile } from '../../cms/src/config/sqliteFile'
import { type Manifest, readManifest, verifyFiles } from './manifest'
import { holdsRows, integrityProblems } from './sqlite'
import type { CmsData } from './target'

/** SQLite's companions of a database file: a journal left by a crash belongs to the old database. */
const COMPANIONS = ['-journal', '-wal', '-shm']

/** The backup, checked whole before anything is touched: manifest, every file's digest, SQLite's integrity. */
export async function checkBackup(from: string): Promise<Manifest> {
  const manifest = await readManifest(from)
  await verifyFiles(from, manifest)
  const problems = await integrityProblems(path.join(from, manifest.database.file))
  if (problems.length > 0) {
    throw new Error(
      `The backup's database fails SQLite's integrity check, nothing was restored: ${problems.slice(0, 5).join('; ')}`,
    )
  }
  return manifest
}

async function holdsData(data: CmsData): Promise<string[]> {
  const held: string[] = []
  const { databaseFile, mediaDir } = data
  if (existsSync(databaseFile) && statSync(databaseFile).size > 0) {
    assertSqliteFile(databaseFile)
    if (await holdsRows(databaseFile)) held.push(`the database ${databaseFile} holds data`)
  }
  if ((await readdir(mediaDir).catch(() => [])).length > 0)
    held.push(`the media folder ${mediaDir} is not empty`)
  return held
}

/** Moves what is there aside (never deletes it), so a restore over data can be undone. */
async function setAside(file: string, stamp: string): Promise<string | undefined> {
  if (!existsSync(file)) return undefined
  const aside = `${file}.before-restore-${stamp}`
  await rename(file, aside)
  return aside
}

export interface RestoreResult {
  manifest: Manifest
  /** Where the data that was there before went (with --force). */
  setAside: string[]
}

/**
 * Restores the backup in `from` into the CMS's database file and media folder, after checking
 * it. Refuses to restore over a database with data or a media folder with files unless `force`;
 * then it moves them aside rather than deleting them. The CMS must not run on them meanwhile.
 */
export async function restoreBackup(from: string, data: CmsData, force = false): Promise<RestoreResult> {
  const manifest = await checkBackup(from)
  const held = await holdsData(data)
  if (held.length > 0 && !force) {
    throw new Error(
      `Nothing was restored: ${held.join(' and ')}. Stop the CMS and add --force to restore over them (they are kept beside, renamed).`,
    )
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const { databaseFile, mediaDir } = data
  await mkdir(path.dirname(databaseFile), { recursive: true })
  // The new database is complete under its own name before it takes the file's place.
  const incoming = `${databaseFile}.restoring-${process.pid}`
  await copyFile(path.join(from, manifest.database.file), incoming)
  const aside: Array<string | undefined> = []
  for (const companion of COMPANIONS) aside.push(await setAside(`${databaseFile}${companion}`, stamp))
  aside.push(await setAside(databaseFile, stamp))
  await rename(incoming, databaseFile)
  if (held.length > 0) aside.push(await setAside(mediaDir, stamp))
  await mkdir(mediaDir, { recursive: true })
  await cp(path.join(from, manifest.media.folder), mediaDir, { recursive: true })
  await rm(incoming, { force: true })
  return { manifest, setAside: aside.filter((file): file is string => file !== undefined) }
}
