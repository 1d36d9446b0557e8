import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'
import { pinnedPrincipal } from './pec-verdict.js'
import { allAuthorizations, authLabel, describePrincipal, roleIdOf } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-unknown-role',
    level: 'warning',
    category: 'lighthouse',
    description: 'A role GUID is not in the built-in role catalogue: Lighthouse rejects custom roles, though a brand-new built-in may be missing.',
    messages: {
      unknownRole:
        '{{where}} grants role {{roleId}} to {{principal}}, which is not in the built-in role catalogue: Lighthouse accepts only built-in roles, so a custom role is rejected (a built-in newer than the catalogue is fine). ' +
        'Check the GUID against the Azure built-in roles list, or run the live role check.',
      unknownDelegated:
        '{{where}}.delegatedRoleDefinitionIds lists {{roleId}}, which is not in the built-in role catalogue: only built-in roles can be delegated. Check the GUID.'
    }
  },
  check(context) {
    // The automation principal's roles are judged by the pec-* rules, which explain the missing role there.
    const automation = pinnedPrincipal(context.options)
    for (const def of context.template.definitions) {
      for (const auth of allAuthorizations(def)) {
        const roleId = auth.roleGuid
        const isAutomation = automation !== undefined && auth.principalGuid === automation
        if (roleId !== undefined && !isAutomation && !context.catalogue.get(roleId)) {
          context.report({
            messageId: 'unknownRole',
            loc: auth.fieldLoc('roleDefinitionId'),
            data: { where: authLabel(auth), roleId, principal: describePrincipal(auth) }
          })
        }
        const delegated = auth.delegatedRoleDefinitionIds
        if (!Array.isArray(delegated) || isUnknown(delegated)) continue
        for (const id of delegated) {
          const inner = roleIdOf(id)
          if (inner === undefined || context.catalogue.get(inner)) continue
          context.report({ messageId: 'unknownDelegated', loc: auth.fieldLoc('delegatedRoleDefinitionIds'), data: { where: authLabel(auth), roleId: inner } })
        }
      }
    }
  }
}

export default rule
