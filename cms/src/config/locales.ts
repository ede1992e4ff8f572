import { LOCALES } from '@programma/shared'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'

const ACCEPTED = new Set<string>([...LOCALES, 'all', '*'])

function requestedLocales(req: Parameters<CollectionBeforeOperationHook>[0]['req']): string[] {
  const fromUrl = req.searchParams?.get('locale')
  return [req.locale, fromUrl].filter((value): value is string => typeof value === 'string' && value !== '')
}

/**
 * Payload quietly swaps an unknown locale for Russian, so a write meant for "de" would
 * overwrite the Russian text. Refuse it instead, naming the locales there are.
 */
export const refuseUnknownLocale: CollectionBeforeOperationHook = ({ args, req }) => {
  const unknown = requestedLocales(req).find((locale) => !ACCEPTED.has(locale))
  if (unknown !== undefined) {
    throw new APIError(
      `Неизвестный язык «${unknown}»: доступны ${LOCALES.join(', ')} — unknown locale "${unknown}", use one of ${LOCALES.join(', ')}`,
      400,
      undefined,
      true,
    )
  }
  return args
}

export function withLocaleGuard(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseUnknownLocale, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}
