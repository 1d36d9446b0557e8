import { rule } from '../../../src/lint/rules/lighthouse-delete-role-missing.js'
import { GROUP, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'delete role present', template: template() },
    { name: 'authorizations unknown', template: template({ definitions: [definition({ authorizations: new Unknown('parameter', 'p') })] }) },
    { name: 'a role unknown', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: new Unknown('parameter', 'p') }] })] }) }
  ],
  invalid: [
    {
      name: 'no delete role (only eligible does not count)',
      template: template({
        definitions: [
          definition({
            authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.contributor }],
            eligibleAuthorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.deleteRole }]
          })
        ]
      }),
      errors: [{ messageId: 'missing', level: 'note', loc: 'definitions[0].properties.authorizations', includes: [ROLE.deleteRole] }]
    }
  ]
})
