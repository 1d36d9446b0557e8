import { UnsupportedFormat, dotnetFormat } from '../format.js'
import { Unknown } from '../unknown.js'
import { armGuid } from '../guid.js'
import { uniqueString } from '../unique-string.js'
import { checkArray, checkLength, checkString, containsUnknown, deepEqual, derivedUnknown, isInteger, scalarText } from '../values.js'
import { argInt, argString, argumentError, define, typeError, type CallSite } from './types.js'

/** ARM compares prefixes, suffixes and positions ignoring case (contains() is the case-sensitive one). */
function fold(s: string): string {
  return s.toLowerCase()
}

function stringArgs(site: CallSite, args: unknown[]): string[] {
  return args.map((_, i) => argString(site, args, i))
}

function concat(args: unknown[], site: CallSite): unknown {
  if (args.length > 0 && Array.isArray(args[0])) {
    let total = 0
    for (let i = 0; i < args.length; i++) {
      const value = args[i]
      if (!Array.isArray(value)) throw typeError(site, i, 'an array (the first argument is an array)', value)
      total += value.length
    }
    checkArray({ length: total } as unknown[], 'concat')
    const result: unknown[] = []
    for (const array of args as unknown[][]) for (const item of array) result.push(item)
    return result
  }
  let total = 0
  const parts = args.map((value, i) => {
    if (typeof value === 'string' || isInteger(value) || typeof value === 'boolean') {
      const text = scalarText(value, 'concat')
      total += text.length
      return text
    }
    throw typeError(site, i, 'a string or integer (or all arrays)', value)
  })
  checkLength(total, 'concat')
  return parts.join('')
}

function substring(args: unknown[], site: CallSite): string {
  const s = argString(site, args, 0)
  const start = args.length > 1 ? argInt(site, args, 1) : 0
  if (start < 0 || start > s.length) {
    throw argumentError(site, `start index ${start} is outside the string (length ${s.length}).`)
  }
  const length = args.length > 2 ? argInt(site, args, 2) : s.length - start
  if (length < 0 || start + length > s.length) {
    throw argumentError(site, `start ${start} plus length ${length} runs past the end of the string (length ${s.length}).`)
  }
  return s.slice(start, start + length)
}

function replace(args: unknown[], site: CallSite): string {
  const [s, from, to] = stringArgs(site, args) as [string, string, string]
  if (from === '') throw argumentError(site, 'the string to replace (argument 2) must not be empty.')
  const parts = s.split(from)
  checkLength(s.length + (parts.length - 1) * (to.length - from.length), 'replace')
  return parts.join(to)
}

function split(args: unknown[], site: CallSite): string[] {
  const s = argString(site, args, 0)
  const delimiters = Array.isArray(args[1]) ? args[1] : [args[1]]
  const strings = delimiters.map((d) => {
    if (typeof d !== 'string') throw typeError(site, 1, 'a string or an array of strings', args[1])
    return d
  })
  const usable = strings.filter((d) => d !== '')
  if (usable.length === 0) return [s]
  const result: string[] = []
  let from = 0
  for (;;) {
    let best = -1
    let bestDelimiter = ''
    for (const d of usable) {
      const at = s.indexOf(d, from)
      if (at !== -1 && (best === -1 || at < best)) {
        best = at
        bestDelimiter = d
      }
    }
    if (best === -1) break
    result.push(s.slice(from, best))
    from = best + bestDelimiter.length
  }
  result.push(s.slice(from))
  return checkArray(result, 'split')
}

function padLeft(args: unknown[], site: CallSite): string {
  const s = typeof args[0] === 'number' ? String(args[0]) : argString(site, args, 0)
  const width = argInt(site, args, 1)
  const pad = args.length > 2 ? argString(site, args, 2) : ' '
  if (pad.length !== 1) throw argumentError(site, `the padding must be a single character, not '${pad}'.`)
  checkLength(width, 'padLeft')
  return s.padStart(width, pad)
}

function stringIndexOf(site: CallSite, args: unknown[], which: 'first' | 'last'): number {
  const s = fold(argString(site, args, 0))
  const sub = fold(argString(site, args, 1))
  if (which === 'first') return s.indexOf(sub)
  return sub === '' ? Math.max(0, s.length - 1) : s.lastIndexOf(sub)
}

/**
 * In an array the match is deep and case-sensitive (unlike the string form); an item holding an Unknown might be
 * the match, so reaching one before a known match leaves the answer Unknown.
 */
function arrayIndexOf(site: CallSite, array: unknown[], item: unknown, which: 'first' | 'last'): unknown {
  if (containsUnknown(item)) return derivedUnknown(site.name, site.text, [item])
  for (let step = 0; step < array.length; step++) {
    const i = which === 'first' ? step : array.length - 1 - step
    if (containsUnknown(array[i])) return derivedUnknown(site.name, site.text, [array[i]])
    if (deepEqual(array[i], item)) return i
  }
  return -1
}

function indexOf(which: 'first' | 'last') {
  return (args: unknown[], site: CallSite): unknown => {
    if (Array.isArray(args[0])) return arrayIndexOf(site, args[0], args[1], which)
    if (typeof args[0] !== 'string') throw typeError(site, 0, 'a string or an array', args[0])
    return stringIndexOf(site, args, which)
  }
}

export const stringFunctions = define(
  { name: 'concat', min: 1, max: Infinity, call: concat },
  {
    name: 'format',
    min: 1,
    max: Infinity,
    unknowns: 'deep',
    call: (args, site) => {
      try {
        return dotnetFormat(argString(site, args, 0), args.slice(1))
      } catch (error) {
        // Valid for ARM, not computable here with certainty (e.g. culture-dependent P or C layouts).
        if (error instanceof UnsupportedFormat) return new Unknown('format', site.text)
        throw error
      }
    }
  },
  { name: 'toLower', min: 1, max: 1, call: (args, site) => argString(site, args, 0).toLowerCase() },
  { name: 'toUpper', min: 1, max: 1, call: (args, site) => argString(site, args, 0).toUpperCase() },
  { name: 'trim', min: 1, max: 1, call: (args, site) => argString(site, args, 0).trim() },
  { name: 'replace', min: 3, max: 3, call: replace },
  { name: 'split', min: 2, max: 2, call: split },
  { name: 'substring', min: 1, max: 3, call: substring },
  { name: 'padLeft', min: 2, max: 3, call: padLeft },
  {
    name: 'startsWith',
    min: 2,
    max: 2,
    call: (args, site) => fold(argString(site, args, 0)).startsWith(fold(argString(site, args, 1)))
  },
  {
    name: 'endsWith',
    min: 2,
    max: 2,
    call: (args, site) => fold(argString(site, args, 0)).endsWith(fold(argString(site, args, 1)))
  },
  { name: 'indexOf', min: 2, max: 2, call: indexOf('first') },
  { name: 'lastIndexOf', min: 2, max: 2, call: indexOf('last') },
  {
    name: 'base64',
    min: 1,
    max: 1,
    call: (args, site) => checkString(Buffer.from(argString(site, args, 0), 'utf8').toString('base64'), 'base64')
  },
  {
    name: 'base64ToString',
    min: 1,
    max: 1,
    call: (args, site) => Buffer.from(argString(site, args, 0), 'base64').toString('utf8')
  },
  { name: 'guid', min: 1, max: Infinity, unknowns: 'deep', call: (args, site) => armGuid(stringArgs(site, args)) },
  {
    name: 'uniqueString',
    min: 1,
    max: Infinity,
    unknowns: 'deep',
    call: (args, site) => uniqueString(stringArgs(site, args))
  }
)
