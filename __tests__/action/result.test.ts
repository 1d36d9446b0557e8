import { describe, expect, it } from '@jest/globals'
import { decideVerdict, lintReachesFailOn } from '../../src/action/result.js'
import { planAfterLint, planRun, type GateInput } from '../../src/action/gate.js'
import type { LintReport } from '../../src/lint/types.js'
import { PUSH_GATE } from './gate-input.js'

const report = (errors: number, warnings: number): LintReport => ({ results: [], summary: { templates: 1, errors, warnings, notes: 0 } })

describe('decideVerdict', () => {
  it.each([
    ['error', 0, 3, 'pass'],
    ['error', 1, 0, 'fail'],
    ['warning', 0, 1, 'fail'],
    ['never', 5, 5, 'pass']
  ] as const)('fail-on %s with %d errors / %d warnings → %s', (failOn, e, w, result) => {
    expect(decideVerdict({ lint: report(e, w), failOn, azureFailed: false, failOnMissingPec: false }).result).toBe(result)
  })

  it('names the count and points to the summary', () => {
    const v = decideVerdict({ lint: report(3, 2), failOn: 'warning', azureFailed: false, failOnMissingPec: false })
    expect(v.message).toBe('Lighthouse PEC Guard: lint found 5 error(s) or warning(s) (fail-on: warning). See the job summary for details.')
  })

  it('fails on Azure failures and on lost credit when asked', () => {
    const d = { target: 's', tenant: 't', subscription: 's', deploymentName: 'n', error: 'x', durationMs: 1 }
    const v = decideVerdict({
      lint: null,
      failOn: 'error',
      azureFailed: true,
      deployments: [{ ...d, status: 'failed' }, { ...d, status: 'succeeded' }],
      failOnMissingPec: false
    })
    expect(v.message).toMatch(/1 of 2 target\(s\) failed/)
    expect(decideVerdict({ lint: null, failOn: 'error', azureFailed: false, lostCredit: 2, failOnMissingPec: true }).message).toMatch(
      /2 subscription\(s\) lost partner earned credit/
    )
    expect(decideVerdict({ lint: null, failOn: 'error', azureFailed: false, lostCredit: 2, failOnMissingPec: false }).result).toBe('pass')
  })

  it('names the Azure cause when no target failed', () => {
    const v = decideVerdict({ lint: null, failOn: 'error', azureFailed: true, azureReason: 'Partner ID 1234567 is not linked.', failOnMissingPec: false })
    expect(v.message).toBe('Lighthouse PEC Guard: Partner ID 1234567 is not linked. See the job summary for details.')
  })

  it('fails for a report that could not be written, next to any other reason', () => {
    const alone = decideVerdict({ lint: report(0, 0), failOn: 'error', azureFailed: false, failOnMissingPec: false, reportFailure: "could not write the SARIF file 'x' (EISDIR)" })
    expect(alone).toEqual({ result: 'fail', message: "Lighthouse PEC Guard: could not write the SARIF file 'x' (EISDIR). See the job summary for details." })
    const both = decideVerdict({ lint: report(2, 0), failOn: 'error', azureFailed: false, failOnMissingPec: false, reportFailure: 'could not write it' })
    expect(both.message).toBe('Lighthouse PEC Guard: lint found 2 error(s) (fail-on: error); could not write it. See the job summary for details.')
  })

  describe('a deployment refused because of lint errors', () => {
    const gate: GateInput = { ...PUSH_GATE, mode: 'deploy' }
    // As src/main.ts runs them: plan, lint, plan again, then the verdict from that plan.
    const verdictFor = (input: GateInput, failOn: 'error' | 'warning' | 'never', errors: number, warnings = 0) => {
      const plan = planAfterLint(planRun(input), errors)
      return decideVerdict({ lint: report(errors, warnings), failOn, azureFailed: false, failOnMissingPec: false, deployRefused: plan.deployRefused })
    }

    it.each(['never', 'error', 'warning'] as const)('fails the run with fail-on: %s, naming the lint errors', (failOn) => {
      const v = verdictFor(gate, failOn, 3)
      expect(v.result).toBe('fail')
      expect(v.message).toMatch(/^Lighthouse PEC Guard: did not deploy because lint found 3 error\(s\) \(a refused deployment fails the run whatever fail-on says\)/)
    })

    it('names the errors once with fail-on: error, and still names warnings with fail-on: warning', () => {
      expect(verdictFor(gate, 'error', 3).message).toBe(
        'Lighthouse PEC Guard: did not deploy because lint found 3 error(s) (a refused deployment fails the run whatever fail-on says). See the job summary for details.'
      )
      expect(verdictFor(gate, 'warning', 3, 2).message).toMatch(/whatever fail-on says\); lint found 5 error\(s\) or warning\(s\) \(fail-on: warning\)\./)
    })

    it('only the refused deployment: a what-if on a pull request and lint-only runs follow fail-on alone', () => {
      expect(verdictFor(gate, 'never', 3).result).toBe('fail')
      const onPr: GateInput = { ...gate, eventName: 'pull_request', ref: 'refs/pull/7/merge', pullRequest: true }
      expect(verdictFor(onPr, 'never', 3).result).toBe('pass')
      expect(verdictFor(onPr, 'error', 3).message).toMatch(/: lint found 3 error\(s\) \(fail-on: error\)\./)
      expect(verdictFor({ ...gate, mode: 'lint' }, 'never', 3).result).toBe('pass')
      expect(verdictFor({ ...gate, mode: 'what-if' }, 'never', 3).result).toBe('pass')
      expect(verdictFor(gate, 'never', 0, 4).result).toBe('pass')
    })
  })

  it('counts nothing without a lint report', () => {
    expect(lintReachesFailOn(null, 'warning')).toBe(0)
  })
})
