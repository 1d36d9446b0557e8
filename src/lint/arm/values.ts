import { ExpressionError } from './errors.js'
import { Unknown, isUnknown } from './unknown.js'

export type JsonObject = { [key: string]: unknown }

/** ARM strings in practice stay far below this; the cap keeps a hostile template from exhausting memory. */
export const MAX_STRING_LENGTH = 10 * 1024 * 1024
export const MAX_ARRAY_LENGTH = 1_000_000

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value)
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value)
}

/**
 * Own properties only: `x.constructor` or `x.__proto__` must not reach Object.prototype. On a plain object only the
 * `__proto__` key has a setter to avoid, so the rest is a plain (fast) assignment.
 */
export function setOwn(target: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

export function newObject(entries: Iterable<readonly [string, unknown]> = []): JsonObject {
  const result: JsonObject = {}
  for (const [key, value] of entries) setOwn(result, key, value)
  return result
}

/** ARM property lookups are case-insensitive; an exact match wins. */
export function findKey(object: JsonObject, key: string): string | undefined {
  if (Object.hasOwn(object, key)) return key
  const lower = key.toLowerCase()
  return Object.keys(object).find((k) => k.toLowerCase() === lower)
}

export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return 'string'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (Array.isArray(value)) return 'array'
  if (isUnknown(value)) return 'unknown'
  return 'object'
}

/** A short rendering of a value for error messages. */
export function show(value: unknown): string {
  if (isUnknown(value)) return value.toString()
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > 60 ? text.slice(0, 57) + '...' : text
}

/** Every Unknown inside a value (stops early once a non-deterministic one is seen, since that settles the answer). */
export function collectUnknowns(values: readonly unknown[]): Unknown[] {
  const found: Unknown[] = []
  const stack: unknown[] = [...values]
  while (stack.length > 0) {
    const value = stack.pop()
    if (isUnknown(value)) {
      found.push(value)
      if (!value.deterministic) break
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item)
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) stack.push(value[key])
    }
  }
  return found
}

export function containsUnknown(value: unknown): boolean {
  return collectUnknowns([value]).length > 0
}

/** An Unknown standing for a call's result: deterministic only if every Unknown that flowed into it is. */
export function derivedUnknown(kind: string, text: string, inputs: readonly unknown[]): Unknown {
  return new Unknown(kind, text, collectUnknowns(inputs).every((u) => u.deterministic))
}

/** ARM equality: deep, case-sensitive strings, object key order irrelevant. Iterative so deep data cannot overflow. */
export function deepEqual(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]]
  while (stack.length > 0) {
    const [x, y] = stack.pop()!
    if (x === y) continue
    if (x === undefined || y === undefined) {
      if ((x ?? null) !== (y ?? null)) return false
      continue
    }
    if (isUnknown(x) || isUnknown(y)) return false
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i]])
      continue
    }
    if (isObject(x)) {
      if (!isObject(y)) return false
      const keys = Object.keys(x)
      if (keys.length !== Object.keys(y).length) return false
      for (const key of keys) {
        if (!Object.hasOwn(y, key)) return false
        stack.push([x[key], y[key]])
      }
      continue
    }
    return false
  }
  return true
}

export function checkString(value: string, fn: string): string {
  if (value.length > MAX_STRING_LENGTH) {
    throw new ExpressionError('limit', `The result of ${fn}() is longer than ${MAX_STRING_LENGTH} characters, more than an ARM template can use.`)
  }
  return value
}

export function checkLength(length: number, fn: string): void {
  if (length > MAX_STRING_LENGTH) {
    throw new ExpressionError('limit', `The result of ${fn}() would be longer than ${MAX_STRING_LENGTH} characters, more than an ARM template can use.`)
  }
}

export function checkArray<T>(value: T[], fn: string): T[] {
  if (value.length > MAX_ARRAY_LENGTH) {
    throw new ExpressionError('limit', `The result of ${fn}() has more than ${MAX_ARRAY_LENGTH} items, more than an ARM template can use.`)
  }
  return value
}

/** Compact JSON as ARM's string() produces it; Unknowns render as their `{text}` placeholder. */
export function toJson(value: unknown, fn = 'string'): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (isUnknown(v) ? v.toString() : v))
  return checkString(text ?? 'null', fn)
}

/** How format()/concat() render a scalar: .NET spells booleans True/False. */
export function scalarText(value: unknown, fn: string): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (value === null || value === undefined) return ''
  return toJson(value, fn)
}
