import { rule } from '../../../src/lint/rules/pec-uaa-undocumented.js'
import { AUTOMATION, GROUP, ROLE, definition, ruleTester, template } from './rule-tester.js'

const pinned = { automationPrincipalId: AUTOMATION }
const uaa = { principalId: AUTOMATION, principalIdDisplayName: 'PEC Automation', roleDefinitionId: ROLE.uaa, delegatedRoleDefinitionIds: [ROLE.contributor] }

ruleTester(rule, {
  valid: [
    { name: 'Support Request Contributor', template: template(), options: pinned },
    {
      name: 'UAA besides Contributor',
      template: template({ definitions: [definition({ authorizations: [uaa, { principalId: AUTOMATION, roleDefinitionId: ROLE.contributor }] })] }),
      options: pinned
    },
    {
      name: 'UAA held by someone else than the automation principal',
      template: template({ definitions: [definition({ authorizations: [{ ...uaa, principalId: GROUP }, { principalId: AUTOMATION, roleDefinitionId: ROLE.contributor }] })] }),
      options: pinned
    },
    {
      name: 'unpinned, some principal has Contributor',
      template: template({ definitions: [definition({ authorizations: [uaa, { principalId: GROUP, roleDefinitionId: ROLE.contributor }] })] })
    }
  ],
  invalid: [
    {
      name: 'UAA is the automation principal’s only PEC role',
      template: template({ definitions: [definition({ authorizations: [uaa, { principalId: GROUP, roleDefinitionId: ROLE.reader }] })] }),
      options: pinned,
      errors: [{ messageId: 'uaaOnly', level: 'warning', loc: 'definitions[0].authorizations[0].roleDefinitionId', includes: ["'PEC Automation'", 'not documented', ROLE.supportRequestContributor] }]
    },
    {
      name: 'unpinned: UAA is the only qualifying role in the definition',
      template: template({ definitions: [definition({ authorizations: [{ ...uaa, principalId: GROUP, principalIdDisplayName: 'Ops' }] })] }),
      errors: [{ messageId: 'uaaOnly', includes: ["'Ops'"] }]
    }
  ]
})
