import { parseDatabaseUri } from '../../src/config/database'

/** Says once, plainly, whether the MongoDB half of the integration tests runs. */
export default function announceDatabases(): void {
  const mongo = process.env.TEST_MONGODB_URI
  if (!mongo) {
    console.log(
      'MongoDB integration tests SKIPPED: TEST_MONGODB_URI is not set. The integration, concurrency and ' +
        'fault suites run against SQLite only (MongoDB’s start-up checks and fault handling still run, ' +
        'against a wire-protocol stand-in). Set TEST_MONGODB_URI=mongodb://…/?replicaSet=… (a replica set) ' +
        'to run them against MongoDB too.',
    )
    return
  }
  try {
    parseDatabaseUri(mongo)
  } catch (error) {
    throw new Error(`TEST_MONGODB_URI: ${(error as Error).message.replace(/^DATABASE_URI /, '')}`)
  }
  console.log('Integration tests run against SQLite and MongoDB (TEST_MONGODB_URI is set).')
}
