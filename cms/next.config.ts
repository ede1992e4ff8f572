import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { distDirName } from './src/config/buildStamp'

export const SECURITY_HEADERS = [
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

const nextConfig: NextConfig = {
  // A test run builds into a folder of its own, so it never replaces the build `npm start` serves.
  distDir: distDirName(),
  transpilePackages: ['@programma/shared'],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole workspace; the production build need not do it again.
  typescript: { ignoreBuildErrors: true },
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  // The admin and the API are never framed, never sniffed, and tell browsers to stay on HTTPS
  // (ignored over plain http, as under `npm start`).
  headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
