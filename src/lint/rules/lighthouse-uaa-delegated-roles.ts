import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'
import { OWNER_ROLE_ID, USER_ACCESS_ADMINISTRATOR_ROLE_ID } from '../roles/index.js'
import { authLabel, describePrincipal, describeRole, roleIdOf, show } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-uaa-delegated-roles',
    level: 'error',
    category: 'lighthouse',
    description:
      'User Access Administrator needs delegatedRoleDefinitionIds, which may not include User Access Administrator or Owner; other roles take no delegatedRoleDefinitionIds.',
    messages: {
      missing:
        '{{where}} grants User Access Administrator to {{principal}} without delegatedRoleDefinitionIds: Lighthouse accepts this role only for assigning roles to managed identities. ' +
        "Add delegatedRoleDefinitionIds: ['<role GUID>', ...] listing the built-in roles it may assign (e.g. 'b24988ac-6180-42a0-ab88-20f7382dd24c' Contributor).",
      forbidden:
        '{{where}}.delegatedRoleDefinitionIds includes {{role}}: Lighthouse does not allow User Access Administrator to delegate User Access Administrator or Owner. Remove it.',
      notUaa:
        '{{where}} has delegatedRoleDefinitionIds ({{value}}) but its role is {{role}}, not User Access Administrator: the list has no effect. Remove it, or use User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9).'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      // Eligible authorizations with UAA or delegatedRoleDefinitionIds belong to lighthouse-eligible-authorization.
      for (const auth of def.authorizations) {
        const role = auth.roleGuid
        const ids = auth.delegatedRoleDefinitionIds
        if (isUnknown(ids) || isUnknown(auth.roleDefinitionId)) continue
        const present = ids !== undefined && ids !== null
        if (role === USER_ACCESS_ADMINISTRATOR_ROLE_ID) {
          if (!Array.isArray(ids) || ids.length === 0) {
            context.report({
              messageId: 'missing',
              loc: present ? auth.fieldLoc('delegatedRoleDefinitionIds') : auth.fieldLoc('roleDefinitionId'),
              data: { where: authLabel(auth), principal: describePrincipal(auth) }
            })
            continue
          }
          for (const id of ids) {
            const inner = roleIdOf(id)
            if (inner !== USER_ACCESS_ADMINISTRATOR_ROLE_ID && inner !== OWNER_ROLE_ID) continue
            context.report({
              messageId: 'forbidden',
              loc: auth.fieldLoc('delegatedRoleDefinitionIds'),
              data: { where: authLabel(auth), role: describeRole(id, context.catalogue) }
            })
          }
        } else if (role !== undefined && present && !(Array.isArray(ids) && ids.length === 0)) {
          context.report({
            messageId: 'notUaa',
            level: 'warning',
            loc: auth.fieldLoc('delegatedRoleDefinitionIds'),
            data: { where: authLabel(auth), role: describeRole(auth.roleDefinitionId, context.catalogue), value: show(ids) }
          })
        }
      }
    }
  }
}

export default rule
