/**
 * How the report writes each kind of figure. A figure that was not measured (NaN, which JSON
 * keeps as null) is written as a dash rather than stopping the whole report.
 */
export function fixed(value: number | null, digits: number): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '—'
}

export const kb = (bytes: number) => `${fixed(bytes / 1024, 1)} KB`
export const mb = (bytes: number) => `${fixed(bytes / 1024 / 1024, 2)} MB`
export const ms = (milliseconds: number) => `${fixed(milliseconds, 0)} ms`
export const seconds = (value: number) => `${fixed(value, 1)} s`
export const mib = (value: number) => `${fixed(value, 0)} MiB`
