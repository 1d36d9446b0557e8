import type { Rule } from './rule.js'
import { anyPrincipalVerdict, pinnedPrincipal, verdictFor } from './pec-verdict.js'
import { SUGGESTED_ROLE, definitionName } from './pec-messages.js'
import { describePrincipal } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'pec-uaa-undocumented',
    level: 'warning',
    category: 'pec',
    description: 'The only PEC-eligible role is User Access Administrator; whether it earns credit through Lighthouse is not documented.',
    messages: {
      uaaOnly:
        '{{principal}} qualifies for partner earned credit in registration definition {{definition}} only through User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9); whether UAA delegated through Lighthouse earns PEC is not documented. ' +
        'Also grant {{principal}} a permanent authorization with roleDefinitionId {{suggestedRole}}.'
    }
  },
  check(context) {
    const principal = pinnedPrincipal(context.options)
    for (const def of context.template.definitions) {
      const verdict = principal === undefined ? anyPrincipalVerdict(def, context.catalogue) : verdictFor(def, principal, context.catalogue)
      if (verdict.kind !== 'ok' || !verdict.uaaOnly) continue
      const first = verdict.via[0]!
      context.report({
        messageId: 'uaaOnly',
        loc: first.fieldLoc('roleDefinitionId'),
        data: { principal: describePrincipal(first), definition: definitionName(def), suggestedRole: SUGGESTED_ROLE }
      })
    }
  }
}

export default rule
