import type { Rule } from './rule.js'
import { guidFields } from './fields.js'
import { isGuid, isPlaceholderText, roleIdOf } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-invalid-guid',
    level: 'error',
    category: 'lighthouse',
    description: 'managedByTenantId, principal IDs and role definition IDs must be GUIDs.',
    messages: {
      notGuid: "{{path}} is '{{value}}', which is not a GUID; Azure rejects the delegation. Use the {{what}} GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).",
      rolePath:
        "{{path}} is a full role definition resource ID; Lighthouse expects the bare built-in role GUID. Use '{{guid}}'."
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      for (const field of guidFields(def)) {
        // Unknowns are checked at deployment; wrong types are lighthouse-definition-shape's; placeholders have their own rule.
        if (typeof field.value !== 'string' || isGuid(field.value) || isPlaceholderText(field.value)) continue
        const guid = field.kind === 'role' ? roleIdOf(field.value) : undefined
        if (guid !== undefined) {
          context.report({ messageId: 'rolePath', loc: field.loc, data: { path: field.path, guid } })
          continue
        }
        const what = field.kind === 'tenant' ? 'managing tenant ID' : field.kind === 'principal' ? 'Entra object ID' : 'built-in role definition'
        context.report({ messageId: 'notGuid', loc: field.loc, data: { path: field.path, value: field.value, what } })
      }
    }
  }
}

export default rule
