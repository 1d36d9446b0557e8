import { describe, expect, it } from '@jest/globals'
import { definitionIdTarget, rule } from '../../../src/lint/rules/lighthouse-assignment-unlinked.js'
import { Unknown, definition, ruleTester, template } from './rule-tester.js'

const DEF = 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff'
const SUB = '11111111-1111-1111-1111-111111111111'
const resourceId = (name: string) => `/subscriptions/${SUB}/providers/Microsoft.ManagedServices/registrationDefinitions/${name}`

ruleTester(rule, {
  valid: [
    { name: 'linked by full resource ID, any case', template: template({ assignments: [{ name: 'a', registrationDefinitionId: resourceId(DEF.toUpperCase()) }] }) },
    {
      name: 'linked by a resource ID whose subscription is only known at deployment (what resourceId() yields offline)',
      template: template({ assignments: [{ registrationDefinitionId: `/subscriptions/{subscription().subscriptionId}/providers/Microsoft.ManagedServices/registrationDefinitions/${DEF}` }] })
    },
    {
      name: 'linked by a resource-group-scoped resource ID',
      template: template({ assignments: [{ registrationDefinitionId: `/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ManagedServices/registrationDefinitions/${DEF}` }] })
    },
    { name: 'unknown registrationDefinitionId', template: template({ assignments: [{ name: 'a', registrationDefinitionId: new Unknown('subscriptionId', 'resourceId(...)') }] }) },
    {
      name: 'unknown definition name',
      template: template({ definitions: [definition({ name: new Unknown('parameter', 'p') })], assignments: [{ registrationDefinitionId: resourceId('other') }] })
    },
    { name: 'no assignments', template: template() }
  ],
  invalid: [
    {
      name: 'points at another definition',
      template: template({ assignments: [{ name: 'a', registrationDefinitionId: resourceId('00000000-1111-2222-3333-444444444444') }] }),
      errors: [{ messageId: 'unlinked', level: 'error', loc: 'assignments[0].properties.registrationDefinitionId', includes: ['00000000-1111-2222-3333-444444444444', DEF] }]
    },
    {
      // Shaped like the partner template of issue 11: written like an expression, but text follows the closing bracket.
      name: 'starts with [ but does not end with ]: literal text, not a link, even though its last segment names the definition',
      template: template({ assignments: [{ registrationDefinitionId: `[subscription().id]/providers/Microsoft.ManagedServices/registrationDefinitions/${DEF}` }] }),
      errors: [
        {
          messageId: 'literalExpression',
          level: 'error',
          loc: 'assignments[0].properties.registrationDefinitionId',
          includes: ['"[subscription().id]/providers/Microsoft.ManagedServices/registrationDefinitions/', 'starts with [ and ends with ]', "resourceId('Microsoft.ManagedServices/registrationDefinitions'"]
        }
      ]
    },
    {
      name: 'a bare GUID is not the documented fully qualified ID: a warning',
      template: template({ assignments: [{ registrationDefinitionId: DEF }] }),
      errors: [{ messageId: 'notResourceId', level: 'warning', includes: [DEF] }]
    },
    {
      name: 'no definition in the template',
      template: template({ definitions: [], assignments: [{ name: 'a', registrationDefinitionId: resourceId(DEF) }] }),
      errors: [{ messageId: 'noDefinition', level: 'warning', loc: 'assignments[0]' }]
    },
    {
      name: 'no definition, and a literal that only looks like an expression',
      template: template({ definitions: [], assignments: [{ registrationDefinitionId: `[subscription().id]/providers/Microsoft.ManagedServices/registrationDefinitions/${DEF}` }] }),
      errors: [{ messageId: 'literalExpression', level: 'error' }, { messageId: 'noDefinition', level: 'warning' }]
    }
  ]
})

describe('definitionIdTarget', () => {
  it('names the definition of a full resource ID only', () => {
    expect(definitionIdTarget(resourceId(DEF))).toEqual({ kind: 'definition', name: DEF })
    expect(definitionIdTarget(`${resourceId(DEF)}/`)).toEqual({ kind: 'definition', name: DEF })
    expect(definitionIdTarget(`/subscriptions/${SUB}/providers/Microsoft.ManagedServices/registrationAssignments/${DEF}`)).toEqual({ kind: 'other' })
    expect(definitionIdTarget(`/providers/Microsoft.ManagedServices/registrationDefinitions/${DEF}`)).toEqual({ kind: 'other' })
    expect(definitionIdTarget(`[subscription().id]/providers/Microsoft.ManagedServices/registrationDefinitions/${DEF}`)).toEqual({ kind: 'literal-expression' })
    expect(definitionIdTarget(`[[resourceId('x')]`)).toEqual({ kind: 'literal-expression' })
  })
})
