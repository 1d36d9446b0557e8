import { rule } from '../../../src/lint/rules/lighthouse-eligible-service-principal.js'
import { AUTOMATION, USER, ROLE, definition, ruleTester, template } from './rule-tester.js'

const pinned = { automationPrincipalId: AUTOMATION }
const eligible = (principalId: string) => template({ definitions: [definition({ eligibleAuthorizations: [{ principalId, principalIdDisplayName: 'X', roleDefinitionId: ROLE.contributor }] })] })

ruleTester(rule, {
  valid: [
    { name: 'a user is eligible', template: eligible(USER), options: pinned },
    { name: 'not pinned: cannot know which principal is a service principal', template: eligible(AUTOMATION) }
  ],
  invalid: [
    {
      name: 'automation principal eligible',
      template: eligible(AUTOMATION.toUpperCase()),
      options: pinned,
      errors: [{ messageId: 'servicePrincipal', level: 'error', loc: 'definitions[0].eligibleAuthorizations[0].principalId', includes: ["'X'"] }]
    }
  ]
})
