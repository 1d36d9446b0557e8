import { rule } from '../../../src/lint/rules/lighthouse-owner-role.js'
import { GROUP, ROLE, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'Contributor', template: template() },
    { name: 'wrong type roleDefinitionId', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: 42 }, 'junk', null] })] }) }
  ],
  invalid: [
    {
      name: 'Owner, permanent and eligible, any case',
      template: template({
        definitions: [
          definition({
            authorizations: [{ principalId: GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: ROLE.owner.toUpperCase() }],
            eligibleAuthorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.owner }]
          })
        ]
      }),
      errors: [
        { messageId: 'owner', level: 'error', loc: 'definitions[0].authorizations[0].roleDefinitionId', includes: ["'Ops'", 'Contributor'] },
        { messageId: 'owner', loc: 'definitions[0].eligibleAuthorizations[0].roleDefinitionId' }
      ]
    }
  ]
})
