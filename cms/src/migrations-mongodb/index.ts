import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB's migrations (`payload migrate:create <name>` with a mongodb DATABASE_URI writes
 * them here and rewrites this list). MongoDB needs none for the schema: collections and
 * indexes follow the Payload config. A migration here moves data.
 */
export const migrations: Array<{
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}> = []
