export type ExpressionErrorCode =
  | 'syntax'
  | 'unknown-function'
  | 'too-deep'
  | 'cycle'
  | 'argument'
  | 'type'
  | 'reference'
  | 'limit'
  | 'budget'
  | 'fail'
  | 'unsupported'

/**
 * The only error the expression engine lets escape; `code` lets callers decide between "broken template" and "can't
 * tell offline" (see `isCertain`).
 */
export class ExpressionError extends Error {
  constructor(
    readonly code: ExpressionErrorCode,
    message: string
  ) {
    // Thrown once per failing expression: a stack trace is never shown to anyone, and capturing one was a measurable
    // share of linting templates with many failing expressions.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    super(message)
    Error.stackTraceLimit = limit
    this.name = 'ExpressionError'
  }
}

/**
 * Codes that mean ARM itself would fail the same evaluation (given the same values). The others say what this linter
 * could not do — a depth, size or time budget of its own — which is no evidence that ARM would reject anything.
 */
export function isCertain(code: ExpressionErrorCode): boolean {
  return code !== 'too-deep' && code !== 'limit' && code !== 'budget' && code !== 'unknown-function' && code !== 'unsupported'
}

/**
 * Edit distance counting a swap of neighbours as one edit (optimal string alignment), case-insensitive: function
 * names are case-insensitive in ARM, so case is never the typo, and "nmae" for "name" is one slip of the fingers.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  let beforePrevious: number[] = []
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i)
  for (let i = 1; i <= s.length; i++) {
    const current = [i]
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, beforePrevious[j - 2]! + 1)
      current[j] = d
    }
    beforePrevious = previous
    previous = current
  }
  return previous[t.length]!
}

const suggestions = new Map<string, string | null>()

/**
 * `closest` for names looked up in one fixed list (the function names): computed once per name, since a template
 * that uses a function this linter does not know tends to use it in hundreds of expressions.
 */
export function closestMemo(name: string, candidates: readonly string[]): string | undefined {
  const key = name.toLowerCase()
  let found = suggestions.get(key)
  if (found === undefined) {
    if (suggestions.size >= 1024) suggestions.clear()
    suggestions.set(key, (found = closest(name, candidates) ?? null))
  }
  return found ?? undefined
}

/** The closest candidate, if it is close enough to be a plausible typo (a third of the name, at least one edit). */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > 64) return undefined
  const budget = Math.max(1, Math.floor(name.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = editDistance(name, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= budget ? best : undefined
}
