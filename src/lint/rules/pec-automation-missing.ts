import type { Rule } from './rule.js'
import { pinnedPrincipal, verdictFor } from './pec-verdict.js'
import { SUGGESTED_ROLE, definitionName } from './pec-messages.js'

export const rule: Rule = {
  meta: {
    id: 'pec-automation-missing',
    level: 'error',
    category: 'pec',
    description: 'The pinned Provider Automation Account must appear in every registration definition, with a permanent PEC-eligible role.',
    messages: {
      missing:
        'The automation principal {{principalId}} appears in no authorization of registration definition {{definition}}, so the Partner ID linked to it earns no partner earned credit on this delegation. ' +
        "Add a permanent authorization {principalId: '{{principalId}}', roleDefinitionId: {{suggestedRole}}} to properties.authorizations."
    }
  },
  check(context) {
    const principal = pinnedPrincipal(context.options)
    if (principal === undefined) return
    for (const def of context.template.definitions) {
      if (verdictFor(def, principal, context.catalogue).kind !== 'missing') continue
      context.report({
        messageId: 'missing',
        loc: def.fieldLoc('properties.authorizations'),
        data: { principalId: principal, definition: definitionName(def), suggestedRole: SUGGESTED_ROLE },
        fix: (fixer) => fixer.grantAutomationRole(def)
      })
    }
  }
}

export default rule
