/** The test layers, in the order `npm test` runs them: fastest and most basic first. */
export interface Stage {
  name: 'unit' | 'int' | 'build' | 'e2e'
  script: `test:${string}`
  covers: string
}

export const STAGES: Stage[] = [
  { name: 'unit', script: 'test:unit', covers: 'shared, the pure logic of cms, site and tools' },
  {
    name: 'int',
    script: 'test:int',
    covers: 'the CMS on the Local API and its route handlers, one database per file',
  },
  { name: 'build', script: 'test:build', covers: 'real Astro builds from snapshots and from a CMS' },
  { name: 'e2e', script: 'test:e2e', covers: 'the whole system under npm start, in Chromium' },
]
