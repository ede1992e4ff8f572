import type { Locale } from '@programma/shared'

import type { SearchMessages } from '../scripts/search'
import { ui } from './i18n'

/** The words the search script shows, handed to it in the page. */
export function searchMessages(locale: Locale): SearchMessages {
  const t = ui(locale)
  return {
    loading: t.searchLoading,
    nothing: t.searchNothing,
    prompt: t.searchPrompt,
    failed: t.searchFailed,
    more: t.searchMore,
    found: t.searchFound,
    filters: t.searchFilter,
    kinds: t.searchKind,
  }
}
