/**
 * RuleTester in ESLint's style, over a ResolvedTemplate built from a compact spec, so rule tests do not depend on the
 * reader or resolver. Locations are synthetic: each one is a label such as
 * `definitions[0].authorizations[1].roleDefinitionId`, so tests can say where a finding must point.
 */
import { describe, expect, it } from '@jest/globals'
import type { ResolvedAssignment, ResolvedAuthorization, ResolvedDefinition, ResolvedTemplate, SuppliedParameter } from '../../../src/lint/model.js'
import type { Level, SourceLocation } from '../../../src/lint/types.js'
import type { Rule, RuleOptions } from '../../../src/lint/rules/rule.js'
import { formatMessage } from '../../../src/lint/rules/index.js'
import { roleCatalogue } from '../../../src/lint/roles/index.js'
import { Unknown } from '../../../src/lint/arm/unknown.js'
import { guidOf, roleIdOf } from '../../../src/lint/rules/helpers.js'

export { Unknown }

export const ROLE = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  supportRequestContributor: 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e',
  uaa: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  deleteRole: '91c1777a-f3dc-4fae-b103-61d183457e46',
  logAnalyticsContributor: '92aaf0da-9dab-42b6-94a3-d43ce8d16293',
  rbacAdmin: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
  resourcePolicyContributor: '36243c78-bf99-498c-9df9-86d9f8d28608',
  tagContributor: '4a9ae827-6dc8-4573-8ac7-8239d42aa03f',
  vmContributor: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c',
  logAnalyticsReader: '73c42c96-874c-492b-b04d-ab87d138a893',
  /** PEC-eligible, and its DataAction is settled data (no recent change, sources agree). */
  acrImageSigner: '6cef56e8-d556-48e5-a04f-b8e64114680f',
  /** Absent from the 2022 PEC table, though older than it: unknown, not ineligible (issue 11). */
  sentinelContributor: 'ab8e14d6-4a74-4a29-9ba8-549422addade',
  sentinelResponder: '3e150937-b8fe-4cfb-8069-0eaf05ecd056',
  /** DataActions, and its definition changed on 2026-06-03: unsettled. */
  keyVaultReader: '21090545-7ca7-4776-b22c-e363652d74d2',
  /** Restricted writes, and its definition changed on 2026-05-16: unsettled. */
  foundryAccountOwner: 'e47c6f54-e4a2-4754-9501-8e0985b135e1'
} as const

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
export const AUTOMATION = '11111111-2222-3333-4444-555555555555'
export const USER = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
export const GROUP = '99999999-8888-7777-6666-555555555555'

export interface AuthSpec {
  principalId?: unknown
  principalIdDisplayName?: unknown
  roleDefinitionId?: unknown
  delegatedRoleDefinitionIds?: unknown
  justInTimeAccessPolicy?: unknown
  [extra: string]: unknown
}

export interface DefinitionSpec {
  name?: unknown
  apiVersion?: unknown
  plan?: unknown
  registrationDefinitionName?: unknown
  description?: unknown
  managedByTenantId?: unknown
  /** An array of authorizations, or an Unknown / wrong type for the whole list. */
  authorizations?: unknown
  eligibleAuthorizations?: unknown
  /** Replaces the evaluated `properties` wholesale (for shape tests). */
  properties?: unknown
  path?: string
  copyIndex?: number
}

export interface AssignmentSpec {
  name?: unknown
  apiVersion?: unknown
  registrationDefinitionId?: unknown
  path?: string
}

export interface TemplateSpec {
  schema?: unknown
  definitions?: DefinitionSpec[]
  assignments?: AssignmentSpec[]
  /** The template's `parameters` declarations. */
  declared?: Record<string, unknown>
  /** The parameters file's entries (`{name: {value}}`); locations are `parameters.<name>` and `parameters.<name>.value`. */
  supplied?: Record<string, unknown>
  /** The paired parameters file that could not be parsed. */
  unreadableParametersFile?: string
}

const FILE = 'template.json'
const SUB_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#'

/** Sensible defaults: a definition that passes every rule when the automation principal is AUTOMATION. */
export function definition(overrides: DefinitionSpec = {}): DefinitionSpec {
  return {
    name: 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff',
    apiVersion: '2022-10-01',
    registrationDefinitionName: 'Contoso managed services',
    description: 'Managed by Contoso',
    managedByTenantId: TENANT,
    authorizations: [
      { principalId: AUTOMATION, principalIdDisplayName: 'PEC Automation', roleDefinitionId: ROLE.supportRequestContributor },
      { principalId: GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: ROLE.contributor },
      { principalId: GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: ROLE.deleteRole }
    ],
    ...overrides
  }
}

export function template(spec: TemplateSpec = {}): TemplateSpec {
  return { schema: SUB_SCHEMA, definitions: [definition()], ...spec }
}

class Locations {
  private readonly labels: string[] = []
  at(label: string): SourceLocation {
    let i = this.labels.indexOf(label)
    if (i < 0) i = this.labels.push(label) - 1
    return { file: FILE, line: i + 1, column: 1 }
  }
  label(loc: SourceLocation): string {
    return this.labels[loc.line - 1] ?? `?${loc.line}`
  }
}

function buildAuthorizations(list: unknown, kind: 'permanent' | 'eligible', prefix: string, locs: Locations): ResolvedAuthorization[] {
  if (!Array.isArray(list)) return []
  return list.map((value, index) => {
    const base = `${prefix}.${kind === 'permanent' ? 'authorizations' : 'eligibleAuthorizations'}[${index}]`
    const obj = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
    return {
      kind,
      index,
      value,
      principalId: obj.principalId,
      principalIdDisplayName: obj.principalIdDisplayName,
      roleDefinitionId: obj.roleDefinitionId,
      delegatedRoleDefinitionIds: obj.delegatedRoleDefinitionIds,
      justInTimeAccessPolicy: obj.justInTimeAccessPolicy,
      principalGuid: guidOf(obj.principalId),
      roleGuid: roleIdOf(obj.roleDefinitionId),
      loc: locs.at(base),
      fieldLoc: (key: string) => locs.at(`${base}.${key}`)
    }
  })
}

export function buildTemplate(spec: TemplateSpec, locs: Locations = new Locations()): ResolvedTemplate {
  const definitions: ResolvedDefinition[] = (spec.definitions ?? []).map((d, i) => {
    const prefix = `definitions[${i}]`
    const properties: unknown =
      'properties' in d
        ? d.properties
        : Object.fromEntries(
            (['registrationDefinitionName', 'description', 'managedByTenantId', 'authorizations', 'eligibleAuthorizations'] as const)
              .filter((k) => d[k] !== undefined)
              .map((k) => [k, d[k]])
          )
    const props = typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {}
    return {
      loc: locs.at(prefix),
      path: d.path ?? `resources[${i}]`,
      apiVersion: d.apiVersion,
      name: d.name,
      properties,
      plan: d.plan,
      managedByTenantId: props.managedByTenantId,
      registrationDefinitionName: props.registrationDefinitionName,
      authorizations: buildAuthorizations(props.authorizations, 'permanent', prefix, locs),
      eligibleAuthorizations: buildAuthorizations(props.eligibleAuthorizations, 'eligible', prefix, locs),
      copyIndex: d.copyIndex,
      fieldLoc: (key: string) => locs.at(`${prefix}.${key}`)
    }
  })
  const assignments: ResolvedAssignment[] = (spec.assignments ?? []).map((a, i) => ({
    loc: locs.at(`assignments[${i}]`),
    path: a.path ?? `resources[${i + definitions.length}]`,
    apiVersion: a.apiVersion,
    name: a.name,
    registrationDefinitionId: a.registrationDefinitionId,
    fieldLoc: (key: string) => locs.at(`assignments[${i}].${key}`)
  }))
  const declared = spec.declared ?? {}
  const byLower = new Map(Object.keys(declared).map((k) => [k.toLowerCase(), declared[k]]))
  const suppliedParameters: SuppliedParameter[] = Object.entries(spec.supplied ?? {}).map(([name, entry]) => ({
    name,
    entry,
    declaration: byLower.get(name.toLowerCase()),
    loc: locs.at(`parameters.${name}`),
    valueLoc: locs.at(`parameters.${name}.value`)
  }))
  return {
    file: FILE,
    parametersFile: spec.supplied ? 'template.parameters.json' : null,
    ...(spec.unreadableParametersFile ? { unreadableParametersFile: spec.unreadableParametersFile } : {}),
    declaredParameterNames: Object.keys(declared),
    suppliedParameters,
    schema: spec.schema,
    schemaLoc: locs.at('$schema'),
    definitions,
    assignments,
    resolveFindings: []
  }
}

export interface Reported {
  messageId: string
  level: Level
  message: string
  loc: string
  data: Record<string, string | number>
}

/** Runs one rule over a spec; checks every report names a known message and fills every placeholder. */
export function runRule(rule: Rule, spec: TemplateSpec, options: RuleOptions = {}): Reported[] {
  const locs = new Locations()
  const tpl = buildTemplate(spec, locs)
  const out: Reported[] = []
  rule.check({
    template: tpl,
    options,
    catalogue: roleCatalogue,
    report(d) {
      if (!(d.messageId in rule.meta.messages)) throw new Error(`${rule.meta.id}: unknown messageId ${d.messageId}`)
      const message = formatMessage(rule, d.messageId, d.data ?? {})
      const left = /\{\{\s*\w+\s*\}\}/.exec(message)
      if (left) throw new Error(`${rule.meta.id}/${d.messageId}: placeholder ${left[0]} not filled`)
      out.push({ messageId: d.messageId, level: d.level ?? rule.meta.level, message, loc: locs.label(d.loc), data: d.data ?? {} })
    }
  })
  return out
}

export interface ExpectedReport {
  messageId: string
  loc?: string
  level?: Level
  /** Substrings the formatted message must contain. */
  includes?: string[]
}

export interface ValidCase {
  name: string
  template: TemplateSpec
  options?: RuleOptions
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[]
}

/** ESLint RuleTester's contract: valid cases report nothing; invalid cases report exactly `errors`, in order. */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      expect(rule.meta.description.length).toBeGreaterThan(10)
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0)
    })
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c.template, c.options)).toEqual([])
      })
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.errors.length).toBeGreaterThan(0)
        const got = runRule(rule, c.template, c.options)
        const shape = got.map((g, i) => {
          const want = c.errors[i]
          return {
            messageId: g.messageId,
            ...(want?.loc !== undefined ? { loc: g.loc } : {}),
            ...(want?.level !== undefined ? { level: g.level } : {})
          }
        })
        expect(shape).toEqual(
          c.errors.map((e) => ({
            messageId: e.messageId,
            ...(e.loc !== undefined ? { loc: e.loc } : {}),
            ...(e.level !== undefined ? { level: e.level } : {})
          }))
        )
        c.errors.forEach((e, i) => {
          for (const s of e.includes ?? []) expect(got[i]!.message).toContain(s)
        })
      })
    }
  })
}
