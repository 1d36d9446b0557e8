/** Whether the run fails, and the one sentence that says why (pointing people to the job summary). */
import type { LintReport } from '../lint/types.js'
import type { DeploymentResult } from '../report/model.js'
import { failOnCount, type FailOn } from '../report/fail-on.js'

export interface Verdict {
  result: 'pass' | 'fail'
  /** Set when result is fail. */
  message?: string
}

export function lintReachesFailOn(report: LintReport | null, failOn: FailOn): number {
  return report ? failOnCount(report.summary, failOn) : 0
}

export function decideVerdict(args: {
  lint: LintReport | null
  failOn: FailOn
  azureFailed: boolean
  /** What went wrong on the Azure side when no target failed (login, partner link, billing export). */
  azureReason?: string
  deployments?: DeploymentResult[]
  lostCredit?: number
  failOnMissingPec: boolean
  /** Lint errors stopped a `mode: deploy` (Plan.deployRefused): fails the run whatever `fail-on` says. */
  deployRefused?: { lintErrors: number }
  /** A report the user asked for could not be written (the SARIF file): the run fails, with every other output kept. */
  reportFailure?: string
}): Verdict {
  const reasons: string[] = []
  const refused = args.deployRefused
  if (refused) {
    reasons.push(`did not deploy because lint found ${refused.lintErrors} error(s) (a refused deployment fails the run whatever fail-on says)`)
  }
  const count = lintReachesFailOn(args.lint, args.failOn)
  // With fail-on: error the refusal above already names the same errors.
  if (count > 0 && !(refused && args.failOn === 'error')) {
    const what = args.failOn === 'warning' ? 'error(s) or warning(s)' : 'error(s)'
    reasons.push(`lint found ${count} ${what} (fail-on: ${args.failOn})`)
  }
  if (args.azureFailed) {
    const failed = (args.deployments ?? []).filter((d) => d.status === 'failed' || d.status === 'timed-out').length
    reasons.push(
      failed > 0
        ? `${failed} of ${args.deployments!.length} target(s) failed`
        : args.azureReason
          ? args.azureReason.replace(/[.\s]+$/, '')
          : 'an Azure operation failed'
    )
  }
  if (args.failOnMissingPec && (args.lostCredit ?? 0) > 0) {
    reasons.push(`${args.lostCredit} subscription(s) lost partner earned credit (fail-on-missing-pec)`)
  }
  if (args.reportFailure) reasons.push(args.reportFailure)
  if (reasons.length === 0) return { result: 'pass' }
  return { result: 'fail', message: `Lighthouse PEC Guard: ${reasons.join('; ')}. See the job summary for details.` }
}
