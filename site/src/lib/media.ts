import type { SnapshotMedia, TextByLocale } from '@programma/shared'

/** The image variants the site shows; the CMS makes them once, at upload. */
export const USED_VARIANTS = [
  'thumbnailSmall',
  'thumbnail',
  'portraitSmall',
  'portrait',
  'logoSmall',
  'logo',
] as const
export type Variant = 'thumbnail' | 'portrait' | 'logo'

/** The same crop at half the size, for 1× screens. */
const SMALLER: Record<Variant, string> = {
  thumbnail: 'thumbnailSmall',
  portrait: 'portraitSmall',
  logo: 'logoSmall',
}

export const MEDIA_FOLDER = 'media'

function fileName(url: string): string {
  const last = new URL(url, 'http://cms.invalid').pathname.split('/').at(-1) ?? ''
  return decodeURIComponent(last)
}

export interface Picture {
  src: string
  /** Every file of this crop with its width, for the browser to choose by screen density. */
  srcset: string
  width: number
  height: number
  alt: TextByLocale
}

/** A variant as the built site serves it, from /media/, copied there at build. */
export function picture(media: SnapshotMedia | undefined, variant: Variant): Picture | undefined {
  const size = media?.sizes[variant]
  if (!media || !size) return undefined
  const small = media.sizes[SMALLER[variant]]
  const path = (url: string) => `/${MEDIA_FOLDER}/${fileName(url)}`
  const candidates = [...(small ? [small] : []), size].map(
    (candidate) => `${path(candidate.url)} ${candidate.width}w`,
  )
  return {
    src: path((small ?? size).url),
    srcset: candidates.join(', '),
    width: size.width,
    height: size.height,
    alt: media.alt,
  }
}

/** Every file the site needs: its name in dist/media and where the CMS serves it. */
export function filesToCopy(media: SnapshotMedia[]): Array<{ name: string; url: string }> {
  return media.flatMap((item) =>
    USED_VARIANTS.flatMap((variant) => {
      const size = item.sizes[variant]
      return size ? [{ name: fileName(size.url), url: size.url }] : []
    }),
  )
}
