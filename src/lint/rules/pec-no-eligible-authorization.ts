import type { Rule } from './rule.js'
import { anyPrincipalVerdict, pinnedPrincipal } from './pec-verdict.js'
import { SUGGESTED_ROLE, definitionName } from './pec-messages.js'
import { describeRole } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'pec-no-eligible-authorization',
    level: 'error',
    category: 'pec',
    description: 'Without a pinned automation principal: no principal holds a permanent PEC-eligible role that Lighthouse accepts.',
    messages: {
      none:
        'No principal in registration definition {{definition}} holds a permanent PEC-eligible role that Lighthouse accepts (roles found: {{roles}}), so no Partner ID link can earn partner earned credit on this delegation. ' +
        "Add a permanent authorization for your Provider Automation Account: {principalId: '<its object ID>', roleDefinitionId: {{suggestedRole}}}."
    }
  },
  check(context) {
    if (pinnedPrincipal(context.options) !== undefined) return
    for (const def of context.template.definitions) {
      if (anyPrincipalVerdict(def, context.catalogue).kind !== 'none') continue
      const roles = [...new Set(def.authorizations.map((a) => describeRole(a.roleDefinitionId, context.catalogue)))]
      context.report({
        messageId: 'none',
        loc: def.fieldLoc('properties.authorizations'),
        data: { definition: definitionName(def), roles: roles.length > 0 ? roles.join(', ') : 'none', suggestedRole: SUGGESTED_ROLE }
      })
    }
  }
}

export default rule
