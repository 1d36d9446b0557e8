import { rule } from '../../../src/lint/rules/pec-no-eligible-authorization.js'
import { AUTOMATION, GROUP, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'some principal has a permanent PEC role', template: template() },
    { name: 'pinned: the automation rules decide', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.reader }] })] }), options: { automationPrincipalId: AUTOMATION } },
    { name: 'authorizations unknown', template: template({ definitions: [definition({ authorizations: new Unknown('parameter', "parameters('authorizations')") })] }) },
    // Absent from the 2022 PEC table means unknown, not ineligible: pec-role-not-assured warns instead.
    { name: 'Microsoft Sentinel Contributor only', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.sentinelContributor }] })] }) },
    { name: 'a role missing from the catalogue', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: '12345678-1234-1234-1234-123456789abc' }] })] }) },
    { name: 'a role only known at deployment', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: new Unknown('parameter', "parameters('role')") }] })] }) }
  ],
  invalid: [
    {
      name: 'only Reader and a JIT Contributor',
      template: template({
        definitions: [
          definition({
            authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.reader }],
            eligibleAuthorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.contributor }]
          })
        ]
      }),
      errors: [{ messageId: 'none', level: 'error', loc: 'definitions[0].properties.authorizations', includes: ['Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7)', ROLE.supportRequestContributor] }]
    },
    {
      name: 'Owner does not count (Lighthouse rejects it)',
      template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.owner }] })] }),
      errors: [{ messageId: 'none' }]
    }
  ]
})
