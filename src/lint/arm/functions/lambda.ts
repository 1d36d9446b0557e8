import { sourceText, type CallNode, type ExprNode } from '../ast.js'
import { ExpressionError, closest } from '../errors.js'
import { Unknown, isUnknown } from '../unknown.js'
import { derivedUnknown, isObject, newObject, setOwn, show, typeName, type JsonObject } from '../values.js'
import { argString, argumentError, define, typeError, type CallSite, type LambdaScope } from './types.js'

/**
 * Lambda bodies run once per item (twice per comparison for sort), and nested lambdas multiply: a cap on body
 * evaluations per expression keeps `map(range(0, 10000), lambda('i', map(range(0, 10000), ...)))` from running for
 * hours. Real templates stay orders of magnitude below it.
 */
export const MAX_LAMBDA_CALLS = 1_000_000

const TAKERS = 'filter(), groupBy(), map(), mapValues(), reduce(), sort() or toObject()'

export function misplacedLambda(node: CallNode, parent: string | undefined): ExpressionError {
  return new ExpressionError(
    'argument',
    `lambda() at column ${node.start + 1} is ${parent ? `an argument of ${parent}()` : 'not an argument of a function that takes one'}. ARM accepts a lambda only directly as the lambda argument of ${TAKERS}, e.g. map(parameters('names'), lambda('n', toLower(lambdaVariables('n')))).`
  )
}

export function lambdaVariablesOutsideLambda(node: CallNode): ExpressionError {
  return new ExpressionError(
    'reference',
    `${sourceText(node)} at column ${node.start + 1} is outside any lambda. lambdaVariables() reads a variable declared by an enclosing lambda('name', ...) given to ${TAKERS}.`
  )
}

function lambdaVariables(args: unknown[], site: CallSite): unknown {
  const name = argString(site, args, 0)
  if (site.lambdas === undefined) {
    throw new ExpressionError('reference', `lambdaVariables('${name}') is outside any lambda; it only works inside the body of a lambda given to ${TAKERS}.`)
  }
  // ARM names are case-insensitive elsewhere (parameters, variables); an exact match still wins within a frame.
  const lower = name.toLowerCase()
  const visible: string[] = []
  for (let frame: LambdaScope | undefined = site.lambdas; frame !== undefined; frame = frame.parent) {
    let i = frame.names.indexOf(name)
    if (i === -1) i = frame.names.findIndex((n) => n.toLowerCase() === lower)
    if (i !== -1) return frame.values[i]
    visible.push(...frame.names)
  }
  const suggestion = closest(name, visible)
  throw new ExpressionError(
    'reference',
    `lambdaVariables('${name}'): no enclosing lambda declares '${name}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Variables in scope: ${visible.map((n) => `'${n}'`).join(', ')}.`
  )
}

interface Lambda {
  readonly names: readonly string[]
  readonly body: ExprNode
}

/**
 * Reads `lambda('a', ['b', ...] body)` at argument `index` without evaluating the body. `arities` lists the variable
 * counts the function supports; `roles` says what they stand for, for the message.
 */
function lambdaArg(site: CallSite, index: number, arities: readonly number[], roles: string): Lambda {
  const node = site.nodes[index]!
  // evaluate.ts has already checked that only lambda() calls sit at lambda positions.
  const args = (node as CallNode).args
  const nameNodes = args.slice(0, -1)
  if (!arities.includes(nameNodes.length)) {
    throw argumentError(site, `the lambda in argument ${index + 1} declares ${nameNodes.length} variable${nameNodes.length === 1 ? '' : 's'}, but ${site.name}() passes ${roles}. Write it as lambda(${arities[0] === 1 ? "'x'" : "'a', 'b'"}, <expression>).`)
  }
  const names = nameNodes.map((nameNode, i) => {
    const value = site.evaluate(nameNode)
    if (typeof value !== 'string' || value === '') {
      throw argumentError(site, `lambda variable ${i + 1} must be a name in quotes such as 'x', not ${typeName(value)} ${show(value)}.`)
    }
    return value
  })
  const duplicate = names.find((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i)
  if (duplicate !== undefined) throw argumentError(site, `the lambda declares '${duplicate}' twice; give each variable its own name.`)
  return { names, body: args[args.length - 1]! }
}

function apply(site: CallSite, fn: Lambda, values: readonly unknown[]): unknown {
  return site.evaluateLambda(fn.body, fn.names, values.slice(0, fn.names.length))
}

/** The array argument, evaluated; an Unknown array gives the call an Unknown result. */
function inputArray(site: CallSite): unknown[] | Unknown {
  const value = site.evaluate(site.nodes[0]!)
  if (isUnknown(value)) return derivedUnknown(site.name, site.text, [value])
  if (!Array.isArray(value)) throw typeError(site, 0, 'an array', value)
  return value
}

function resultError(site: CallSite, what: string, expected: string, value: unknown, item: number): ExpressionError {
  return argumentError(site, `the ${what} lambda must return ${expected}, but returned ${typeName(value)} ${show(value)} for item ${item}.`)
}

function filter(_args: unknown[], site: CallSite): unknown {
  const fn = lambdaArg(site, 1, [1, 2], 'the item, and optionally its index')
  const array = inputArray(site)
  if (isUnknown(array)) return array
  const result: unknown[] = []
  for (let i = 0; i < array.length; i++) {
    const keep = apply(site, fn, [array[i], i])
    // Which items survive is unknown, so the whole array is.
    if (isUnknown(keep)) return derivedUnknown(site.name, site.text, [keep, array])
    if (typeof keep !== 'boolean') throw resultError(site, 'filter', 'a boolean', keep, i)
    if (keep) result.push(array[i])
  }
  return result
}

/** Items may come out Unknown: the array keeps its known length and known items. */
function map(_args: unknown[], site: CallSite): unknown {
  const fn = lambdaArg(site, 1, [1, 2], 'the item, and optionally its index')
  const array = inputArray(site)
  if (isUnknown(array)) return array
  return array.map((item, i) => apply(site, fn, [item, i]))
}

function reduce(_args: unknown[], site: CallSite): unknown {
  const fn = lambdaArg(site, 2, [2, 3], 'the accumulated value and the next item, and optionally its index')
  const array = inputArray(site)
  if (isUnknown(array)) return array
  let accumulated = site.evaluate(site.nodes[1]!)
  for (let i = 0; i < array.length; i++) accumulated = apply(site, fn, [accumulated, array[i], i])
  return accumulated
}

/** The lambda says whether its first item belongs before its second ("less than"); ties keep their order. */
function sort(_args: unknown[], site: CallSite): unknown {
  const fn = lambdaArg(site, 1, [2], 'the two items to compare')
  const array = inputArray(site)
  if (isUnknown(array)) return array
  let unknown: Unknown | undefined
  const before = (a: unknown, b: unknown): boolean => {
    if (unknown !== undefined) return false
    const result = apply(site, fn, [a, b])
    if (isUnknown(result)) {
      unknown = result
      return false
    }
    if (typeof result !== 'boolean') {
      throw argumentError(site, `the comparison lambda must return a boolean (true when the first item goes first), but returned ${typeName(result)} ${show(result)}.`)
    }
    return result
  }
  const sorted = [...array].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
  return unknown === undefined ? sorted : derivedUnknown(site.name, site.text, [unknown, array])
}

/** A key lambda's result: a string, or the Unknown it came out as (the caller then gives up on the object). */
function keyOf(site: CallSite, fn: Lambda, item: unknown, index: number): string | Unknown {
  const key = apply(site, fn, [item])
  if (isUnknown(key)) return key
  if (typeof key !== 'string') throw resultError(site, 'key', "a string (wrap it in string() if needed)", key, index)
  return key
}

function toObject(_args: unknown[], site: CallSite): unknown {
  const keyFn = lambdaArg(site, 1, [1], 'the item')
  const valueFn = site.nodes.length > 2 ? lambdaArg(site, 2, [1], 'the item') : undefined
  const array = inputArray(site)
  if (isUnknown(array)) return array
  const result: JsonObject = {}
  for (let i = 0; i < array.length; i++) {
    const key = keyOf(site, keyFn, array[i], i)
    // An unknown key leaves the object's shape unknown; an unknown value does not.
    if (isUnknown(key)) return derivedUnknown(site.name, site.text, [key, array])
    setOwn(result, key, valueFn ? apply(site, valueFn, [array[i]]) : array[i])
  }
  return result
}

function groupBy(_args: unknown[], site: CallSite): unknown {
  const fn = lambdaArg(site, 1, [1], 'the item')
  const array = inputArray(site)
  if (isUnknown(array)) return array
  const result: JsonObject = {}
  for (let i = 0; i < array.length; i++) {
    const key = keyOf(site, fn, array[i], i)
    if (isUnknown(key)) return derivedUnknown(site.name, site.text, [key, array])
    if (Object.hasOwn(result, key)) (result[key] as unknown[]).push(array[i])
    else setOwn(result, key, [array[i]])
  }
  return result
}

function mapValues(_args: unknown[], site: CallSite): unknown {
  const fn = lambdaArg(site, 1, [1], 'the value')
  const object = site.evaluate(site.nodes[0]!)
  if (isUnknown(object)) return derivedUnknown(site.name, site.text, [object])
  if (!isObject(object)) throw typeError(site, 0, 'an object', object)
  return newObject(Object.keys(object).map((key) => [key, apply(site, fn, [object[key]])] as const))
}

/** Only reached if a lambda slips past the placement check in evaluate.ts; says the same thing. */
function lambda(_args: unknown[], site: CallSite): never {
  throw new ExpressionError('argument', `${site.text}: ARM accepts a lambda only directly as the lambda argument of ${TAKERS}.`)
}

export const lambdaFunctions = define(
  { name: 'lambda', min: 2, max: Infinity, lazy: true, unknowns: 'none', call: lambda },
  { name: 'lambdaVariables', min: 1, max: 1, borrows: true, call: lambdaVariables },
  { name: 'filter', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: filter },
  { name: 'map', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: map },
  { name: 'reduce', min: 3, max: 3, lazy: true, borrows: true, unknowns: 'none', lambdas: [2], call: reduce },
  { name: 'sort', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: sort },
  { name: 'toObject', min: 2, max: 3, lazy: true, unknowns: 'none', lambdas: [1, 2], call: toObject },
  { name: 'groupBy', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: groupBy },
  { name: 'mapValues', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: mapValues }
)
