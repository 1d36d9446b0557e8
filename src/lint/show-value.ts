import { isUnknown } from './arm/index.js'
import { preview } from './arm/values.js'

/** How to show any value to a person: Unknowns as their expression, strings as they are, the rest as short JSON. */
export function showValue(value: unknown, max = 80): string {
  if (isUnknown(value)) return value.toString()
  if (typeof value === 'string') return value
  if (value === undefined) return '(missing)'
  // Bounded: a value with shared parts can be tiny in memory and astronomically long as text.
  return preview(value, max)
}
