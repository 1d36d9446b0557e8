import { rule } from '../../../src/lint/rules/lighthouse-eligible-authorization.js'
import { USER, ROLE, definition, ruleTester, template } from './rule-tester.js'

const eligible = (auth: Record<string, unknown>) => template({ definitions: [definition({ eligibleAuthorizations: [{ principalId: USER, ...auth }] })] })

ruleTester(rule, {
  valid: [
    { name: 'eligible Contributor', template: eligible({ roleDefinitionId: ROLE.contributor }) },
    { name: 'permanent UAA is not this rule', template: template({ definitions: [definition({ authorizations: [{ principalId: USER, roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [ROLE.contributor] }] })] }) },
    { name: 'null delegatedRoleDefinitionIds', template: eligible({ roleDefinitionId: ROLE.contributor, delegatedRoleDefinitionIds: null }) }
  ],
  invalid: [
    {
      name: 'eligible UAA with delegated roles',
      template: eligible({ roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [ROLE.contributor] }),
      errors: [
        { messageId: 'uaa', level: 'error', loc: 'definitions[0].eligibleAuthorizations[0].roleDefinitionId' },
        { messageId: 'delegated', loc: 'definitions[0].eligibleAuthorizations[0].delegatedRoleDefinitionIds' }
      ]
    }
  ]
})
