import { describe, expect, it } from '@jest/globals'
import { SARIF_RESULT_LIMIT, toSarif } from '../../src/report/sarif.js'
import { finding, lintReport } from './fixtures.js'

describe('toSarif', () => {
  it('keeps every result under the code scanning limit', () => {
    const log = toSarif(lintReport([finding({ line: 1 }), finding({ line: 2, level: 'warning' })]))
    expect(log.runs[0]!.results).toHaveLength(2)
    expect(log.runs[0]!.invocations).toBeUndefined()
    expect(SARIF_RESULT_LIMIT).toBe(25_000)
  })

  it('over the limit keeps the most severe results and says how many were left out', () => {
    const findings = [
      finding({ line: 1, level: 'note' }),
      finding({ line: 2, level: 'warning' }),
      finding({ line: 3, level: 'error' }),
      finding({ line: 4, level: 'note' }),
      finding({ line: 5, level: 'error' })
    ]
    const run = toSarif(lintReport(findings), '/ws', 3).runs[0]!
    expect(run.results!.map((r) => [r.level, r.locations![0]!.physicalLocation!.region!.startLine])).toEqual([
      ['error', 3],
      ['error', 5],
      ['warning', 2]
    ])
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toMatch(/^2 less severe result\(s\) were left out/)
  })

  it('describes a rule it does not know as fully as code scanning requires', () => {
    const run = toSarif(lintReport([finding({ ruleId: 'no-such-rule' })])).runs[0]!
    const rule = run.tool.driver.rules!.find((r) => r.id === 'no-such-rule')!
    expect(rule.fullDescription?.text).toBe('no-such-rule')
    expect(rule.help?.text).toContain('no-such-rule.md')
  })
})
