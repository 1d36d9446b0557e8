import { allocate, spend } from './budget.js'
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
  allocate(1)
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
  return preview(value, 60)
}

/**
 * Compact JSON of `value`, cut at `max` characters with '...'. Writes only what it shows: a value built by doubling an
 * array 60 times is a few objects in memory but 2^60 items as JSON text.
 */
export function preview(value: unknown, max: number): string {
  if (typeof value === 'string') return shorten(JSON.stringify(value), max)
  let out = ''
  const stack: unknown[] = [value]
  const token = (text: string): boolean => {
    out += text
    return out.length <= max
  }
  while (stack.length > 0) {
    const next = stack.pop()
    let ok: boolean
    if (next instanceof Raw) ok = token(next.text)
    else if (isUnknown(next)) ok = token(JSON.stringify(next.toString()))
    else if (Array.isArray(next)) {
      ok = token('[')
      stack.push(new Raw(']'))
      for (let i = next.length - 1; i >= 0; i--) {
        stack.push(next[i])
        if (i > 0) stack.push(COMMA)
      }
    } else if (next !== null && typeof next === 'object') {
      ok = token('{')
      stack.push(new Raw('}'))
      const keys = Object.keys(next)
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push((next as JsonObject)[keys[i]!])
        stack.push(new Raw(`${JSON.stringify(keys[i])}:`))
        if (i > 0) stack.push(COMMA)
      }
    } else if (next === undefined) ok = token('null')
    else ok = token(typeof next === 'string' ? JSON.stringify(next.length > max ? next.slice(0, max) : next) : String(next))
    if (!ok) return shorten(out, max)
  }
  return out
}

/** Punctuation on preview's stack, told apart from string values by its class. */
class Raw {
  constructor(readonly text: string) {}
}
const COMMA = new Raw(',')

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 3))}...` : text
}

/**
 * Every Unknown inside a value (stops early once a non-deterministic one is seen, since that settles the answer).
 * Each array and object is visited once: values share parts (a variable used twice), and a value doubled 60 times is
 * 60 objects, not 2^60.
 */
export function collectUnknowns(values: readonly unknown[]): Unknown[] {
  const found: Unknown[] = []
  const stack: unknown[] = [...values]
  let seen: Set<object> | undefined
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object') continue
    if (isUnknown(value)) {
      found.push(value)
      if (!value.deterministic) break
      continue
    }
    if ((seen ??= new Set()).has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      spend(value.length + 1)
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item)
    } else {
      const keys = Object.keys(value)
      spend(keys.length + 1)
      for (const key of keys) {
        const item = (value as JsonObject)[key]
        if (item !== null && typeof item === 'object') stack.push(item)
      }
    }
  }
  return found
}

export function containsUnknown(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  if (isUnknown(value)) return true
  const stack: object[] = [value]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const next = stack.pop()!
    if (seen.has(next)) continue
    seen.add(next)
    const items = Array.isArray(next) ? next : Object.values(next)
    spend(items.length + 1)
    for (const item of items) {
      if (item === null || typeof item !== 'object') continue
      if (isUnknown(item)) return true
      stack.push(item)
    }
  }
  return false
}

/** An Unknown standing for a call's result: deterministic only if every Unknown that flowed into it is. */
export function derivedUnknown(kind: string, text: string, inputs: readonly unknown[]): Unknown {
  return new Unknown(kind, text, collectUnknowns(inputs).every((u) => u.deterministic))
}

/**
 * ARM equality: deep, case-sensitive strings, object key order irrelevant. Iterative so deep data cannot overflow, and
 * each pair of containers is compared once: two values built the same way share their parts, so comparing a value
 * doubled 60 times with its twin is 60 comparisons, not 2^60. (A pair met again is either equal or the answer is
 * already false, so skipping it is sound.)
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'string') chargeCompare(a, b)
  if (a === b) return true
  const stack: unknown[] = [a, b]
  let seen: Map<object, Set<object>> | undefined
  while (stack.length > 0) {
    const y = stack.pop()
    const x = stack.pop()
    if (typeof x === 'string') chargeCompare(x, y)
    if (x === y) continue
    if (x === undefined || y === undefined) {
      if ((x ?? null) !== (y ?? null)) return false
      continue
    }
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false
    if (isUnknown(x) || isUnknown(y)) return false
    seen ??= new Map()
    let pairs = seen.get(x)
    if (pairs?.has(y)) continue
    if (!pairs) seen.set(x, (pairs = new Set()))
    pairs.add(y)
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false
      spend(x.length + 1)
      for (let i = 0; i < x.length; i++) stack.push(x[i], y[i])
      continue
    }
    if (Array.isArray(y)) return false
    const keys = Object.keys(x)
    if (keys.length !== Object.keys(y).length) return false
    spend(keys.length + 1)
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false
      stack.push((x as JsonObject)[key], (y as JsonObject)[key])
    }
  }
  return true
}

/** Two long strings of one length are compared character by character: like reading one (see chargeInputs). */
function chargeCompare(x: string, y: unknown): void {
  if (x.length > 255 && typeof y === 'string' && y.length === x.length) spend(x.length >> 4)
}

/**
 * The length of `value` as compact JSON, or Infinity once it passes `limit` (each shared part is measured once, so a
 * value doubled 60 times is measured in 60 steps and found too long instead of being written out).
 */
export function jsonLength(value: unknown, limit: number): number {
  return measure(value, limit, jsonScalar, jsonOverhead)
}

/**
 * How many values (containers and scalars) `value` holds when walked as a tree, or Infinity once past `limit`: a plain
 * walk that gives up at `limit`, so an ordinary value costs its size and a value with shared parts costs `limit`.
 */
export function treeSize(value: unknown, limit: number): number {
  let count = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const next = stack.pop()
    if (++count > limit) return Infinity
    if (next === null || typeof next !== 'object' || isUnknown(next)) continue
    if (Array.isArray(next)) for (let i = 0; i < next.length; i++) stack.push(next[i])
    else for (const key in next) stack.push((next as JsonObject)[key])
  }
  return count
}

function jsonScalar(item: unknown): number {
  if (item === null || item === undefined) return 4
  if (typeof item === 'string') return item.length + 2
  if (isUnknown(item)) return item.toString().length + 2
  return String(item).length
}

function jsonOverhead(container: object, count: number): number {
  let total = 2 + Math.max(0, count - 1)
  if (!Array.isArray(container)) for (const key of Object.keys(container)) total += key.length + 3
  return total
}

/** Post-order sum over a value, memoised per container so shared parts cost once; no recursion. */
function measure(root: unknown, limit: number, scalar: (item: unknown) => number, overhead: (container: object, count: number) => number): number {
  const isContainer = (v: unknown): v is object => v !== null && typeof v === 'object' && !isUnknown(v)
  if (!isContainer(root)) return scalar(root)
  const sizes = new Map<object, number>()
  const stack: Array<{ value: object; expanded: boolean }> = [{ value: root, expanded: false }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (sizes.has(top.value)) {
      stack.pop()
      continue
    }
    const items = Array.isArray(top.value) ? top.value : Object.values(top.value)
    if (!top.expanded) {
      top.expanded = true
      spend(items.length + 1)
      for (const item of items) if (isContainer(item) && !sizes.has(item)) stack.push({ value: item, expanded: false })
      continue
    }
    stack.pop()
    let total = overhead(top.value, items.length)
    for (const item of items) total += isContainer(item) ? (sizes.get(item) ?? 0) : scalar(item)
    if (total > limit) return Infinity
    sizes.set(top.value, total)
  }
  return sizes.get(root) ?? 0
}

export function checkString(value: string, fn: string): string {
  allocate(value.length >> 4)
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
  if (value !== null && typeof value === 'object' && jsonLength(value, MAX_STRING_LENGTH) > MAX_STRING_LENGTH) {
    throw new ExpressionError('limit', `The result of ${fn}() would be longer than ${MAX_STRING_LENGTH} characters, more than an ARM template can use.`)
  }
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
