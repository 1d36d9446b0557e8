import type { Rule } from './rule.js'
import { compareApiVersions, listIsUnknown, show } from './helpers.js'

const MIN = '2020-02-01-preview'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-eligible-api-version',
    level: 'error',
    category: 'lighthouse',
    description: 'eligibleAuthorizations need apiVersion 2020-02-01-preview or later.',
    messages: {
      tooOld:
        "Registration definition {{path}} uses eligibleAuthorizations with apiVersion '{{apiVersion}}', which predates them: Azure rejects the definition (eligible authorizations are 'only allowed with api-version greater and equal to 2020-02-01-preview'). Set apiVersion to '2022-10-01'."
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      const hasEligible = def.eligibleAuthorizations.length > 0 || listIsUnknown(def, 'eligibleAuthorizations')
      if (!hasEligible) continue
      const cmp = compareApiVersions(def.apiVersion, MIN)
      if (cmp === undefined || cmp >= 0) continue
      context.report({ messageId: 'tooOld', loc: def.fieldLoc('apiVersion'), data: { path: def.path, apiVersion: show(def.apiVersion) }, fix: (fixer) => fixer.setApiVersion(def) })
    }
  }
}

export default rule
