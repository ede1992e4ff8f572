/** What a MongoDB server says of itself in answer to `hello`, the part that matters here. */
export interface HelloReply {
  setName?: string
  /** `isdbgrid` when the server is a mongos router of a sharded cluster. */
  msg?: string
}

const RUNBOOK = 'see docs/deploy/mongodb.md'

/**
 * Why the CMS must not run on this MongoDB deployment, or undefined when it may. Payload runs
 * a save, an import or a migration in a transaction only on a replica set, and only when the
 * connection names it (`replicaSet`, from the URI or a mongodb+srv TXT record); otherwise it
 * turns transactions off without a word and a save that fails half-way stays half-written.
 */
export function replicaSetProblem(
  hello: HelloReply,
  connectionReplicaSet: string | undefined,
): string | undefined {
  if (hello.msg === 'isdbgrid') {
    return (
      'DATABASE_URI points at a mongos router of a sharded cluster. Programma runs its saves in ' +
      `transactions through a replica set's URI only: give DATABASE_URI the replica set itself (${RUNBOOK}).`
    )
  }
  if (!hello.setName) {
    return (
      'DATABASE_URI points at a MongoDB server that is not a member of a replica set. Payload runs ' +
      'saves and imports in transactions only on a replica set: start mongod with --replSet and run ' +
      `rs.initiate(), then name the set in DATABASE_URI with ?replicaSet=<name> (${RUNBOOK}).`
    )
  }
  if (!connectionReplicaSet) {
    return (
      `DATABASE_URI reaches the replica set "${hello.setName}" without naming it, so Payload would turn ` +
      `transactions off: add replicaSet=${hello.setName} to DATABASE_URI (${RUNBOOK}).`
    )
  }
  return undefined
}

/** The replicaSet a plain mongodb:// URI names; a mongodb+srv URI may get it from DNS instead. */
export function uriReplicaSet(uri: string): string | undefined {
  const match = /[?&]replicaSet=([^&]+)/i.exec(uri)
  return match?.[1] ? decodeURIComponent(match[1]) : undefined
}
