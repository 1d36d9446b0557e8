import type { LintSummary } from '../lint/types.js'

export type FailOn = 'error' | 'warning' | 'never'

/** How many findings reach the `fail-on` threshold (shared by the CLI exit code and the action's result). */
export function failOnCount(summary: LintSummary, failOn: FailOn): number {
  if (failOn === 'never') return 0
  return failOn === 'warning' ? summary.errors + summary.warnings : summary.errors
}

export function reachesFailOn(summary: LintSummary, failOn: FailOn): boolean {
  return failOnCount(summary, failOn) > 0
}
