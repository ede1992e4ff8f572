import { defineConfig } from 'vitest/config'

/** Two layers: `unit` (pure logic, seconds) and `int` (a real Payload on its own database per file). */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**'],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each file starts its own Payload on its own database; two at a time suit a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
})
