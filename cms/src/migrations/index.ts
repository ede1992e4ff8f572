import * as migration_20261122_011835_initial from './20261122_011835_initial'
import * as migration_20261122_031726_image_variants from './20261122_031726_image_variants'
import * as migration_20261123_013551_exhibition_alleys from './20261123_013551_exhibition_alleys'

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
]
