import { rule } from '../../../src/lint/rules/lighthouse-uaa-delegated-roles.js'
import { GROUP, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

const one = (auth: Record<string, unknown>) => template({ definitions: [definition({ authorizations: [{ principalId: GROUP, ...auth }] })] })

ruleTester(rule, {
  valid: [
    { name: 'UAA with delegated Contributor', template: one({ roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [ROLE.contributor] }) },
    { name: 'UAA with unknown delegated list', template: one({ roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: new Unknown('parameter', 'p') }) },
    { name: 'Contributor without delegated list', template: one({ roleDefinitionId: ROLE.contributor }) },
    { name: 'Contributor with an empty list', template: one({ roleDefinitionId: ROLE.contributor, delegatedRoleDefinitionIds: [] }) }
  ],
  invalid: [
    {
      name: 'UAA without delegatedRoleDefinitionIds',
      template: one({ principalIdDisplayName: 'Ops', roleDefinitionId: ROLE.uaa }),
      errors: [{ messageId: 'missing', level: 'error', loc: 'definitions[0].authorizations[0].roleDefinitionId', includes: ["'Ops'", 'managed identities'] }]
    },
    {
      name: 'UAA with an empty list, upper-case GUID',
      template: one({ roleDefinitionId: ROLE.uaa.toUpperCase(), delegatedRoleDefinitionIds: [] }),
      errors: [{ messageId: 'missing', loc: 'definitions[0].authorizations[0].delegatedRoleDefinitionIds' }]
    },
    {
      name: 'UAA delegating UAA and Owner',
      template: one({ roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [ROLE.uaa, ROLE.contributor, ROLE.owner.toUpperCase()] }),
      errors: [
        { messageId: 'forbidden', includes: ['User Access Administrator'] },
        { messageId: 'forbidden', includes: ['Owner'] }
      ]
    },
    {
      name: 'delegatedRoleDefinitionIds on Contributor',
      template: one({ roleDefinitionId: ROLE.contributor, delegatedRoleDefinitionIds: [ROLE.reader] }),
      errors: [{ messageId: 'notUaa', level: 'warning', loc: 'definitions[0].authorizations[0].delegatedRoleDefinitionIds' }]
    }
  ]
})
