/**
 * What is sent to ARM for one lint unit: the template and parameters read from disk (JSON with comments, optional
 * BOM), and the deterministic deployment name that makes re-runs of the same content re-deploy in place.
 */
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { readTextInside, type Boundary } from '../shared/fs-boundary.js'
import { isExpression, unescapeLiteral } from '../lint/arm/parser.js'
import { schemaScope } from '../lint/rules/lighthouse-schema.js'

/** The deployment scope a template's `$schema` names; undefined when the schema is not a known one. */
export type TemplateScope = 'resourceGroup' | 'subscription' | 'managementGroup' | 'tenant'

export interface DeploymentUnit {
  template: string
  parameters: string | null
  templateJson: Record<string, unknown>
  /** ARM `parameters` object: `{name: {value}}` (or `reference`). */
  parametersJson: Record<string, unknown>
  deploymentName: string
  offerName: string | null
  /** The scope its `$schema` names (undefined: unknown schema, deployed where the target says). */
  scope?: TemplateScope
  /** A nested deployment with `resourceGroup` creates a registration assignment: resource groups are delegated. */
  delegatesResourceGroups?: boolean
  /** A policy definition that deploys a delegation (DeployIfNotExists): delegations appear only after remediation. */
  policyOnboarding?: boolean
}

const ASSIGNMENTS = 'microsoft.managedservices/registrationassignments'
const DEFINITIONS = 'microsoft.managedservices/registrationdefinitions'
const resourcesOf = (t: unknown): Array<Record<string, unknown>> => {
  const r = (t as { resources?: unknown } | null)?.resources
  return Array.isArray(r) ? r.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : []
}
const typeOf = (r: Record<string, unknown>): string => String(r.type ?? '').toLowerCase()

/** Whether a nested deployment aimed at a resource group (at any depth) creates a registration assignment. */
export function delegatesResourceGroups(template: unknown, depth = 0): boolean {
  if (depth > 8) return false
  for (const r of resourcesOf(template)) {
    if (typeOf(r) !== 'microsoft.resources/deployments') continue
    const inner = (r.properties as { template?: unknown } | undefined)?.template
    if (r.resourceGroup !== undefined && resourcesOf(inner).some((x) => typeOf(x) === ASSIGNMENTS)) return true
    if (delegatesResourceGroups(inner, depth + 1)) return true
  }
  return false
}

/** Whether a policy definition in the template deploys registration definitions (policy-based onboarding). */
export function isPolicyOnboarding(template: unknown): boolean {
  return resourcesOf(template).some((r) => typeOf(r) === 'microsoft.authorization/policydefinitions' && JSON.stringify(r.properties ?? {}).toLowerCase().includes(DEFINITIONS))
}

/** Azure takes at most 4 MB; a little headroom so the ARM error, not ours, names the limit. */
const READ_LIMIT = 8 * 1024 * 1024

/**
 * Through the boundary (null: the regular-file check only): the lint units passed it already, but a targets file may
 * name any path, and its word is the checkout's, not the workflow's.
 */
async function readJsonc(path: string, boundary: Boundary | null): Promise<{ text: string; value: unknown }> {
  const text = readTextInside(boundary, path, path, READ_LIMIT)
  const errors: ParseError[] = []
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false })
  if (errors.length) {
    const e = errors[0]!
    throw new Error(`${path}: ${printParseErrorCode(e.error)} at offset ${e.offset}`)
  }
  return { text, value }
}

/** The offer name if it is a literal or a plain parameter reference; null otherwise. */
export function offerNameOf(template: Record<string, unknown>, parameters: Record<string, unknown>): string | null {
  const resources = Array.isArray(template.resources) ? (template.resources as Array<Record<string, unknown>>) : []
  const def = resources.find((r) => String(r?.type).toLowerCase() === 'microsoft.managedservices/registrationdefinitions')
  const raw = (def?.properties as Record<string, unknown> | undefined)?.registrationDefinitionName
  return resolveSimple(raw, template, parameters)
}

/** `[parameters('x')]` → the parameter's value or default; literals as is; anything else null. */
export function resolveSimple(raw: unknown, template: Record<string, unknown>, parameters: Record<string, unknown>): string | null {
  if (typeof raw !== 'string') return null
  // ARM's own rule, shared with the linter: only "[…]" as a whole is an expression ("[[…]" escapes one).
  if (!isExpression(raw)) return unescapeLiteral(raw)
  const m = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i.exec(raw)
  if (!m) return null
  const name = m[1]!
  const given = (parameters[name] as { value?: unknown } | undefined)?.value
  const declared = ((template.parameters ?? {}) as Record<string, { defaultValue?: unknown }>)[name]?.defaultValue
  const value = given ?? declared
  return typeof value === 'string' && !value.startsWith('[') ? value : null
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * `lh-<slug>-<12 hex of sha256(template + parameters + location)>`, at most 64 characters of [a-z0-9-]. The location
 * is in the hash because ARM refuses a subscription deployment name it has already seen in another location
 * (InvalidDeploymentLocation).
 */
export function deploymentName(label: string, templateText: string, parametersText: string, location = ''): string {
  const hasher = createHash('sha256').update(templateText).update('\0').update(parametersText)
  if (location) hasher.update('\0').update(location.toLowerCase().replace(/\s+/g, ''))
  const hash = hasher.digest('hex').slice(0, 12)
  const room = 64 - 'lh-'.length - 1 - hash.length
  const s = slug(label).slice(0, room).replace(/-+$/, '') || 'onboarding'
  return `lh-${s}-${hash}`
}

export async function loadUnit(template: string, parameters: string | null, location = '', boundary: Boundary | null = null): Promise<DeploymentUnit> {
  const t = await readJsonc(template, boundary)
  const p = parameters ? await readJsonc(parameters, boundary) : { text: '', value: {} }
  const templateJson = (t.value ?? {}) as Record<string, unknown>
  if (typeof templateJson !== 'object' || Array.isArray(templateJson)) throw new Error(`${template}: not a JSON object`)
  const pv = (p.value ?? {}) as Record<string, unknown>
  // Parameter files wrap values in {$schema, contentVersion, parameters}; ARM wants the inner object only.
  const parametersJson = (pv.parameters && typeof pv.parameters === 'object' ? pv.parameters : pv) as Record<string, unknown>
  const offerName = offerNameOf(templateJson, parametersJson)
  const label = offerName ?? basename(template).replace(/\.json$/i, '')
  const scope = typeof templateJson.$schema === 'string' ? schemaScope(templateJson.$schema) : undefined
  return {
    template,
    parameters,
    templateJson,
    parametersJson,
    deploymentName: deploymentName(label, t.text, p.text, location),
    offerName,
    ...(scope ? { scope } : {}),
    ...(delegatesResourceGroups(templateJson) ? { delegatesResourceGroups: true } : {}),
    ...(isPolicyOnboarding(templateJson) ? { policyOnboarding: true } : {})
  }
}

export function deploymentBody(unit: DeploymentUnit, location: string) {
  return { location, properties: { mode: 'Incremental' as const, template: unit.templateJson, parameters: unit.parametersJson } }
}
