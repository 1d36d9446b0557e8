import { cidrFunctions } from './cidr.js'
import { collectionFunctions } from './collections.js'
import { conversionFunctions } from './conversion.js'
import { dateFunctions } from './dates.js'
import { deploymentFunctions } from './deployment.js'
import { encodingFunctions } from './encoding.js'
import { lambdaFunctions } from './lambda.js'
import { logicFunctions } from './logic.js'
import { numberFunctions } from './numbers.js'
import { stringFunctions } from './strings.js'
import type { FunctionDef } from './types.js'

export type { CallSite, FunctionDef } from './types.js'

/** Keyed by lower-case name: ARM function names are case-insensitive. */
export const functions: ReadonlyMap<string, FunctionDef> = new Map(
  [
    ...stringFunctions,
    ...encodingFunctions,
    ...collectionFunctions,
    ...lambdaFunctions,
    ...logicFunctions,
    ...numberFunctions,
    ...conversionFunctions,
    ...dateFunctions,
    ...cidrFunctions,
    ...deploymentFunctions
  ].map((def) => [def.name.toLowerCase(), def] as const)
)

export const functionNames: readonly string[] = [...functions.values()].map((def) => def.name)
