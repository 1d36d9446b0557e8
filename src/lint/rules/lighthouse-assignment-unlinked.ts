import type { Rule } from './rule.js'
import { quoted } from './helpers.js'

/**
 * `/subscriptions/{sub}[/resourceGroups/{rg}]/providers/Microsoft.ManagedServices/registrationDefinitions/{name}`,
 * as resourceId() or concat(subscription().id, …) produce it (a segment only known at deployment is a placeholder).
 */
const DEFINITION_ID = /^\/subscriptions\/[^/]+(?:\/resourceGroups\/[^/]+)?\/providers\/Microsoft\.ManagedServices\/registrationDefinitions\/([^/]+)\/?$/i

/**
 * What an evaluated registrationDefinitionId designates. The one predicate the rule decides by: only a full
 * registration definition resource ID names a definition. A value written like an expression but not one (it starts
 * with `[` and does not end with `]`) reaches ARM as that literal text, so it names nothing.
 */
export function definitionIdTarget(id: string): { kind: 'definition'; name: string } | { kind: 'literal-expression' } | { kind: 'other' } {
  const match = DEFINITION_ID.exec(id.trim())
  if (match) return { kind: 'definition', name: match[1]! }
  return id.trimStart().startsWith('[') ? { kind: 'literal-expression' } : { kind: 'other' }
}

export const rule: Rule = {
  meta: {
    id: 'lighthouse-assignment-unlinked',
    level: 'error',
    category: 'lighthouse',
    description: "A registration assignment's registrationDefinitionId must be the resource ID of a registration definition of the template.",
    messages: {
      unlinked:
        "Registration assignment {{path}} points at registration definition '{{target}}', but the template defines {{names}}. " +
        "Use resourceId('Microsoft.ManagedServices/registrationDefinitions', <the definition's name>) for properties.registrationDefinitionId.",
      literalExpression:
        'Registration assignment {{path}} has registrationDefinitionId {{value}}: ARM evaluates a value only when it starts with [ and ends with ], so this one is sent as literal text, not as the resource ID of a registration definition. ' +
        "Make the whole value one expression: \"[resourceId('Microsoft.ManagedServices/registrationDefinitions', <the definition's name>)]\".",
      notResourceId:
        "Registration assignment {{path}} has registrationDefinitionId {{value}}, which is not the resource ID of a registration definition (/subscriptions/…/providers/Microsoft.ManagedServices/registrationDefinitions/<name>) as the API documents it. " +
        "Use resourceId('Microsoft.ManagedServices/registrationDefinitions', <the definition's name>).",
      noDefinition:
        'Registration assignment {{path}} is in a template with no registration definition: it only deploys if that definition already exists in the subscription. ' +
        'Deploy the definition in the same template, or make sure it exists first.'
    }
  },
  check(context) {
    const { definitions, assignments } = context.template
    if (assignments.length === 0) return
    // One unresolved definition name could be the one an assignment means: then a name cannot be compared.
    const names = definitions.length > 0 && definitions.every((d) => typeof d.name === 'string') ? definitions.map((d) => (d.name as string).toLowerCase()) : null
    for (const a of assignments) {
      const id = a.registrationDefinitionId
      const target = typeof id === 'string' ? definitionIdTarget(id) : undefined
      // A location costs a syntax tree of the file: ask for it only when reporting.
      if (target?.kind === 'literal-expression') {
        context.report({ messageId: 'literalExpression', loc: a.fieldLoc('properties.registrationDefinitionId'), data: { path: a.path, value: quoted(id as string) } })
      } else if (target?.kind === 'other') {
        // The API documents a fully qualified ID; how it treats anything else is not documented, so only warn.
        context.report({ messageId: 'notResourceId', level: 'warning', loc: a.fieldLoc('properties.registrationDefinitionId'), data: { path: a.path, value: quoted(id as string) } })
      } else if (target?.kind === 'definition' && names && !names.includes(target.name.toLowerCase())) {
        const data = { path: a.path, target: target.name, names: definitions.map((d) => `'${String(d.name)}'`).join(', ') }
        context.report({ messageId: 'unlinked', loc: a.fieldLoc('properties.registrationDefinitionId'), data })
      }
      if (definitions.length === 0) context.report({ messageId: 'noDefinition', level: 'warning', loc: a.loc, data: { path: a.path } })
    }
  }
}

export default rule
