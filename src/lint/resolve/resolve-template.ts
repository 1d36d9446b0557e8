import { ExpressionError, Unknown, isExpression, isUnknown } from '../arm/index.js'
import { Budget, withBudget, type BudgetLimits } from '../arm/budget.js'
import { treeSize } from '../arm/values.js'
import { locationOf, registerLike } from '../read/located-json.js'
import type { ResolvedAssignment, ResolvedAuthorization, ResolvedDefinition, ResolvedTemplate, SuppliedParameter } from '../model.js'
import type { Finding, SourceLocation } from '../types.js'
import { mentionsManagedServices } from './lighthouse-text.js'
import { LazyEntry, ResolveState, Scope, asDict, preview, type ScopeSink } from './scope.js'

type Dict = Record<string, unknown>

const DEFINITIONS = 'microsoft.managedservices/registrationdefinitions'
const ASSIGNMENTS = 'microsoft.managedservices/registrationassignments'
const DEPLOYMENTS = 'microsoft.resources/deployments'
const POLICY_DEFINITIONS = 'microsoft.authorization/policydefinitions'
/** `[parameters('name')]` alone: the value to fix is where the parameter gets its value. */
const PARAMETER_REFERENCE = /^\[\s*parameters\s*\(\s*'([^']+)'\s*\)\s*\]$/i
/** Nested deployments inside nested deployments: ARM allows deep chains, real onboarding uses one or two. */
const MAX_NESTING = 16
/**
 * A registration definition's evaluated properties holding more values than this (walked as a tree) are not handed to
 * the rules: real ones hold a few hundred, and only a value with shared parts (built by doubling) gets near it, which
 * the rules would then walk as a tree.
 */
const MAX_PROPERTIES_VALUES = 1_000_000
/** Top-level resource properties evaluated when `everything` is asked for (not type, apiVersion, copy, dependsOn...). */
const EVALUATED_KEYS = ['name', 'location', 'tags', 'sku', 'kind', 'identity', 'plan', 'zones', 'scope', 'resourceGroup', 'subscriptionId', 'properties']

export interface ResolveOptions {
  /**
   * Evaluate every resource, not only the Lighthouse resources and what leads to them. Lint never needs it; the
   * real-world conformance suite uses it to exercise the evaluator on every expression of Microsoft's templates.
   */
  everything?: boolean
  /** The evaluation budget of the template (defaults to DEFAULT_BUDGET). */
  budget?: BudgetLimits
}

interface Walk {
  scope: Scope
  path: string
  nesting: number
  everything: boolean
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
  unreadableParametersFile?: string,
  options: ResolveOptions = {}
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
  const state = new ResolveState(sink, new Budget(options.budget))
  const scope = new Scope(state, root, supplied)
  const everything = options.everything === true

  withBudget(state.budget, () => {
    try {
      if (isPolicyDefinition(root)) {
        walkPolicy(root, false, { scope, path: 'policy', nesting: 0, everything }, resolved, sink)
      } else {
        walkResources(root.resources, root, { scope, path: '', nesting: 0, everything }, resolved, sink)
      }
    } catch (error) {
      // The budget ran out outside any one expression (copy loops, template values): stop here, keep what was found.
      if (!(error instanceof ExpressionError && error.code === 'budget')) throw error
      state.reportBudget(fallback)
    }
  })
  reportMissingParameters(scope, resolved, sink)
  const { steps, cells, copies, exceeded } = state.budget
  resolved.evaluation = { steps, cells, copies, exceeded: exceeded !== undefined }
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
  // A resource type is always a literal in ARM, so what a resource is can be known before evaluating anything.
  const type = typeof res.type === 'string' && !isExpression(res.type) ? res.type.toLowerCase().replace(/\/+$/, '') : ''
  // `existing` (languageVersion 2.0) refers to a resource deployed elsewhere: this template does not deploy it.
  if (res.existing === true) return
  const lighthouse = type === DEFINITIONS || type === ASSIGNMENTS
  const holder = type === DEPLOYMENTS || type === POLICY_DEFINITIONS || res.resources !== undefined
  // Demand-driven: a nested deployment, policy or parent resource is only worth evaluating if a Lighthouse resource
  // is somewhere inside it (its text says so); everything else in the template is never evaluated.
  if (!walk.everything && !lighthouse && !(holder && mentionsManagedServices(res))) return

  const body = (copyIndex?: number): void => {
    let maybe = false
    if ('condition' in res) {
      const condition = scope.evaluateDeep(res.condition, res, 'condition')
      // A resource whose condition is false is not deployed and not evaluated (conditional-resource-deployment).
      if (condition === false || condition === 'false') return
      maybe = condition !== true && condition !== 'true'
    }
    scope.state.maybe(maybe, () => {
      if (type === DEFINITIONS) out.definitions.push(resolveDefinition(res, walk, copyIndex))
      else if (type === ASSIGNMENTS) out.assignments.push(resolveAssignment(res, walk, copyIndex))
      else if (type === DEPLOYMENTS) walkNestedDeployment(res, walk, out, sink)
      else if (type === POLICY_DEFINITIONS) walkPolicy(res, true, walk, out, sink)
      else if (walk.everything) evaluateResource(res, scope)
      if (res.resources !== undefined) walkResources(res.resources, res, { ...walk, path: `${walk.path} › ` }, out, sink)
    })
  }

  const copy = asDict(res.copy)
  if (!copy) return body()
  const count = scope.copyCount(copy.count, copy, 'count')
  const name = typeof copy.name === 'string' ? copy.name : undefined
  // A count that cannot be known offline may be zero: walk one iteration with an unknown index, and what fails there
  // is not a certainty. A count of zero evaluates nothing (copy-resources).
  if (isUnknown(count)) return scope.state.maybe(true, () => scope.withCopy(name, new Unknown('copyIndex', 'copyIndex()'), () => body()))
  for (let i = 0; i < count; i++) {
    if (!scope.state.budget.tryCopy()) {
      scope.state.reportBudget(scope.at(copy, 'count'))
      break
    }
    scope.withCopy(name, i, () => body(i))
  }
}

/** For the conformance suite: evaluates what ARM evaluates of any resource (see ResolveOptions.everything). */
function evaluateResource(res: Dict, scope: Scope): void {
  for (const key of EVALUATED_KEYS) if (key in res) scope.evaluateDeep(res[key], res, key)
}

function walkNestedDeployment(res: Dict, walk: Walk, out: ResolvedTemplate, sink: ScopeSink): void {
  const { scope } = walk
  const properties = asDict(res.properties)
  if (!properties) return
  const inner = asDict(properties.template)
  if (!inner) return // templateLink: the linked template is linted as its own file when it is in the repository.
  if (walk.nesting >= MAX_NESTING) {
    // The linter's limit, not ARM's: what lies deeper was not checked, which is no reason to fail the template.
    scope.report('template-structure', 'warning', `Nested deployments deeper than ${MAX_NESTING} levels were not followed, so what they deploy was not checked.`, scope.at(properties, 'template'))
    return
  }
  if (walk.everything) evaluateResource({ name: res.name, location: res.location, resourceGroup: res.resourceGroup, subscriptionId: res.subscriptionId }, scope)
  const name = scope.evaluateDeep(res.name, res, 'name')
  const label = `${walk.path} (nested deployment ${typeof name === 'string' ? `'${name}'` : String(name)}) › `
  const options = asDict(properties.expressionEvaluationOptions)
  const scopeOption = typeof options?.scope === 'string' ? options.scope.toLowerCase() : undefined
  // languageVersion 2.0 templates are evaluated in their own scope (what Bicep emits for every module).
  const innerScope = scopeOption === 'inner' || (scopeOption === undefined && isLanguageVersion2(inner))
  if (!innerScope) {
    // Outer scope: the nested template's expressions see the parent's parameters, variables and copy loops.
    walkResources(inner.resources, inner, { ...walk, path: label, nesting: walk.nesting + 1 }, out, sink)
    return
  }
  const child = new Scope(scope.state, inner, nestedParameters(properties, scope))
  walkResources(inner.resources, inner, { scope: child, path: label, nesting: walk.nesting + 1, everything: walk.everything }, out, sink)
}

/**
 * The parameters a nested deployment gives its template, each evaluated in the parent's scope only when the template
 * reads it. An entry is `{ "value": ... }`, `{ "reference": ... }`, or one expression that yields such an object (what
 * Bicep emits for optional module parameters: `"[if(…, createObject('value', …), …)]"`).
 */
function nestedParameters(properties: Dict, scope: Scope): Dict {
  const supplied: Dict = {}
  let given = asDict(properties.parameters)
  if (!given && typeof properties.parameters === 'string') given = asDict(scope.evaluateString(properties.parameters, properties, 'parameters'))
  if (!given) return supplied
  for (const key of Object.keys(given)) {
    const entry = given[key]
    const container = given
    // An object entry is evaluated whole: its value may itself be a copy loop (`"copy": [{"name": "value", ...}]`).
    const lazy = new LazyEntry(() => (typeof entry === 'string' ? scope.evaluateString(entry, container, key) : scope.evaluateDeep(entry, container, key)))
    Object.defineProperty(supplied, key, { value: lazy, enumerable: true })
  }
  return supplied
}

function isLanguageVersion2(template: Dict): boolean {
  return typeof template.languageVersion === 'string' && template.languageVersion.startsWith('2')
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
  const policyScope = new Scope(walk.scope.state, { parameters: asDict(properties.parameters) ?? {} }, null)
  const supplied: Dict = {}
  const given = asDict(deploymentProperties.parameters)
  if (given) {
    for (const key of Object.keys(given)) {
      const entry = asDict(given[key])
      const value = entry && 'value' in entry ? policyScope.evaluateDeep(entry.value, entry, 'value') : undefined
      Object.defineProperty(supplied, key, { value: registerLike({ value }, entry), enumerable: true })
    }
  }
  const child = new Scope(walk.scope.state, template, supplied)
  walkResources(template.resources, template, { scope: child, path: `${walk.path} (policy deployment) › `, nesting: walk.nesting + 1, everything: walk.everything }, out, sink)
}

function resolveDefinition(res: Dict, walk: Walk, copyIndex?: number): ResolvedDefinition {
  const { scope } = walk
  let properties = scope.evaluateDeep(res.properties, res, 'properties')
  if (properties !== res.properties && properties !== null && typeof properties === 'object' && treeSize(properties, MAX_PROPERTIES_VALUES) > MAX_PROPERTIES_VALUES) {
    scope.report(
      'expression-error',
      'warning',
      `The registration definition's properties evaluate to more than ${MAX_PROPERTIES_VALUES.toLocaleString('en-US')} values (built from one another, e.g. by doubling); they were not checked`,
      scope.at(res, 'properties')
    )
    properties = new Unknown('limit', 'properties (too large to check)')
  }
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

