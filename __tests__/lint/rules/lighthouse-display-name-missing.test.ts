import { rule } from '../../../src/lint/rules/lighthouse-display-name-missing.js'
import { GROUP, ROLE, USER, Unknown, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'all named', template: template() },
    { name: 'name known at deployment', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, principalIdDisplayName: new Unknown('parameter', 'p'), roleDefinitionId: ROLE.reader }] })] }) },
    { name: 'authorization of wrong type is the shape rule’s', template: template({ definitions: [definition({ authorizations: ['x'] })] }) }
  ],
  invalid: [
    {
      name: 'missing and blank',
      template: template({
        definitions: [
          definition({
            authorizations: [{ principalId: GROUP, roleDefinitionId: ROLE.reader }],
            eligibleAuthorizations: [{ principalId: USER, principalIdDisplayName: '  ', roleDefinitionId: ROLE.contributor }]
          })
        ]
      }),
      errors: [
        { messageId: 'missing', level: 'warning', loc: 'definitions[0].authorizations[0]', includes: [GROUP, 'Reader'] },
        { messageId: 'missing', loc: 'definitions[0].eligibleAuthorizations[0]' }
      ]
    }
  ]
})
