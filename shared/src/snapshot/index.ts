export * from './parse'
export * from './schema'
