import type { Rule } from './rule.js'
import { pinnedPrincipal, verdictFor, whyNotEarning } from './pec-verdict.js'
import { SUGGESTED_ROLE, definitionName } from './pec-messages.js'
import { describePrincipal, describeRole, roleIdOf } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'pec-automation-jit-only',
    level: 'error',
    category: 'pec',
    // Reported as a warning when a permanent role of the principal is one the data cannot judge: not surely lost.
    pecVerdict: 'unknown',
    description: 'The Provider Automation Account holds its PEC-eligible role only just-in-time (eligibleAuthorizations), which earns no credit.',
    messages: {
      jitOnly:
        'The automation principal {{principal}} holds {{role}} only under eligibleAuthorizations in registration definition {{definition}}: partner earned credit needs a permanent authorization, and a service principal cannot be eligible anyway. ' +
        "Move it to properties.authorizations as {principalId: '{{principalId}}', roleDefinitionId: '{{roleId}}'} (or use roleDefinitionId {{suggestedRole}}).",
      jitOnlyUnsure:
        'The automation principal {{principal}} holds {{role}} only under eligibleAuthorizations in registration definition {{definition}}, which earns no partner earned credit; ' +
        'its permanent roles are not known to earn it either ({{roles}}), so PEC is not assured. ' +
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
      const unsure = verdict.unsure.length > 0
      context.report({
        messageId: unsure ? 'jitOnlyUnsure' : 'jitOnly',
        level: unsure ? 'warning' : undefined,
        loc: first.loc,
        data: {
          roles: [...new Set(verdict.unsure.map((a) => `${describeRole(a.roleDefinitionId, context.catalogue)}: ${whyNotEarning(a, context.catalogue) ?? 'not known to earn credit'}`))].join('; '),
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
