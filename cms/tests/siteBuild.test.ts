import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { SignJWT } from 'jose'
import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { localBuildOptions, localBuildRunner, localBuildsSettled } from '../src/siteBuild/localBuild'
import { rebuildNow, setRebuildRunner } from '../src/siteBuild/schedule'
import { siteBuildEndpoints } from '../src/siteBuild/endpoints'
import { HOST_REPORT_TIMEOUT_MS, recoverInterruptedBuild } from '../src/siteBuild/recovery'
import { readBuildStatus, recordBuildStatus } from '../src/siteBuild/state'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

const DEBOUNCE_MS = 150
process.env.SITE_REBUILD_DEBOUNCE_MS = String(DEBOUNCE_MS)

const settle = () => new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 4))

/** A local build whose command is a Node script, as SITE_BUILD_COMMAND would give it. */
function nodeBuild(script: string) {
  const env = { SITE_BUILD_COMMAND: `node -e ${JSON.stringify(script)}`, SITE_OUT_DIR: tmpdir() }
  return localBuildRunner(localBuildOptions(env, 'http://127.0.0.1:9'))
}

describe.each(TEST_DATABASES)('the editors’ workflow on $name', (database) => {
  let payload: Payload
  let f: Fixtures
  const rebuilds: string[][] = []

  beforeAll(async () => {
    payload = await startPayload(database)
    f = await createFixtures(payload)
    await settle()
  })
  afterAll(async () => {
    setRebuildRunner(undefined)
    await stopPayload(payload)
  })
  beforeEach(async () => {
    await settle()
    setRebuildRunner(async (_payload, reasons) => {
      rebuilds.push(reasons)
    })
    rebuilds.length = 0
  })

  const asEditor = () => ({ overrideAccess: false, user: { ...f.editor, collection: 'users' as const } })

  it('starts exactly one rebuild for a burst of edits', async () => {
    for (let edit = 0; edit < 6; edit += 1) {
      await payload.update({
        collection: 'sessions',
        id: edit % 2 ? f.publishedSession.id : f.foreignSession.id,
        data: { lead: `Правка ${edit}` },
        ...asEditor(),
      })
    }
    expect(rebuilds).toEqual([])
    await settle()
    expect(rebuilds).toHaveLength(1)
    expect(rebuilds[0]?.sort()).toEqual(
      [`sessions:${f.publishedSession.id}`, `sessions:${f.foreignSession.id}`].sort(),
    )
  })

  it('leaves the site alone for a draft saved over a published session', async () => {
    await payload.update({
      collection: 'sessions',
      id: f.publishedSession.id,
      data: { title: 'Черновик новой редакции' },
      draft: true,
      ...asEditor(),
    })
    await settle()
    expect(rebuilds).toEqual([])
  })

  it('leaves the site alone for a save that changes nothing it shows', async () => {
    const expert = await payload.findByID({ collection: 'experts', id: f.publishedExpert.id, depth: 0 })
    await payload.update({
      collection: 'experts',
      id: expert.id,
      data: { name: expert.name },
      ...asEditor(),
    })
    await settle()
    expect(rebuilds).toEqual([])
  })

  it('rebuilds when a document is unpublished or deleted', async () => {
    await payload.update({
      collection: 'experts',
      id: f.publishedExpert.id,
      data: { _status: 'draft' },
      ...asEditor(),
    })
    await settle()
    expect(rebuilds).toEqual([[`experts:${f.publishedExpert.id}:unpublished`]])
    await payload.update({ collection: 'experts', id: f.publishedExpert.id, data: { _status: 'published' } })
    await settle()
    rebuilds.length = 0
    const forum = await payload.create({
      collection: 'forums',
      data: { title: 'Временный форум', edition: f.edition.id },
    })
    await payload.delete({ collection: 'forums', id: forum.id })
    await settle()
    expect(rebuilds).toEqual([[`forums:${forum.id}`, `forums:${forum.id}:deleted`]])
  })

  it('rebuilds when an image a published page shows changes, and not for an upload nothing uses', async () => {
    const upload = async (name: string) => {
      const data = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#3a6ea5' } })
        .png()
        .toBuffer()
      return payload.create({
        collection: 'media',
        data: { alt: `Фото ${name}` },
        file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
      })
    }
    const photo = await upload('portrait')
    const unused = await upload('unused')
    await payload.update({ collection: 'experts', id: f.publishedExpert.id, data: { photo: photo.id } })
    await settle()
    rebuilds.length = 0
    await payload.update({ collection: 'media', id: unused.id, data: { alt: 'Исправленная подпись' } })
    await settle()
    expect(rebuilds).toEqual([])
    await payload.update({ collection: 'media', id: photo.id, data: { alt: 'Исправленная подпись' } })
    await settle()
    expect(rebuilds).toEqual([[`media:${photo.id}`]])
  })

  it('publishes a scheduled session at its time, signed by who scheduled it, and rebuilds', async () => {
    const draft = await payload.create({
      collection: 'sessions',
      data: {
        ...(f.draftSession as object),
        id: undefined,
        slug: 'zaplanirovannaya',
        title: 'Запланированная',
      },
      draft: true,
      ...asEditor(),
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'sessions', value: draft.id },
        user: { relationTo: 'users', value: f.editor.id },
      },
      waitUntil: new Date(Date.now() + 1500),
    })
    await payload.jobs.run()
    const early = await payload.find({
      collection: 'sessions',
      where: { slug: { equals: 'zaplanirovannaya' } },
      overrideAccess: false,
    })
    expect(early.totalDocs).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run()
    const published = await payload.find({
      collection: 'sessions',
      where: { slug: { equals: 'zaplanirovannaya' } },
      overrideAccess: false,
    })
    expect(published.docs.map((doc) => doc.title)).toEqual(['Запланированная'])
    const signed = await payload.findByID({ collection: 'sessions', id: draft.id, ...asEditor() })
    expect(signed.updatedBy).toContain('editor@')
    await settle()
    expect(rebuilds).toEqual([[`sessions:${draft.id}`]])
  })

  describe('history and roles', () => {
    const as = (user: Fixtures['admin'] | undefined) => ({
      overrideAccess: false,
      user: user ? { ...user, collection: 'users' as const } : undefined,
    })

    it('keeps every change of a session as a version naming who made it, and restores one', async () => {
      await payload.update({
        collection: 'sessions',
        id: f.publishedSession.id,
        data: { lead: 'Первая', _status: 'published' },
        ...as(f.editor),
      })
      await payload.update({
        collection: 'sessions',
        id: f.publishedSession.id,
        data: { lead: 'Вторая', _status: 'published' },
        ...as(f.admin),
      })
      const { docs } = await payload.findVersions({
        collection: 'sessions',
        where: { parent: { equals: f.publishedSession.id } },
        sort: '-updatedAt',
        ...as(f.editor),
      })
      expect(docs[0]?.version.lead).toBe('Вторая')
      expect(docs[0]?.version.updatedBy).toMatch(/^Админ · admin@/)
      expect(docs[1]?.version.updatedBy).toMatch(/^Редактор · editor@/)
      const earlier = docs[1]
      if (!earlier) throw new Error('no earlier version')
      await payload.restoreVersion({ collection: 'sessions', id: earlier.id, ...as(f.editor) })
      const restored = await payload.findByID({
        collection: 'sessions',
        id: f.publishedSession.id,
        ...as(f.editor),
      })
      expect(restored.lead).toBe('Первая')
    })

    it('versions editions, forums and alleys too', async () => {
      await payload.update({
        collection: 'forums',
        id: f.forum.id,
        data: { title: 'Новое имя' },
        ...as(f.editor),
      })
      const { docs } = await payload.findVersions({
        collection: 'forums',
        where: { parent: { equals: f.forum.id } },
        ...as(f.editor),
      })
      expect(
        docs.some((doc) => doc.version.title === 'Новое имя' && /editor@/.test(doc.version.updatedBy ?? '')),
      ).toBe(true)
    })

    it('keeps who edited away from the public API', async () => {
      const session = await payload.findByID({
        collection: 'sessions',
        id: f.publishedSession.id,
        ...as(undefined),
      })
      expect(session).not.toHaveProperty('updatedBy')
    })

    it('shows a curator its own forums’ sessions and their history only', async () => {
      const { docs } = await payload.find({
        collection: 'sessions',
        limit: 100,
        draft: true,
        ...as(f.curator),
      })
      expect(docs.length).toBeGreaterThan(0)
      expect(
        docs.every(
          (doc) => String(typeof doc.forum === 'object' ? doc.forum?.id : doc.forum) === String(f.forum.id),
        ),
      ).toBe(true)
      await expect(
        payload.findByID({ collection: 'sessions', id: f.foreignSession.id, ...as(f.curator) }),
      ).rejects.toThrow()
      const versions = await payload.findVersions({ collection: 'sessions', limit: 100, ...as(f.curator) })
      expect(versions.docs.length).toBeGreaterThan(0)
      expect(versions.docs.every((doc) => String(doc.parent) !== String(f.foreignSession.id))).toBe(true)
    })
  })

  describe('the site build status', () => {
    const SECRET = 'netlify-deploy-notification-secret'
    const env = { SITE_LOCAL_BUILD: '1', SITE_BUILD_REPORT_SECRET: SECRET }
    const endpoints = siteBuildEndpoints(env)

    function call(path: string, user?: Fixtures['admin'], init: { body?: string; headers?: Headers } = {}) {
      const endpoint = endpoints.find((candidate) => candidate.path === path)
      if (!endpoint) throw new Error(`no endpoint ${path}`)
      const req = {
        payload,
        user: user ? { ...user, collection: 'users' } : null,
        headers: init.headers ?? new Headers(),
        text: async () => init.body ?? '',
        context: {},
      } as unknown as PayloadRequest
      return endpoint.handler(req) as Promise<Response>
    }

    it('records a local build that fails, with the end of its output, and one that succeeds', async () => {
      setRebuildRunner(nodeBuild('console.error("Снимок недоступен"); process.exit(3)'))
      await rebuildNow(payload, ['sessions:1'])
      await localBuildsSettled()
      const failed = await readBuildStatus(payload)
      expect(failed).toMatchObject({ state: 'failed', runner: 'local', reasons: ['sessions:1'] })
      expect(failed.error).toContain('Снимок недоступен')

      setRebuildRunner(nodeBuild(''))
      await rebuildNow(payload, ['manual'])
      await localBuildsSettled()
      const live = await readBuildStatus(payload)
      expect(live).toMatchObject({ state: 'live', error: null })
      expect(Date.now() - new Date(live.liveSince ?? 0).getTime()).toBeLessThan(60_000)
    })

    it('runs the configured build command where it is told, publishing into the configured folder', async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'programma-local-build-'))
      const outDir = path.join(folder, 'published')
      const script =
        "require('node:fs').writeFileSync('ran.txt', [process.env.SITE_OUT_DIR, process.env.CMS_URL].join(' '))"
      const options = localBuildOptions(
        {
          SITE_BUILD_COMMAND: `node -e ${JSON.stringify(script)}`,
          SITE_BUILD_CWD: folder,
          SITE_OUT_DIR: outDir,
        },
        'http://127.0.0.1:9',
      )
      expect(options).toMatchObject({ cwd: folder, outDir })
      setRebuildRunner(localBuildRunner(options))
      await rebuildNow(payload, ['manual'])
      await localBuildsSettled()
      expect(readFileSync(path.join(folder, 'ran.txt'), 'utf8')).toBe(`${outDir} http://127.0.0.1:9`)
      expect(localBuildOptions({}, 'http://127.0.0.1:9')).toMatchObject({
        command: 'npm run build --workspace @programma/site',
        outDir: expect.stringMatching(/site[/\\]dist$/),
      })
    })

    it('gathers what arrives during a build into one build after it', async () => {
      const started: string[][] = []
      const runner = nodeBuild('setTimeout(() => {}, 400)')
      setRebuildRunner(async (p, reasons) => {
        started.push(reasons)
        await runner(p, reasons)
      })
      await rebuildNow(payload, ['a'])
      await rebuildNow(payload, ['b'])
      await rebuildNow(payload, ['c'])
      await localBuildsSettled()
      const status = await readBuildStatus(payload)
      expect(status.reasons).toEqual(['b', 'c'])
      expect(status.state).toBe('live')
    })

    it('lets admins and editors rebuild by hand, and no one else', async () => {
      setRebuildRunner(nodeBuild(''))
      expect((await call('/site-build/rebuild', f.curator)).status).toBe(403)
      expect((await call('/site-build/rebuild')).status).toBe(403)
      expect((await call('/site-build')).status).toBe(403)
      const response = await call('/site-build/rebuild', f.editor)
      expect(response.status).toBe(202)
      await localBuildsSettled()
      const status = (await (await call('/site-build', f.curator)).json()) as {
        state: string
        reasons: string[]
      }
      expect(status).toMatchObject({ state: 'live', reasons: ['manual:editor@example.test'] })
    })

    it('on start, records as failed a build the CMS can no longer be waiting for', async () => {
      const now = Date.parse('2026-05-01T10:00:00Z')
      await recordBuildStatus(payload, {
        state: 'building',
        runner: 'local',
        startedAt: '2026-05-01T09:59:00Z',
      })
      await recoverInterruptedBuild(payload, now)
      const local = await readBuildStatus(payload)
      expect(local.state).toBe('failed')
      expect(local.error).toMatch(/Сборка прервалась.*The build was interrupted/)

      await recordBuildStatus(payload, {
        state: 'requested',
        runner: 'hook',
        startedAt: '2026-05-01T09:30:00Z',
      })
      await recoverInterruptedBuild(payload, now)
      expect((await readBuildStatus(payload)).state).toBe('requested')
      await recoverInterruptedBuild(payload, now + HOST_REPORT_TIMEOUT_MS)
      expect(await readBuildStatus(payload)).toMatchObject({
        state: 'failed',
        error: expect.stringMatching(/never reported/),
      })
    })

    it('says so when nothing builds the site', async () => {
      const [, rebuild] = siteBuildEndpoints({})
      const req = {
        payload,
        user: { ...f.admin, collection: 'users' },
        headers: new Headers(),
      } as unknown as PayloadRequest
      const response = (await rebuild?.handler(req)) as Response
      expect(response.status).toBe(409)
      expect(((await response.json()) as { error: string }).error).toMatch(/SITE_BUILD_HOOK_URL/)
    })

    it("takes the host's signed deploy notifications, and refuses unsigned ones", async () => {
      const body = JSON.stringify({
        state: 'error',
        error_message: 'Build script returned non-zero exit code: 2',
      })
      const signature = await new SignJWT({ sha256: createHash('sha256').update(body).digest('hex') })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('netlify')
        .sign(new TextEncoder().encode(SECRET))
      const forged = await new SignJWT({ sha256: createHash('sha256').update(body).digest('hex') })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('netlify')
        .sign(new TextEncoder().encode('someone-else'))
      const unsigned = await call('/site-build/report', undefined, { body })
      expect(unsigned.status).toBe(401)
      const bad = await call('/site-build/report', undefined, {
        body,
        headers: new Headers({ 'x-webhook-signature': forged }),
      })
      expect(bad.status).toBe(401)
      const good = await call('/site-build/report', undefined, {
        body,
        headers: new Headers({ 'x-webhook-signature': signature }),
      })
      expect(good.status).toBe(200)
      expect(await readBuildStatus(payload)).toMatchObject({
        state: 'failed',
        error: 'Build script returned non-zero exit code: 2',
      })
    })
  })
})
