import { describe, expect, it } from '@jest/globals'
import { rule } from '../../../src/lint/rules/lighthouse-jit-policy.js'
import { parseIsoDuration } from '../../../src/lint/rules/iso-duration.js'
import { USER, GROUP, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

const withPolicies = (...policies: unknown[]) =>
  template({
    definitions: [
      definition({ eligibleAuthorizations: policies.map((justInTimeAccessPolicy, i) => ({ principalId: i % 2 ? GROUP : USER, roleDefinitionId: ROLE.contributor, justInTimeAccessPolicy })) })
    ]
  })
const approvers = (n: number) => Array.from({ length: n }, (_, i) => ({ principalId: `00000000-0000-0000-0000-0000000000${String(i).padStart(2, '0')}` }))

ruleTester(rule, {
  valid: [
    { name: 'PT8H Azure', template: withPolicies({ multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT8H' }) },
    { name: 'PT30M None', template: withPolicies({ multiFactorAuthProvider: 'None', maximumActivationDuration: 'PT30M' }) },
    { name: 'PT1H30M twice', template: withPolicies({ multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT1H30M' }, { multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT1H30M' }) },
    { name: 'P0DT2H', template: withPolicies({ multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'P0DT2H' }) },
    { name: 'ten approvers', template: withPolicies({ multiFactorAuthProvider: 'Azure', managedByTenantApprovers: approvers(10) }) },
    { name: 'unknown duration', template: withPolicies({ multiFactorAuthProvider: 'Azure', maximumActivationDuration: new Unknown('parameter', 'p') }) },
    {
      name: 'same role, same policy in another key order',
      template: withPolicies({ multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT4H' }, { maximumActivationDuration: 'PT4H', multiFactorAuthProvider: 'Azure' })
    },
    { name: 'policy of wrong type', template: withPolicies('PT8H', null) }
  ],
  invalid: [
    {
      name: 'PT9H and PT10M and junk',
      template: withPolicies(
        { multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT9H' },
        { multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT9H' },
        { multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT9H' }
      ),
      errors: [
        { messageId: 'duration', level: 'error', loc: 'definitions[0].eligibleAuthorizations[0].justInTimeAccessPolicy', includes: ['longer than the maximum PT8H'] },
        { messageId: 'duration' },
        { messageId: 'duration' }
      ]
    },
    {
      name: 'too short, not a duration',
      template: template({
        definitions: [
          definition({
            eligibleAuthorizations: [
              { principalId: USER, roleDefinitionId: ROLE.contributor, justInTimeAccessPolicy: { multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT10M' } },
              { principalId: USER, roleDefinitionId: ROLE.reader, justInTimeAccessPolicy: { multiFactorAuthProvider: 'Azure', maximumActivationDuration: '8 hours' } }
            ]
          })
        ]
      }),
      errors: [
        { messageId: 'duration', includes: ['shorter than the minimum PT30M'] },
        { messageId: 'duration', includes: ['not an ISO-8601 duration'] }
      ]
    },
    {
      name: 'mfa provider and eleven approvers',
      template: withPolicies({ multiFactorAuthProvider: 'azure ad', managedByTenantApprovers: approvers(11) }),
      errors: [{ messageId: 'mfa', includes: ["'azure ad'"] }, { messageId: 'approvers', includes: ['11'] }]
    },
    {
      name: 'same role, different policies',
      template: withPolicies({ multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT4H' }, { multiFactorAuthProvider: 'None', maximumActivationDuration: 'PT4H' }),
      errors: [{ messageId: 'inconsistent', level: 'warning', loc: 'definitions[0].eligibleAuthorizations[1].justInTimeAccessPolicy', includes: ['eligibleAuthorizations[0]', 'Contributor'] }]
    }
  ]
})

describe('parseIsoDuration', () => {
  it.each([
    ['PT8H', 28800],
    ['PT30M', 1800],
    ['PT1H30M', 5400],
    ['P0DT2H', 7200],
    ['pt0.5h', 1800],
    ['P1D', 86400],
    ['PT90S', 90]
  ])('%s = %d s', (text, seconds) => expect(parseIsoDuration(text)).toBe(seconds))
  it.each(['', 'P', 'PT', 'P1DT', '8H', 'PT8', 'PTH'])('%s is not a duration', (text) => expect(parseIsoDuration(text)).toBeUndefined())
})
