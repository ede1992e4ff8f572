import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Astro's rules and the JSX accessibility rules for the site's .astro files; their scripts parse as TypeScript. */
const astroConfigs = [
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
].map((config) => (config.rules && !config.files ? { ...config, files: ['site/**/*.astro'] } : config))

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.next-*/**',
      '**/dist/**',
      '**/.dist-next/**',
      '**/.dist-previous/**',
      '**/.astro/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'cms/src/payload-types.ts',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/src/migrations/**',
      'cms/next-env.d.ts',
      'cms/media/**',
      'cms/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astroConfigs,
  {
    files: ['site/**/*.astro'],
    rules: {
      // A region that scrolls (the day grid) takes the focus, so keyboard users can scroll it (WCAG 2.1.1).
      'astro/jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
)
