import { isUnknown } from './arm/index.js'

/** How to show any value to a person: Unknowns as their expression, strings as they are, the rest as short JSON. */
export function showValue(value: unknown, max = 80): string {
  if (isUnknown(value)) return value.toString()
  if (typeof value === 'string') return value
  if (value === undefined) return '(missing)'
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 3)}...` : text
}
