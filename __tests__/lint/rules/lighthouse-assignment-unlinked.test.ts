import { rule } from '../../../src/lint/rules/lighthouse-assignment-unlinked.js'
import { Unknown, definition, ruleTester, template } from './rule-tester.js'

const DEF = 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff'
const resourceId = (name: string) => `/subscriptions/11111111-1111-1111-1111-111111111111/providers/Microsoft.ManagedServices/registrationDefinitions/${name}`

ruleTester(rule, {
  valid: [
    { name: 'linked by full resource ID, any case', template: template({ assignments: [{ name: 'a', registrationDefinitionId: resourceId(DEF.toUpperCase()) }] }) },
    { name: 'unknown registrationDefinitionId', template: template({ assignments: [{ name: 'a', registrationDefinitionId: new Unknown('subscriptionId', 'resourceId(...)') }] }) },
    {
      name: 'unknown definition name',
      template: template({ definitions: [definition({ name: new Unknown('parameter', 'p') })], assignments: [{ registrationDefinitionId: resourceId('other') }] })
    },
    { name: 'no assignments', template: template() }
  ],
  invalid: [
    {
      name: 'points at another definition',
      template: template({ assignments: [{ name: 'a', registrationDefinitionId: resourceId('00000000-1111-2222-3333-444444444444') }] }),
      errors: [{ messageId: 'unlinked', level: 'error', loc: 'assignments[0].properties.registrationDefinitionId', includes: ['00000000-1111-2222-3333-444444444444', DEF] }]
    },
    {
      name: 'no definition in the template',
      template: template({ definitions: [], assignments: [{ name: 'a', registrationDefinitionId: resourceId(DEF) }] }),
      errors: [{ messageId: 'noDefinition', level: 'warning', loc: 'assignments[0]' }]
    }
  ]
})
