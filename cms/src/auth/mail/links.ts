import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

/**
 * The CMS's own origin for links in mails: the configured server URL, else the request's
 * origin only when it is one the CMS trusts (CORS/CSRF), so a forged Host header cannot send
 * a reset link to someone else's site.
 */
function trustedOrigin(req: PayloadRequest): string {
  const { serverURL, csrf } = req.payload.config
  if (serverURL) return serverURL
  try {
    const url = new URL(req.url ?? '')
    const host = req.headers?.get('host')
    const origin = host ? `${url.protocol}//${host}` : ''
    return origin && csrf.includes(origin) ? origin : ''
  } catch {
    return ''
  }
}

/** The admin's page where the holder of `token` chooses a new password. */
export function resetPasswordURL(req: PayloadRequest, token: string): string {
  const { config } = req.payload
  return formatAdminURL({
    adminRoute: config.routes.admin,
    path: `${config.admin.routes.reset}/${token}` as `/${string}`,
    serverURL: trustedOrigin(req),
  })
}
