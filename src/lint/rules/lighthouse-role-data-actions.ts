import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'
import { allAuthorizations, authLabel, describePrincipal, describeRole, roleInfoOf } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-role-data-actions',
    level: 'error',
    category: 'lighthouse',
    description: 'Azure Lighthouse does not support roles with DataActions.',
    messages: {
      dataActions:
        '{{where}} grants {{role}} to {{principal}}, but this role has DataActions, which Azure Lighthouse rejects (built-in role data as of 2026; Log Analytics Contributor and Lab Creator gained one in 2026 — a live role check confirms). ' +
        'Choose a role without DataActions, e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) or a narrower control-plane role.',
      delegated:
        '{{where}}.delegatedRoleDefinitionIds lists {{role}}, which has DataActions (built-in role data as of 2026 — a live role check confirms); Azure Lighthouse may reject it. ' +
        'Replace it with a role without DataActions.'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      for (const auth of allAuthorizations(def)) {
        const info = roleInfoOf(auth.roleDefinitionId, context.catalogue)
        if (info?.hasDataActions) {
          context.report({
            messageId: 'dataActions',
            loc: auth.fieldLoc('roleDefinitionId'),
            data: { where: authLabel(auth), role: describeRole(auth.roleDefinitionId, context.catalogue), principal: describePrincipal(auth) },
            suggest: (fixer) => [fixer.removeAuthorization(def, auth, 'Lighthouse rejects roles with DataActions; decide which role without DataActions this principal needs instead.')]
          })
        }
        const delegated = auth.delegatedRoleDefinitionIds
        if (!Array.isArray(delegated) || isUnknown(delegated)) continue
        for (const id of delegated) {
          if (!roleInfoOf(id, context.catalogue)?.hasDataActions) continue
          // Microsoft's own samples delegate Log Analytics Contributor; whether Lighthouse now rejects it is unconfirmed.
          context.report({
            messageId: 'delegated',
            level: 'warning',
            loc: auth.fieldLoc('delegatedRoleDefinitionIds'),
            data: { where: authLabel(auth), role: describeRole(id, context.catalogue) }
          })
        }
      }
    }
  }
}

export default rule
