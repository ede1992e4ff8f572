/** Says once, plainly, whether the MongoDB half of the integration tests runs. */
export default function announceDatabases(): void {
  if (process.env.TEST_MONGODB_URI) {
    console.log('Integration tests run against SQLite and MongoDB (TEST_MONGODB_URI is set).')
  } else {
    console.log(
      'MongoDB integration tests SKIPPED: TEST_MONGODB_URI is not set. They run against SQLite only. ' +
        'Set TEST_MONGODB_URI=mongodb://… (a replica set) to run them against MongoDB too.',
    )
  }
}
