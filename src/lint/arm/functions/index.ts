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

const all = [
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
  ]

/**
 * Keyed by lower-case name (ARM function names are case-insensitive) and by the canonical spelling, which is how
 * nearly every template writes them: one lookup without lower-casing the name first.
 */
export const functions: ReadonlyMap<string, FunctionDef> = new Map(all.flatMap((def) => [[def.name.toLowerCase(), def] as const, [def.name, def] as const]))

export const functionNames: readonly string[] = all.map((def) => def.name)
