import { existsSync } from 'node:fs'
import path from 'node:path'

import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import sharp from 'sharp'

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']
/** The formats sharp reads those types as. */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif'])

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

export const UPLOAD_TOO_LARGE = `Файл больше ${MAX_UPLOAD_BYTES / 1024 / 1024} МБ: уменьшите его и загрузите снова — the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: make it smaller and upload it again`

function refused(message: string, status = 400) {
  return new APIError(message, status, undefined, true)
}

const looksLikeSvg = (data: Buffer) => /<svg[\s>]/i.test(data.subarray(0, 4096).toString('utf8'))

/** What the bytes are: the format sharp reads them as, `svg` for SVG markup, else undefined. */
async function imageFormat(data: Buffer): Promise<string | undefined> {
  if (looksLikeSvg(data)) return 'svg'
  try {
    return (await sharp(data).metadata()).format
  } catch {
    return undefined
  }
}

/**
 * Refuses, before anything is written, an upload that is empty, too large, or not a JPEG,
 * PNG, WebP or AVIF image by its content (whatever its name or declared type says), with a
 * message an editor understands in either language.
 */
export const refuseUnacceptableUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const name = file.name || 'файл'
  if (file.size > MAX_UPLOAD_BYTES) {
    throw refused(
      `«${name}»: ${megabytes(file.size)} МБ, допустимо до ${MAX_UPLOAD_BYTES / 1024 / 1024} МБ — "${name}" is too large (${megabytes(file.size)} MB, at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`,
      413,
    )
  }
  if (!file.data || file.data.length === 0) {
    throw refused(`Файл «${name}» пуст — the file "${name}" is empty`)
  }
  const format = await imageFormat(file.data)
  if (!format || !ACCEPTED_FORMATS.has(format)) {
    const what =
      format === 'svg'
        ? 'SVG (может содержать скрипты — it can carry scripts)'
        : format
          ? format.toUpperCase()
          : 'не изображение — not an image'
    throw refused(
      `«${name}»: ${what}. Загрузите JPEG, PNG, WebP или AVIF — "${name}" is not a JPEG, PNG, WebP or AVIF image`,
      415,
    )
  }
  return args
}

interface FileRequest {
  payload?: { collections?: Record<string, { config: { upload?: { disableLocalStorage?: boolean } } }> }
}

/** A collection whose files a storage adapter (S3) keeps: that adapter's handler answers for them. */
const storedElsewhere = (req: FileRequest | undefined, collection: string | undefined) =>
  collection !== undefined &&
  req?.payload?.collections?.[collection]?.config.upload?.disableLocalStorage === true

/**
 * A file whose document is gone, or was never stored, answers 404 like any missing page
 * (Payload answers 500 for a file missing on disk).
 */
export function missingFileIsNotFound(staticDir: string) {
  return (
    req: FileRequest | undefined,
    { params }: { params: { collection?: string; filename: string } },
  ): Response | undefined => {
    if (storedElsewhere(req, params.collection)) return undefined
    const file = path.resolve(staticDir, params.filename)
    if (file.startsWith(path.resolve(staticDir) + path.sep) && existsSync(file)) return undefined
    return Response.json({ errors: [{ message: 'Файл не найден — file not found' }] }, { status: 404 })
  }
}
