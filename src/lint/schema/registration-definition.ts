/**
 * ajv validation of a resolved registration definition against registration-definition.schema.json.
 *
 * Unknown placeholders (values known only at deployment) must not fail the schema. They are replaced by `null` and
 * every ajv error at or below a replaced path is dropped: the key stays present (so `required` holds) and nothing is
 * claimed about a value nobody knows. A stand-in value of the "right" type would need a schema walk per path and
 * could still trip keywords like `enum`; dropping errors is simpler and exact.
 */
import type { ErrorObject } from 'ajv'
import { isUnknown } from '../arm/unknown.js'
// ajv's standalone output for registration-definition.schema.json, compiled at build time
// (scripts/generate-validator.mjs): compiling at run time cost about 40 ms of every cold start.
import { validate } from './registration-definition.validate.generated.js'

export interface ShapeError {
  /** JSON Pointer of the offending value, e.g. `/properties/authorizations/0/principalId`. */
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message: string
}

/** Deep copy with Unknowns as null; `unknownPaths` collects the JSON Pointers replaced. */
function stripUnknowns(value: unknown, path: string, unknownPaths: string[], depth = 0): unknown {
  if (isUnknown(value)) {
    unknownPaths.push(path)
    return null
  }
  // Resolved values are trees, but a defensive bound keeps a pathological value from exhausting the stack.
  if (depth > 64) return value
  if (Array.isArray(value)) return value.map((v, i) => stripUnknowns(v, `${path}/${i}`, unknownPaths, depth + 1))
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a `__proto__` key stays a key to validate, not a new prototype.
      Object.defineProperty(out, k, { value: stripUnknowns(v, `${path}/${escapePointer(k)}`, unknownPaths, depth + 1), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return value
}

function containsUnknown(value: unknown, depth: number): boolean {
  if (isUnknown(value)) return true
  if (value === null || typeof value !== 'object' || depth > 64) return false
  if (Array.isArray(value)) return value.some((v) => containsUnknown(v, depth + 1))
  for (const key in value) if (containsUnknown((value as Record<string, unknown>)[key], depth + 1)) return true
  return false
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Shape errors of `{ properties, plan }`; empty when it conforms or when the unknown parts could make it conform. */
export function validateRegistrationDefinition(resource: { properties: unknown; plan: unknown }): ShapeError[] {
  const unknownPaths: string[] = []
  // Most definitions resolve fully: validate them as they are, and copy only when there is an Unknown to strip.
  const strip = (value: unknown, path: string): unknown => (containsUnknown(value, 0) ? stripUnknowns(value, path, unknownPaths) : value)
  const data: Record<string, unknown> = { properties: strip(resource.properties, '/properties') }
  if (resource.plan !== undefined) data.plan = strip(resource.plan, '/plan')
  if (validate(data)) return []
  const errors = (validate.errors ?? []) as ErrorObject[]
  return errors
    .filter((e) => !unknownPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)))
    .map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params as Record<string, unknown>, message: e.message ?? e.keyword }))
}
