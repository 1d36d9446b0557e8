import type { Rule } from './rule.js'
import { USER_ACCESS_ADMINISTRATOR_ROLE_ID } from '../roles/index.js'
import { authLabel, describePrincipal } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-eligible-authorization',
    level: 'error',
    category: 'lighthouse',
    description: 'Eligible (just-in-time) authorizations cannot use User Access Administrator or carry delegatedRoleDefinitionIds.',
    messages: {
      uaa:
        '{{where}} makes {{principal}} eligible for User Access Administrator, which Lighthouse does not allow for eligible authorizations. Grant it permanently in properties.authorizations with delegatedRoleDefinitionIds instead.',
      delegated:
        '{{where}} carries delegatedRoleDefinitionIds, which eligible authorizations do not accept. Remove delegatedRoleDefinitionIds from it.'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      for (const auth of def.eligibleAuthorizations) {
        if (auth.roleGuid === USER_ACCESS_ADMINISTRATOR_ROLE_ID) {
          context.report({ messageId: 'uaa', loc: auth.fieldLoc('roleDefinitionId'), data: { where: authLabel(auth), principal: describePrincipal(auth) } })
        }
        if (auth.delegatedRoleDefinitionIds !== undefined && auth.delegatedRoleDefinitionIds !== null) {
          context.report({ messageId: 'delegated', loc: auth.fieldLoc('delegatedRoleDefinitionIds'), data: { where: authLabel(auth) } })
        }
      }
    }
  }
}

export default rule
