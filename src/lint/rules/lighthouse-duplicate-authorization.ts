import type { Rule } from './rule.js'
import { authLabel, describePrincipal, describeRole } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-duplicate-authorization',
    level: 'warning',
    category: 'lighthouse',
    description: 'The same principal and role appear twice in one registration definition.',
    messages: {
      duplicate: '{{where}} repeats {{other}}: {{principal}} with {{role}}. Remove the duplicate.'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      for (const list of [def.authorizations, def.eligibleAuthorizations]) {
        const seen = new Map<string, string>()
        for (const auth of list) {
          const principal = auth.principalGuid
          const role = auth.roleGuid
          if (principal === undefined || role === undefined) continue
          const key = `${principal}|${role}`
          const other = seen.get(key)
          if (other === undefined) {
            seen.set(key, authLabel(auth))
            continue
          }
          context.report({
            messageId: 'duplicate',
            loc: auth.loc,
            data: { where: authLabel(auth), other, principal: describePrincipal(auth), role: describeRole(role, context.catalogue) }
          })
        }
      }
    }
  }
}

export default rule
