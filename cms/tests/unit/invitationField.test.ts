import type { Field } from 'payload'
import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { programmaConfig } from '../../src/payload.config'

describe('the invitation checkbox', () => {
  it('can be ticked in the admin, though Payload shows virtual fields read-only by default', async () => {
    const config = await buildConfig(
      programmaConfig({
        PAYLOAD_SECRET: 'invitation-field-test-secret-0123456789',
        DATABASE_URI: 'file::memory:',
      }),
    )
    const users = config.collections.find((collection) => collection.slug === 'users')
    const field = users?.fields.find(
      (candidate: Field) => 'name' in candidate && candidate.name === 'sendInvitation',
    )
    expect(field).toMatchObject({ virtual: true, admin: { readOnly: false } })
  })
})
