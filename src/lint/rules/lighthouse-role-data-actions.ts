import type { Rule } from './rule.js'
import { confirmRole, dataActionsText, permissionsSource } from '../roles/certainty.js'
import { allAuthorizations, authLabel, describePrincipal, describeRole, roleInfoOf } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-role-data-actions',
    level: 'error',
    category: 'lighthouse',
    description: 'Azure Lighthouse does not support roles with DataActions (a warning when the role data is recent or disputed).',
    messages: {
      dataActions:
        '{{where}} grants {{role}} to {{principal}}, but this role has DataActions ({{dataActions}}) per {{source}}, and Azure Lighthouse rejects roles with DataActions. ' +
        'Choose a role without DataActions, e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) or a narrower control-plane role.',
      unsettled:
        '{{where}} grants {{role}} to {{principal}}; {{source}} lists DataActions for it ({{dataActions}}), which Azure Lighthouse rejects, but {{why}}, so whether the role has them today is not certain. ' +
        '{{confirm}}; or choose a role without DataActions, e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c).'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      for (const auth of allAuthorizations(def)) {
        const info = roleInfoOf(auth.roleDefinitionId, context.catalogue)
        // Roles in delegatedRoleDefinitionIds are not checked here: the docs allow any built-in role there except
        // Owner and User Access Administrator (lighthouse-uaa-delegated-roles), and Microsoft's own example lists one
        // with a DataAction (Log Analytics Contributor).
        if (!info?.hasDataActions) continue
        const data = {
          where: authLabel(auth),
          role: describeRole(auth.roleDefinitionId, context.catalogue),
          principal: describePrincipal(auth),
          dataActions: dataActionsText(info),
          source: permissionsSource(info, context.catalogue)
        }
        if (info.unsettled) {
          context.report({ messageId: 'unsettled', level: 'warning', loc: auth.fieldLoc('roleDefinitionId'), data: { ...data, why: info.unsettled, confirm: confirmRole('dataActions') } })
        } else {
          context.report({
            messageId: 'dataActions',
            loc: auth.fieldLoc('roleDefinitionId'),
            data,
            suggest: (fixer) => [fixer.removeAuthorization(def, auth, 'Lighthouse rejects roles with DataActions; decide which role without DataActions this principal needs instead.')]
          })
        }
      }
    }
  }
}

export default rule
