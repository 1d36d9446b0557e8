import { isUnknown } from '../unknown.js'
import { checkString, isObject, newObject, scalarText, toJson } from '../values.js'
import { argString, argumentError, define, type CallSite } from './types.js'

/**
 * JSON.parse creates own properties (so "__proto__" stays a key); the copy through newObject makes every object
 * one we built, and lets us reject values ARM has no type for.
 */
function sanitize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sanitize)
  if (isObject(value)) return newObject(Object.keys(value).map((key) => [key, sanitize(value[key])] as const))
  return value
}

/** Parses JSON text for json() and base64ToJson(); `example` shows a valid call in the error message. */
export function parseJsonText(site: CallSite, text: string, example: string): unknown {
  try {
    return sanitize(JSON.parse(text))
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw argumentError(site, `the string is not valid JSON (${error.message}). ${example}`)
    }
    throw error
  }
}

function json(args: unknown[], site: CallSite): unknown {
  return parseJsonText(site, argString(site, args, 0), `Use double quotes inside, e.g. json('{"a": 1}').`)
}

function string(args: unknown[]): string {
  const [value] = args
  if (Array.isArray(value) || isObject(value) || isUnknown(value)) return toJson(value)
  return checkString(scalarText(value, 'string'), 'string')
}

export const conversionFunctions = define(
  { name: 'json', min: 1, max: 1, call: json },
  { name: 'string', min: 1, max: 1, unknowns: 'deep', call: string }
)
