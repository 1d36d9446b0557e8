/**
 * Whether a template can hold a Lighthouse resource at all, decided without evaluating anything: a resource `type` is
 * always a literal string in ARM, so a template (or a nested deployment, policy or parent resource inside it) whose text
 * never says "Microsoft.ManagedServices", in any casing, has none. `[[`-escaped templates inside policies say it too.
 */

const NEEDLE = /managedservices/i
/** The name, or a JSON `\u` escape, which could spell the name without its letters appearing in the text. */
const NEEDLE_OR_ESCAPE = /managedservices|\\u[0-9a-fA-F]{4}/i

/**
 * For a whole file's text: one plain search, about as fast as reading the file. Only a file that spells something
 * with `\u` escapes needs its parsed value searched (`parsed`, called then).
 */
export function textMentionsManagedServices(text: string, parsed: () => unknown): boolean {
  const match = NEEDLE_OR_ESCAPE.exec(text)
  if (match === null) return false
  if (match[0].length > 6 || NEEDLE.test(text)) return true
  return mentionsManagedServices(parsed())
}

/**
 * For a part of a parsed template (a nested deployment, a policy, a parent resource): any string in it (not keys)
 * mentions the namespace. Parsed JSON is a tree, so a plain walk visits each value once; it stops at the first hit.
 */
export function mentionsManagedServices(value: unknown): boolean {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const next = stack.pop()
    if (typeof next === 'string') {
      if (next.length >= 15 && NEEDLE.test(next)) return true
      continue
    }
    if (next === null || typeof next !== 'object') continue
    if (Array.isArray(next)) for (let i = 0; i < next.length; i++) stack.push(next[i])
    else for (const key in next) stack.push((next as Record<string, unknown>)[key])
  }
  return false
}
