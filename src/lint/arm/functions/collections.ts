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

/** Cap from the brief: range() is the one function that creates data out of nothing. */
export const MAX_RANGE = 10_000

function uniquePush(target: unknown[], value: unknown): void {
  if (!target.some((existing) => deepEqual(existing, value))) target.push(value)
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
 * (the "deep merge" example in template-functions-object). Iterative, so deeply nested data cannot overflow the stack.
 */
function mergeInto(target: JsonObject, source: JsonObject, site: CallSite): void {
  const pending: [JsonObject, JsonObject][] = [[target, source]]
  while (pending.length > 0) {
    const [into, from] = pending.pop()!
    for (const key of Object.keys(from)) {
      const next = from[key]
      const existing = Object.hasOwn(into, key) ? into[key] : undefined
      const mergeable = (value: unknown): boolean => isObject(value) || isUnknown(value)
      if (mergeable(existing) && mergeable(next) && (isUnknown(existing) || isUnknown(next))) {
        // An Unknown that may be an object could merge or replace: the result at this key is Unknown.
        setOwn(into, key, derivedUnknown('union', site.text, [existing, next]))
      } else if (isObject(existing) && isObject(next)) {
        // Copy before merging: `existing` may belong to an argument, which must not change.
        const copy = newObject(Object.keys(existing).map((k) => [k, existing[k]] as const))
        setOwn(into, key, copy)
        pending.push([copy, next])
      } else {
        setOwn(into, key, next)
      }
    }
  }
}

function union(args: unknown[], site: CallSite): unknown {
  if (sameKind(site, args) === 'array') {
    const result: unknown[] = []
    for (const array of args as unknown[][]) for (const item of array) uniquePush(result, item)
    return checkArray(result, 'union')
  }
  const result: JsonObject = {}
  for (const object of args as JsonObject[]) mergeInto(result, object, site)
  return result
}

function intersection(args: unknown[], site: CallSite): unknown {
  if (sameKind(site, args) === 'array') {
    const [first, ...rest] = args as unknown[][]
    const result: unknown[] = []
    for (const item of first!) {
      if (rest.every((array) => array.some((other) => deepEqual(other, item)))) uniquePush(result, item)
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

/** ARM returns items() sorted by key. */
function items(args: unknown[], site: CallSite): JsonObject[] {
  const object = argObject(site, args, 0)
  return Object.keys(object)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
    .map((key) => newObject([['key', key], ['value', object[key]]]))
}

export const collectionFunctions = define(
  { name: 'createArray', min: 0, max: Infinity, unknowns: 'none', call: (args) => checkArray(args, 'createArray') },
  { name: 'createObject', min: 0, max: Infinity, unknowns: 'none', call: createObject },
  { name: 'union', min: 1, max: Infinity, call: union },
  { name: 'intersection', min: 1, max: Infinity, unknowns: 'deep', call: intersection },
  { name: 'contains', min: 2, max: 2, unknowns: 'deep', call: contains },
  { name: 'length', min: 1, max: 1, call: length },
  { name: 'empty', min: 1, max: 1, call: empty },
  { name: 'first', min: 1, max: 1, call: firstOrLast('first') },
  { name: 'last', min: 1, max: 1, call: firstOrLast('last') },
  { name: 'skip', min: 2, max: 2, call: skipOrTake('skip') },
  { name: 'take', min: 2, max: 2, call: skipOrTake('take') },
  { name: 'range', min: 2, max: 2, call: range },
  { name: 'array', min: 1, max: 1, call: (args) => (Array.isArray(args[0]) ? args[0] : [args[0]]) },
  { name: 'items', min: 1, max: 1, call: items },
  { name: 'objectKeys', min: 1, max: 1, call: (args, site) => Object.keys(argObject(site, args, 0)) },
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
