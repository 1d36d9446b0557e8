import { rule } from '../../../src/lint/rules/parameters-undeclared.js'
import { ruleTester, template } from './rule-tester.js'

const declared = { mspOfferName: { type: 'string' }, managedByTenantId: { type: 'string' }, authorizations: { type: 'array' } }

ruleTester(rule, {
  valid: [
    { name: 'no parameters file', template: template({ declared }) },
    { name: 'every entry declared', template: template({ declared, supplied: { mspOfferName: { value: 'Offer' }, authorizations: { value: [] } } }) },
    { name: 'names match case-insensitively, as in ARM', template: template({ declared, supplied: { MSPOFFERNAME: { value: 'Offer' } } }) },
    { name: 'a Key Vault reference is still a declared entry', template: template({ declared, supplied: { managedByTenantId: { reference: { keyVault: { id: 'x' }, secretName: 's' } } } }) },
    // A file without the {"parameters": …} wrapper: its $schema/contentVersion keys are not parameters.
    { name: '$schema and contentVersion of an unwrapped file', template: template({ declared, supplied: { $schema: 'https://x', contentVersion: '1.0.0.0', mspOfferName: { value: 'Offer' } } }) }
  ],
  invalid: [
    {
      // Shaped like the partner case of issue 11: a parameters file kept from an older template version.
      name: 'an entry the template does not declare',
      template: template({ declared, supplied: { mspOfferName: { value: 'Offer' }, mspOfferDescription: { value: 'Old description' } } }),
      errors: [
        {
          messageId: 'undeclared',
          level: 'error',
          loc: 'parameters.mspOfferDescription',
          includes: ['"mspOfferDescription"', "The template parameters 'mspOfferDescription' in the parameters file are not valid", '"mspOfferName", "managedByTenantId", "authorizations"']
        }
      ]
    },
    {
      name: 'a template that declares no parameters at all',
      template: template({ supplied: { authorizations: { value: [] } } }),
      errors: [{ messageId: 'undeclared', includes: ['declares no parameters'] }]
    },
    {
      name: 'each undeclared entry is reported',
      template: template({ declared, supplied: { a: { value: 1 }, b: { value: 2 } } }),
      errors: [{ messageId: 'undeclared', loc: 'parameters.a' }, { messageId: 'undeclared', loc: 'parameters.b' }]
    }
  ]
})
