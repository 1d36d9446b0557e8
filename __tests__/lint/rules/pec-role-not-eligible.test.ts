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
    // Absent from the PEC table or the catalogue, or with disputed role data: not assured (pec-role-not-assured), not failed.
    { name: 'a built-in the PEC table does not list (Tag Contributor)', template: only({ roleDefinitionId: ROLE.tagContributor }), options: pinned },
    { name: 'a role missing from the catalogue', template: only({ roleDefinitionId: '12345678-1234-1234-1234-123456789abc' }), options: pinned },
    { name: 'Log Analytics Contributor, whose DataAction sources disagree on', template: only({ roleDefinitionId: ROLE.logAnalyticsContributor }), options: pinned },
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
      name: 'a PEC-eligible role with settled DataActions (AcrImageSigner)',
      template: only({ roleDefinitionId: ROLE.acrImageSigner }),
      options: pinned,
      errors: [{ messageId: 'notEligible', includes: ['AcrImageSigner', 'DataActions', 'seen 2026-10-10'] }]
    },
    {
      name: 'a role the PEC table lists as not eligible, beside a JIT-only role that is absent from the table',
      template: template({
        definitions: [
          definition({
            authorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.reader }],
            eligibleAuthorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.tagContributor }]
          })
        ]
      }),
      options: pinned,
      errors: [{ messageId: 'notEligible', includes: ['Reader', 'not PEC-eligible per the Partner Center PEC table of 2022-11-08', 'Tag Contributor', 'eligible (just-in-time) only'] }]
    },
    {
      name: 'UAA without delegatedRoleDefinitionIds is unusable',
      template: only({ roleDefinitionId: ROLE.uaa }),
      options: pinned,
      errors: [{ messageId: 'notEligible', includes: ['only with delegatedRoleDefinitionIds'] }]
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
