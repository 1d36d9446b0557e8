import { collectionFunctions } from './collections.js'
import { conversionFunctions } from './conversion.js'
import { deploymentFunctions } from './deployment.js'
import { logicFunctions } from './logic.js'
import { numberFunctions } from './numbers.js'
import { stringFunctions } from './strings.js'
import type { FunctionDef } from './types.js'

export type { CallSite, FunctionDef } from './types.js'

/** Keyed by lower-case name: ARM function names are case-insensitive. */
export const functions: ReadonlyMap<string, FunctionDef> = new Map(
  [...stringFunctions, ...collectionFunctions, ...logicFunctions, ...numberFunctions, ...conversionFunctions, ...deploymentFunctions].map(
    (def) => [def.name.toLowerCase(), def] as const
  )
)

export const functionNames: readonly string[] = [...functions.values()].map((def) => def.name)
