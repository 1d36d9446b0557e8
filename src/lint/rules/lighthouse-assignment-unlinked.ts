import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-assignment-unlinked',
    level: 'error',
    category: 'lighthouse',
    description: "A registration assignment's registrationDefinitionId must name a registration definition of the template.",
    messages: {
      unlinked:
        "Registration assignment {{path}} points at registration definition '{{target}}', but the template defines {{names}}. " +
        "Use resourceId('Microsoft.ManagedServices/registrationDefinitions', <the definition's name>) for properties.registrationDefinitionId.",
      noDefinition:
        'Registration assignment {{path}} is in a template with no registration definition: it only deploys if that definition already exists in the subscription. ' +
        'Deploy the definition in the same template, or make sure it exists first.'
    }
  },
  check(context) {
    const { definitions, assignments } = context.template
    if (assignments.length === 0) return
    if (definitions.length === 0) {
      for (const a of assignments) context.report({ messageId: 'noDefinition', level: 'warning', loc: a.loc, data: { path: a.path } })
      return
    }
    // One unresolved definition name could be the one an assignment means: then nothing can be said.
    if (definitions.some((d) => typeof d.name !== 'string')) return
    const names = definitions.map((d) => (d.name as string).toLowerCase())
    for (const a of assignments) {
      const id = a.registrationDefinitionId
      if (isUnknown(id) || typeof id !== 'string') continue
      const last = id.replace(/\/+$/, '').split('/').pop() ?? ''
      if (names.includes(last.toLowerCase())) continue
      context.report({
        messageId: 'unlinked',
        loc: a.fieldLoc('properties.registrationDefinitionId'),
        data: { path: a.path, target: last, names: definitions.map((d) => `'${String(d.name)}'`).join(', ') }
      })
    }
  }
}

export default rule
