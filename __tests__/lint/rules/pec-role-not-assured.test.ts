import { rule } from '../../../src/lint/rules/pec-role-not-assured.js'
import { AUTOMATION, GROUP, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

const pinned = { automationPrincipalId: AUTOMATION }
const automation = (roleDefinitionId: unknown) => ({ principalId: AUTOMATION, principalIdDisplayName: 'PEC Automation', roleDefinitionId })
/** Shaped like the partner offers of issue 11: Microsoft Sentinel roles only, which the 2022 PEC table does not list. */
const sentinelOffer = (principalId: string) =>
  template({
    definitions: [
      definition({
        registrationDefinitionName: 'SOC managed services',
        authorizations: [
          { principalId, principalIdDisplayName: 'SOC', roleDefinitionId: ROLE.sentinelContributor },
          { principalId, principalIdDisplayName: 'SOC', roleDefinitionId: ROLE.sentinelResponder },
          { principalId, principalIdDisplayName: 'SOC', roleDefinitionId: ROLE.reader }
        ]
      })
    ]
  })

ruleTester(rule, {
  valid: [
    {
      name: 'pinned: an unlisted permanent role beside a PEC-eligible role held just-in-time (pec-automation-jit-only speaks, as a warning)',
      template: template({ definitions: [definition({ authorizations: [automation(ROLE.tagContributor)], eligibleAuthorizations: [automation(ROLE.contributor)] })] }),
      options: pinned
    },
    { name: 'pinned: Support Request Contributor earns the credit', template: template(), options: pinned },
    { name: 'not pinned: some principal earns the credit', template: template() },
    { name: 'pinned: Reader only is a certain failure (pec-role-not-eligible)', template: template({ definitions: [definition({ authorizations: [automation(ROLE.reader)] })] }), options: pinned },
    { name: 'pinned: a role known only at deployment', template: template({ definitions: [definition({ authorizations: [automation(new Unknown('parameter', "parameters('role')"))] })] }), options: pinned },
    {
      name: 'pinned: an unlisted role beside a role that earns the credit',
      template: template({ definitions: [definition({ authorizations: [automation(ROLE.sentinelContributor), automation(ROLE.contributor)] })] }),
      options: pinned
    },
    {
      name: 'not pinned: someone else holds an unlisted role, but one principal earns the credit',
      template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.sentinelContributor }, { principalId: AUTOMATION, roleDefinitionId: ROLE.contributor }] })] })
    }
  ],
  invalid: [
    {
      name: 'pinned: Microsoft Sentinel Contributor/Responder, absent from the PEC table',
      template: sentinelOffer(AUTOMATION),
      options: pinned,
      errors: [
        {
          messageId: 'notAssured',
          level: 'warning',
          loc: 'definitions[0].authorizations[0].roleDefinitionId',
          includes: ['PEC not assured', 'Microsoft Sentinel Contributor', 'Microsoft Sentinel Responder', 'not listed in the Partner Center PEC table of 2022-11-08', 'absent means unknown', 'Use a role the table lists', ROLE.supportRequestContributor]
        }
      ]
    },
    {
      name: 'not pinned: Microsoft Sentinel roles only',
      template: sentinelOffer(GROUP),
      errors: [{ messageId: 'notAssuredAny', level: 'warning', loc: 'definitions[0].authorizations[0].roleDefinitionId', includes: ['PEC not assured', 'Microsoft Sentinel Contributor', 'Use a role the table lists'] }]
    },
    {
      name: 'pinned: a GUID missing from the catalogue (custom or newer built-in)',
      template: template({ definitions: [definition({ authorizations: [automation('12345678-1234-1234-1234-123456789abc')] })] }),
      options: pinned,
      errors: [{ messageId: 'notAssured', includes: ['not in the built-in role catalogue', 'custom role', 'newer than the catalogue'] }]
    },
    {
      name: 'pinned: Log Analytics Contributor, PEC-eligible but with a disputed DataAction',
      template: template({ definitions: [definition({ authorizations: [automation(ROLE.logAnalyticsContributor)] })] }),
      options: pinned,
      errors: [{ messageId: 'notAssured', includes: ['Log Analytics Contributor', 'PEC-eligible', 'DataActions', 'sources disagree'] }]
    }
  ]
})
