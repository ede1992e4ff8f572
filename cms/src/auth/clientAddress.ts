import type { Env } from '../config/runtime'

/**
 * The address a request came from, as far as it can be trusted. Next writes the socket's
 * address into X-Forwarded-For only when the request has none; each proxy in front of the CMS
 * appends the address it saw. With TRUSTED_PROXY_HOPS=n (the proxies in front, 0 when clients
 * connect directly) the n-th address from the right is the client's, the last one with none:
 * an address a client writes itself is then at worst its own.
 */
export function clientAddress(headers: Headers, env: Env = process.env): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const hops = Math.max(1, Number(env.TRUSTED_PROXY_HOPS ?? 0) || 0)
  return forwarded[Math.max(0, forwarded.length - hops)] ?? 'unknown'
}
