import { rule } from '../../../src/lint/rules/pec-principal-not-pinned.js'
import { AUTOMATION, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'pinned', template: template(), options: { automationPrincipalId: AUTOMATION } },
    { name: 'no definitions', template: template({ definitions: [] }) },
    { name: 'blank pin counts as unpinned only when there is a definition', template: template({ definitions: [] }), options: { automationPrincipalId: ' ' } }
  ],
  invalid: [
    {
      name: 'once per template, even with two definitions',
      template: template({ definitions: [definition(), definition()] }),
      errors: [{ messageId: 'notPinned', level: 'note', loc: 'definitions[0]', includes: ['automation-principal-id', '--automation-principal-id'] }]
    }
  ]
})
