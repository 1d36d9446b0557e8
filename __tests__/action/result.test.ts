import { describe, expect, it } from '@jest/globals'
import { decideVerdict, lintReachesFailOn } from '../../src/action/result.js'
import type { LintReport } from '../../src/lint/types.js'

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

  it('counts nothing without a lint report', () => {
    expect(lintReachesFailOn(null, 'warning')).toBe(0)
  })
})
