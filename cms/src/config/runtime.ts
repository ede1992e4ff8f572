import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Environment variables, as the process has them or as a test sets them. */
export type Env = Record<string, string | undefined>

const CMS_PACKAGE_NAME = '@programma/cms'

function isCmsFolder(folder: string): boolean {
  const manifest = path.join(folder, 'package.json')
  if (!existsSync(manifest)) return false
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === CMS_PACKAGE_NAME
}

/**
 * The cms/ folder of the checkout this process runs in, found when the process starts: from
 * PROGRAMMA_CMS_ROOT, else the nearest folder up from the working directory that holds the
 * CMS's package.json, else the working directory. Never taken from the module's own URL,
 * which a production build fixes at the place it was built in.
 */
export function resolveCmsRoot(env: Env = process.env, cwd: string = process.cwd()): string {
  if (env.PROGRAMMA_CMS_ROOT) return path.resolve(env.PROGRAMMA_CMS_ROOT)
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    if (isCmsFolder(folder)) return folder
    const candidate = path.join(folder, 'cms')
    if (isCmsFolder(candidate)) return candidate
    if (path.dirname(folder) === folder) return path.resolve(cwd)
  }
}

/** The cms/ folder, resolved at run time (see resolveCmsRoot). */
export const CMS_ROOT = resolveCmsRoot()

/** Local data of the embedded mode: the SQLite file and the generated secret. Git ignores it. */
export const LOCAL_DATA_DIR = path.join(CMS_ROOT, '.data')

/**
 * Local mode is what `npm start` runs on a developer's machine: production build,
 * embedded database, a demo account. Anything else that runs in production must be
 * configured explicitly.
 */
export function isLocalMode(env: Env = process.env): boolean {
  return env.PROGRAMMA_MODE === 'local'
}

export function isProduction(env: Env = process.env): boolean {
  return env.NODE_ENV === 'production' && !isLocalMode(env)
}

export function ensureLocalDataDir(): string {
  mkdirSync(LOCAL_DATA_DIR, { recursive: true })
  return LOCAL_DATA_DIR
}

const MIN_SECRET_LENGTH = 32
const KNOWN_WEAK_SECRETS = new Set(['secret', 'changeme', 'change-me', 'YOUR_SECRET_HERE', 'payload'])

/**
 * PAYLOAD_SECRET signs sessions. In production it must come from the environment and be
 * strong; locally a random one is made once and kept in the git-ignored data folder.
 */
export function resolveSecret(env: Env = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  // `next build` evaluates the config to collect routes but serves nothing: the real
  // secret is only needed, and checked, when the server starts.
  if (!fromEnv && env.NEXT_PHASE === 'phase-production-build') return randomBytes(32).toString('hex')
  if (fromEnv) {
    if (isProduction(env)) assertStrongSecret(fromEnv)
    return fromEnv
  }
  if (isProduction(env)) {
    throw new Error(
      'PAYLOAD_SECRET is not set. In production it must be a random string of at least 32 characters.',
    )
  }
  return readOrCreateLocalSecret()
}

export function assertStrongSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH || KNOWN_WEAK_SECRETS.has(secret)) {
    throw new Error(
      `PAYLOAD_SECRET is too weak for production: use a random string of at least ${MIN_SECRET_LENGTH} characters.`,
    )
  }
}

function readOrCreateLocalSecret(): string {
  const file = path.join(ensureLocalDataDir(), 'secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/**
 * Origins allowed to call the API from a browser (CORS) and to use an editor's session cookie
 * (CSRF): CMS_PUBLIC_URL and CMS_ALLOWED_ORIGINS; in local mode also the CMS's own loopback
 * addresses, so a page on another port or site cannot act as the signed-in editor.
 */
export function allowedOrigins(env: Env = process.env): string[] {
  const configured = (env.CMS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
  const serverUrl = env.CMS_PUBLIC_URL?.trim()
  return [...new Set([...(serverUrl ? [serverUrl] : []), ...configured, ...localOrigins(env)])]
}

function localOrigins(env: Env): string[] {
  if (!isLocalMode(env)) return []
  const port = env.PORT || '3000'
  return ['127.0.0.1', 'localhost', env.HOST]
    .filter((host) => host && host !== '0.0.0.0' && host !== '::')
    .map((host) => `http://${host}:${port}`)
}
