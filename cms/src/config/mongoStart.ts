import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import { type HelloReply, replicaSetProblem } from './mongoReplicaSet'
import { type Env, isProduction } from './runtime'

type MigrationList = Array<{ name: string }>

/** The migrations of the folder that the database has not recorded as run, in order. */
export function pendingMigrations(known: MigrationList, applied: string[]): string[] {
  const done = new Set(applied)
  return known.map((migration) => migration.name).filter((name) => !done.has(name))
}

function pendingProblem(pending: string[]): string {
  return (
    `The MongoDB database of DATABASE_URI lacks ${pending.length} migration(s): ${pending.join(', ')}. ` +
    'Run them once, from one machine, before starting the CMS: ' +
    'DATABASE_URI=… npm run migrate -w @programma/cms (see docs/deploy/mongodb.md).'
  )
}

/**
 * Asks the server what it is and refuses to go on without a replica set the connection names
 * (see replicaSetProblem); in production also with migrations not yet run. `payload migrate`
 * itself (PAYLOAD_MIGRATING) is what runs them, so it is not held back by them.
 */
export async function mongoStartProblem(
  adapter: MongooseAdapter,
  migrations: MigrationList,
  env: Env,
): Promise<string | undefined> {
  const db = adapter.connection.db
  if (!db) return 'DATABASE_URI: the MongoDB connection opened without a database.'
  const hello = (await db.admin().command({ hello: 1 })) as HelloReply
  const replicaSet = replicaSetProblem(hello, adapter.connection.getClient().options.replicaSet)
  if (replicaSet) return replicaSet
  if (!isProduction(env) || env.PAYLOAD_MIGRATING === 'true') return undefined
  const applied = (await adapter.collections['payload-migrations']?.distinct('name')) as string[] | undefined
  const pending = pendingMigrations(migrations, applied ?? [])
  return pending.length > 0 ? pendingProblem(pending) : undefined
}
