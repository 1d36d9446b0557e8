import { rule } from '../../../src/lint/rules/pec-role-not-eligible.js'
import { AUTOMATION, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

const pinned = { automationPrincipalId: AUTOMATION }
const only = (auth: Record<string, unknown>) => template({ definitions: [definition({ authorizations: [{ principalId: AUTOMATION, principalIdDisplayName: 'PEC Automation', ...auth }] })] })

ruleTester(rule, {
  valid: [
    { name: 'Support Request Contributor', template: only({ roleDefinitionId: ROLE.supportRequestContributor }), options: pinned },
    { name: 'Contributor, upper case, with roleDefinitions prefix', template: only({ roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${ROLE.contributor.toUpperCase()}` }), options: pinned },
    {
      name: 'UAA with delegatedRoleDefinitionIds counts (pec-uaa-undocumented warns)',
      template: only({ roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [ROLE.contributor] }),
      options: pinned
    },
    { name: 'role known only at deployment', template: only({ roleDefinitionId: new Unknown('parameter', "parameters('role')") }), options: pinned },
    { name: 'not pinned', template: only({ roleDefinitionId: ROLE.reader }) },
    {
      name: 'missing principal is pec-automation-missing, not this rule',
      template: template({ definitions: [definition({ authorizations: [{ principalId: '99999999-8888-7777-6666-555555555555', roleDefinitionId: ROLE.reader }] })] }),
      options: pinned
    },
    {
      name: 'placeholder all-zero principal matches an all-zero pin',
      template: template({ definitions: [definition({ authorizations: [{ principalId: '00000000-0000-0000-0000-000000000000', roleDefinitionId: ROLE.contributor }] })] }),
      options: { automationPrincipalId: '00000000-0000-0000-0000-000000000000' }
    }
  ],
  invalid: [
    {
      name: 'Reader is not PEC-eligible',
      template: only({ roleDefinitionId: ROLE.reader }),
      options: pinned,
      errors: [
        {
          messageId: 'notEligible',
          loc: 'definitions[0].authorizations[0].roleDefinitionId',
          includes: ["'PEC Automation' (" + AUTOMATION + ')', 'Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7)', 'not PEC-eligible', ROLE.supportRequestContributor]
        }
      ]
    },
    {
      name: 'Owner is PEC-eligible but rejected by Lighthouse',
      template: only({ roleDefinitionId: ROLE.owner }),
      options: pinned,
      errors: [{ messageId: 'notEligible', includes: ['Lighthouse rejects Owner'] }]
    },
    {
      name: 'Log Analytics Contributor gained a DataAction',
      template: only({ roleDefinitionId: ROLE.logAnalyticsContributor }),
      options: pinned,
      errors: [{ messageId: 'notEligible', includes: ['DataActions'] }]
    },
    {
      name: 'UAA without delegatedRoleDefinitionIds is unusable',
      template: only({ roleDefinitionId: ROLE.uaa }),
      options: pinned,
      errors: [{ messageId: 'notEligible', includes: ['only with delegatedRoleDefinitionIds'] }]
    },
    {
      name: 'a role missing from the catalogue is not PEC-eligible',
      template: only({ roleDefinitionId: '12345678-1234-1234-1234-123456789abc' }),
      options: pinned,
      errors: [{ messageId: 'notEligible', includes: ['not in the built-in role catalogue', 'not in the PEC table'] }]
    },
    {
      name: 'a built-in newer than the PEC table is not known to earn credit',
      template: only({ roleDefinitionId: ROLE.tagContributor }),
      options: pinned,
      errors: [{ messageId: 'notEligible', includes: ['Tag Contributor', 'not listed in the Partner Center PEC table'] }]
    },
    {
      name: 'zero-GUID placeholder principal still matched',
      template: template({ definitions: [definition({ authorizations: [{ principalId: '00000000-0000-0000-0000-000000000000', roleDefinitionId: ROLE.reader }] })] }),
      options: { automationPrincipalId: '00000000-0000-0000-0000-000000000000' },
      errors: [{ messageId: 'notEligible' }]
    },
    {
      name: 'eligible-only non-PEC role',
      template: template({
        definitions: [
          definition({
            authorizations: [{ principalId: '99999999-8888-7777-6666-555555555555', roleDefinitionId: ROLE.contributor }],
            eligibleAuthorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.reader }]
          })
        ]
      }),
      options: pinned,
      errors: [{ messageId: 'notEligible', loc: 'definitions[0].eligibleAuthorizations[0].roleDefinitionId', includes: ['eligible (just-in-time) only'] }]
    }
  ]
})
