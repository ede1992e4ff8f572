import type { Env } from '../config/runtime'
import type { Payload } from 'payload'

import { isProduction } from './runtime'

import { DEMO_ACCOUNT_DOMAIN } from './demoAccountDomain'

export { DEMO_ACCOUNT_DOMAIN }

export async function refuseDemoAccountsInProduction(
  payload: Payload,
  env: Env = process.env,
): Promise<void> {
  if (!isProduction(env)) return
  const demo = await payload.count({
    collection: 'users',
    where: { email: { like: `@${DEMO_ACCOUNT_DOMAIN}` } },
    overrideAccess: true,
  })
  if (demo.totalDocs > 0) {
    throw new Error(
      `Refusing to start in production: ${demo.totalDocs} demo account(s) @${DEMO_ACCOUNT_DOMAIN} exist. Delete them or use a fresh database.`,
    )
  }
}
