import { Unknown, isUnknown } from '../arm/index.js'
import { locationOf, registerLike } from '../read/located-json.js'
import type { ResolvedAssignment, ResolvedAuthorization, ResolvedDefinition, ResolvedTemplate, SuppliedParameter } from '../model.js'
import type { Finding, SourceLocation } from '../types.js'
import { Scope, asDict, preview, type ScopeSink } from './scope.js'

type Dict = Record<string, unknown>

const DEFINITIONS = 'microsoft.managedservices/registrationdefinitions'
const ASSIGNMENTS = 'microsoft.managedservices/registrationassignments'
const DEPLOYMENTS = 'microsoft.resources/deployments'
const POLICY_DEFINITIONS = 'microsoft.authorization/policydefinitions'
/** `[parameters('name')]` alone: the value to fix is where the parameter gets its value. */
const PARAMETER_REFERENCE = /^\[\s*parameters\s*\(\s*'([^']+)'\s*\)\s*\]$/i
/** Nested deployments inside nested deployments: ARM allows deep chains, real onboarding uses one or two. */
const MAX_NESTING = 16

interface Walk {
  scope: Scope
  path: string
  nesting: number
}

/**
 * Resolves one lint unit: the template's Lighthouse resources with expressions evaluated against the parameters file
 * (values there win over `defaultValue`), through copy loops, nested deployments (inner and outer scope) and
 * policy definitions that carry a `[[`-escaped delegation template. `unreadableParametersFile`: the paired parameters
 * file that failed to parse (its parse error is already reported), so missing values are blamed on it.
 */
export function resolveTemplate(
  file: string,
  template: unknown,
  parametersFile: string | null,
  parameters: unknown,
  unreadableParametersFile?: string
): ResolvedTemplate {
  const findings: Finding[] = []
  const fallback: SourceLocation = { file, line: 1, column: 1 }
  const sink: ScopeSink = {
    fallback,
    report: (finding, at) => findings.push({ ...finding, file: at.file, line: at.line, column: at.column })
  }
  const resolved: ResolvedTemplate = {
    file,
    parametersFile,
    ...(unreadableParametersFile ? { unreadableParametersFile } : {}),
    declaredParameterNames: [],
    suppliedParameters: [],
    schema: undefined,
    schemaLoc: fallback,
    definitions: [],
    assignments: [],
    resolveFindings: findings
  }
  const root = asDict(template)
  if (!root) {
    sink.report({ ruleId: 'template-structure', level: 'error', message: `A template must be a JSON object, not ${kindOf(template)}. Start from an onboarding sample.` }, fallback)
    return resolved
  }
  resolved.schema = root['$schema']
  Object.defineProperty(resolved, 'schemaLoc', { enumerable: true, get: () => locationOf(root, '$schema') ?? fallback })

  for (const section of ['parameters', 'variables'] as const) {
    if (root[section] !== undefined && !asDict(root[section])) {
      sink.report({ ruleId: 'template-structure', level: 'error', message: `"${section}" must be an object keyed by name, not ${kindOf(root[section])}.` }, locationOf(root, section) ?? fallback)
    }
  }
  const supplied = readParametersFile(parameters, parametersFile, sink)
  const declared = asDict(root.parameters)
  if (declared) resolved.declaredParameterNames = Object.keys(declared)
  if (supplied) resolved.suppliedParameters = suppliedParameters(supplied, declared, parametersFile!)
  const scope = new Scope(sink, root, supplied)

  if (isPolicyDefinition(root)) {
    walkPolicy(root, false, { scope, path: 'policy', nesting: 0 }, resolved, sink)
  } else {
    walkResources(root.resources, root, { scope, path: '', nesting: 0 }, resolved, sink)
  }
  reportMissingParameters(scope, resolved, sink)
  return resolved
}

function readParametersFile(parameters: unknown, parametersFile: string | null, sink: ScopeSink): Dict | null {
  if (parametersFile === null) return null
  const at: SourceLocation = { file: parametersFile, line: 1, column: 1 }
  const root = asDict(parameters)
  if (!root) {
    sink.report({ ruleId: 'template-structure', level: 'error', message: `A parameters file must be a JSON object, not ${kindOf(parameters)}.` }, at)
    return null
  }
  // Both the deploymentParameters shape ({"parameters": {...}}) and the bare object that `az deployment` accepts.
  const inner = 'parameters' in root ? asDict(root.parameters) : root
  if (!inner) {
    sink.report({ ruleId: 'template-structure', level: 'error', message: '"parameters" must be an object of { "name": { "value": ... } } entries.' }, locationOf(root, 'parameters') ?? at)
    return null
  }
  return inner
}

/** The parameters file's entries with the declarations they bind to, as ARM binds them (names case-insensitive). */
function suppliedParameters(supplied: Dict, declared: Dict | null, parametersFile: string): SuppliedParameter[] {
  const byLowerName = new Map<string, unknown>()
  if (declared) {
    for (const name of Object.keys(declared)) if (!byLowerName.has(name.toLowerCase())) byLowerName.set(name.toLowerCase(), declared[name])
  }
  return Object.keys(supplied).map((name) => new Supplied(name, supplied, byLowerName.get(name.toLowerCase()), parametersFile))
}

/** A class, like Authorization: positions are computed only when a finding reads them. */
class Supplied implements SuppliedParameter {
  readonly entry: unknown

  constructor(
    readonly name: string,
    private readonly file: Dict,
    readonly declaration: unknown,
    private readonly path: string
  ) {
    this.entry = file[name]
  }

  get loc(): SourceLocation {
    return locationOf(this.file, this.name) ?? { file: this.path, line: 1, column: 1 }
  }

  get valueLoc(): SourceLocation {
    const dict = asDict(this.entry)
    return (dict && 'value' in dict ? locationOf(dict, 'value') : undefined) ?? this.loc
  }
}

function walkResources(resources: unknown, owner: Dict, walk: Walk, out: ResolvedTemplate, sink: ScopeSink): void {
  if (resources === undefined) return
  // Language version 2.0 templates write resources as an object keyed by symbolic name.
  const list: Array<[string | number, unknown]> = Array.isArray(resources)
    ? resources.map((r, i) => [i, r])
    : asDict(resources)
      ? Object.entries(resources as Dict)
      : []
  if (!Array.isArray(resources) && !asDict(resources)) {
    sink.report({ ruleId: 'template-structure', level: 'error', message: `"resources" must be an array of resource objects, not ${kindOf(resources)}.` }, walk.scope.at(owner, 'resources'))
    return
  }
  for (const [index, resource] of list) {
    const path = `${walk.path}resources[${typeof index === 'number' ? index : JSON.stringify(index)}]`
    const container = resources as object
    const res = asDict(resource)
    if (!res) {
      sink.report({ ruleId: 'template-structure', level: 'error', message: `Each resource must be an object, not ${kindOf(resource)}.` }, walk.scope.at(container, index))
      continue
    }
    walkResource(res, { ...walk, path }, out, sink)
  }
}

function walkResource(res: Dict, walk: Walk, out: ResolvedTemplate, sink: ScopeSink): void {
  const { scope } = walk
  const typeValue = scope.evaluateDeep(res.type, res, 'type')
  const type = typeof typeValue === 'string' ? typeValue.toLowerCase().replace(/\/+$/, '') : ''
  const interesting = type === DEFINITIONS || type === ASSIGNMENTS || type === DEPLOYMENTS || type === POLICY_DEFINITIONS || res.resources !== undefined
  if (!interesting) return

  const iterate = (fn: (copyIndex?: number) => void): void => {
    const copy = asDict(res.copy)
    if (!copy) return fn()
    const count = scope.copyCount(copy.count, copy, 'count')
    const name = typeof copy.name === 'string' ? copy.name : undefined
    if (isUnknown(count)) return scope.withCopy(name, new Unknown('copyIndex', 'copyIndex()'), () => fn())
    // Identical iterations produce identical findings (deduplicated later); bound the work regardless of count.
    for (let i = 0; i < count; i++) scope.withCopy(name, i, () => fn(i))
  }

  iterate((copyIndex) => {
    if ('condition' in res) {
      const condition = scope.evaluateDeep(res.condition, res, 'condition')
      if (condition === false || condition === 'false') return
    }
    if (type === DEFINITIONS) out.definitions.push(resolveDefinition(res, walk, copyIndex))
    else if (type === ASSIGNMENTS) out.assignments.push(resolveAssignment(res, walk, copyIndex))
    else if (type === DEPLOYMENTS) walkNestedDeployment(res, walk, out, sink)
    else if (type === POLICY_DEFINITIONS) walkPolicy(res, true, walk, out, sink)
    if (res.resources !== undefined) walkResources(res.resources, res, { ...walk, path: `${walk.path} › ` }, out, sink)
  })
}

function walkNestedDeployment(res: Dict, walk: Walk, out: ResolvedTemplate, sink: ScopeSink): void {
  const { scope } = walk
  const properties = asDict(res.properties)
  if (!properties) return
  const inner = asDict(properties.template)
  if (!inner) return // templateLink: the linked template is linted as its own file when it is in the repository.
  if (walk.nesting >= MAX_NESTING) {
    sink.report({ ruleId: 'template-structure', level: 'error', message: `Nested deployments deeper than ${MAX_NESTING} levels were not followed.` }, scope.at(properties, 'template'))
    return
  }
  const name = scope.evaluateDeep(res.name, res, 'name')
  const label = `${walk.path} (nested deployment ${typeof name === 'string' ? `'${name}'` : String(name)}) › `
  const options = asDict(properties.expressionEvaluationOptions)
  const innerScope = typeof options?.scope === 'string' && options.scope.toLowerCase() === 'inner'
  if (!innerScope) {
    // Outer scope: the nested template's expressions see the parent's parameters, variables and copy loops.
    walkResources(inner.resources, inner, { scope, path: label, nesting: walk.nesting + 1 }, out, sink)
    return
  }
  const supplied: Dict = {}
  const given = asDict(properties.parameters)
  if (given) {
    for (const key of Object.keys(given)) {
      const entry = asDict(given[key])
      const value = entry && 'value' in entry ? scope.evaluateDeep(entry.value, entry, 'value') : given[key]
      Object.defineProperty(supplied, key, { value: registerLike({ value }, entry), enumerable: true })
    }
  }
  const child = new Scope(sink, inner, supplied)
  walkResources(inner.resources, inner, { scope: child, path: label, nesting: walk.nesting + 1 }, out, sink)
}

/**
 * A DeployIfNotExists policy carries a whole delegation template in `then.details.deployment.properties.template`.
 * Inside an ARM template the policy's own expressions are escaped (`[[...]`), so evaluating the policy resource in
 * the outer scope yields exactly what Azure Policy sees; the inner template is then resolved with the policy's
 * parameters (their defaultValues, else unknown).
 */
function walkPolicy(policy: Dict, inTemplate: boolean, walk: Walk, out: ResolvedTemplate, sink: ScopeSink): void {
  if (walk.nesting >= MAX_NESTING) return
  const raw = asDict(policy.properties) ?? policy
  const properties = inTemplate ? asDict(walk.scope.evaluateDeep(raw, policy, 'properties')) : raw
  const details = asDict(asDict(asDict(properties?.policyRule)?.then)?.details)
  const deploymentProperties = asDict(asDict(details?.deployment)?.properties)
  const template = asDict(deploymentProperties?.template)
  if (!properties || !deploymentProperties || !template) return
  const policyScope = new Scope(sink, { parameters: asDict(properties.parameters) ?? {} }, null)
  const supplied: Dict = {}
  const given = asDict(deploymentProperties.parameters)
  if (given) {
    for (const key of Object.keys(given)) {
      const entry = asDict(given[key])
      const value = entry && 'value' in entry ? policyScope.evaluateDeep(entry.value, entry, 'value') : undefined
      Object.defineProperty(supplied, key, { value: registerLike({ value }, entry), enumerable: true })
    }
  }
  const child = new Scope(sink, template, supplied)
  walkResources(template.resources, template, { scope: child, path: `${walk.path} (policy deployment) › `, nesting: walk.nesting + 1 }, out, sink)
}

function resolveDefinition(res: Dict, walk: Walk, copyIndex?: number): ResolvedDefinition {
  const { scope } = walk
  const properties = scope.evaluateDeep(res.properties, res, 'properties')
  const props = asDict(properties)
  // Lazy: a position is only worth computing when a finding needs it.
  const loc = (): SourceLocation => scope.at(res)
  const rawProperties = asDict(res.properties)
  const fieldLoc = (key: string): SourceLocation => {
    if (key.startsWith('properties.')) {
      const sub = key.slice('properties.'.length)
      const raw = rawProperties?.[sub]
      const parameter = typeof raw === 'string' ? PARAMETER_REFERENCE.exec(raw) : null
      return (parameter && scope.parameterValueLocation(parameter[1])) ?? (props && locationOf(props, sub)) ?? locationOf(res, 'properties') ?? loc()
    }
    return locationOf(res, key) ?? loc()
  }
  return {
    get loc() {
      return loc()
    },
    path: walk.path,
    apiVersion: scope.evaluateDeep(res.apiVersion, res, 'apiVersion'),
    name: scope.evaluateDeep(res.name, res, 'name'),
    properties,
    plan: 'plan' in res ? scope.evaluateDeep(res.plan, res, 'plan') : undefined,
    managedByTenantId: props?.managedByTenantId,
    registrationDefinitionName: props?.registrationDefinitionName,
    authorizations: authorizationsOf(props, 'authorizations', 'permanent', fieldLoc),
    eligibleAuthorizations: authorizationsOf(props, 'eligibleAuthorizations', 'eligible', fieldLoc),
    copyIndex,
    fieldLoc
  }
}

function authorizationsOf(props: Dict | null, key: string, kind: ResolvedAuthorization['kind'], fieldLoc: (key: string) => SourceLocation): ResolvedAuthorization[] {
  const list = props?.[key]
  if (!Array.isArray(list)) return []
  return list.map((value, index) => new Authorization(kind, index, value, list, key, fieldLoc))
}

/** A class rather than an object literal with getters: V8 keeps thousands of these fast (literal getters are not). */
class Authorization implements ResolvedAuthorization {
  readonly principalId: unknown
  readonly principalIdDisplayName: unknown
  readonly roleDefinitionId: unknown
  readonly delegatedRoleDefinitionIds: unknown
  readonly justInTimeAccessPolicy: unknown
  private readonly auth: Dict | null

  constructor(
    readonly kind: ResolvedAuthorization['kind'],
    readonly index: number,
    readonly value: unknown,
    private readonly list: unknown[],
    private readonly listKey: string,
    private readonly definitionFieldLoc: (key: string) => SourceLocation
  ) {
    const auth = asDict(value)
    this.auth = auth
    this.principalId = auth?.principalId
    this.principalIdDisplayName = auth?.principalIdDisplayName
    this.roleDefinitionId = auth?.roleDefinitionId
    this.delegatedRoleDefinitionIds = auth?.delegatedRoleDefinitionIds
    this.justInTimeAccessPolicy = auth?.justInTimeAccessPolicy
  }

  get loc(): SourceLocation {
    return locationOf(this.list, this.index) ?? this.definitionFieldLoc(`properties.${this.listKey}`)
  }

  fieldLoc(field: string): SourceLocation {
    return (this.auth && locationOf(this.auth, field)) ?? this.loc
  }
}

function resolveAssignment(res: Dict, walk: Walk, copyIndex?: number): ResolvedAssignment {
  const { scope } = walk
  const properties = asDict(res.properties)
  // Lazy: a position is only worth computing when a finding needs it.
  const loc = (): SourceLocation => scope.at(res)
  return {
    get loc() {
      return loc()
    },
    path: walk.path,
    apiVersion: scope.evaluateDeep(res.apiVersion, res, 'apiVersion'),
    name: scope.evaluateDeep(res.name, res, 'name'),
    registrationDefinitionId: properties ? scope.evaluateDeep(properties.registrationDefinitionId, properties, 'registrationDefinitionId') : undefined,
    copyIndex,
    fieldLoc: (key: string) => (key.startsWith('properties.') ? properties && locationOf(properties, key.slice(11)) : locationOf(res, key)) ?? loc()
  }
}

function reportMissingParameters(scope: Scope, out: ResolvedTemplate, sink: ScopeSink): void {
  for (const slot of scope.missingParameters.values()) {
    const declaration = slot.declaration
    const at = locationOf(declaration) ?? sink.fallback
    const where = out.unreadableParametersFile
      ? `the parameters file ${out.unreadableParametersFile} could not be parsed, see its parse-error finding`
      : out.parametersFile
        ? `the parameters file ${out.parametersFile} has no value for it`
        : 'no parameters file is paired with this template'
    const fix = out.unreadableParametersFile
      ? `Fix the syntax of ${out.unreadableParametersFile} so its values can be read.`
      : "Pair a parameters file (X.parameters.json next to X.json, or --parameters / the action's 'parameters' input) or add a defaultValue."
    sink.report(
      {
        ruleId: 'parameters-missing',
        level: 'warning',
        message: `Parameter '${slot.name}' has no value and no defaultValue (${where}), so what depends on it cannot be checked. ${fix}`
      },
      at
    )
  }
}

function isPolicyDefinition(root: Dict): boolean {
  if (Array.isArray(root.resources) || asDict(root.resources)) return false
  const properties = asDict(root.properties)
  return !!(asDict(root.policyRule) || asDict(properties?.policyRule))
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (isUnknown(value)) return String(value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${preview(value)}`
}

