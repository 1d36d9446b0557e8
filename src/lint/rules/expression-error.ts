/**
 * Reported by the reader/resolver, which meet these problems first; this module only gives the ID its meta (SARIF
 * rule list, docs). `check` is deliberately empty so the finding is never reported twice.
 */
import type { Rule } from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'expression-error',
    level: 'error',
    category: 'template',
    description: 'An ARM template expression cannot be evaluated: unknown function, variable cycle, expression too deep or unterminated.',
    messages: {
      expression: '{{detail}}. Fix the expression; ARM would fail the deployment the same way.'
    }
  },
  check() {}
}

export default rule
