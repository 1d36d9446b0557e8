/**
 * Reported by the reader/resolver, which meet these problems first; this module only gives the ID its meta (SARIF
 * rule list, docs). `check` is deliberately empty so the finding is never reported twice.
 */
import type { Rule } from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'template-structure',
    level: 'error',
    category: 'template',
    description: 'The template has a structural problem ARM rejects: wrong types, a copy count over 800, nesting too deep, or a file too large.',
    messages: {
      structure: '{{detail}}. Fix the template structure so ARM can deploy it.'
    }
  },
  check() {}
}

export default rule
