/**
 * ARM's evaluation semantics, as the resolver follows them (learn.microsoft.com/azure/azure-resource-manager/templates:
 * conditional-resource-deployment, copy-resources, copy-properties, linked-templates, syntax (languageVersion 2.0,
 * definitions, nullable parameters, existing resources, user-defined functions)), and the rule that an error is a
 * certainty: what ARM may never evaluate is at most a warning.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { lint } from '../../../src/lint/engine.js'
import { resolveTemplate } from '../../../src/lint/resolve/resolve-template.js'
import type { Finding } from '../../../src/lint/types.js'
import { tmpTree } from '../../helpers/tmp-tree.js'
import { AUTOMATION, CONTRIBUTOR, SUBSCRIPTION_SCHEMA, SUPPORT_REQUEST_CONTRIBUTOR, TENANT, goodAuthorizations } from '../../helpers/templates.js'

const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach((c) => c()))

const DEFINITION = 'Microsoft.ManagedServices/registrationDefinitions'
const DEPLOYMENTS = 'Microsoft.Resources/deployments'

function definition(properties: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: DEFINITION,
    apiVersion: '2022-10-01',
    name: '8a3b4e1f-2c5d-4e6f-8a9b-0c1d2e3f4a5b',
    properties: { registrationDefinitionName: 'Offer', managedByTenantId: TENANT, authorizations: goodAuthorizations(), ...properties },
    ...extra
  }
}

function template(resources: unknown, more: Record<string, unknown> = {}): Record<string, unknown> {
  return { $schema: SUBSCRIPTION_SCHEMA, contentVersion: '1.0.0.0', ...more, resources }
}

function resolve(t: unknown) {
  return resolveTemplate('t.json', JSON.parse(JSON.stringify(t)), null, null)
}

const levels = (findings: Finding[], ruleId = 'expression-error') => findings.filter((f) => f.ruleId === ruleId).map((f) => f.level)

async function lintOne(t: object, name = 't.json') {
  const tree = tmpTree({ [name]: t })
  cleanups.push(tree.cleanup)
  const report = await lint([name], { cwd: tree.dir, automationPrincipalId: AUTOMATION })
  return report.results[0]!
}

/** A nested deployment (inner scope) that deploys `resources`. */
function nested(resources: unknown, extra: Record<string, unknown> = {}, parameters: Record<string, unknown> = {}, innerParameters: Record<string, unknown> = {}) {
  return {
    type: DEPLOYMENTS,
    apiVersion: '2022-09-01',
    name: 'inner',
    ...extra,
    properties: {
      mode: 'Incremental',
      expressionEvaluationOptions: { scope: 'inner' },
      parameters,
      template: { $schema: SUBSCRIPTION_SCHEMA, contentVersion: '1.0.0.0', parameters: innerParameters, resources }
    }
  }
}

describe('conditions', () => {
  it('a resource whose condition is false is not evaluated, and its Lighthouse resources do not count', () => {
    const t = template(
      [
        definition(),
        nested([definition({ registrationDefinitionName: "[parameters('settings').offer]" })], { condition: "[not(empty(parameters('settings')))]" }, { settings: { value: "[parameters('settings')]" } }, { settings: { type: 'object' } })
      ],
      { parameters: { settings: { type: 'object', defaultValue: {} } } }
    )
    const resolved = resolve(t)
    expect(resolved.definitions).toHaveLength(1)
    expect(resolved.resolveFindings).toEqual([])
  })
  it('what fails inside a resource whose condition cannot be known offline is a warning, not an error', () => {
    const t = template([definition({ registrationDefinitionName: "[parameters('settings').offer]" }, { condition: "[parameters('deploy')]" })], {
      parameters: { deploy: { type: 'bool' }, settings: { type: 'object', defaultValue: {} } }
    })
    const resolved = resolve(t)
    expect(levels(resolved.resolveFindings)).toEqual(['warning'])
    expect(resolved.resolveFindings[0]!.message).toMatch(/property 'offer' does not exist.*A warning, not an error: it is met only if a resource whose condition or copy count cannot be known offline is deployed/)
    // The same resource deployed unconditionally: ARM fails for certain.
    const sure = resolve(template([definition({ registrationDefinitionName: "[parameters('settings').offer]" })], { parameters: { settings: { type: 'object', defaultValue: {} } } }))
    expect(levels(sure.resolveFindings)).toEqual(['error'])
  })
})

describe('copy loops', () => {
  it('a copy count of 0 evaluates nothing (coalesce(...)[copyIndex()] over an empty list is fine)', () => {
    const t = template(
      [definition({ registrationDefinitionName: "[coalesce(parameters('offers'), createArray())[copyIndex()]]" }, { copy: { name: 'offers', count: "[length(coalesce(parameters('offers'), createArray()))]" } })],
      { parameters: { offers: { type: 'array', nullable: true } }, languageVersion: '2.0' }
    )
    const resolved = resolve(t)
    expect(resolved.resolveFindings).toEqual([])
    expect(resolved.definitions).toHaveLength(0)
  })
  it('a copy count that depends on an Unknown is unknown: one pass with an unknown index, failures are warnings', () => {
    const t = template([definition({ description: "[parameters('settings').missing]" }, { copy: { name: 'loop', count: "[length(parameters('offers'))]" } })], {
      parameters: { offers: { type: 'array' }, settings: { type: 'object', defaultValue: {} } }
    })
    const resolved = resolve(t)
    expect(resolved.definitions).toHaveLength(1)
    expect(levels(resolved.resolveFindings)).toEqual(['warning'])
    expect(resolved.resolveFindings.filter((f) => f.ruleId === 'template-structure')).toEqual([])
  })
  it('a copy count over 800 inside a nested deployment ARM would not deploy (condition false) is never computed', () => {
    const t = template([definition(), nested([definition({}, { copy: { name: 'many', count: 1051 } })], { condition: false })])
    expect(resolve(t).resolveFindings).toEqual([])
    // (control) deployed, the same loop is reported
    expect(resolve(template([definition(), nested([definition({}, { copy: { name: 'many', count: 1051 } })])])).resolveFindings.map((f) => f.ruleId)).toEqual(['template-structure'])
  })
  it('property copy builds the authorizations array (copy-properties)', () => {
    const t = template(
      [
        definition({
          authorizations: undefined,
          copy: [
            {
              name: 'authorizations',
              count: "[length(parameters('principals'))]",
              input: { principalId: "[parameters('principals')[copyIndex('authorizations')]]", principalIdDisplayName: 'P', roleDefinitionId: SUPPORT_REQUEST_CONTRIBUTOR }
            }
          ]
        })
      ],
      { parameters: { principals: { type: 'array', defaultValue: [AUTOMATION, TENANT] } } }
    )
    const resolved = resolve(t)
    expect(resolved.resolveFindings).toEqual([])
    expect(resolved.definitions[0]!.authorizations.map((a) => a.principalId)).toEqual([AUTOMATION, TENANT])
    expect(Object.keys(resolved.definitions[0]!.properties as object)).not.toContain('copy')
  })
})

describe('nested deployments', () => {
  it('parameters given as one expression are evaluated as the entry ({value: ...})', async () => {
    const t = template(
      [
        nested(
          [definition({ authorizations: "[parameters('authorizations')]" })],
          {},
          { authorizations: "[if(empty(parameters('extra')), createObject('value', parameters('authorizations')), createObject('value', union(parameters('authorizations'), parameters('extra'))))]" },
          { authorizations: { type: 'array' } }
        )
      ],
      { parameters: { authorizations: { type: 'array', defaultValue: goodAuthorizations() }, extra: { type: 'array', defaultValue: [] } } }
    )
    const result = await lintOne(t)
    expect(result.findings.filter((f) => f.level === 'error')).toEqual([])
    expect(result.pec).toBe('ok')
  })
  it('only the parameters the nested template reads are evaluated', () => {
    const t = template([nested([definition()], {}, { unused: { value: "[parameters('settings').missing]" } }, { unused: { type: 'string' } })], {
      parameters: { settings: { type: 'object', defaultValue: {} } }
    })
    expect(resolve(t).resolveFindings).toEqual([])
  })
  it('a nested deployment whose template never mentions Microsoft.ManagedServices is not evaluated at all', () => {
    const broken = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: "[parameters('settings').missing]", properties: { x: "[concat('a']" } }
    const t = template([definition(), nested([broken], { copy: { name: 'n', count: 1051 } })], { parameters: { settings: { type: 'object', defaultValue: {} } } })
    expect(resolve(t).resolveFindings).toEqual([])
  })
  it('languageVersion 2.0: symbolic names, nullable parameters, definitions, existing resources, inner scope by default', () => {
    const t = {
      $schema: SUBSCRIPTION_SCHEMA,
      languageVersion: '2.0',
      contentVersion: '1.0.0.0',
      definitions: { offerSettings: { type: 'object', nullable: true } },
      parameters: { settings: { $ref: '#/definitions/offerSettings' }, note: { type: 'string', nullable: true } },
      resources: {
        previous: { ...definition(), existing: true, properties: undefined },
        offer: definition({ registrationDefinitionName: "[coalesce(tryGet(parameters('settings'), 'name'), 'Default offer')]", description: "[coalesce(parameters('note'), 'none')]" }),
        module: {
          type: DEPLOYMENTS,
          apiVersion: '2022-09-01',
          name: 'module',
          properties: {
            mode: 'Incremental',
            parameters: { offer: { value: 'Module offer' } },
            template: { languageVersion: '2.0', contentVersion: '1.0.0.0', parameters: { offer: { type: 'string' } }, resources: { def: definition({ registrationDefinitionName: "[parameters('offer')]" }) } }
          }
        }
      }
    }
    const resolved = resolve(t)
    expect(resolved.resolveFindings).toEqual([])
    expect(resolved.definitions.map((d) => [d.registrationDefinitionName, (d.properties as Record<string, unknown>).description ?? null])).toEqual([
      ['Default offer', 'none'],
      ['Module offer', null]
    ])
  })
})

describe('user-defined functions', () => {
  it('are evaluated with their own parameters (syntax#functions)', () => {
    const t = template([definition({ authorizations: "[createArray(contoso.auth(parameters('principal'), 'Automation', parameters('role')))]" })], {
      parameters: { principal: { type: 'string', defaultValue: AUTOMATION }, role: { type: 'string', defaultValue: SUPPORT_REQUEST_CONTRIBUTOR } },
      functions: [
        {
          namespace: 'contoso',
          members: {
            auth: {
              parameters: [{ name: 'id', type: 'string' }, { name: 'name', type: 'string' }, { name: 'role', type: 'string' }],
              output: { type: 'object', value: { principalId: "[parameters('id')]", principalIdDisplayName: "[parameters('name')]", roleDefinitionId: "[parameters('role')]" } }
            }
          }
        }
      ]
    })
    const resolved = resolve(t)
    expect(resolved.resolveFindings).toEqual([])
    expect(resolved.definitions[0]!.authorizations[0]).toMatchObject({ principalId: AUTOMATION, roleDefinitionId: SUPPORT_REQUEST_CONTRIBUTOR })
  })
})

describe('demand-driven evaluation', () => {
  const broken = template([{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: "[concat('a']", properties: { x: "[frobnicate()]" } }])
  it('a template that never mentions Microsoft.ManagedServices is reported as such, named explicitly, without evaluating it', async () => {
    const result = await lintOne(broken)
    expect(result.findings.map((f) => [f.ruleId, f.level])).toEqual([['template-structure', 'note']])
  })
  it('found by a folder search, it is not reported at all', async () => {
    const tree = tmpTree({ 'other.json': broken })
    cleanups.push(tree.cleanup)
    expect((await lint(['.'], { cwd: tree.dir })).results).toEqual([])
  })
  it('a type spelled with JSON escapes is still found', async () => {
    const text = JSON.stringify(template([definition()])).replace('Microsoft.ManagedServices', 'Microsoft.\\u004danagedServices')
    const tree = tmpTree({ 'escaped.json': text })
    cleanups.push(tree.cleanup)
    const report = await lint(['escaped.json'], { cwd: tree.dir, automationPrincipalId: AUTOMATION })
    expect(report.results[0]!.pec).toBe('ok')
  })
  it('escapes that spell nothing Lighthouse leave the template unevaluated', async () => {
    const text = JSON.stringify(broken).replace("concat('a'", 'concat(\\u0027a\\u0027')
    expect(text).toContain('\\u0027')
    const tree = tmpTree({ 'escaped.json': text })
    cleanups.push(tree.cleanup)
    const report = await lint(['escaped.json'], { cwd: tree.dir })
    expect(report.results[0]!.findings.map((f) => [f.ruleId, f.level])).toEqual([['template-structure', 'note']])
  })
  it('other resources of a Lighthouse template are not evaluated', () => {
    const t = template([definition(), { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: "[parameters('settings').missing]" }], {
      parameters: { settings: { type: 'object', defaultValue: {} } }
    })
    expect(resolve(t).resolveFindings).toEqual([])
  })
})

describe('errors are certainties', () => {
  it('an unknown function is a warning that says what could not be checked', () => {
    const resolved = resolve(template([definition({ registrationDefinitionName: "[newerFunction('x')]" })]))
    expect(resolved.resolveFindings.map((f) => [f.level, f.message])).toEqual([['warning', expect.stringMatching(/^Function 'newerFunction' is not in the ARM template function reference .* could not be checked/)]])
    expect(String(resolved.definitions[0]!.registrationDefinitionName)).toBe("{newerFunction('x')}")
  })
  it('a parameter without a value, reference() and list*() flow on as Unknown without any expression finding', () => {
    const resolved = resolve(
      template([definition({ registrationDefinitionName: "[concat(parameters('offer'), reference('x').name, listKeys('y', '2020-01-01').keys[0].value)]" })], { parameters: { offer: { type: 'string' } } })
    )
    expect(resolved.resolveFindings.map((f) => f.ruleId)).toEqual(['parameters-missing'])
  })
  it('fail() in a resource that is deployed is an error; a syntax error is an error', () => {
    expect(levels(resolve(template([definition({ registrationDefinitionName: "[fail('no')]" })])).resolveFindings)).toEqual(['error'])
    expect(levels(resolve(template([definition({ registrationDefinitionName: "[concat('a']" })])).resolveFindings)).toEqual(['error'])
  })
  it('the evaluator\'s own depth limit is a warning', () => {
    const deep = `[${'concat('.repeat(300)}'x'${')'.repeat(300)}]`
    expect(levels(resolve(template([definition({ registrationDefinitionName: deep })])).resolveFindings)).toEqual(['warning'])
  })
  it('Contributor stays a plain value through all of this (control)', () => {
    const resolved = resolve(template([definition({ authorizations: [{ principalId: AUTOMATION, roleDefinitionId: CONTRIBUTOR }] })]))
    expect(resolved.definitions[0]!.authorizations[0]!.roleDefinitionId).toBe(CONTRIBUTOR)
  })
})
