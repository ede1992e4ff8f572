import type { Payload, SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../src/payload-types'
import { SEED_CONTEXT } from '../src/seed/upsert'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'
import { routes } from './helpers/routes'

/** Images of people and partners not announced yet, looked for the way a stranger would. */
describe.each(TEST_DATABASES)('media of unpublished documents on $name', (database) => {
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let hidden: Media
  let shown: Media
  let hiddenExpertId: number | string

  async function image(alt: string, name: string): Promise<Media> {
    const data = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#123456' } })
      .png()
      .toBuffer()
    return payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt },
      file: { data, name, mimetype: 'image/png', size: data.length },
    })
  }

  beforeAll(async () => {
    ;({ payload, config } = await startPayloadWithConfig(database))
    hidden = await image('Портрет Тайного Спикера', 'secret-speaker.png')
    shown = await image('Портрет Анны Петровой', 'anna.png')
    const quiet = { overrideAccess: true, context: SEED_CONTEXT }
    hiddenExpertId = (
      await payload.create({
        ...quiet,
        collection: 'experts',
        draft: true,
        data: { name: 'Тайный Спикер', photo: hidden.id, _status: 'draft' },
      })
    ).id
    await payload.create({
      ...quiet,
      collection: 'experts',
      data: { name: 'Анна Петрова', photo: shown.id, _status: 'published' },
    })
  })
  afterAll(() => stopPayload(payload))

  const rest = (pathAndQuery: string) => routes(config).get(pathAndQuery)
  const graphql = async (query: string) => (await routes(config).graphql(query)).text()

  it('keeps an image used only by an unpublished expert out of REST, GraphQL and its file URL', async () => {
    const list = JSON.stringify(await (await rest('media?limit=100')).json())
    expect(list).toContain('Портрет Анны Петровой')
    expect(list).not.toContain('Тайного Спикера')
    expect((await rest(`media/${hidden.id}`)).status).toBe(404)
    expect((await rest(`media/file/${hidden.filename}`)).status).toBeGreaterThanOrEqual(400)
    expect((await rest(`media/file/${shown.filename}`)).status).toBe(200)
    expect(await graphql('{ allMedia(limit: 100) { docs { alt filename } } }')).not.toContain(
      'Тайного Спикера',
    )
  })

  it('makes the image public once the expert is published', async () => {
    await payload.update({
      collection: 'experts',
      id: hiddenExpertId,
      data: { _status: 'published' },
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
    expect((await rest(`media/${hidden.id}`)).status).toBe(200)
    expect((await rest(`media/file/${hidden.filename}`)).status).toBe(200)
  })
})
