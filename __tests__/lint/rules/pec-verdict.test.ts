/** The four automation-principal rules must never fire together on one definition, and exactly one fires unless PEC is ok. */
import { describe, expect, it } from '@jest/globals'
import { rule as jitOnly } from '../../../src/lint/rules/pec-automation-jit-only.js'
import { rule as notEligible } from '../../../src/lint/rules/pec-role-not-eligible.js'
import { rule as missing } from '../../../src/lint/rules/pec-automation-missing.js'
import { rule as notAssured } from '../../../src/lint/rules/pec-role-not-assured.js'
import { AUTOMATION, GROUP, ROLE, definition, runRule, template } from './rule-tester.js'

const CUSTOM = '12345678-1234-1234-1234-123456789abc'
const roles = [ROLE.contributor, ROLE.reader, ROLE.owner, ROLE.uaa, ROLE.logAnalyticsContributor, ROLE.tagContributor, ROLE.acrImageSigner, CUSTOM]
/** Roles whose PEC standing the data cannot settle: absent from the PEC table or the catalogue, or disputed DataActions. */
const unsure: string[] = [ROLE.logAnalyticsContributor, ROLE.tagContributor, CUSTOM]
/** Listed as PEC-eligible in the 2022 table. */
const pecEligible: string[] = [ROLE.contributor, ROLE.owner, ROLE.uaa, ROLE.logAnalyticsContributor, ROLE.acrImageSigner]

describe('pec verdict exclusivity', () => {
  const cases: Array<{ permanent: string | null; eligible: string | null; uaaDelegated: boolean }> = []
  for (const permanent of [null, ...roles]) for (const eligible of [null, ...roles]) for (const uaaDelegated of [false, true]) cases.push({ permanent, eligible, uaaDelegated })

  it.each(cases)('permanent=$permanent eligible=$eligible delegated=$uaaDelegated: at most one', ({ permanent, eligible, uaaDelegated }) => {
    const authorizations: Array<Record<string, unknown>> = [{ principalId: GROUP, roleDefinitionId: ROLE.contributor }]
    if (permanent) authorizations.push({ principalId: AUTOMATION, roleDefinitionId: permanent, ...(uaaDelegated ? { delegatedRoleDefinitionIds: [ROLE.contributor] } : {}) })
    const eligibleAuthorizations = eligible ? [{ principalId: AUTOMATION, roleDefinitionId: eligible }] : []
    const spec = template({ definitions: [definition({ authorizations, eligibleAuthorizations })] })
    const options = { automationPrincipalId: AUTOMATION }
    const fired = [jitOnly, notEligible, missing, notAssured].filter((r) => runRule(r, spec, options).length > 0).map((r) => r.meta.id)
    const ok = permanent === ROLE.contributor || (permanent === ROLE.uaa && uaaDelegated)
    // Exactly one when the delegation does not surely earn credit, none when it does.
    expect(fired.length).toBe(ok ? 0 : 1)
    if (ok) return
    if (!permanent && !eligible) expect(fired).toEqual(['pec-automation-missing'])
    // A PEC-eligible role held only just-in-time is named first, as a warning when a permanent role is unsure.
    else if (eligible && pecEligible.includes(eligible)) {
      expect(fired).toEqual(['pec-automation-jit-only'])
      const levels = runRule(jitOnly, spec, options).map((f) => f.level)
      expect(levels).toEqual([permanent && unsure.includes(permanent) ? 'warning' : 'error'])
    } else if (permanent && unsure.includes(permanent)) expect(fired).toEqual(['pec-role-not-assured'])
    else expect(fired).toEqual(['pec-role-not-eligible'])
  })
})
