import { rule } from '../../../src/lint/rules/pec-automation-missing.js'
import { AUTOMATION, GROUP, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

const pinned = { automationPrincipalId: AUTOMATION }
const withoutAutomation = definition({
  authorizations: [{ principalId: GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: ROLE.contributor }]
})

ruleTester(rule, {
  valid: [
    { name: 'automation principal has Support Request Contributor', template: template(), options: pinned },
    { name: 'not pinned: nothing to check', template: template({ definitions: [withoutAutomation] }) },
    {
      name: 'principal present with a non-PEC role is another rule',
      template: template({ definitions: [definition({ authorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.reader }] })] }),
      options: pinned
    },
    {
      name: 'authorizations come from a parameter without value',
      template: template({ definitions: [definition({ authorizations: new Unknown('parameter', "parameters('authorizations')") })] }),
      options: pinned
    },
    {
      name: 'a principalId only known at deployment could be the automation principal',
      template: template({ definitions: [definition({ authorizations: [{ principalId: new Unknown('parameter', "parameters('p')"), roleDefinitionId: ROLE.contributor }] })] }),
      options: pinned
    },
    {
      name: 'pinned ID matches case-insensitively',
      template: template(),
      options: { automationPrincipalId: AUTOMATION.toUpperCase() }
    }
  ],
  invalid: [
    {
      name: 'automation principal in no authorization',
      template: template({ definitions: [withoutAutomation] }),
      options: pinned,
      errors: [
        {
          messageId: 'missing',
          loc: 'definitions[0].properties.authorizations',
          level: 'error',
          includes: [AUTOMATION, ROLE.supportRequestContributor, 'Support Request Contributor', "'Contoso managed services'"]
        }
      ]
    },
    {
      name: 'reported per definition that lacks it',
      template: template({ definitions: [definition(), withoutAutomation] }),
      options: pinned,
      errors: [{ messageId: 'missing', loc: 'definitions[1].properties.authorizations' }]
    },
    {
      name: 'an empty authorizations list',
      template: template({ definitions: [definition({ authorizations: [] })] }),
      options: pinned,
      errors: [{ messageId: 'missing' }]
    }
  ]
})
