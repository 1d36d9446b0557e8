import type { Rule } from './rule.js'
import { pinnedPrincipal } from './pec-verdict.js'

export const rule: Rule = {
  meta: {
    id: 'pec-principal-not-pinned',
    level: 'note',
    category: 'pec',
    description: 'No automation principal is pinned, so PEC can only be checked for "some principal", not for the one linked to the Partner ID.',
    messages: {
      notPinned:
        'No automation principal is pinned: PEC is only checked for some principal holding a PEC-eligible role, not for the one linked to your Partner ID. ' +
        'Set the action input automation-principal-id (CLI: --automation-principal-id) to the object ID of your Provider Automation Account.'
    }
  },
  check(context) {
    if (pinnedPrincipal(context.options) !== undefined) return
    // Once per template, at the first definition: the advice is about the run, not about a resource.
    const first = context.template.definitions[0]
    if (!first) return
    context.report({ messageId: 'notPinned', loc: first.loc })
  }
}

export default rule
