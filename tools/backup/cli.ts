/**
 * `npm run backup -- [--out <folder>]` and `npm run restore -- --from <folder> [--force]`:
 * the SQLite database and media folder of the CMS that DATABASE_URI and MEDIA_DIR name (as
 * the CMS reads them), backed up while the CMS runs and restored into a stopped one.
 * MongoDB is backed up with its own tools (docs/deploy/backup.md).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createBackup } from './backup'
import { restoreBackup } from './restore'
import { cmsData } from './target'

const USAGE = `Usage:
  npm run backup -- [--out <folder>]
  npm run restore -- --from <folder> [--force]`

/** Paths on the command line are read from where npm was run. */
const fromWhereRun = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

function defaultFolder(): string {
  return fromWhereRun(`programma-backup-${new Date().toISOString().replace(/[:.]/g, '-')}`)
}

async function backup(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } })
  const data = await cmsData()
  const out = values.out ? fromWhereRun(values.out) : defaultFolder()
  const started = performance.now()
  const manifest = await createBackup(data, out)
  console.log(
    `Backed up ${data.databaseFile} (${manifest.database.bytes} bytes) and ${manifest.media.files.length} media files ` +
      `into ${out} in ${Math.round(performance.now() - started)} ms.`,
  )
  if (manifest.missingMedia.length > 0) {
    console.warn(
      `Warning: the database names ${manifest.missingMedia.length} files the media folder did not have: ` +
        manifest.missingMedia.slice(0, 10).join(', '),
    )
  }
}

async function restore(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, force: { type: 'boolean' } } })
  if (!values.from) throw new Error(`Say which backup to restore: --from <folder>\n${USAGE}`)
  const data = await cmsData()
  const { manifest, setAside } = await restoreBackup(fromWhereRun(values.from), data, values.force)
  console.log(
    `Restored the backup of ${manifest.createdAt} into ${data.databaseFile} and ${data.mediaDir} ` +
      `(${manifest.media.files.length} media files).`,
  )
  if (setAside.length > 0) console.log(`What was there before is kept as: ${setAside.join(', ')}`)
}

const [command, ...rest] = process.argv.slice(2)
try {
  if (command === 'backup') await backup(rest)
  else if (command === 'restore') await restore(rest)
  else throw new Error(USAGE)
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
}
