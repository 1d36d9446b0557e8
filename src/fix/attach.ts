/** Turns a rule's `fix` / `suggest` callbacks into the finding's `fix`, `suggestions` or `fixUnavailable`. */
import type { ReportDescriptor } from '../lint/rules/rule.js'
import type { Finding, FindingFix } from '../lint/types.js'
import { isProposal, type Fixer, type FixOutcome } from './fixer.js'

export function attachFixes(finding: Finding, descriptor: Pick<ReportDescriptor, 'fix' | 'suggest'>, fixer: Fixer, rel: (file: string) => string): void {
  if (descriptor.fix) {
    const outcome = build(() => descriptor.fix!(fixer))
    if (isProposal(outcome)) finding.fix = toFindingFix(outcome, rel)
    else if (outcome) finding.fixUnavailable = outcome.unavailable
  }
  if (descriptor.suggest) {
    let outcomes: FixOutcome[]
    try {
      outcomes = descriptor.suggest(fixer)
    } catch {
      outcomes = []
    }
    const suggestions = outcomes.filter(isProposal).map((o) => toFindingFix(o, rel))
    if (suggestions.length > 0) finding.suggestions = suggestions
  }
}

/** A fix that cannot be built is a note on the finding, never a failed lint. */
function build(fn: () => FixOutcome): FixOutcome {
  try {
    return fn()
  } catch (error) {
    return { unavailable: `the fix could not be built (${error instanceof Error ? error.message : String(error)})` }
  }
}

function toFindingFix(outcome: { file: string; description: string; edits: FindingFix['edits'] }, rel: (file: string) => string): FindingFix {
  return { file: rel(outcome.file), description: outcome.description, edits: outcome.edits.map((e) => ({ offset: e.offset, length: e.length, content: e.content })) }
}
