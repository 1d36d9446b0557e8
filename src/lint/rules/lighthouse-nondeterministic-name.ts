import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-nondeterministic-name',
    level: 'error',
    category: 'lighthouse',
    description: 'Registration definition and assignment names must be deterministic: never newGuid() or utcNow().',
    messages: {
      nondeterministic:
        "The name of {{kind}} {{path}} is {{value}}, which changes on every deployment: redeploying creates a second offer instead of updating the first, and two assignments at one scope cannot share an offer name. " +
        "Use a literal GUID or guid(...) of stable inputs, e.g. [guid(parameters('mspOfferName'))]."
    }
  },
  check(context) {
    const resources = [
      ...context.template.definitions.map((r) => ({ r, kind: 'registration definition' })),
      ...context.template.assignments.map((r) => ({ r, kind: 'registration assignment' }))
    ]
    for (const { r, kind } of resources) {
      if (!isUnknown(r.name) || r.name.deterministic) continue
      context.report({
        messageId: 'nondeterministic',
        loc: r.fieldLoc('name'),
        data: { kind, path: r.path, value: r.name.toString() },
        fix: (fixer) => fixer.deterministicName(r, kind === 'registration definition' ? 'definition' : 'assignment')
      })
    }
  }
}

export default rule
