import { rule } from '../../../src/lint/rules/lighthouse-role-data-actions.js'
import { GROUP, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

const grants = (roleDefinitionId: unknown, extra: Record<string, unknown> = {}) =>
  template({ definitions: [definition({ authorizations: [{ principalId: GROUP, principalIdDisplayName: 'Ops', roleDefinitionId, ...extra }] })] })

ruleTester(rule, {
  valid: [
    { name: 'Contributor', template: template() },
    { name: 'role known only at deployment', template: grants(new Unknown('parameter', 'p')) },
    { name: 'UAA delegating Contributor', template: grants(ROLE.uaa, { delegatedRoleDefinitionIds: [ROLE.contributor] }) },
    // The docs allow any built-in role in delegatedRoleDefinitionIds except Owner and UAA; Microsoft's own example
    // delegates Log Analytics Contributor (deploy-policy-remediation, 2026-01-20).
    { name: 'UAA delegating Log Analytics Contributor (Microsoft sample)', template: grants(ROLE.uaa, { delegatedRoleDefinitionIds: [ROLE.contributor, ROLE.logAnalyticsContributor] }) },
    { name: 'UAA delegating a role with settled DataActions', template: grants(ROLE.uaa, { delegatedRoleDefinitionIds: [ROLE.acrImageSigner] }) }
  ],
  invalid: [
    {
      name: 'a role whose DataActions are settled data is an error naming the source and its date',
      template: grants(ROLE.acrImageSigner),
      errors: [
        {
          messageId: 'dataActions',
          level: 'error',
          loc: 'definitions[0].authorizations[0].roleDefinitionId',
          includes: ['AcrImageSigner', 'Microsoft.ContainerRegistry/registries/trustedCollections/write', "the role data (Microsoft Learn's built-in roles pages, seen 2026-10-10)"]
        }
      ]
    },
    {
      name: 'Log Analytics Contributor: sources disagree, so a warning that says how to confirm',
      template: grants(ROLE.logAnalyticsContributor),
      errors: [
        {
          messageId: 'unsettled',
          level: 'warning',
          loc: 'definitions[0].authorizations[0].roleDefinitionId',
          includes: ['Log Analytics Contributor', 'workspaces/jobs/export/action', 'seen 2026-10-10', 'sources disagree', 'checked 2026-12-03', 'mode: validate or what-if', 'live role check']
        }
      ]
    },
    {
      name: 'Log Analytics Reader as an eligible authorization: also a warning',
      template: template({ definitions: [definition({ eligibleAuthorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.logAnalyticsReader }] })] }),
      errors: [{ messageId: 'unsettled', level: 'warning', loc: 'definitions[0].eligibleAuthorizations[0].roleDefinitionId' }]
    },
    {
      name: 'a role whose definition changed recently (Key Vault Reader, 2026-06-03): a warning naming the change',
      template: grants(ROLE.keyVaultReader),
      errors: [{ messageId: 'unsettled', level: 'warning', includes: ['Key Vault Reader', 'its definition changed on 2026-06-03'] }]
    }
  ]
})
