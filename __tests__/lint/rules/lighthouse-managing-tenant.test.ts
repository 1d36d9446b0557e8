import { rule } from '../../../src/lint/rules/lighthouse-managing-tenant.js'
import { Unknown, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'literal tenant', template: template() },
    { name: 'parameter without value', template: template({ definitions: [definition({ managedByTenantId: new Unknown('parameter', "parameters('managedByTenantId')") })] }) }
  ],
  invalid: [
    {
      name: 'subscription().tenantId',
      template: template({ definitions: [definition({ managedByTenantId: new Unknown('tenantId', 'subscription().tenantId') })] }),
      errors: [{ messageId: 'customerTenant', level: 'error', loc: 'definitions[0].properties.managedByTenantId', includes: ['{subscription().tenantId}'] }]
    }
  ]
})
