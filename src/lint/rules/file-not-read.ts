/**
 * Reported by the reader, which meets the problem first (src/lint/read, through src/shared/fs-boundary.ts); this module
 * only gives the ID its meta (SARIF rule list, docs). `check` is deliberately empty.
 */
import type { Rule } from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'file-not-read',
    level: 'error',
    category: 'template',
    description: 'A file named for linting was not read: it leads outside the workspace (a symbolic link), is not a regular file, or cannot be read.',
    messages: {
      refused: '{{detail}}'
    }
  },
  check() {}
}

export default rule
