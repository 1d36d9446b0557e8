import { ExpressionError } from './errors.js'
import { MAX_STRING_LENGTH, isInteger, scalarText } from './values.js'

/**
 * A specifier ARM accepts (it formats as .NET does) whose output we cannot be sure of offline, e.g. culture-dependent
 * percent or currency layouts: format() then yields an Unknown rather than a false error on a valid template.
 */
export class UnsupportedFormat extends Error {}

/** Custom numeric formats made only of `0` and `#` (`000`, `#00`): zero-padding, the common naming pattern. */
function formatDigitsPattern(value: number, spec: string): string | undefined {
  if (!/^[0#]+$/.test(spec)) return undefined
  const zeros = spec.length - spec.replace(/0/g, '').length
  return (value < 0 ? '-' : '') + String(Math.abs(value)).padStart(zeros, '0')
}

function formatInteger(value: number, spec: string): string | undefined {
  const custom = formatDigitsPattern(value, spec)
  if (custom !== undefined) return custom
  const fixed = /^([FfGg])(\d{0,2})$/.exec(spec)
  if (fixed) {
    const kind = fixed[1]!.toUpperCase()
    const precision = fixed[2] === '' ? undefined : Number(fixed[2])
    // An integer under G needs scientific notation only when the precision is shorter than its digits.
    if (kind === 'G') return precision === undefined || precision === 0 || precision >= String(Math.abs(value)).length ? String(value) : undefined
    const decimals = precision ?? 2
    return String(value) + (decimals > 0 ? '.' + '0'.repeat(decimals) : '')
  }
  const match = /^([DdXxNn])(\d{0,2})$/.exec(spec)
  if (!match) return undefined
  const kind = match[1]!.toUpperCase()
  const precision = match[2] === '' ? undefined : Number(match[2])
  const negative = value < 0
  const magnitude = Math.abs(value)
  let digits: string
  if (kind === 'D') {
    digits = String(magnitude).padStart(precision ?? 0, '0')
    return (negative ? '-' : '') + digits
  }
  if (kind === 'X') {
    // .NET renders negative integers as two's complement; ARM integers are 64-bit.
    const hex = (negative ? (BigInt.asUintN(64, BigInt(value))).toString(16) : magnitude.toString(16)).padStart(precision ?? 0, '0')
    return match[1] === 'X' ? hex.toUpperCase() : hex
  }
  digits = magnitude.toLocaleString('en-US')
  const decimals = precision ?? 2
  return (negative ? '-' : '') + digits + (decimals > 0 ? '.' + '0'.repeat(decimals) : '')
}

/** .NET composite formatting as ARM's format() does it: `{0}`, `{0:D3}`, `{0,5}`, `{{`/`}}` escapes. */
export function dotnetFormat(template: string, args: readonly unknown[]): string {
  const out: string[] = []
  let size = 0
  const push = (s: string): void => {
    size += s.length
    if (size > MAX_STRING_LENGTH) {
      throw new ExpressionError('limit', `The result of format() is longer than ${MAX_STRING_LENGTH} characters.`)
    }
    out.push(s)
  }
  let i = 0
  while (i < template.length) {
    const open = template.indexOf('{', i)
    const closeOnly = template.indexOf('}', i)
    if (closeOnly !== -1 && (open === -1 || closeOnly < open)) {
      if (template[closeOnly + 1] !== '}') {
        throw new ExpressionError('argument', `format(): unmatched '}' at position ${closeOnly} of the format string. Write '}}' for a literal brace.`)
      }
      push(template.slice(i, closeOnly + 1))
      i = closeOnly + 2
      continue
    }
    if (open === -1) {
      push(template.slice(i))
      break
    }
    push(template.slice(i, open))
    if (template[open + 1] === '{') {
      push('{')
      i = open + 2
      continue
    }
    const close = template.indexOf('}', open)
    const item = close === -1 ? null : /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::(.*))?$/s.exec(template.slice(open + 1, close))
    if (close === -1 || !item) {
      throw new ExpressionError(
        'argument',
        `format(): invalid placeholder at position ${open} of the format string. Use {0}, {1:D2}, ...; write '{{' for a literal brace.`
      )
    }
    const index = Number(item[1])
    if (index >= args.length) {
      throw new ExpressionError(
        'argument',
        `format(): placeholder {${index}} refers to argument ${index + 2}, but only ${args.length} value${args.length === 1 ? '' : 's'} follow the format string.`
      )
    }
    const value = args[index]
    const spec = item[3] ?? ''
    let text: string
    if (spec !== '' && isInteger(value)) {
      const formatted = formatInteger(value, spec)
      if (formatted === undefined) throw new UnsupportedFormat(spec)
      text = formatted
    } else {
      text = scalarText(value, 'format')
    }
    if (item[2] !== undefined) {
      const width = Number(item[2])
      if (Math.abs(width) > 10_000) throw new ExpressionError('limit', `format(): alignment ${width} is too wide.`)
      text = width < 0 ? text.padEnd(-width) : text.padStart(width)
    }
    push(text)
    i = close + 1
  }
  return out.join('')
}
