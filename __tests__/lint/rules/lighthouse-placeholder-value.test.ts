import { rule } from '../../../src/lint/rules/lighthouse-placeholder-value.js'
import { ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

const ZERO = '00000000-0000-0000-0000-000000000000'

ruleTester(rule, {
  valid: [
    { name: 'real values', template: template() },
    { name: 'unknown tenant', template: template({ definitions: [definition({ managedByTenantId: new Unknown('parameter', 'p') })] }) },
    { name: 'text with angle brackets inside is fine', template: template({ definitions: [definition({ registrationDefinitionName: 'Ops <-> Contoso' })] }) }
  ],
  invalid: [
    {
      name: 'Microsoft sample parameters',
      template: template({
        definitions: [
          definition({
            managedByTenantId: '<insert managing tenant id>',
            authorizations: [{ principalId: ZERO, principalIdDisplayName: '<insert principal display name>', roleDefinitionId: ROLE.contributor }]
          })
        ]
      }),
      errors: [
        { messageId: 'placeholder', level: 'error', loc: 'definitions[0].properties.managedByTenantId', includes: ['<insert managing tenant id>', 'parameters file'] },
        { messageId: 'placeholder', loc: 'definitions[0].authorizations[0].principalId', includes: [ZERO] },
        { messageId: 'placeholder', loc: 'definitions[0].authorizations[0].principalIdDisplayName' }
      ]
    },
    {
      name: 'zero tenant and {placeholder} offer name',
      template: template({ definitions: [definition({ managedByTenantId: ZERO, registrationDefinitionName: '{offerName}' })] }),
      errors: [{ messageId: 'placeholder' }, { messageId: 'placeholder', loc: 'definitions[0].properties.registrationDefinitionName' }]
    }
  ]
})
