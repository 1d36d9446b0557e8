import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'
import { allAuthorizations, authLabel, describeRole, isObject, show } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-display-name-missing',
    level: 'warning',
    category: 'lighthouse',
    description: 'Authorizations should carry principalIdDisplayName, the only name the customer sees for the principal.',
    messages: {
      missing:
        '{{where}} ({{principalId}}, {{role}}) has no principalIdDisplayName: the customer sees only a GUID in Service providers. Add principalIdDisplayName with the user, group or service principal name.'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      for (const auth of allAuthorizations(def)) {
        const name = auth.principalIdDisplayName
        if (isUnknown(name) || !isObject(auth.value)) continue
        if (typeof name === 'string' && name.trim() !== '') continue
        context.report({
          messageId: 'missing',
          loc: auth.loc,
          data: { where: authLabel(auth), principalId: show(auth.principalId), role: describeRole(auth.roleDefinitionId, context.catalogue) },
          fix: (fixer) => fixer.addDisplayName(def, auth)
        })
      }
    }
  }
}

export default rule
