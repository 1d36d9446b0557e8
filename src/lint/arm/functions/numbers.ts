import { isInteger } from '../values.js'
import { argInt, argumentError, define, typeError, type CallSite } from './types.js'

function checked(site: CallSite, value: number): number {
  if (!Number.isSafeInteger(value)) throw argumentError(site, 'the result is too large for an integer.')
  return value
}

function arithmetic(op: (a: number, b: number, site: CallSite) => number) {
  return (args: unknown[], site: CallSite): number => checked(site, op(argInt(site, args, 0), argInt(site, args, 1), site))
}

function extreme(which: 'min' | 'max') {
  return (args: unknown[], site: CallSite): number => {
    const values = args.length === 1 && Array.isArray(args[0]) ? args[0] : args
    if (values.length === 0) throw argumentError(site, 'needs at least one integer.')
    values.forEach((value) => {
      if (!isInteger(value)) throw typeError(site, 0, 'integers or an array of integers', value)
    })
    let best = values[0] as number
    for (const value of values as number[]) best = which === 'min' ? Math.min(best, value) : Math.max(best, value)
    return best
  }
}

function toInt(args: unknown[], site: CallSite): number {
  const [value] = args
  if (isInteger(value)) return value
  if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) return checked(site, Number(value))
  throw typeError(site, 0, 'an integer or a string of digits', value)
}

/** Decimal text as .NET's invariant double parsing reads it (no thousands separators, no hex). */
const FLOAT_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/

function toFloat(args: unknown[], site: CallSite): number {
  const [value] = args
  if (typeof value === 'number') return value
  if (typeof value === 'string' && FLOAT_TEXT.test(value)) {
    const number = Number(value)
    if (Number.isFinite(number)) return number
  }
  throw typeError(site, 0, "an integer or a string holding a number, such as '1.5'", value)
}

export const numberFunctions = define(
  { name: 'int', min: 1, max: 1, call: toInt },
  { name: 'float', min: 1, max: 1, call: toFloat },
  { name: 'add', min: 2, max: 2, call: arithmetic((a, b) => a + b) },
  { name: 'sub', min: 2, max: 2, call: arithmetic((a, b) => a - b) },
  { name: 'mul', min: 2, max: 2, call: arithmetic((a, b) => a * b) },
  {
    name: 'div',
    min: 2,
    max: 2,
    call: arithmetic((a, b, site) => {
      if (b === 0) throw argumentError(site, 'division by zero.')
      return Math.trunc(a / b)
    })
  },
  {
    name: 'mod',
    min: 2,
    max: 2,
    call: arithmetic((a, b, site) => {
      if (b === 0) throw argumentError(site, 'division by zero.')
      return a % b
    })
  },
  { name: 'min', min: 1, max: Infinity, call: extreme('min') },
  { name: 'max', min: 1, max: Infinity, call: extreme('max') }
)
