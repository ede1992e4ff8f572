import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** What a backup folder holds, and what each file must be for the backup to be whole. */
export interface Manifest {
  format: typeof FORMAT
  version: typeof VERSION
  createdAt: string
  database: { kind: 'sqlite'; file: string } & FileEntry
  media: { folder: string; files: Array<{ path: string } & FileEntry> }
  /** Files the database names that were not in the media folder when the backup was taken. */
  missingMedia: string[]
}

interface FileEntry {
  bytes: number
  sha256: string
}

const FORMAT = 'programma-backup'
const VERSION = 1
export const MANIFEST_FILE = 'manifest.json'
export const DATABASE_FILE = 'database.db'
export const MEDIA_FOLDER = 'media'

export async function fileEntry(file: string): Promise<FileEntry> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return { bytes: (await stat(file)).size, sha256: hash.digest('hex') }
}

/** The files under `folder`, as paths relative to it with `/`, sorted; hidden files left out. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort()
}

export async function writeManifest(
  folder: string,
  content: Omit<Manifest, 'format' | 'version'>,
): Promise<Manifest> {
  const manifest: Manifest = { format: FORMAT, version: VERSION, ...content }
  await writeFile(path.join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/** The manifest of a backup folder, or an error saying why the folder is not a backup. */
export async function readManifest(folder: string): Promise<Manifest> {
  const file = path.join(folder, MANIFEST_FILE)
  let manifest: Partial<Manifest>
  try {
    manifest = JSON.parse(await readFile(file, 'utf8')) as Partial<Manifest>
  } catch (error) {
    throw new Error(
      `${folder} is not a Programma backup: ${MANIFEST_FILE} cannot be read (${(error as Error).message}).`,
    )
  }
  if (manifest.format !== FORMAT || manifest.version !== VERSION) {
    throw new Error(
      `${file} is not a Programma backup of format ${FORMAT} version ${VERSION} (found ${String(manifest.format)} version ${String(manifest.version)}).`,
    )
  }
  return manifest as Manifest
}

/** Every file the manifest lists, with its size and digest, or the files that differ. */
export async function verifyFiles(folder: string, manifest: Manifest): Promise<void> {
  const expected = [
    { path: manifest.database.file, bytes: manifest.database.bytes, sha256: manifest.database.sha256 },
    ...manifest.media.files.map((file) => ({ ...file, path: `${manifest.media.folder}/${file.path}` })),
  ]
  const damaged: string[] = []
  for (const file of expected) {
    const actual = await fileEntry(path.join(folder, file.path)).catch(() => undefined)
    if (!actual) damaged.push(`${file.path} (missing)`)
    else if (actual.bytes !== file.bytes || actual.sha256 !== file.sha256)
      damaged.push(`${file.path} (changed)`)
  }
  if (damaged.length > 0) {
    throw new Error(
      `The backup in ${folder} is damaged, nothing was restored: ${damaged.slice(0, 10).join(', ')}` +
        (damaged.length > 10 ? ` and ${damaged.length - 10} more` : ''),
    )
  }
}
