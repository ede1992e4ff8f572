import type { Payload } from 'payload'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccountList'
import { SEED_CONTEXT } from './upsert'

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccountList'

export async function seedDemoAccounts(payload: Payload): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      overrideAccess: true,
    })
    if (existing.docs.length > 0) continue
    const forumSlug = 'forum' in account ? account.forum : undefined
    const forum = forumSlug
      ? (
          await payload.find({
            collection: 'forums',
            where: { slug: { equals: forumSlug } },
            limit: 1,
            overrideAccess: true,
          })
        ).docs[0]
      : undefined
    await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password: DEMO_PASSWORD,
        name: account.name,
        role: account.role,
        forums: forum ? [forum.id] : [],
      },
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
  }
}
