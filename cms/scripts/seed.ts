/**
 * Loads a programme into the CMS database.
 *   npm run seed                     the demo (MIES 2020 and 2022)
 *   npm run seed -- --if-empty       the demo, only into an empty database
 *   npm run seed -- --sessions 350 --experts 1030 --partners 130 [--seed 7] [--images pool]
 */
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '../src/payload.config'
import { isLocalMode } from '../src/config/runtime'
import { seedDemoAccounts } from '../src/seed/demoAccounts'
import { buildDemoProgramme } from '../src/seed/demo'
import { seedProgramme, type ImageMode } from '../src/seed/seedProgramme'
import { generateProgramme } from '../src/seed/synthetic'

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`--${name} must be a whole number, got "${value}"`)
  return number
}

const { values } = parseArgs({
  options: {
    sessions: { type: 'string' },
    experts: { type: 'string' },
    partners: { type: 'string' },
    seed: { type: 'string' },
    images: { type: 'string' },
    'demo-accounts': { type: 'boolean', default: false },
    'if-empty': { type: 'boolean', default: false },
  },
})

const images = (values.images ?? (values.sessions ? 'pool' : 'each')) as ImageMode
if (!['each', 'pool', 'none'].includes(images)) throw new Error('--images must be each, pool or none')

const programme = values.sessions
  ? generateProgramme({
      sessions: positiveInteger('sessions', values.sessions, 350),
      experts: positiveInteger('experts', values.experts, 1030),
      partners: positiveInteger('partners', values.partners, 130),
      seed: positiveInteger('seed', values.seed, 1),
    })
  : buildDemoProgramme()

const payload = await getPayload({ config })
if (
  values['if-empty'] &&
  (await payload.count({ collection: 'sessions', overrideAccess: true })).totalDocs > 0
) {
  payload.logger.info('The database already holds a programme: nothing to seed.')
  if (isLocalMode()) await seedDemoAccounts(payload)
  process.exit(0)
}
const report = await seedProgramme(payload, programme, {
  images,
  log: (line) => payload.logger.info(`seeding ${line}`),
})
if (isLocalMode() || values['demo-accounts']) await seedDemoAccounts(payload)
payload.logger.info(`seeded ${JSON.stringify(report)}`)
process.exit(0)
