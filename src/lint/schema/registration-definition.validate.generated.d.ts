// Types for the generated standalone validator (scripts/generate-validator.mjs).
import type { ValidateFunction } from 'ajv'

export declare const validate: ValidateFunction
export default validate
