import type { Rule } from './rule.js'
import { guidFields, placeholderTextFields } from './fields.js'
import { isPlaceholderText, isZeroGuid } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-placeholder-value',
    level: 'error',
    category: 'lighthouse',
    description: "Values still hold the samples' placeholders (all-zero GUIDs, '<insert …>' text).",
    messages: {
      placeholder:
        "{{path}} is still the placeholder '{{value}}': the delegation would deploy nothing useful. Fill in the real value in {{where}}."
    }
  },
  check(context) {
    // The finding already carries the file; the message only says which kind of file to edit.
    const where = context.template.parametersFile ? 'the parameters file' : 'the parameters file (or the template)'
    for (const def of context.template.definitions) {
      for (const field of [...guidFields(def), ...placeholderTextFields(def)]) {
        if (typeof field.value !== 'string') continue
        if (!(isPlaceholderText(field.value) || (field.kind !== 'text' && isZeroGuid(field.value)))) continue
        context.report({ messageId: 'placeholder', loc: field.loc, data: { path: field.path, value: field.value, where } })
      }
    }
  }
}

export default rule
