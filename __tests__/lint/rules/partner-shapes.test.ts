/**
 * Shapes met on partner-written onboarding templates from public repositories (fixtures of our own in
 * __tests__/fixtures/partner, one folder per case), linted through the whole engine from files: one error for one
 * certain cause, worded as certain as the source behind it.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { lint } from '../../../src/lint/engine.js'
import type { LintUnitResult } from '../../../src/lint/types.js'

const root = path.resolve('__tests__/fixtures/partner')

async function unit(name: string, automationPrincipalId?: string): Promise<LintUnitResult> {
  const report = await lint([path.join(root, name, 'onboarding.json')], { cwd: root, automationPrincipalId })
  expect(report.results).toHaveLength(1)
  return report.results[0]!
}

describe('partner-written shapes', () => {
  it('authorizations that are an object (a parameter declaration pasted into variables): the shape error only', async () => {
    for (const pinned of [undefined, '99999999-8888-7777-6666-555555555555']) {
      const result = await unit('authorizations-object', pinned)
      const errors = result.findings.filter((f) => f.level === 'error')
      expect(errors.map((f) => [f.ruleId, f.line])).toEqual([['lighthouse-definition-shape', 24]])
      expect(errors[0]!.message).toMatch(/properties\.authorizations must be of type array\. Write it as an array\./)
      // Its resolved list is empty, but "no role found" / "no Delete Role" would be claims about a list nobody can read.
      expect(result.findings.map((f) => f.ruleId)).not.toEqual(
        expect.arrayContaining(['pec-no-eligible-authorization', 'pec-automation-missing', 'lighthouse-delete-role-missing'])
      )
      expect(result.pec).toBe('unknown')
    }
  })

  it('eligibleAuthorizations on API version 2019-06-01: an error that says ARM rejects it, quoting ARM', async () => {
    const result = await unit('eligible-old-api')
    const found = result.findings.filter((f) => f.ruleId === 'lighthouse-eligible-api-version')
    expect(found.map((f) => [f.level, f.line])).toEqual([['error', 29]])
    expect(found[0]!.message).toContain("Azure rejects the definition (eligible authorizations are 'only allowed with api-version greater and equal to 2020-02-01-preview')")
    expect(found[0]!.message).not.toMatch(/ignores/)
  })
})
