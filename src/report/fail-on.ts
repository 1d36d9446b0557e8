import type { LintSummary } from '../lint/types.js'

export type FailOn = 'error' | 'warning' | 'never'

/** Whether the findings reach the `fail-on` threshold (shared by the CLI exit code and the action's step result). */
export function reachesFailOn(summary: LintSummary, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (failOn === 'warning') return summary.errors + summary.warnings > 0
  return summary.errors > 0
}
