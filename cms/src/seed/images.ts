import sharp from 'sharp'

import type { Random } from './random'

/**
 * Demo pictures drawn locally as SVG and rasterised by sharp: illustrated portraits and
 * geometric logo marks. No text is drawn, so no font needs to be installed.
 */

const BACKGROUNDS = [
  ['#dbe7f5', '#b8cff0'],
  ['#f5e6d8', '#efcfb1'],
  ['#e2f0e4', '#c2dfc7'],
  ['#ece3f5', '#d2c0ea'],
  ['#f6e0e4', '#ecbfc8'],
  ['#e0eff2', '#b9dde4'],
] as const
const SKIN = ['#f2d3bd', '#e8b894', '#d39c76', '#b97e5a', '#f5dccb', '#8d5a3b'] as const
const HAIR = ['#2b1d14', '#4a3121', '#7a5433', '#b58a5a', '#d8c19a', '#5c5c5c', '#1b1b1b'] as const
const CLOTHES = ['#1f3b63', '#3f4e5c', '#6b2d3f', '#2f5d50', '#4b3f72', '#8a5a1f', '#263238'] as const
const BRAND = [
  '#1f5fbf',
  '#d9480f',
  '#2b8a3e',
  '#862e9c',
  '#0b7285',
  '#c2255c',
  '#e67700',
  '#364fc7',
] as const

const HAIR_CAP = 'M200 335 Q188 205 300 200 Q412 205 400 335 Q392 262 300 250 Q208 262 200 335Z'

/** Hair behind the head (drawn first) and over it (drawn last), by style. */
function hairLayers(style: number, colour: string): { behind: string; over: string } {
  const cap = `<path d="${HAIR_CAP}" fill="${colour}"/>`
  switch (style) {
    case 0: // short
      return { behind: '', over: cap }
    case 1: // long
      return {
        behind: `<rect x="190" y="240" width="220" height="260" rx="90" fill="${colour}"/>`,
        over: cap,
      }
    case 2: // bun
      return { behind: `<circle cx="300" cy="195" r="48" fill="${colour}"/>`, over: cap }
    default: // close-cropped
      return { behind: '', over: `<path d="${HAIR_CAP}" fill="${colour}" opacity="0.55"/>` }
  }
}

export function portraitSvg(random: Random): string {
  const [from, to] = random.pick(BACKGROUNDS)
  const skin = random.pick(SKIN)
  const clothes = random.pick(CLOTHES)
  const hair = hairLayers(random.int(0, 3), random.pick(HAIR))
  const collar = random.chance(0.5)
    ? `<path d="M270 560 L300 610 L330 560Z" fill="#ffffff" opacity="0.9"/>`
    : `<rect x="285" y="560" width="30" height="90" fill="#ffffff" opacity="0.25"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="600" viewBox="0 0 600 750">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="600" height="750" fill="url(#bg)"/>
  ${hair.behind}
  <path d="M90 750 Q100 560 300 545 Q500 560 510 750Z" fill="${clothes}"/>
  ${collar}
  <rect x="265" y="440" width="70" height="120" rx="30" fill="${skin}"/>
  <ellipse cx="300" cy="330" rx="98" ry="122" fill="${skin}"/>
  ${hair.over}
</svg>`
}

function markFor(kind: string, colour: string, accent: string, variant: number): string {
  if (kind === 'region') {
    return `<path d="M320 60 L480 60 L480 210 Q480 300 400 340 Q320 300 320 210Z" fill="${colour}"/>
      <rect x="320" y="${120 + variant * 10}" width="160" height="40" fill="${accent}"/>`
  }
  if (kind === 'institution') {
    return `<path d="M300 150 L400 80 L500 150Z" fill="${colour}"/>
      ${[320, 370, 420, 470].map((x) => `<rect x="${x - 8}" y="165" width="16" height="120" fill="${colour}"/>`).join('')}
      <rect x="300" y="290" width="200" height="24" fill="${accent}"/>`
  }
  const shapes = [
    `<circle cx="370" cy="200" r="110" fill="${colour}"/><circle cx="450" cy="200" r="110" fill="${accent}" opacity="0.85"/>`,
    `<rect x="290" y="90" width="220" height="220" rx="48" fill="${colour}"/><circle cx="400" cy="200" r="62" fill="${accent}"/>`,
    `<path d="M290 310 L400 90 L510 310Z" fill="${colour}"/><circle cx="400" cy="250" r="45" fill="${accent}"/>`,
    `<rect x="290" y="90" width="100" height="220" fill="${colour}"/><rect x="410" y="150" width="100" height="160" fill="${accent}"/>`,
  ]
  return shapes[variant % shapes.length] as string
}

export function logoSvg(random: Random, kind: string): string {
  const colour = random.pick(BRAND)
  const accent = random.pick(BRAND.filter((candidate) => candidate !== colour))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240" viewBox="0 0 800 400">
  <rect width="800" height="400" fill="#ffffff"/>
  ${markFor(kind, colour, accent, random.int(0, 3))}
</svg>`
}

export async function svgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer()
}
