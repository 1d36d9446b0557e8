import { rule } from '../../../src/lint/rules/lighthouse-invalid-guid.js'
import { GROUP, ROLE, USER, Unknown, definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: 'all GUIDs', template: template() },
    { name: 'upper-case GUIDs', template: template({ definitions: [definition({ managedByTenantId: '72F988BF-86F1-41AF-91AB-2D7CD011DB47' })] }) },
    { name: 'placeholders belong to lighthouse-placeholder-value', template: template({ definitions: [definition({ managedByTenantId: '<insert managing tenant id>' })] }) },
    { name: 'unknowns and wrong types are skipped', template: template({ definitions: [definition({ managedByTenantId: new Unknown('parameter', 'p'), authorizations: [{ principalId: 42, roleDefinitionId: ROLE.reader }] })] }) }
  ],
  invalid: [
    {
      name: 'every GUID field',
      template: template({
        definitions: [
          definition({
            managedByTenantId: 'contoso.onmicrosoft.com',
            authorizations: [{ principalId: 'ops-group', roleDefinitionId: 'Contributor', delegatedRoleDefinitionIds: [ROLE.reader, 'Reader'] }],
            eligibleAuthorizations: [
              { principalId: USER, roleDefinitionId: ROLE.reader, justInTimeAccessPolicy: { multiFactorAuthProvider: 'Azure', managedByTenantApprovers: [{ principalId: GROUP }, { principalId: 'bob' }] } }
            ]
          })
        ]
      }),
      errors: [
        { messageId: 'notGuid', level: 'error', loc: 'definitions[0].properties.managedByTenantId', includes: ['contoso.onmicrosoft.com', 'managing tenant ID'] },
        { messageId: 'notGuid', loc: 'definitions[0].authorizations[0].principalId' },
        { messageId: 'notGuid', loc: 'definitions[0].authorizations[0].roleDefinitionId' },
        { messageId: 'notGuid', loc: 'definitions[0].authorizations[0].delegatedRoleDefinitionIds', includes: ['delegatedRoleDefinitionIds[1]'] },
        { messageId: 'notGuid', loc: 'definitions[0].eligibleAuthorizations[0].justInTimeAccessPolicy', includes: ['managedByTenantApprovers[1].principalId'] }
      ]
    },
    {
      name: 'a full role definition resource ID',
      template: template({ definitions: [definition({ authorizations: [{ principalId: GROUP, roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${ROLE.reader}` }] })] }),
      errors: [{ messageId: 'rolePath', includes: [`'${ROLE.reader}'`] }]
    }
  ]
})
