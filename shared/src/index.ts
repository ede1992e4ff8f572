export * from './locales'
export * from './slug'
export * from './time'
export * from './vocabulary'
