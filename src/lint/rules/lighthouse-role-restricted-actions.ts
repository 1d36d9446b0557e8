import type { Rule } from './rule.js'
import { OWNER_ROLE_ID, USER_ACCESS_ADMINISTRATOR_ROLE_ID } from '../roles/index.js'
import { confirmRole, permissionsSource } from '../roles/certainty.js'
import { allAuthorizations, authLabel, describePrincipal, describeRole, roleInfoOf } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-role-restricted-actions',
    level: 'error',
    category: 'lighthouse',
    description:
      'Azure Lighthouse does not support roles that can write or delete role assignments, role definitions, classic administrators, locks or deny assignments (a warning when the role data is recent or disputed).',
    messages: {
      restricted:
        '{{where}} grants {{role}} to {{principal}}, but this role can perform {{actions}} per {{source}}, which Azure Lighthouse rejects. ' +
        'Choose a role without Microsoft.Authorization writes (policy writes are fine), e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c).',
      unsettled:
        '{{where}} grants {{role}} to {{principal}}; per {{source}} this role can perform {{actions}}, which Azure Lighthouse rejects, but {{why}}, so this is not certain. ' +
        '{{confirm}}; or choose a role without Microsoft.Authorization writes, e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c).'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      for (const auth of allAuthorizations(def)) {
        const info = roleInfoOf(auth.roleDefinitionId, context.catalogue)
        // Owner and User Access Administrator have rules of their own with more precise advice.
        if (!info || info.id === OWNER_ROLE_ID || info.id === USER_ACCESS_ADMINISTRATOR_ROLE_ID) continue
        if (info.restrictedActions.length === 0) continue
        const shown = info.restrictedActions.slice(0, 3).join(', ') + (info.restrictedActions.length > 3 ? ', ...' : '')
        const data = {
          where: authLabel(auth),
          role: describeRole(auth.roleDefinitionId, context.catalogue),
          principal: describePrincipal(auth),
          actions: shown,
          source: permissionsSource(info, context.catalogue)
        }
        if (info.unsettled) {
          context.report({ messageId: 'unsettled', level: 'warning', loc: auth.fieldLoc('roleDefinitionId'), data: { ...data, why: info.unsettled, confirm: confirmRole('actions') } })
        } else {
          context.report({
            messageId: 'restricted',
            loc: auth.fieldLoc('roleDefinitionId'),
            data,
            suggest: (fixer) => [fixer.removeAuthorization(def, auth, 'Lighthouse rejects roles that write role assignments, definitions or locks; decide which role this principal needs instead.')]
          })
        }
      }
    }
  }
}

export default rule
