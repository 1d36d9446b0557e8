/**
 * Whether a template can hold a Lighthouse resource at all, decided without evaluating anything: a resource `type` is
 * always a literal string in ARM, so a template (or a nested deployment, policy or parent resource inside it) whose text
 * never says "Microsoft.ManagedServices", in any casing, has none. `[[`-escaped templates inside policies say it too.
 */

const NEEDLE = /managedservices/i
/** A JSON `\u` escape could spell the name without its letters appearing in the text. */
const UNICODE_ESCAPE = /\\u[0-9a-fA-F]{4}/

/** For a whole file's text: a plain search, as fast as reading the file (no parse, no walk). */
export function textMentionsManagedServices(text: string): boolean {
  return NEEDLE.test(text) || UNICODE_ESCAPE.test(text)
}

const memo = new WeakMap<object, boolean>()

/** For a part of a parsed template: any string in it (not keys) mentions the namespace. Memoised per object. */
export function mentionsManagedServices(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value === 'string' && NEEDLE.test(value)
  const known = memo.get(value)
  if (known !== undefined) return known
  let found = false
  const stack: unknown[] = [value]
  const seen = new Set<object>()
  while (stack.length > 0 && !found) {
    const next = stack.pop()
    if (typeof next === 'string') {
      if (next.length >= 15 && NEEDLE.test(next)) found = true
      continue
    }
    if (next === null || typeof next !== 'object' || seen.has(next)) continue
    seen.add(next)
    const cached = memo.get(next)
    if (cached !== undefined) {
      found = cached
      continue
    }
    if (Array.isArray(next)) for (const item of next) stack.push(item)
    else for (const key in next) stack.push((next as Record<string, unknown>)[key])
  }
  // Only the root is remembered: a negative answer for a child would need the whole child walked, which it was not
  // when the search stopped early.
  memo.set(value, found)
  return found
}
