import { rule } from '../../../src/lint/rules/pec-automation-jit-only.js'
import { AUTOMATION, GROUP, ROLE, definition, ruleTester, template } from './rule-tester.js'

const pinned = { automationPrincipalId: AUTOMATION }
const jit = { multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT8H' }
const ops = { principalId: GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: ROLE.contributor }

ruleTester(rule, {
  valid: [
    { name: 'permanent PEC role', template: template(), options: pinned },
    {
      name: 'permanent PEC role besides an eligible one',
      template: template({
        definitions: [
          definition({
            eligibleAuthorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.contributor, justInTimeAccessPolicy: jit }]
          })
        ]
      }),
      options: pinned
    },
    {
      name: 'eligible non-PEC role only (role-not-eligible territory)',
      template: template({
        definitions: [definition({ authorizations: [ops], eligibleAuthorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.reader }] })]
      }),
      options: pinned
    },
    {
      name: 'not pinned',
      template: template({ definitions: [definition({ authorizations: [ops], eligibleAuthorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.contributor }] })] })
    }
  ],
  invalid: [
    {
      name: 'PEC role only just-in-time beside an unlisted permanent role: a warning (PEC not assured), the same fix',
      template: template({
        definitions: [
          definition({
            authorizations: [ops, { principalId: AUTOMATION, principalIdDisplayName: 'PEC Automation', roleDefinitionId: ROLE.tagContributor }],
            eligibleAuthorizations: [{ principalId: AUTOMATION, principalIdDisplayName: 'PEC Automation', roleDefinitionId: ROLE.contributor, justInTimeAccessPolicy: jit }]
          })
        ]
      }),
      options: pinned,
      errors: [
        {
          messageId: 'jitOnlyUnsure',
          level: 'warning',
          includes: ['Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) only under eligibleAuthorizations', 'Tag Contributor', 'PEC is not assured', 'Move it to properties.authorizations']
        }
      ]
    },
    {
      name: 'PEC role only under eligibleAuthorizations',
      template: template({
        definitions: [
          definition({
            authorizations: [ops],
            eligibleAuthorizations: [
              { principalId: AUTOMATION, principalIdDisplayName: 'PEC Automation', roleDefinitionId: ROLE.contributor, justInTimeAccessPolicy: jit }
            ]
          })
        ]
      }),
      options: pinned,
      errors: [
        {
          messageId: 'jitOnly',
          loc: 'definitions[0].eligibleAuthorizations[0]',
          includes: ["'PEC Automation'", AUTOMATION, 'Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c)', 'properties.authorizations']
        }
      ]
    },
    {
      name: 'permanent Reader and eligible Contributor: jit-only wins',
      template: template({
        definitions: [
          definition({
            authorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.reader }],
            eligibleAuthorizations: [{ principalId: AUTOMATION.toUpperCase(), roleDefinitionId: ROLE.contributor }]
          })
        ]
      }),
      options: pinned,
      errors: [{ messageId: 'jitOnly' }]
    }
  ]
})
