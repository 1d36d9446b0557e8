import { afterEach, describe, expect, it } from '@jest/globals'
import { lint } from '../../../src/lint/engine.js'
import type { LintReport } from '../../../src/lint/types.js'
import { tmpTree } from '../../helpers/tmp-tree.js'
import { AUTOMATION, CONTRIBUTOR, goodParameters, parameterizedTemplate } from '../../helpers/templates.js'

const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'

let cleanups: Array<() => void> = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

async function lintPair(template: object, parameters: object): Promise<LintReport> {
  const tree = tmpTree({ 'onboard.json': template, 'onboard.parameters.json': parameters })
  cleanups.push(tree.cleanup)
  return lint(['.'], { cwd: tree.dir, automationPrincipalId: AUTOMATION })
}

/** A definition whose authorizations are built from a list of principals with map() and a lambda. */
function mappedTemplate(roleDefinitionId: string): object {
  const template = parameterizedTemplate() as {
    parameters: Record<string, object>
    variables?: Record<string, string>
    resources: { properties: Record<string, unknown> }[]
  }
  template.parameters.principals = { type: 'array' }
  template.variables = {
    built: `[map(parameters('principals'), lambda('p', createObject('principalId', lambdaVariables('p').id, 'principalIdDisplayName', lambdaVariables('p').name, 'roleDefinitionId', '${roleDefinitionId}')))]`,
    sortedNames: "[sort(map(parameters('principals'), lambda('p', lambdaVariables('p').name)), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]",
    subnet: "[cidrSubnet('10.0.0.0/16', 24, 1)]",
    stamp: "[dateTimeAdd('2024-01-01T00:00:00Z', 'P1D')]",
    link: "[uri('https://contoso.com/templates/', 'nested.json')]"
  }
  // Variables are evaluated on first use: the description uses them all.
  template.resources[0]!.properties.description =
    "[format('{0} {1} {2} {3} {4}', variables('sortedNames')[0], variables('subnet'), variables('stamp'), variables('link'), length(variables('built')))]"
  return template
}

function mappedParameters(): object {
  const parameters = goodParameters() as { parameters: Record<string, unknown> }
  parameters.parameters.principals = { value: [{ id: AUTOMATION, name: 'Automation' }] }
  return parameters
}

describe('templates that use the newly supported functions', () => {
  it('lint without expression errors', async () => {
    const report = await lintPair(mappedTemplate(CONTRIBUTOR), mappedParameters())
    const findings = report.results[0]!.findings
    expect(findings.filter((f) => f.ruleId === 'expression-error')).toEqual([])
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/Unknown function/)
  })
  it('(control) a function this linter does not know in the same place is a warning, not an error', async () => {
    const template = mappedTemplate(CONTRIBUTOR) as { variables: Record<string, string> }
    template.variables.link = "[frobnicate('x')]"
    const report = await lintPair(template, mappedParameters())
    // It may be newer than the linter: ARM would reject it only if it really does not exist, which is not certain.
    expect(report.results[0]!.findings.filter((f) => f.ruleId === 'expression-error').map((f) => [f.level, f.message])).toEqual([
      ['warning', expect.stringMatching(/^Function 'frobnicate' is not in the ARM template function reference this linter knows/)]
    ])
  })
  it('the values computed through a lambda reach the rules', async () => {
    const template = mappedTemplate(OWNER) as { resources: { properties: Record<string, unknown> }[] }
    template.resources[0]!.properties.authorizations = "[variables('built')]"
    const report = await lintPair(template, mappedParameters())
    expect(report.results[0]!.findings.map((f) => f.ruleId)).toContain('lighthouse-owner-role')
  })
})
