/**
 * `npm run build`: the production build, and a stamp of where and from which sources it was
 * made. The sources are read before the build starts, so an edit made during it leaves the
 * build marked out of date.
 */
import { spawn } from 'node:child_process'

import { sourceDigest, writeBuildStamp } from '../src/config/buildStamp'
import { CMS_ROOT } from '../src/config/runtime'

const sources = sourceDigest(CMS_ROOT)
const code = await new Promise<number>((resolve) => {
  const child = spawn('npx', ['next', 'build', '--webpack'], { cwd: CMS_ROOT, stdio: 'inherit' })
  child.on('error', () => resolve(1))
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
})
if (code === 0) writeBuildStamp(CMS_ROOT, sources)
process.exit(code)
