import { rule } from '../../../src/lint/rules/lighthouse-schema.js'
import { Unknown, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'subscriptionDeploymentTemplate', template: template() },
    { name: 'http, no #, other case', template: template({ schema: 'http://schema.management.azure.com/schemas/2018-05-01/SubscriptionDeploymentTemplate.json' }) },
    {
      name: 'resource-group schema with the definition inside a nested deployment',
      template: template({
        schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        definitions: [definition({ path: "resources[0] (nested deployment 'inner') › resources[0]" })]
      })
    },
    { name: 'no Lighthouse resources', template: template({ schema: 'nonsense', definitions: [] }) },
    { name: 'unknown schema value', template: template({ schema: new Unknown('parameter', 'p') }) }
  ],
  invalid: [
    {
      name: 'the non-existent 2019-08-01 subscriptionDeploymentTemplate of Microsoft samples',
      template: template({ schema: 'https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#' }),
      errors: [{ messageId: 'unknownSchema', level: 'warning', loc: '$schema', includes: ['no 2019-08-01 subscriptionDeploymentTemplate'] }]
    },
    { name: 'missing', template: template({ schema: undefined }), errors: [{ messageId: 'missing' }] },
    { name: 'wrong type', template: template({ schema: 42 }), errors: [{ messageId: 'unknownSchema', includes: ["'42'"] }] },
    {
      name: 'top-level definition in a resource-group template',
      template: template({ schema: 'https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#' }),
      errors: [{ messageId: 'resourceGroupScope', level: 'warning', includes: ['resources[0]', 'az deployment sub create'] }]
    }
  ]
})
