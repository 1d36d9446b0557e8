/** The three automation-principal rules must never fire together on one definition. */
import { describe, expect, it } from '@jest/globals'
import { rule as jitOnly } from '../../../src/lint/rules/pec-automation-jit-only.js'
import { rule as notEligible } from '../../../src/lint/rules/pec-role-not-eligible.js'
import { rule as missing } from '../../../src/lint/rules/pec-automation-missing.js'
import { AUTOMATION, GROUP, ROLE, definition, runRule, template } from './rule-tester.js'

const roles = [ROLE.contributor, ROLE.reader, ROLE.owner, ROLE.uaa, ROLE.logAnalyticsContributor, ROLE.tagContributor, '12345678-1234-1234-1234-123456789abc']

describe('pec verdict exclusivity', () => {
  const cases: Array<{ permanent: string | null; eligible: string | null; uaaDelegated: boolean }> = []
  for (const permanent of [null, ...roles]) for (const eligible of [null, ...roles]) for (const uaaDelegated of [false, true]) cases.push({ permanent, eligible, uaaDelegated })

  it.each(cases)('permanent=$permanent eligible=$eligible delegated=$uaaDelegated: at most one', ({ permanent, eligible, uaaDelegated }) => {
    const authorizations: Array<Record<string, unknown>> = [{ principalId: GROUP, roleDefinitionId: ROLE.contributor }]
    if (permanent) authorizations.push({ principalId: AUTOMATION, roleDefinitionId: permanent, ...(uaaDelegated ? { delegatedRoleDefinitionIds: [ROLE.contributor] } : {}) })
    const eligibleAuthorizations = eligible ? [{ principalId: AUTOMATION, roleDefinitionId: eligible }] : []
    const spec = template({ definitions: [definition({ authorizations, eligibleAuthorizations })] })
    const options = { automationPrincipalId: AUTOMATION }
    const fired = [jitOnly, notEligible, missing].filter((r) => runRule(r, spec, options).length > 0).map((r) => r.meta.id)
    expect(fired.length).toBeLessThanOrEqual(1)
    const ok = permanent === ROLE.contributor || (permanent === ROLE.uaa && uaaDelegated)
    // Exactly one when the delegation does not earn credit, none when it does.
    expect(fired.length).toBe(ok ? 0 : 1)
    if (!ok && !permanent && !eligible) expect(fired).toEqual(['pec-automation-missing'])
    if (!ok && eligible === ROLE.contributor || (!ok && eligible === ROLE.owner) || (!ok && eligible === ROLE.uaa) || (!ok && eligible === ROLE.logAnalyticsContributor)) {
      expect(fired).toEqual(['pec-automation-jit-only'])
    }
  })
})
