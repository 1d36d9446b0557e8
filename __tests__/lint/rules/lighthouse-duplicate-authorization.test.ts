import { rule } from '../../../src/lint/rules/lighthouse-duplicate-authorization.js'
import { GROUP, ROLE, USER, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'distinct pairs', template: template() },
    {
      name: 'same pair permanent and eligible',
      template: template({ definitions: [definition({ authorizations: [{ principalId: USER, roleDefinitionId: ROLE.reader }], eligibleAuthorizations: [{ principalId: USER, roleDefinitionId: ROLE.reader }] })] })
    },
    {
      name: 'same pair in two definitions',
      template: template({ definitions: [definition(), definition()] })
    }
  ],
  invalid: [
    {
      name: 'same principal and role, different case and prefix',
      template: template({
        definitions: [
          definition({
            authorizations: [
              { principalId: GROUP, roleDefinitionId: ROLE.contributor },
              { principalId: USER, roleDefinitionId: ROLE.contributor },
              { principalId: GROUP.toUpperCase(), principalIdDisplayName: 'Ops', roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${ROLE.contributor}` }
            ]
          })
        ]
      }),
      errors: [{ messageId: 'duplicate', level: 'warning', loc: 'definitions[0].authorizations[2]', includes: ['authorizations[0]', 'Contributor'] }]
    }
  ]
})
