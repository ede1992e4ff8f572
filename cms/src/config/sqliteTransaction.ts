interface DrizzleTransactional {
  drizzle: { transaction: (run: (tx: unknown) => Promise<void>) => Promise<void> }
}

interface LibsqlClient {
  transaction: (mode: 'deferred') => Promise<{ close: () => void }>
}

export interface OpenTransaction {
  tx: unknown
  /** Commits or rolls back; a COMMIT that fails (a full disk) is reported, unlike in Payload's own. */
  finish: (commit: boolean) => Promise<void>
}

class RolledBack extends Error {}

/** Opens a drizzle transaction (BEGIN IMMEDIATE on libsql) and keeps it open until `finish`. */
export async function openTransaction(adapter: DrizzleTransactional): Promise<OpenTransaction> {
  let settle: { commit: () => void; rollBack: () => void } | undefined
  const decided = new Promise<void>((resolve, reject) => {
    settle = { commit: resolve, rollBack: () => reject(new RolledBack()) }
  })
  let opened: ((tx: unknown) => void) | undefined
  const ready = new Promise<unknown>((resolve) => {
    opened = resolve
  })
  const done = adapter.drizzle.transaction(async (tx) => {
    opened?.(tx)
    await decided
  })
  // Until someone decides, `done` only settles if BEGIN itself failed.
  const tx = await Promise.race([
    ready,
    done.then(() => Promise.reject(new Error('The transaction closed before it opened'))),
  ])
  return {
    tx,
    finish: async (commit) => {
      if (commit) {
        settle?.commit()
        await done
        return
      }
      settle?.rollBack()
      await done.catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error
      })
    },
  }
}

/**
 * libsql hands its current connection to a transaction and opens a new one on next use;
 * closing that transaction closes the old connection.
 */
export async function reopenConnection(adapter: unknown): Promise<void> {
  const client = (adapter as { client?: LibsqlClient }).client
  const taken = await client?.transaction('deferred')
  taken?.close()
}
