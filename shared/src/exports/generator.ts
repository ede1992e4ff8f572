/** Named in every export, as the formats ask. */
export const GENERATOR = { name: 'programma', version: '1' }
