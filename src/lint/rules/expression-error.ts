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
    description: 'An ARM template expression fails as ARM would fail it (syntax, variable cycle, wrong arguments, fail()); what cannot be checked offline (a function newer than the linter, its own limits) is a warning.',
    messages: {
      expression: '{{detail}}. Fix the expression; ARM would fail the deployment the same way.'
    }
  },
  check() {}
}

export default rule
