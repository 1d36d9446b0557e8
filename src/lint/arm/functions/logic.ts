import { ExpressionError } from '../errors.js'
import { isUnknown } from '../unknown.js'
import { containsUnknown, deepEqual, derivedUnknown, isInteger } from '../values.js'
import { argBool, define, typeError, type CallSite } from './types.js'

/**
 * Lazy like ARM: only the chosen branch is evaluated, so `if(empty(x), 'none', x.name)` does not fail on the branch
 * not taken. An Unknown condition evaluates both branches and agrees only if they are equal.
 */
function ifFunction(_args: unknown[], site: CallSite): unknown {
  const [conditionNode, whenTrue, whenFalse] = site.nodes as [never, never, never]
  const condition = site.evaluate(conditionNode)
  if (typeof condition === 'boolean') return site.evaluate(condition ? whenTrue : whenFalse)
  if (!isUnknown(condition)) throw typeError(site, 0, 'a boolean', condition)
  let branches: [unknown, unknown]
  try {
    branches = [site.evaluate(whenTrue), site.evaluate(whenFalse)]
  } catch (error) {
    if (mayBeSkipped(error)) return derivedUnknown('if', site.text, [condition])
    throw error
  }
  if (!containsUnknown(branches[0]) && deepEqual(branches[0], branches[1])) return branches[0]
  return derivedUnknown('if', site.text, [condition, ...branches])
}

/**
 * and/or evaluate their operands in order and stop at the first that decides (and(false, x) is false whatever x is),
 * as Bicep's && and || expect: compiled templates guard property reads that way, e.g. and(contains(o, 'a'), o.a).
 * After an Unknown operand, a later one that fails only might fail (ARM stops early if the Unknown decides), so the
 * answer is then Unknown rather than an error.
 */
function andOr(which: 'and' | 'or') {
  const decisive = which === 'or'
  return (_args: unknown[], site: CallSite): unknown => {
    const unknowns: unknown[] = []
    for (let i = 0; i < site.nodes.length; i++) {
      let value: unknown
      try {
        value = site.evaluate(site.nodes[i]!)
      } catch (error) {
        if (unknowns.length > 0 && mayBeSkipped(error)) return derivedUnknown(which, site.text, unknowns)
        throw error
      }
      if (isUnknown(value)) {
        unknowns.push(value)
        continue
      }
      if (argBool(site, [value], 0, i) === decisive) return decisive
    }
    return unknowns.length > 0 ? derivedUnknown(which, site.text, unknowns) : !decisive
  }
}

/** An error ARM would not meet if evaluation stopped before it; the linter's own limits never count as that. */
function mayBeSkipped(error: unknown): boolean {
  return error instanceof ExpressionError && error.code !== 'limit' && error.code !== 'too-deep' && error.code !== 'budget'
}

function compare(which: 'less' | 'lessOrEquals' | 'greater' | 'greaterOrEquals') {
  return (args: unknown[], site: CallSite): boolean => {
    const [a, b] = args
    const bothInts = isInteger(a) && isInteger(b)
    const bothStrings = typeof a === 'string' && typeof b === 'string'
    if (!bothInts && !bothStrings) {
      throw typeError(site, isInteger(a) || typeof a === 'string' ? 1 : 0, 'an integer or a string (both of the same type)', isInteger(a) || typeof a === 'string' ? b : a)
    }
    const order = (a as number | string) < (b as number | string) ? -1 : (a as number | string) > (b as number | string) ? 1 : 0
    switch (which) {
      case 'less':
        return order < 0
      case 'lessOrEquals':
        return order <= 0
      case 'greater':
        return order > 0
      case 'greaterOrEquals':
        return order >= 0
    }
  }
}

function toBool(args: unknown[], site: CallSite): boolean {
  const [value] = args
  if (typeof value === 'boolean') return value
  if (isInteger(value)) return value !== 0
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase()
    if (lower === 'true') return true
    if (lower === 'false') return false
  }
  throw typeError(site, 0, "'true', 'false', an integer or a boolean", value)
}

/**
 * The first non-null argument, evaluated in order and no further (Bicep's ?? compiles to coalesce and relies on it).
 * An Unknown before it might be null, so the answer is Unknown then.
 */
function coalesce(_args: unknown[], site: CallSite): unknown {
  for (const node of site.nodes) {
    const value = site.evaluate(node)
    if (isUnknown(value)) return derivedUnknown('coalesce', site.text, [value])
    if (value !== null && value !== undefined) return value
  }
  return null
}

export const logicFunctions = define(
  { name: 'if', min: 3, max: 3, lazy: true, borrows: true, unknowns: 'none', call: ifFunction },
  { name: 'equals', min: 2, max: 2, unknowns: 'deep', call: (args) => deepEqual(args[0], args[1]) },
  { name: 'not', min: 1, max: 1, call: (args, site) => !argBool(site, args, 0) },
  { name: 'and', min: 2, max: Infinity, lazy: true, unknowns: 'none', call: andOr('and') },
  { name: 'or', min: 2, max: Infinity, lazy: true, unknowns: 'none', call: andOr('or') },
  { name: 'bool', min: 1, max: 1, call: toBool },
  { name: 'true', min: 0, max: 0, call: () => true },
  { name: 'false', min: 0, max: 0, call: () => false },
  { name: 'null', min: 0, max: 0, call: () => null },
  { name: 'less', min: 2, max: 2, call: compare('less') },
  { name: 'lessOrEquals', min: 2, max: 2, call: compare('lessOrEquals') },
  { name: 'greater', min: 2, max: 2, call: compare('greater') },
  { name: 'greaterOrEquals', min: 2, max: 2, call: compare('greaterOrEquals') },
  { name: 'coalesce', min: 1, max: Infinity, lazy: true, borrows: true, unknowns: 'none', call: coalesce }
)
