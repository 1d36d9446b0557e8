import { spend } from '../budget.js'
import { ExpressionError } from '../errors.js'
import { isUnknown } from '../unknown.js'
import {
  checkArray,
  deepEqual,
  derivedUnknown,
  findKey,
  isObject,
  newObject,
  setOwn,
  type JsonObject
} from '../values.js'
import { argArray, argInt, argObject, argString, argumentError, define, typeError, type CallSite } from './types.js'
import { isInteger, typeName } from '../values.js'

/** Cap from the brief: range() is the one function that creates data out of nothing. */
export const MAX_RANGE = 10_000

/** Adds `value` unless an equal one is there. Scalars are looked up in a set; only arrays and objects are compared. */
function uniquePush(target: unknown[], value: unknown, scalars: Set<unknown>): void {
  if (value === null || typeof value !== 'object') {
    if (scalars.has(value)) return
    scalars.add(value)
    target.push(value)
    return
  }
  spend(target.length)
  if (!target.some((existing) => existing !== null && typeof existing === 'object' && deepEqual(existing, value))) target.push(value)
}

function sameKind(site: CallSite, args: unknown[]): 'array' | 'object' {
  const kind = Array.isArray(args[0]) ? 'array' : isObject(args[0]) ? 'object' : undefined
  if (kind === undefined) throw typeError(site, 0, 'an array or an object', args[0])
  args.forEach((value, i) => {
    if (kind === 'array' ? !Array.isArray(value) : !isObject(value)) {
      throw typeError(site, i, `an ${kind} (like argument 1)`, value)
    }
  })
  return kind
}

/**
 * union() of objects merges nested objects key by key and lets a later value replace anything else, arrays included
 * (the "deep merge" example in template-functions-object). Each pair of objects is merged once and the result reused:
 * objects built from one another (a value doubled 60 times) share their parts, and merging them as trees would take
 * 2^60 steps.
 */
function merge(into: JsonObject, from: JsonObject, site: CallSite, memo: Map<JsonObject, Map<JsonObject, JsonObject>>, depth: number): JsonObject {
  if (into === from) return into
  const known = memo.get(into)?.get(from)
  if (known) return known
  if (depth > MAX_MERGE_DEPTH) throw new ExpressionError('too-deep', `union(): objects nested more than ${MAX_MERGE_DEPTH} levels deep.`)
  spend(1)
  // A new object: `into` may belong to an argument, which must not change.
  const result = newObject(Object.keys(into).map((k) => [k, into[k]] as const))
  for (const key of Object.keys(from)) {
    const next = from[key]
    const existing = Object.hasOwn(result, key) ? result[key] : undefined
    const mergeable = (value: unknown): boolean => isObject(value) || isUnknown(value)
    if (mergeable(existing) && mergeable(next) && (isUnknown(existing) || isUnknown(next))) {
      // An Unknown that may be an object could merge or replace: the result at this key is Unknown.
      setOwn(result, key, derivedUnknown('union', site.text, [existing, next]))
    } else if (isObject(existing) && isObject(next)) {
      setOwn(result, key, merge(existing, next, site, memo, depth + 1))
    } else {
      setOwn(result, key, next)
    }
  }
  let row = memo.get(into)
  if (!row) memo.set(into, (row = new Map()))
  row.set(from, result)
  return result
}

const MAX_MERGE_DEPTH = 512

function union(args: unknown[], site: CallSite): unknown {
  if (sameKind(site, args) === 'array') {
    const result: unknown[] = []
    const scalars = new Set<unknown>()
    for (const array of args as unknown[][]) for (const item of array) uniquePush(result, item, scalars)
    return checkArray(result, 'union')
  }
  const memo = new Map<JsonObject, Map<JsonObject, JsonObject>>()
  let result: JsonObject = {}
  for (const object of args as JsonObject[]) result = merge(result, object, site, memo, 0)
  return result
}

/** An array's scalars in a set (null for undefined, as deepEqual has it) and its arrays and objects apart. */
function lookup(array: unknown[]): { scalars: Set<unknown>; containers: unknown[] } {
  const scalars = new Set<unknown>()
  const containers: unknown[] = []
  for (const item of array) {
    if (item !== null && typeof item === 'object') containers.push(item)
    else scalars.add(item ?? null)
  }
  return { scalars, containers }
}

function intersection(args: unknown[], site: CallSite): unknown {
  if (sameKind(site, args) === 'array') {
    const [first, ...rest] = args as unknown[][]
    const result: unknown[] = []
    const scalars = new Set<unknown>()
    // Scalars are looked up in a set, only arrays and objects compared pairwise (and charged for it): 300 chained
    // intersections of 10,000 numbers took 44 s of uncharged comparisons when every item was compared with every item.
    const others = rest.map(lookup)
    for (const item of first!) {
      spend(rest.length)
      const found =
        item !== null && typeof item === 'object'
          ? others.every((other) => (spend(other.containers.length), other.containers.some((c) => deepEqual(c, item))))
          : others.every((other) => other.scalars.has(item ?? null))
      if (found) uniquePush(result, item, scalars)
    }
    return result
  }
  const [first, ...rest] = args as JsonObject[]
  const result: JsonObject = {}
  for (const key of Object.keys(first!)) {
    if (rest.every((object) => Object.hasOwn(object, key) && deepEqual(object[key], first![key]))) {
      setOwn(result, key, first![key])
    }
  }
  return result
}

function contains(args: unknown[], site: CallSite): boolean {
  const [container, item] = args
  if (typeof container === 'string') {
    if (typeof item !== 'string' && typeof item !== 'number') throw typeError(site, 1, 'a string', item)
    return container.includes(String(item))
  }
  if (Array.isArray(container)) return container.some((element) => deepEqual(element, item))
  if (isObject(container)) {
    if (typeof item !== 'string') throw typeError(site, 1, 'a string (a property name)', item)
    return findKey(container, item) !== undefined
  }
  throw typeError(site, 0, 'a string, array or object', container)
}

function length(args: unknown[], site: CallSite): number {
  const [value] = args
  if (typeof value === 'string' || Array.isArray(value)) return value.length
  if (isObject(value)) return Object.keys(value).length
  throw typeError(site, 0, 'a string, array or object', value)
}

function empty(args: unknown[], site: CallSite): boolean {
  const [value] = args
  if (value === null || value === undefined) return true
  if (typeof value === 'string' || Array.isArray(value)) return value.length === 0
  if (isObject(value)) return Object.keys(value).length === 0
  throw typeError(site, 0, 'a string, array, object or null', value)
}

function sliceLike(site: CallSite, args: unknown[]): string | unknown[] {
  const value = args[0]
  if (typeof value === 'string' || Array.isArray(value)) return value
  throw typeError(site, 0, 'a string or an array', value)
}

function firstOrLast(which: 'first' | 'last') {
  return (args: unknown[], site: CallSite): unknown => {
    const value = sliceLike(site, args)
    if (value.length === 0) return typeof value === 'string' ? '' : null
    return typeof value === 'string'
      ? (which === 'first' ? value[0] : value[value.length - 1])
      : (which === 'first' ? value[0] : value[value.length - 1])
  }
}

function createObject(args: unknown[], site: CallSite): unknown {
  if (args.length % 2 !== 0) {
    throw argumentError(site, `takes key/value pairs, but got ${args.length} arguments (an odd number). Add the missing value.`)
  }
  // Values may be Unknown (the object still has a known shape); an Unknown key leaves the shape unknown.
  if (args.some((value, i) => i % 2 === 0 && isUnknown(value))) return derivedUnknown('createObject', site.text, args)
  const result: JsonObject = {}
  for (let i = 0; i < args.length; i += 2) setOwn(result, argString(site, args, i), args[i + 1])
  return result
}

function range(args: unknown[], site: CallSite): number[] {
  const start = argInt(site, args, 0)
  const count = argInt(site, args, 1)
  if (count < 0) throw argumentError(site, `the count ${count} must not be negative.`)
  if (count > MAX_RANGE) {
    throw new ExpressionError('limit', `range(): a count of ${count} is over the limit of ${MAX_RANGE} items.`)
  }
  if (!Number.isSafeInteger(start + count)) throw argumentError(site, 'start plus count is too large.')
  return Array.from({ length: count }, (_, i) => start + i)
}

function skipOrTake(which: 'skip' | 'take') {
  return (args: unknown[], site: CallSite): unknown => {
    const value = sliceLike(site, args)
    const count = Math.min(Math.max(argInt(site, args, 1), 0), value.length)
    return which === 'skip' ? value.slice(count) : value.slice(0, count)
  }
}

/** One step of tryGet's path: a property name, an array index, or `{value, fromEnd}` (what Bicep's `[?^n]` emits). */
function tryStep(site: CallSite, value: unknown, key: unknown, index: number): unknown {
  if (isObject(key) && !isObject(value)) {
    // An index from the end: createObject('value', n, 'fromEnd', true()).
    const n = key.value
    if (!Array.isArray(value) || !isInteger(n)) return null
    const at = key.fromEnd === true ? value.length - n : n
    return at >= 0 && at < value.length ? value[at] : null
  }
  if (Array.isArray(value)) {
    if (!isInteger(key)) {
      if (typeof key === 'string') return null
      throw typeError(site, index, 'an array index (an integer)', key)
    }
    return key >= 0 && key < value.length ? value[key] : null
  }
  if (isObject(value)) {
    if (typeof key !== 'string') {
      if (isInteger(key)) return null
      throw typeError(site, index, 'a property name (a string)', key)
    }
    const found = findKey(value, key)
    return found === undefined ? null : value[found]
  }
  // tryGet(null, ...) is what Bicep's a.?b.?c reads when a.?b is missing: null all the way.
  return null
}

/** Follows `keys` from `start` with tryGet's rules: a missing property, an index out of range or a null gives null. */
function tryPath(site: CallSite, start: unknown, keys: readonly unknown[], firstIndex: number): unknown {
  let value = start
  for (let i = 0; i < keys.length; i++) {
    if (value === null || value === undefined) return null
    if (isUnknown(value)) return derivedUnknown(site.name, site.text, [value])
    value = tryStep(site, value, keys[i], firstIndex + i)
  }
  return value ?? null
}

/**
 * tryGet(itemToTest, keyOrIndex, ...): the value, or null when it is missing (template-functions-object#tryget). The
 * reference documents two arguments; compiled Bicep passes a whole path (`a.?b.c` is tryGet(a, 'b', 'c')).
 */
function tryGet(args: unknown[], site: CallSite): unknown {
  return tryPath(site, args[0], args.slice(1), 1)
}

function fromEnd(site: CallSite, args: unknown[]): { array: unknown[]; at: number } {
  if (!Array.isArray(args[0])) throw typeError(site, 0, 'an array', args[0])
  const n = argInt(site, args, 1)
  return { array: args[0], at: args[0].length - n }
}

/** indexFromEnd(sourceArray, reverseIndex): reverseIndex 1 is the last item (template-functions-array#indexfromend). */
function indexFromEnd(args: unknown[], site: CallSite): unknown {
  const { array, at } = fromEnd(site, args)
  const n = args[1] as number
  if (n < 1 || at < 0) {
    throw new ExpressionError(
      'reference',
      `${site.text}: index ${n} from the end is out of range; the array has ${array.length} item${array.length === 1 ? '' : 's'} (1 is the last one). Use tryIndexFromEnd() to get null instead.`
    )
  }
  return array[at]
}

/** tryIndexFromEnd(sourceArray, reverseIndex, ...): null when out of range; further arguments continue as tryGet's path. */
function tryIndexFromEnd(args: unknown[], site: CallSite): unknown {
  if (args[0] === null) return null
  const { array, at } = fromEnd(site, args)
  const n = args[1] as number
  const item = n >= 1 && at >= 0 ? array[at] : null
  return tryPath(site, item, args.slice(2), 2)
}

/**
 * shallowMerge(inputArray): the objects merged key by key, a later value replacing an earlier one whole
 * (template-functions-object#shallowmerge). An Unknown item may hold any keys, so the result is then Unknown.
 */
function shallowMerge(args: unknown[], site: CallSite): unknown {
  const items = argArray(site, args, 0)
  const result: JsonObject = {}
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (isUnknown(item)) return derivedUnknown(site.name, site.text, [item])
    if (item === null || item === undefined) continue
    if (!isObject(item)) throw unsupported(site, `item ${i} of the array is ${typeName(item)}, not an object`)
    for (const key of Object.keys(item)) setOwn(result, key, item[key])
  }
  return result
}

/**
 * flatten(arrayToFlatten): the items of the inner arrays, one level deep, in order (Bicep's flatten(), which compiles
 * to the ARM function of the same name).
 */
function flatten(args: unknown[], site: CallSite): unknown {
  const outer = argArray(site, args, 0)
  const result: unknown[] = []
  for (let i = 0; i < outer.length; i++) {
    const inner = outer[i]
    if (isUnknown(inner)) return derivedUnknown(site.name, site.text, [inner])
    if (!Array.isArray(inner)) throw unsupported(site, `item ${i} is ${typeName(inner)}, not an array`)
    checkArray({ length: result.length + inner.length } as unknown[], 'flatten')
    for (const item of inner) result.push(item)
  }
  return result
}

/**
 * A value the reference does not say what ARM does with: not an error this linter can be sure of, so it is reported
 * as "could not be checked" (code 'unsupported').
 */
function unsupported(site: CallSite, what: string): ExpressionError {
  return new ExpressionError('unsupported', `${site.name}(): ${what}; the ARM reference does not say what ARM does then, so what depends on it was not checked`)
}

/** ARM returns items() sorted by key. */
function items(args: unknown[], site: CallSite): JsonObject[] {
  const object = argObject(site, args, 0)
  return Object.keys(object)
    .sort(byKeyIgnoringCase)
    .map((key) => newObject([['key', key], ['value', object[key]]]))
}

function byKeyIgnoringCase(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

export const collectionFunctions = define(
  { name: 'createArray', min: 0, max: Infinity, unknowns: 'none', call: (args) => checkArray(args, 'createArray') },
  { name: 'createObject', min: 0, max: Infinity, unknowns: 'none', call: createObject },
  { name: 'union', min: 1, max: Infinity, call: union },
  { name: 'intersection', min: 1, max: Infinity, unknowns: 'deep', call: intersection },
  { name: 'contains', min: 2, max: 2, unknowns: 'deep', call: contains },
  { name: 'length', min: 1, max: 1, call: length },
  { name: 'empty', min: 1, max: 1, call: empty },
  { name: 'first', min: 1, max: 1, borrows: true, call: firstOrLast('first') },
  { name: 'last', min: 1, max: 1, borrows: true, call: firstOrLast('last') },
  { name: 'skip', min: 2, max: 2, call: skipOrTake('skip') },
  { name: 'take', min: 2, max: 2, call: skipOrTake('take') },
  { name: 'range', min: 2, max: 2, call: range },
  { name: 'array', min: 1, max: 1, borrows: true, call: (args) => (Array.isArray(args[0]) ? args[0] : [args[0]]) },
  { name: 'items', min: 1, max: 1, call: items },
  // Sorted without regard to case, as ARM returns them (Azure/bicep#14057).
  { name: 'objectKeys', min: 1, max: 1, call: (args, site) => Object.keys(argObject(site, args, 0)).sort(byKeyIgnoringCase) },
  { name: 'tryGet', min: 2, max: Infinity, borrows: true, call: tryGet },
  { name: 'indexFromEnd', min: 2, max: 2, borrows: true, call: indexFromEnd },
  { name: 'tryIndexFromEnd', min: 2, max: Infinity, borrows: true, call: tryIndexFromEnd },
  { name: 'shallowMerge', min: 1, max: 1, call: shallowMerge },
  { name: 'flatten', min: 1, max: 1, call: flatten },
  {
    name: 'join',
    min: 2,
    max: 2,
    unknowns: 'deep',
    call: (args, site) => {
      const array = argArray(site, args, 0)
      const delimiter = argString(site, args, 1)
      return array
        .map((item) => {
          if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
            throw typeError(site, 0, 'an array of strings', args[0])
          }
          return String(item)
        })
        .join(delimiter)
    }
  }
)
