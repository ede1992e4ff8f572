import * as migration_20261122_011835_initial from './20261122_011835_initial'
import * as migration_20261122_031726_image_variants from './20261122_031726_image_variants'
import * as migration_20261123_013551_exhibition_alleys from './20261123_013551_exhibition_alleys'
import * as migration_20261123_035936_history_site_build_locale_indexes from './20261123_035936_history_site_build_locale_indexes'
import * as migration_20261201_202947_site_identity from './20261201_202947_site_identity'
import * as migration_20261201_225047_user_mail from './20261201_225047_user_mail'
import * as migration_20261201_225908_country_default_media_prefix from './20261201_225908_country_default_media_prefix'

export const migrations = [
  {
    up: migration_20261122_011835_initial.up,
    down: migration_20261122_011835_initial.down,
    name: '20261122_011835_initial',
  },
  {
    up: migration_20261122_031726_image_variants.up,
    down: migration_20261122_031726_image_variants.down,
    name: '20261122_031726_image_variants',
  },
  {
    up: migration_20261123_013551_exhibition_alleys.up,
    down: migration_20261123_013551_exhibition_alleys.down,
    name: '20261123_013551_exhibition_alleys',
  },
  {
    up: migration_20261123_035936_history_site_build_locale_indexes.up,
    down: migration_20261123_035936_history_site_build_locale_indexes.down,
    name: '20261123_035936_history_site_build_locale_indexes',
  },
  {
    up: migration_20261201_202947_site_identity.up,
    down: migration_20261201_202947_site_identity.down,
    name: '20261201_202947_site_identity',
  },
  {
    up: migration_20261201_225047_user_mail.up,
    down: migration_20261201_225047_user_mail.down,
    name: '20261201_225047_user_mail',
  },
  {
    up: migration_20261201_225908_country_default_media_prefix.up,
    down: migration_20261201_225908_country_default_media_prefix.down,
    name: '20261201_225908_country_default_media_prefix',
  },
]
