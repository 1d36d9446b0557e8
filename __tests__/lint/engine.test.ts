import { afterEach, describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint/engine.js'
import { UsageError } from '../../src/lint/errors.js'
import type { LintReport } from '../../src/lint/types.js'
import { tmpTree } from '../helpers/tmp-tree.js'
import {
  AUTOMATION, CONTRIBUTOR, OPS_GROUP, SUBSCRIPTION_SCHEMA, SUPPORT_REQUEST_CONTRIBUTOR, TENANT,
  goodAuthorizations, goodParameters, parameterizedTemplate, parametersFile
} from '../helpers/templates.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

async function lintTree(files: Record<string, string | Buffer | object>, patterns = ['.'], automationPrincipalId: string | undefined = AUTOMATION, extra = {}): Promise<LintReport> {
  const tree = tmpTree(files)
  cleanups.push(tree.cleanup)
  return lint(patterns, { cwd: tree.dir, automationPrincipalId, ...extra })
}

const ids = (report: LintReport, unit = 0): string[] => report.results[unit].findings.map((f) => f.ruleId)

describe('pairing templates with parameter files', () => {
  it('pairs X.json with X.parameters.json and lints each X.parameters.*.json as its own unit', async () => {
    const report = await lintTree({
      'onboard.json': parameterizedTemplate(),
      'onboard.parameters.json': goodParameters(),
      'onboard.parameters.prod.json': goodParameters([{ principalId: OPS_GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: CONTRIBUTOR }])
    })
    expect(report.results.map((r) => [r.template, r.parameters])).toEqual([
      ['onboard.json', 'onboard.parameters.json'],
      ['onboard.json', 'onboard.parameters.prod.json']
    ])
    expect(report.results[0].pec).toBe('ok')
    expect(ids(report, 1)).toContain('pec-automation-missing')
    // Parameter files are never linted as templates.
    expect(report.summary.templates).toBe(2)
  })

  it('lets an explicit pair override the convention', async () => {
    const report = await lintTree(
      {
        'a.json': parameterizedTemplate(),
        'a.parameters.json': goodParameters([{ principalId: OPS_GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: CONTRIBUTOR }]),
        'custom/values.json': goodParameters()
      },
      ['a.json'],
      AUTOMATION,
      { parameterPairs: [{ template: 'a.json', parameters: 'custom/values.json' }] }
    )
    expect(report.results).toHaveLength(1)
    expect(report.results[0].parameters).toBe('custom/values.json')
    expect(report.results[0].pec).toBe('ok')
  })

  it('takes parameters-file values over defaultValue', async () => {
    const template = parameterizedTemplate() as { parameters: Record<string, Record<string, unknown>> }
    template.parameters.authorizations.defaultValue = [{ principalId: OPS_GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: CONTRIBUTOR }]
    const withFile = await lintTree({ 't.json': template, 't.parameters.json': goodParameters() })
    expect(withFile.results[0].pec).toBe('ok')
    const withoutFile = await lintTree({ 't.json': template }, ['t.json'], AUTOMATION)
    expect(ids(withoutFile)).toContain('pec-automation-missing')
  })

  it('skips JSON that is not a template when searching folders, but reports a named file', async () => {
    const report = await lintTree({ 'package.json': { name: 'x' }, 'broken-config.json': '{ nope', 'ok.json': parameterizedTemplate(), 'ok.parameters.json': goodParameters() })
    expect(report.results.map((r) => r.template)).toEqual(['ok.json'])
    const named = await lintTree({ 'package.json': { name: 'x' } }, ['package.json'])
    expect(named.results[0].findings[0]).toMatchObject({ ruleId: 'template-structure', level: 'note' })
  })

  it('reads units in batches without losing order or mixing up files (more units than one batch)', async () => {
    const files: Record<string, string | object> = {}
    const name = (i: number): string => `t${String(i).padStart(3, '0')}`
    for (let i = 0; i < 300; i++) {
      files[`${name(i)}.json`] = parameterizedTemplate()
      files[`${name(i)}.parameters.json`] = i === 260 ? '{ "parameters": ' : goodParameters()
    }
    // A parameters file by content (not by name) is never a template, wherever it falls in the batches.
    files[`${name(3)}.json`] = JSON.parse(JSON.stringify(goodParameters()))
    const report = await lintTree(files)
    expect(report.results).toHaveLength(299)
    expect(report.results.map((r) => r.template)).toEqual(Array.from({ length: 300 }, (_, i) => i).filter((i) => i !== 3).map((i) => `${name(i)}.json`))
    const broken = report.results.filter((r) => r.findings.some((f) => f.ruleId === 'parse-error'))
    expect(broken.map((r) => [r.template, r.findings.find((f) => f.ruleId === 'parse-error')!.file])).toEqual([[`${name(260)}.json`, `${name(260)}.parameters.json`]])
    expect(report.results.filter((r) => r.pec === 'ok')).toHaveLength(298)
  })

  it('matches changed files named relative to the repository when the checkout is in a sub-folder', async () => {
    const files = {
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/templates/a.json': parameterizedTemplate(),
      'repo/templates/a.parameters.json': goodParameters(),
      'repo/templates/b.json': parameterizedTemplate(),
      'repo/templates/b.parameters.json': goodParameters()
    }
    // The pull request API says `templates/a.parameters.json`; the action's working directory is the parent.
    const report = await lintTree(files, ['repo/templates'], AUTOMATION, { changedFiles: ['templates/a.parameters.json'] })
    expect(report.results.map((r) => r.template)).toEqual(['repo/templates/a.json'])
    expect(report.skipped).toBe(1)
    // Paths relative to the working directory still match, as before.
    const direct = await lintTree(files, ['repo/templates'], AUTOMATION, { changedFiles: ['repo/templates/b.json'] })
    expect(direct.results.map((r) => r.template)).toEqual(['repo/templates/b.json'])
  })

  it('reports a missing path as a usage error', async () => {
    await expect(lintTree({}, ['does-not-exist.json'])).rejects.toBeInstanceOf(UsageError)
  })

  it('finds templates by glob pattern', async () => {
    const report = await lintTree({ 'a/x.json': parameterizedTemplate(), 'a/x.parameters.json': goodParameters(), 'b/y.json': parameterizedTemplate() }, ['a/**/*.json'])
    expect(report.results.map((r) => r.template)).toEqual(['a/x.json'])
  })
})

describe('reading like ARM', () => {
  it('accepts comments, trailing commas and a BOM, with positions of the original text', async () => {
    const body = JSON.stringify(parameterizedTemplate(), null, 2)
      .replace('"contentVersion"', '/* block */ "contentVersion"')
      .replace('"name": "[guid(parameters(\'mspOfferName\'))]"', '"name": "[newGuid()]"')
      .replace(/\n(\s*)\]\n\}$/, ',\n$1]\n}')
    const template = `\uFEFF// onboarding\n${body}`
    const report = await lintTree({ 't.json': template, 't.parameters.json': goodParameters() })
    expect(ids(report)).not.toContain('parse-error')
    const name = report.results[0].findings.find((f) => f.ruleId === 'lighthouse-nondeterministic-name')!
    expect(name.file).toBe('t.json')
    const line = template.replace(/^\uFEFF/, '').split('\n')[name.line - 1]
    expect(line).toContain('"name": "[newGuid()]"')
    expect(line.indexOf('"name"') + 1).toBe(name.column)
  })

  it('points a finding on a [parameters()] value at the parameters file entry that sets it', async () => {
    const params = JSON.stringify(goodParameters(goodAuthorizations(), { managedByTenantId: '<insert managing tenant id>' }), null, 2)
    const report = await lintTree({ 't.json': parameterizedTemplate(), 't.parameters.json': params })
    const placeholder = report.results[0].findings.find((f) => f.ruleId === 'lighthouse-placeholder-value')!
    expect(placeholder.file).toBe('t.parameters.json')
    expect(params.split('\n')[placeholder.line - 1]).toContain('<insert managing tenant id>')
  })

  it('points a parse error at its line and column', async () => {
    const report = await lintTree({ 'bad.json': '{\n  "$schema": "x",\n  "resources": [ }\n' }, ['bad.json'])
    expect(report.results[0].findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', level: 'error', file: 'bad.json', line: 3, column: 18 })])
  })
})

describe('resolving delegations', () => {
  it('follows nested deployments in outer and inner scope and copy loops', async () => {
    const template = {
      $schema: SUBSCRIPTION_SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: { rgs: { type: 'array', defaultValue: ['rg1', 'rg2'] }, principal: { type: 'string' } },
      variables: { auth: [{ principalId: "[parameters('principal')]", principalIdDisplayName: 'Automation', roleDefinitionId: SUPPORT_REQUEST_CONTRIBUTOR }] },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: "[concat('rg-', copyIndex())]",
          resourceGroup: "[parameters('rgs')[copyIndex()]]",
          copy: { name: 'rgCopy', count: "[length(parameters('rgs'))]" },
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { tenant: { value: TENANT }, auths: { value: "[variables('auth')]" }, index: { value: '[copyIndex()]' } },
            template: {
              $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
              contentVersion: '1.0.0.0',
              parameters: { tenant: { type: 'string' }, auths: { type: 'array' }, index: { type: 'int' } },
              resources: [
                { type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: "[guid('offer', string(parameters('index')))]", properties: { registrationDefinitionName: "[concat('offer ', parameters('index'))]", managedByTenantId: "[parameters('tenant')]", authorizations: "[parameters('auths')]" } }
              ]
            }
          }
        }
      ]
    }
    const report = await lintTree({ 't.json': template, 't.parameters.json': parametersFile({ principal: AUTOMATION }) })
    const delegations = report.results[0].delegations!
    expect(delegations.map((d) => d.offerName)).toEqual(['offer 0', 'offer 1'])
    expect(delegations[0].authorizations[0]).toMatchObject({ principalId: AUTOMATION, roleName: 'Support Request Contributor', eligible: false })
    expect(report.results[0].pec).toBe('ok')
  })

  it('resolves the delegation template inside a DeployIfNotExists policy with [[ escapes', async () => {
    const inner = {
      $schema: SUBSCRIPTION_SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: { managedByTenantId: { type: 'string' }, authorizations: { type: 'array' } },
      resources: [
        { type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: "[[guid('policy-offer')]", properties: { registrationDefinitionName: 'Policy offer', managedByTenantId: "[[parameters('managedByTenantId')]", authorizations: "[[parameters('authorizations')]" } }
      ]
    }
    const template = {
      $schema: SUBSCRIPTION_SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: {},
      resources: [
        {
          type: 'Microsoft.Authorization/policyDefinitions',
          apiVersion: '2021-06-01',
          name: 'enable-lighthouse',
          properties: {
            policyType: 'Custom',
            mode: 'All',
            parameters: {
              managedByTenantId: { type: 'String', defaultValue: TENANT },
              authorizations: { type: 'Array', defaultValue: [{ principalId: AUTOMATION, principalIdDisplayName: 'Automation', roleDefinitionId: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' }] }
            },
            policyRule: {
              if: { field: 'type', equals: 'Microsoft.Resources/subscriptions' },
              then: {
                effect: 'deployIfNotExists',
                details: {
                  type: 'Microsoft.ManagedServices/registrationDefinitions',
                  deployment: {
                    location: 'westeurope',
                    properties: {
                      mode: 'incremental',
                      parameters: { managedByTenantId: { value: "[[parameters('managedByTenantId')]" }, authorizations: { value: "[[parameters('authorizations')]" } },
                      template: inner
                    }
                  }
                }
              }
            }
          }
        }
      ]
    }
    const report = await lintTree({ 'policy.json': template }, ['policy.json'])
    expect(report.results[0].delegations![0].offerName).toBe('Policy offer')
    expect(ids(report)).toEqual(expect.arrayContaining(['lighthouse-owner-role', 'pec-role-not-eligible']))
  })

  it('evaluates copy variables', async () => {
    const template = parameterizedTemplate() as { variables?: object; resources: Array<{ properties: Record<string, unknown> }> }
    template.variables = { copy: [{ name: 'auths', count: 2, input: { principalId: "[if(equals(copyIndex('auths'), 0), parameters('managedByTenantId'), '" + AUTOMATION + "')]", principalIdDisplayName: 'x', roleDefinitionId: SUPPORT_REQUEST_CONTRIBUTOR } }] }
    template.resources[0].properties.authorizations = "[variables('auths')]"
    const report = await lintTree({ 't.json': template, 't.parameters.json': goodParameters() })
    expect(report.results[0].delegations![0].authorizations.map((a) => a.principalId)).toEqual([TENANT, AUTOMATION])
  })
})

describe('bad input never crashes and never hides other files', () => {
  const good = { 'good.json': parameterizedTemplate(), 'good.parameters.json': goodParameters() }
  const huge = 100_000

  const cases: Array<[string, string | Buffer | object, string]> = [
    ['empty file', '', 'parse-error'],
    ['binary file', Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01]), 'parse-error'],
    ['null root', 'null', 'template-structure'],
    ['array root', '[1, 2]', 'template-structure'],
    ['100k-deep nesting', `{"resources": ${'['.repeat(huge)}${']'.repeat(huge)}}`, 'template-structure'],
    ['100k-deep nesting with a comment', `// c\n{"resources": ${'['.repeat(huge)}${']'.repeat(huge)}}`, 'template-structure'],
    ['unterminated expression', { $schema: SUBSCRIPTION_SCHEMA, resources: [{ type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: "[guid('x)]", properties: {} }] }, 'expression-error'],
    ['unknown function', { $schema: SUBSCRIPTION_SCHEMA, resources: [{ type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: "[concatt('a')]", properties: {} }] }, 'expression-error'],
    ['3,000-deep expression', { $schema: SUBSCRIPTION_SCHEMA, resources: [{ type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: `[${'concat('.repeat(3000)}'a'${')'.repeat(3000)}]`, properties: {} }] }, 'expression-error'],
    ['variable cycle', { $schema: SUBSCRIPTION_SCHEMA, variables: { a: "[variables('b')]", b: "[variables('a')]" }, resources: [{ type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: "[variables('a')]", properties: {} }] }, 'expression-error'],
    ['copy.count of 10^8', { $schema: SUBSCRIPTION_SCHEMA, resources: [{ type: 'Microsoft.ManagedServices/registrationAssignments', apiVersion: '2022-10-01', name: "[guid('a', string(copyIndex()))]", copy: { name: 'c', count: 100000000 }, properties: { registrationDefinitionId: 'x' } }] }, 'template-structure'],
    ['wrong types everywhere', { $schema: 42, parameters: 'nope', variables: [1], resources: [null, 3, 'x', { type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: 5, name: {}, properties: { authorizations: [null, 'a', 1, { principalId: 5, roleDefinitionId: [], principalIdDisplayName: {} }], eligibleAuthorizations: {}, managedByTenantId: false } }] }, 'template-structure']
  ]

  it.each(cases)('%s → a finding, and the good template is still reported', async (_name, content, ruleId) => {
    const report = await lintTree({ ...good, 'bad.json': content }, ['good.json', 'bad.json'])
    expect(report.results.map((r) => r.template).sort()).toEqual(['bad.json', 'good.json'])
    const bad = report.results.find((r) => r.template === 'bad.json')!
    expect(bad.findings.map((f) => f.ruleId)).toContain(ruleId)
    for (const f of bad.findings) {
      expect(f.message).not.toMatch(/undefined|\bat .*\.js:\d+/)
      expect(f.line).toBeGreaterThanOrEqual(1)
    }
    expect(report.results.find((r) => r.template === 'good.json')!.pec).toBe('ok')
  })

  it('keeps __proto__ and constructor keys as data', async () => {
    const text = JSON.stringify(goodParameters()).replace('"parameters":{', '"parameters":{"__proto__":{"value":{"polluted":true}},"constructor":{"value":1},')
    const report = await lintTree({ 't.json': parameterizedTemplate(), 't.parameters.json': text })
    expect(report.results[0].pec).toBe('ok')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('keeps a __proto__ key as data inside a value that evaluation copies', async () => {
    const template = parameterizedTemplate() as { variables?: object; resources: Array<{ properties: Record<string, string> }> }
    // The expression after __proto__ forces a copy of the object: the copied __proto__ must stay an own data key.
    template.variables = { v: { __proto__: { polluted: true }, name: "[concat('a', 'b')]" } }
    template.resources[0].properties.description = "[concat(variables('v').name, string(variables('v').__proto__.polluted))]"
    const text = JSON.stringify(template).replace('"v":{', '"v":{"__proto__":{"polluted":true},')
    const report = await lintTree({ 't.json': text, 't.parameters.json': goodParameters() })
    expect(ids(report)).not.toContain('expression-error')
    expect(report.results[0].pec).toBe('ok')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('does not take a shallow file with many brackets for deep nesting', async () => {
    const template = parameterizedTemplate() as { variables?: Record<string, string> }
    template.variables = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`v${i}`, `[concat('a', '${i}')]`]))
    const report = await lintTree({ 't.json': template, 't.parameters.json': goodParameters() })
    expect(ids(report)).not.toContain('template-structure')
    expect(report.results[0].pec).toBe('ok')
  })

  it('handles a 2 MB line', async () => {
    const long = 'x'.repeat(2 * 1024 * 1024)
    const params = goodParameters(goodAuthorizations(), {}) as { parameters: Record<string, unknown> }
    params.parameters.mspOfferName = { value: long }
    const report = await lintTree({ 't.json': parameterizedTemplate(), 't.parameters.json': JSON.stringify(params) })
    expect(report.results[0].pec).toBe('ok')
  })

  it('reports a template over 4 MB as rejected by Azure without evaluating it (folder search still skips one without a delegation)', async () => {
    const template = parameterizedTemplate() as { variables?: Record<string, string> }
    // Padding that would cost real work if it were evaluated: 4,500 variables of 1 KB expressions.
    template.variables = Object.fromEntries(Array.from({ length: 4500 }, (_, i) => [`v${i}`, `[concat('${'y'.repeat(1000)}', '${i}')]`]))
    const big = JSON.stringify(template)
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024)
    const report = await lintTree({ 't.json': big, 't.parameters.json': goodParameters(), 'other.json': JSON.stringify({ $schema: SUBSCRIPTION_SCHEMA, contentVersion: '1.0.0.0', resources: [], variables: { pad: 'z'.repeat(5 * 1024 * 1024) } }) })
    expect(report.results).toHaveLength(1)
    const findings = report.results[0].findings
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'template-structure', level: 'error', file: 't.json', message: expect.stringMatching(/^The template is 4\.\d MB; Azure rejects templates over 4 MB, so it was not checked further\./) })])
    expect(report.results[0].pec).toBe('unknown')
  })

  it('reports a parameters file that does not parse, and still lints the template', async () => {
    const report = await lintTree({ 't.json': parameterizedTemplate(), 't.parameters.json': '{ "parameters": ' })
    expect(report.results[0].findings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'parse-error', file: 't.parameters.json' }), expect.objectContaining({ ruleId: 'parameters-missing' })]))
  })

  it('names the finding that says why a parameters file gave no values (here a structure one: nested too deep)', async () => {
    const deep = `{ "parameters": ${'['.repeat(600)}${']'.repeat(600)} }`
    const report = await lintTree({ 't.json': parameterizedTemplate(), 't.parameters.json': deep })
    const findings = report.results[0].findings
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'template-structure', file: 't.parameters.json' })]))
    const missing = findings.filter((f) => f.ruleId === 'parameters-missing')
    expect(missing.length).toBeGreaterThan(0)
    for (const f of missing) expect(f.message).toContain('the parameters file t.parameters.json could not be read, see its template-structure finding')
  })
})

describe('PEC verdicts through the whole engine', () => {
  it('reports jit-only when the automation principal is only eligible', async () => {
    const report = await lintTree({
      't.json': parameterizedTemplate({ eligible: true }),
      't.parameters.json': goodParameters(goodAuthorizations().slice(1), {
        eligibleAuthorizations: [{ principalId: AUTOMATION, principalIdDisplayName: 'Automation', roleDefinitionId: CONTRIBUTOR, justInTimeAccessPolicy: { multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT8H' } }]
      })
    })
    const pec = report.results[0].findings.filter((f) => f.ruleId.startsWith('pec-') && f.level === 'error').map((f) => f.ruleId)
    expect(pec).toEqual(['pec-automation-jit-only'])
    expect(ids(report)).toContain('lighthouse-eligible-service-principal')
  })

  it('compares GUIDs case-insensitively', async () => {
    const report = await lintTree({ 't.json': parameterizedTemplate(), 't.parameters.json': goodParameters() }, ['.'], AUTOMATION.toUpperCase())
    expect(report.results[0].pec).toBe('ok')
  })
})
