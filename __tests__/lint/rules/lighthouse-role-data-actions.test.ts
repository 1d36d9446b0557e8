import { rule } from '../../../src/lint/rules/lighthouse-role-data-actions.js'
import { GROUP, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'Contributor', template: template() },
    { name: 'unknown role', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: new Unknown('parameter', 'p') }] })] }) },
    {
      name: 'UAA delegating Contributor',
      template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [ROLE.contributor] }] })] })
    }
  ],
  invalid: [
    {
      name: 'Log Analytics Contributor',
      template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.logAnalyticsContributor }] })] }),
      errors: [{ messageId: 'dataActions', level: 'error', loc: 'definitions[0].authorizations[0].roleDefinitionId', includes: ['Log Analytics Contributor', 'live role check'] }]
    },
    {
      name: 'Log Analytics Contributor delegated by UAA (Microsoft sample) is a warning',
      template: template({
        definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [ROLE.contributor, ROLE.logAnalyticsContributor] }] })]
      }),
      errors: [{ messageId: 'delegated', level: 'warning', loc: 'definitions[0].authorizations[0].delegatedRoleDefinitionIds' }]
    }
  ]
})
