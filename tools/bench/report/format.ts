/** How the report writes each kind of figure. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
export const ms = (milliseconds: number) => `${milliseconds.toFixed(0)} ms`
export const seconds = (value: number) => `${value.toFixed(1)} s`
export const mib = (value: number) => `${value.toFixed(0)} MiB`
