import type { Rule } from './rule.js'
import { pinnedPrincipal, verdictFor } from './pec-verdict.js'
import { SUGGESTED_ROLE, definitionName } from './pec-messages.js'
import { describePrincipal, describeRole, roleIdOf } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'pec-automation-jit-only',
    level: 'error',
    category: 'pec',
    description: 'The Provider Automation Account holds its PEC-eligible role only just-in-time (eligibleAuthorizations), which earns no credit.',
    messages: {
      jitOnly:
        'The automation principal {{principal}} holds {{role}} only under eligibleAuthorizations in registration definition {{definition}}: partner earned credit needs a permanent authorization, and a service principal cannot be eligible anyway. ' +
        "Move it to properties.authorizations as {principalId: '{{principalId}}', roleDefinitionId: '{{roleId}}'} (or use roleDefinitionId {{suggestedRole}})."
    }
  },
  check(context) {
    const principal = pinnedPrincipal(context.options)
    if (principal === undefined) return
    for (const def of context.template.definitions) {
      const verdict = verdictFor(def, principal, context.catalogue)
      if (verdict.kind !== 'jit-only') continue
      const first = verdict.eligible[0]!
      context.report({
        messageId: 'jitOnly',
        loc: first.loc,
        data: {
          principal: describePrincipal(first),
          principalId: principal,
          role: describeRole(first.roleDefinitionId, context.catalogue),
          roleId: roleIdOf(first.roleDefinitionId) ?? String(first.roleDefinitionId),
          definition: definitionName(def),
          suggestedRole: SUGGESTED_ROLE
        },
        fix: (fixer) => fixer.grantAutomationRole(def, verdict.eligible)
      })
    }
  }
}

export default rule
