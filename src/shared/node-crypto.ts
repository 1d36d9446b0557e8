import { createRequire } from 'node:module'

type NodeCrypto = typeof import('node:crypto')

let loaded: NodeCrypto | undefined

/**
 * node:crypto, loaded on first use: loading it takes ~5 ms of a CLI start-up, and most lint runs never hash anything
 * (guid() in a template, a temporary file name for --output). `process.getBuiltinModule` from Node 20.16 on.
 */
export function nodeCrypto(): NodeCrypto {
  return (loaded ??= (process.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined) ?? (createRequire(import.meta.url)('node:crypto') as NodeCrypto))
}
