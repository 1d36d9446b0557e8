import type { Rule } from './rule.js'
import { pinnedPrincipal, verdictFor, whyNotEarning } from './pec-verdict.js'
import { SUGGESTED_ROLE, definitionName } from './pec-messages.js'
import { describePrincipal, describeRole } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'pec-role-not-eligible',
    level: 'error',
    category: 'pec',
    description: 'The Provider Automation Account has authorizations, but none with a permanent PEC-eligible role that Lighthouse accepts.',
    messages: {
      notEligible:
        'The automation principal {{principal}} holds no permanent PEC-eligible role that Lighthouse accepts in registration definition {{definition}}: {{roles}}. ' +
        "Add a permanent authorization {principalId: '{{principalId}}', roleDefinitionId: {{suggestedRole}}} (Contributor also qualifies)."
    }
  },
  check(context) {
    const principal = pinnedPrincipal(context.options)
    if (principal === undefined) return
    for (const def of context.template.definitions) {
      const verdict = verdictFor(def, principal, context.catalogue)
      if (verdict.kind !== 'role-not-eligible') continue
      const held = [...verdict.permanent, ...verdict.eligible]
      const roles = held
        .map((a) => `${describeRole(a.roleDefinitionId, context.catalogue)}: ${whyNotEarning(a, context.catalogue) ?? 'not PEC-eligible'}`)
        .join('; ')
      const first = held[0]!
      context.report({
        messageId: 'notEligible',
        loc: first.fieldLoc('roleDefinitionId'),
        data: {
          principal: describePrincipal(first),
          principalId: principal,
          definition: definitionName(def),
          roles,
          suggestedRole: SUGGESTED_ROLE
        },
        fix: (fixer) => fixer.grantAutomationRole(def)
      })
    }
  }
}

export default rule
