import type { Rule } from './rule.js'
import type { ResolvedAuthorization } from '../model.js'
import type { RoleCatalogue } from '../roles/catalogue.js'
import { anyPrincipalVerdict, pinnedPrincipal, verdictFor, whyNotEarning } from './pec-verdict.js'
import { SUGGESTED_ROLE, definitionName } from './pec-messages.js'
import { describePrincipal, describeRole } from './helpers.js'

function rolesText(auths: ResolvedAuthorization[], catalogue: RoleCatalogue): string {
  return [...new Set(auths.map((a) => `${describeRole(a.roleDefinitionId, catalogue)}: ${whyNotEarning(a, catalogue) ?? 'not known to earn credit'}`))].join('; ')
}

export const rule: Rule = {
  meta: {
    id: 'pec-role-not-assured',
    level: 'warning',
    category: 'pec',
    description:
      'PEC not assured: the only permanent roles that could earn partner earned credit are ones the PEC table does not list, or whose Lighthouse usability the role data cannot settle.',
    pecVerdict: 'unknown',
    messages: {
      notAssured:
        'PEC not assured: the automation principal {{principal}} holds no permanent role that surely earns partner earned credit in registration definition {{definition}}: {{roles}}. ' +
        "Use a role the table lists: add a permanent authorization {principalId: '{{principalId}}', roleDefinitionId: {{suggestedRole}}} (Contributor also qualifies).",
      notAssuredAny:
        'PEC not assured: no principal in registration definition {{definition}} holds a permanent role that surely earns partner earned credit: {{roles}}. ' +
        "Use a role the table lists: add a permanent authorization for your Provider Automation Account {principalId: '<its object ID>', roleDefinitionId: {{suggestedRole}}}."
    }
  },
  check(context) {
    const principal = pinnedPrincipal(context.options)
    for (const def of context.template.definitions) {
      if (principal !== undefined) {
        const verdict = verdictFor(def, principal, context.catalogue)
        if (verdict.kind !== 'unsure') continue
        const first = verdict.unsure[0]!
        context.report({
          messageId: 'notAssured',
          loc: first.fieldLoc('roleDefinitionId'),
          data: {
            principal: describePrincipal(first),
            principalId: principal,
            definition: definitionName(def),
            roles: rolesText(verdict.unsure, context.catalogue),
            suggestedRole: SUGGESTED_ROLE
          },
          fix: (fixer) => fixer.grantAutomationRole(def)
        })
        continue
      }
      const verdict = anyPrincipalVerdict(def, context.catalogue)
      if (verdict.kind !== 'unsure') continue
      context.report({
        messageId: 'notAssuredAny',
        loc: verdict.unsure[0]!.fieldLoc('roleDefinitionId'),
        data: { definition: definitionName(def), roles: rolesText(verdict.unsure, context.catalogue), suggestedRole: SUGGESTED_ROLE }
      })
    }
  }
}

export default rule
