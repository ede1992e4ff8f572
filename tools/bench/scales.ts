/** The programmes the bench measures: the demo, one edition at the reference scale, ten years. */
export interface Scale {
  name: string
  label: string
  /** Arguments for scripts/seed.ts; none means the demo programme. */
  seedArguments: string[]
  /** Builds and snapshots repeated for a median where that is cheap. */
  repeats: number
}

export const SCALES: Scale[] = [
  { name: 'demo', label: 'Demo (ММСО 2020 and 2022)', seedArguments: [], repeats: 3 },
  {
    name: 'reference',
    label: 'One edition at the reference scale: 350 sessions, 1,030 experts, 130 partners',
    seedArguments: [
      '--sessions',
      '350',
      '--experts',
      '1030',
      '--partners',
      '130',
      '--seed',
      '7',
      '--images',
      'pool',
    ],
    repeats: 3,
  },
  {
    name: 'archive',
    label: 'A ten-year archive: 3,500 sessions, 10,000 experts, 1,300 partners',
    seedArguments: [
      '--sessions',
      '3500',
      '--experts',
      '10000',
      '--partners',
      '1300',
      '--seed',
      '7',
      '--images',
      'pool',
    ],
    repeats: 1,
  },
]
