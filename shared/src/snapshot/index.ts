export * from './parse'
export * from './schema'
export * from './lookup'
export * from './vocabularies'
