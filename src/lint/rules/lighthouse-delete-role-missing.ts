import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'
import { REGISTRATION_DELETE_ROLE_ID } from '../roles/index.js'
import { defLabel, listIsMalformed, listIsUnknown } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-delete-role-missing',
    level: 'note',
    category: 'lighthouse',
    description: 'No authorization grants Managed Services Registration assignment Delete Role, so the provider cannot remove the delegation.',
    messages: {
      missing:
        "Registration definition {{path}} grants no one Managed Services Registration assignment Delete Role (91c1777a-f3dc-4fae-b103-61d183457e46): only the customer can remove this delegation. " +
        "Add a permanent authorization {principalId: '<an admin group>', roleDefinitionId: '91c1777a-f3dc-4fae-b103-61d183457e46'}."
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      if (listIsUnknown(def, 'authorizations') || listIsMalformed(def, 'authorizations')) continue
      if (def.authorizations.some((a) => isUnknown(a.value) || isUnknown(a.roleDefinitionId))) continue
      if (def.authorizations.some((a) => a.roleGuid === REGISTRATION_DELETE_ROLE_ID)) continue
      context.report({ messageId: 'missing', loc: def.fieldLoc('properties.authorizations'), data: { path: defLabel(def) } })
    }
  }
}

export default rule
