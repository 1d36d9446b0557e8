import { rule } from '../../../src/lint/rules/lighthouse-role-restricted-actions.js'
import { GROUP, ROLE, definition, ruleTester, template } from './rule-tester.js'

const one = (roleDefinitionId: string) => template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId }] })] })

ruleTester(rule, {
  valid: [
    { name: 'Contributor (notActions remove Authorization writes)', template: one(ROLE.contributor) },
    { name: 'Resource Policy Contributor (policy writes are allowed)', template: one(ROLE.resourcePolicyContributor) },
    { name: 'Owner has its own rule', template: one(ROLE.owner) },
    { name: 'UAA has its own rule', template: one(ROLE.uaa) }
  ],
  invalid: [
    {
      name: 'Role Based Access Control Administrator',
      template: one(ROLE.rbacAdmin),
      errors: [{ messageId: 'restricted', level: 'error', loc: 'definitions[0].authorizations[0].roleDefinitionId', includes: ['Role Based Access Control Administrator', 'roleAssignments/write', 'seen 2026-10-10'] }]
    },
    {
      name: 'a role whose definition changed recently (Foundry Account Owner, 2026-05-16): a warning',
      template: one(ROLE.foundryAccountOwner),
      errors: [{ messageId: 'unsettled', level: 'warning', includes: ['Foundry Account Owner', 'roleAssignments/write', 'its definition changed on 2026-05-16', 'mode: validate or what-if'] }]
    }
  ]
})
