/**
 * Reported by the resolver when an expression needs a parameter that has neither a value in the paired parameters
 * file nor a defaultValue; this module gives the ID its meta (SARIF rule list, docs). `check` is deliberately empty.
 */
import type { Rule } from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'parameters-missing',
    level: 'warning',
    category: 'template',
    description: 'A parameter the delegation depends on has no value (no parameters file paired, the file lacks it, or it could not be read or parsed) and no defaultValue, so it cannot be checked.',
    messages: {
      missing: "Parameter '{{name}}' has no value and no defaultValue. Pair a parameters file or add a defaultValue."
    }
  },
  check() {}
}

export default rule
