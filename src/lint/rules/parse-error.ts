/**
 * Reported by the reader/resolver, which meet these problems first; this module only gives the ID its meta (SARIF
 * rule list, docs). `check` is deliberately empty so the finding is never reported twice.
 */
import type { Rule } from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'parse-error',
    level: 'error',
    category: 'template',
    description: 'The file is not valid JSON (with comments): ARM cannot read it.',
    messages: {
      parse: '{{detail}}. Fix the JSON syntax; ARM accepts // and /* */ comments and a UTF-8 BOM, nothing else beyond JSON.'
    }
  },
  check() {}
}

export default rule
