import type { Rule } from './rule.js'
import { pinnedPrincipal } from './pec-verdict.js'
import { authLabel, describePrincipal } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-eligible-service-principal',
    level: 'error',
    category: 'lighthouse',
    description: 'The automation principal is a service principal, and service principals cannot be eligible (just-in-time) authorizations.',
    messages: {
      servicePrincipal:
        '{{where}} makes the automation principal {{principal}} eligible, but eligible authorizations accept only users and groups, never service principals. ' +
        'Move it to properties.authorizations (permanent), or remove it from eligibleAuthorizations.'
    }
  },
  check(context) {
    const principal = pinnedPrincipal(context.options)
    if (principal === undefined) return
    for (const def of context.template.definitions) {
      for (const auth of def.eligibleAuthorizations) {
        if (auth.principalGuid !== principal) continue
        context.report({
          messageId: 'servicePrincipal',
          loc: auth.fieldLoc('principalId'),
          data: { where: authLabel(auth), principal: describePrincipal(auth) }
        })
      }
    }
  }
}

export default rule
