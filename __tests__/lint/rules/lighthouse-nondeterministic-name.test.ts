import { rule } from '../../../src/lint/rules/lighthouse-nondeterministic-name.js'
import { Unknown, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'literal GUID', template: template() },
    { name: 'guid() of a subscription ID (unknown but deterministic)', template: template({ definitions: [definition({ name: new Unknown('subscriptionId', "guid(subscription().subscriptionId)") })] }) }
  ],
  invalid: [
    {
      name: 'newGuid() definition and utcNow() assignment',
      template: template({
        definitions: [definition({ name: new Unknown('newGuid', 'newGuid()', false) })],
        assignments: [{ name: new Unknown('utcNow', "guid(utcNow())", false), registrationDefinitionId: 'x' }]
      }),
      errors: [
        { messageId: 'nondeterministic', level: 'error', loc: 'definitions[0].name', includes: ['{newGuid()}', 'registration definition'] },
        { messageId: 'nondeterministic', loc: 'assignments[0].name', includes: ['registration assignment'] }
      ]
    }
  ]
})
