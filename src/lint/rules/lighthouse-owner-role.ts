import type { Rule } from './rule.js'
import { CONTRIBUTOR_ROLE_ID, OWNER_ROLE_ID } from '../roles/index.js'
import { allAuthorizations, authLabel, describePrincipal, roleIdOf } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-owner-role',
    level: 'error',
    category: 'lighthouse',
    description: 'Azure Lighthouse does not support the Owner role in authorizations.',
    messages: {
      owner:
        '{{where}} grants Owner (8e3af657-a8ff-443c-a75c-2fe8c4bcb635) to {{principal}}: Azure Lighthouse rejects Owner. ' +
        'Use Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c), plus User Access Administrator with delegatedRoleDefinitionIds if the principal must assign roles to managed identities.'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      for (const auth of allAuthorizations(def)) {
        if (roleIdOf(auth.roleDefinitionId) !== OWNER_ROLE_ID) continue
        context.report({
          messageId: 'owner',
          loc: auth.fieldLoc('roleDefinitionId'),
          data: { where: authLabel(auth), principal: describePrincipal(auth) },
          suggest: (fixer) => [fixer.replaceRole(auth, CONTRIBUTOR_ROLE_ID, 'Lighthouse rejects Owner; Contributor cannot assign roles, so decide whether this principal needs more.')]
        })
      }
    }
  }
}

export default rule
