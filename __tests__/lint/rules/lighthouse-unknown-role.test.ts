import { rule } from '../../../src/lint/rules/lighthouse-unknown-role.js'
import { AUTOMATION, GROUP, ROLE, definition, ruleTester, template } from './rule-tester.js'

const CUSTOM = '12345678-1234-1234-1234-123456789abc'

ruleTester(rule, {
  valid: [
    { name: 'built-in roles', template: template() },
    {
      name: 'the automation principal’s unknown role is judged by pec-role-not-eligible',
      template: template({ definitions: [definition({ authorizations: [{ principalId: AUTOMATION, roleDefinitionId: CUSTOM }] })] }),
      options: { automationPrincipalId: AUTOMATION }
    },
    { name: 'not a GUID is lighthouse-invalid-guid’s', template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: 'Custom' }] })] }) }
  ],
  invalid: [
    {
      name: 'custom role and custom delegated role',
      template: template({
        definitions: [definition({ authorizations: [{ principalId: GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: CUSTOM.toUpperCase() }, { principalId: GROUP, roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [CUSTOM] }] })]
      }),
      errors: [
        { messageId: 'unknownRole', level: 'warning', loc: 'definitions[0].authorizations[0].roleDefinitionId', includes: [CUSTOM, "'Ops'", 'built-in'] },
        { messageId: 'unknownDelegated', loc: 'definitions[0].authorizations[1].delegatedRoleDefinitionIds' }
      ]
    },
    {
      name: 'unpinned: the would-be automation principal is reported too',
      template: template({ definitions: [definition({ authorizations: [{ principalId: AUTOMATION, roleDefinitionId: CUSTOM }] })] }),
      errors: [{ messageId: 'unknownRole' }]
    }
  ]
})
