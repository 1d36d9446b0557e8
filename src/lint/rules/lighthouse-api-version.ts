import type { Rule } from './rule.js'
import { compareApiVersions, show } from './helpers.js'

const OLDEST_STABLE = '2019-06-01'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-api-version',
    level: 'warning',
    category: 'lighthouse',
    description: 'Microsoft.ManagedServices resources use a preview API version older than the first stable one (2019-06-01).',
    messages: {
      old: "{{kind}} {{path}} uses apiVersion '{{apiVersion}}', a preview that predates the first stable Microsoft.ManagedServices API (2019-06-01). Use the current stable '2022-10-01'."
    }
  },
  check(context) {
    const resources = [
      ...context.template.definitions.map((r) => ({ r, kind: 'Registration definition' })),
      ...context.template.assignments.map((r) => ({ r, kind: 'Registration assignment' }))
    ]
    for (const { r, kind } of resources) {
      const cmp = compareApiVersions(r.apiVersion, OLDEST_STABLE)
      if (cmp === undefined || cmp >= 0) continue
      context.report({ messageId: 'old', loc: r.fieldLoc('apiVersion'), data: { kind, path: r.path, apiVersion: show(r.apiVersion) }, fix: (fixer) => fixer.setApiVersion(r) })
    }
  }
}

export default rule
