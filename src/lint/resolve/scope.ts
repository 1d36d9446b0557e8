import {
  ExpressionError,
  Unknown,
  evaluateExpression,
  isExpression,
  isUnknown,
  unescapeLiteral,
  type EvalContext,
  type UserFunction
} from '../arm/index.js'
import type { Budget } from '../arm/budget.js'
import { isCertain } from '../arm/errors.js'
import { locationOf, registerLike, MAX_JSON_DEPTH } from '../read/located-json.js'
import { showValue } from '../show-value.js'
import type { Finding, SourceLocation } from '../types.js'

type Dict = Record<string, unknown>

export interface ScopeSink {
  report(finding: Omit<Finding, 'file' | 'line' | 'column'>, at: SourceLocation): void
  fallback: SourceLocation
}

/**
 * What all scopes of one template share: its budget, whether the walk is inside a resource that may not be deployed
 * (so that what fails there is not a certainty), and what was already said once.
 */
export class ResolveState {
  /** Above zero while walking a resource whose condition or copy count cannot be known offline. */
  uncertain = 0
  readonly unknownFunctions = new Set<string>()
  budgetReported = false
  userFunctionDepth = 0

  constructor(
    readonly sink: ScopeSink,
    readonly budget: Budget
  ) {}

  /** Runs `fn` with what it reports marked as uncertain when `when` holds. */
  maybe<T>(when: boolean, fn: () => T): T {
    if (!when) return fn()
    this.uncertain++
    try {
      return fn()
    } finally {
      this.uncertain--
    }
  }

  reportBudget(at: SourceLocation): void {
    if (this.budgetReported || !this.budget.exceeded) return
    this.budgetReported = true
    this.sink.report(
      {
        ruleId: 'expression-error',
        level: 'warning',
        message: `${this.budget.exceeded.message}. The rest of the template was not evaluated, so it could not be fully checked (ARM may well accept it). Simplify the template or lint the parts separately`
      },
      at
    )
  }
}

/** A copy variable (`variables.copy[]`), expanded into its array on first use. */
class CopyVariable {
  constructor(readonly spec: Dict) {}
}

/**
 * A nested deployment's parameter, evaluated in the parent's scope only if the nested template reads it: most
 * parameters a compiled-Bicep module is given have nothing to do with Lighthouse.
 */
export class LazyEntry {
  private value: unknown
  private done = false

  constructor(private readonly compute: () => unknown) {}

  get(): unknown {
    if (!this.done) {
      this.value = this.compute()
      this.done = true
    }
    return this.value
  }
}

interface ParameterSlot {
  name: string
  declaration: unknown
  /** The entry in the parameters file (`{value}` / `{reference}`), a LazyEntry yielding one, if any. */
  supplied: unknown
  hasSupplied: boolean
}

/**
 * The names an expression can see: a template's parameters, variables and user-defined functions, and the copy loops
 * it sits in. ARM looks names up case-insensitively; a variable is evaluated once, on first use, with cycle detection.
 */
export class Scope implements EvalContext {
  private readonly parameterSlots = new Map<string, ParameterSlot>()
  private readonly parameterValues = new Map<string, unknown>()
  private readonly variableDeclarations = new Map<string, { name: string; container: Dict; key: string }>()
  private readonly variableValues = new Map<string, unknown>()
  private functionDeclarations: Map<string, Dict> | undefined
  private readonly evaluating: string[] = []
  /** Parameters used without a value: the resolver reports them once. */
  readonly missingParameters = new Map<string, ParameterSlot>()
  private copyLoops: Array<{ name: string | undefined; index: unknown }> = []
  /** Where the expression being evaluated is written (two fields, not an object: set for every expression). */
  private siteContainer: unknown
  private siteKey: string | number | undefined
  private readonly definitions: Dict | null

  constructor(
    readonly state: ResolveState,
    template: Dict,
    suppliedParameters: Dict | null
  ) {
    this.definitions = asDict(template.definitions)
    const declared = asDict(template.parameters)
    if (declared) {
      for (const name of Object.keys(declared)) {
        const hasSupplied = !!suppliedParameters && Object.prototype.hasOwnProperty.call(suppliedParameters, name)
        this.parameterSlots.set(name.toLowerCase(), { name, declaration: declared[name], supplied: hasSupplied ? suppliedParameters![name] : undefined, hasSupplied })
      }
    }
    if (suppliedParameters) {
      // Values supplied for names the template does not declare are ignored by ARM too, but matched case-insensitively.
      for (const name of Object.keys(suppliedParameters)) {
        const slot = this.parameterSlots.get(name.toLowerCase())
        if (slot && !slot.hasSupplied) {
          slot.supplied = suppliedParameters[name]
          slot.hasSupplied = true
        }
      }
    }
    const variables = asDict(template.variables)
    if (variables) {
      for (const name of Object.keys(variables)) {
        if (name === 'copy' && Array.isArray(variables.copy)) continue
        this.variableDeclarations.set(name.toLowerCase(), { name, container: variables, key: name })
      }
      if (Array.isArray(variables.copy)) this.declareCopyVariables(variables.copy)
    }
    if (Array.isArray(template.functions)) {
      for (const namespace of template.functions) {
        const ns = asDict(namespace)
        const members = asDict(ns?.members)
        if (!ns || typeof ns.namespace !== 'string' || !members) continue
        for (const member of Object.keys(members)) {
          const fn = asDict(members[member])
          if (fn) (this.functionDeclarations ??= new Map()).set(`${ns.namespace}.${member}`.toLowerCase(), fn)
        }
      }
    }
  }

  get sink(): ScopeSink {
    return this.state.sink
  }

  // ---- EvalContext -------------------------------------------------------------------------------------------

  parameter(name: string): unknown {
    const key = String(name).toLowerCase()
    if (this.parameterValues.has(key)) return this.parameterValues.get(key)
    const slot = this.parameterSlots.get(key)
    if (!slot) throw new ExpressionError('reference', `The template does not declare a parameter named '${name}'. Declare it under "parameters" or fix the name.`)
    const value = this.parameterValue(slot)
    this.parameterValues.set(key, value)
    return value
  }

  variable(name: string): unknown {
    const key = String(name).toLowerCase()
    if (this.variableValues.has(key)) return this.variableValues.get(key)
    const declaration = this.variableDeclarations.get(key)
    if (!declaration) throw new ExpressionError('reference', `The template does not declare a variable named '${name}'. Declare it under "variables" or fix the name.`)
    if (this.evaluating.includes(key)) {
      const cycle = [...this.evaluating.slice(this.evaluating.indexOf(key)), key].map((k) => this.variableDeclarations.get(k)?.name ?? k)
      throw new ExpressionError('cycle', `Variables refer to each other in a cycle: ${cycle.join(' → ')}. Break the cycle.`)
    }
    this.evaluating.push(key)
    try {
      const value = this.evaluateDeep(declaration.container[declaration.key], declaration.container, declaration.key)
      this.variableValues.set(key, value)
      return value
    } finally {
      this.evaluating.pop()
    }
  }

  copyIndex(loopName: string | undefined): unknown {
    const loops = this.copyLoops
    if (loops.length === 0) throw new ExpressionError('reference', 'copyIndex() is used outside a copy loop. Add a "copy" element to the resource or remove copyIndex().')
    if (loopName === undefined) return loops[loops.length - 1].index
    const loop = [...loops].reverse().find((l) => l.name?.toLowerCase() === String(loopName).toLowerCase())
    if (!loop) throw new ExpressionError('reference', `No copy loop named '${loopName}' encloses this expression. Use the name given in "copy.name".`)
    return loop.index
  }

  unknownFunction(name: string, message: string): void {
    const key = name.toLowerCase()
    if (this.state.unknownFunctions.has(key)) return
    this.state.unknownFunctions.add(key)
    const at = this.siteKey !== undefined ? this.at(this.siteContainer, this.siteKey) : this.sink.fallback
    this.sink.report({ ruleId: 'expression-error', level: 'warning', message }, at)
  }

  /** A function of the template's `functions` section: sees only its own parameters, as ARM evaluates it. */
  userFunction(name: string): UserFunction | undefined {
    const declaration = this.functionDeclarations?.get(name.toLowerCase())
    if (!declaration) return undefined
    const parameters = (Array.isArray(declaration.parameters) ? declaration.parameters : []).map((p) => String(asDict(p)?.name ?? ''))
    const output = asDict(declaration.output)
    const state = this.state
    const outer = this
    return {
      parameters,
      invoke(args: readonly unknown[]): unknown {
        if (state.userFunctionDepth >= 32) throw new ExpressionError('too-deep', `User-defined function '${name}' calls user-defined functions more than 32 levels deep.`)
        const values = new Map(parameters.map((p, i) => [p.toLowerCase(), args[i]]))
        const context: EvalContext = {
          parameter: (parameterName) => {
            const key = String(parameterName).toLowerCase()
            if (!values.has(key)) throw new ExpressionError('reference', `User-defined function '${name}' has no parameter named '${parameterName}'.`)
            return values.get(key)
          },
          variable: () => {
            throw new ExpressionError('reference', `User-defined function '${name}' uses variables(), which ARM does not allow in user-defined functions.`)
          },
          copyIndex: () => {
            throw new ExpressionError('reference', `User-defined function '${name}' uses copyIndex(), which ARM does not allow in user-defined functions.`)
          },
          unknownFunction: (fn, message) => outer.unknownFunction(fn, message),
          userFunction: (fn) => outer.userFunction(fn)
        }
        state.userFunctionDepth++
        try {
          return evaluateValue(output?.value, context)
        } finally {
          state.userFunctionDepth--
        }
      }
    }
  }

  /**
   * Where the value of a parameter is written: the parameters file entry when supplied, else the defaultValue.
   * Lets a finding on `"managedByTenantId": "[parameters('managedByTenantId')]"` point at the value to fix.
   */
  parameterValueLocation(name: string): SourceLocation | undefined {
    const slot = this.parameterSlots.get(name.toLowerCase())
    if (!slot) return undefined
    if (slot.hasSupplied) {
      const supplied = slot.supplied instanceof LazyEntry ? slot.supplied.get() : slot.supplied
      return locationOf(supplied, 'value') ?? locationOf(supplied)
    }
    const declaration = asDict(slot.declaration)
    return declaration && 'defaultValue' in declaration ? locationOf(declaration, 'defaultValue') : undefined
  }

  // ---- evaluation ---------------------------------------------------------------------------------------------

  /** Runs `fn` inside a copy-loop iteration. */
  withCopy<T>(name: string | undefined, index: unknown, fn: () => T): T {
    this.copyLoops.push({ name, index })
    try {
      return fn()
    } finally {
      this.copyLoops.pop()
    }
  }

  /**
   * Evaluates one value as ARM would: expression strings evaluated, `[[` unescaped, objects and arrays walked, and a
   * `copy` array inside an object (property and variable iteration) expanded into the properties it names.
   */
  evaluateDeep(value: unknown, container: unknown, key: string | number, depth = 0): unknown {
    if (typeof value === 'string') return this.evaluateString(value, container, key)
    if (value instanceof CopyVariable) return this.expandCopyVariable(value.spec)
    if (value === null || typeof value !== 'object') return value
    // Out of budget: the rest of the template is walked, but nothing more is evaluated.
    if (!this.state.budget.tryStep(1)) return this.outOfBudget(container, key)
    if (depth > MAX_JSON_DEPTH) {
      this.report('template-structure', 'warning', `Value nested deeper than ${MAX_JSON_DEPTH} levels, the linter's limit: it was not checked. Flatten it.`, this.at(container, key))
      return new Unknown('error', 'too deep')
    }
    if (isUnknown(value)) return value
    // Copy on write: most of a template (and all of a parameters file) is literal JSON that evaluates to itself, and
    // handing back the same object keeps its source location without registering a copy.
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined
      for (let i = 0; i < value.length; i++) {
        const item = value[i]
        const evaluated = this.evaluateDeep(item, value, i, depth + 1)
        if (copy) copy.push(evaluated)
        else if (evaluated !== item) {
          copy = value.slice(0, i)
          copy.push(evaluated)
        }
      }
      return copy ? registerLike(copy, value) : value
    }
    const keys = Object.keys(value)
    const iterations = propertyCopies(value as Dict)
    let copy: Dict | undefined
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!
      const item = (value as Dict)[k]
      if (iterations && k === 'copy') {
        // Replaced by the properties it builds (below); dropped from the result as ARM drops it.
        copy ??= copyKeys(value as Dict, keys, i, true)
        continue
      }
      const evaluated = this.evaluateDeep(item, value, k, depth + 1)
      if (!copy && evaluated === item) continue
      copy ??= copyKeys(value as Dict, keys, i, iterations !== undefined)
      put(copy, k, evaluated)
    }
    if (iterations) for (const spec of iterations) put(copy!, spec.name as string, this.expandIterations(spec, depth))
    return copy ? registerLike(copy, value) : value
  }

  evaluateString(text: string, container: unknown, key: string | number): unknown {
    if (!isExpression(text)) return unescapeLiteral(text)
    if (this.state.budget.exceeded) return this.outOfBudget(container, key)
    const outerContainer = this.siteContainer
    const outerKey = this.siteKey
    this.siteContainer = container
    this.siteKey = key
    try {
      return evaluateExpression(text, this)
    } catch (error) {
      return this.failed(error, this.at(container, key))
    } finally {
      this.siteContainer = outerContainer
      this.siteKey = outerKey
    }
  }

  private outOfBudget(container: unknown, key: string | number): Unknown {
    this.state.reportBudget(this.at(container, key))
    return new Unknown('budget', 'not evaluated (budget)')
  }

  /** Turns an evaluation failure into a finding — an error only when ARM would fail for certain — and an Unknown. */
  failed(error: unknown, at: SourceLocation): Unknown {
    if (!(error instanceof ExpressionError)) {
      this.report('expression-error', 'warning', `Could not evaluate the expression (${String((error as Error)?.message ?? error)}); what depends on it was not checked`, at)
      return new Unknown('error', 'expression error')
    }
    if (error.code === 'budget') {
      this.state.reportBudget(at)
      return new Unknown('budget', 'not evaluated (budget)')
    }
    if (!isCertain(error.code)) {
      const ours = error.code === 'too-deep' || error.code === 'limit'
      this.report(
        'expression-error',
        'warning',
        ours
          ? `${error.message.replace(/\.$/, '')}. This is a limit of the linter, not of ARM: what depends on the expression could not be checked`
          : error.message,
        at
      )
      return new Unknown('error', 'expression error')
    }
    this.report('expression-error', 'error', error.message, at)
    return new Unknown('error', 'expression error')
  }

  /**
   * Reports a finding; one that would be an error is a warning while the walk is inside a resource that may not be
   * deployed at all (a condition or copy count that cannot be known offline): ARM only fails if it evaluates it.
   */
  report(ruleId: string, level: Finding['level'], message: string, at: SourceLocation): void {
    if (level === 'error' && this.state.uncertain > 0) {
      level = 'warning'
      message = `${message.replace(/\.$/, '')}. (A warning, not an error: it is met only if a resource whose condition or copy count cannot be known offline is deployed.)`
    }
    this.sink.report({ ruleId, level, message }, at)
  }

  at(container: unknown, key?: string | number): SourceLocation {
    return locationOf(container, key) ?? this.sink.fallback
  }

  private parameterValue(slot: ParameterSlot): unknown {
    if (slot.hasSupplied) {
      const lazy = slot.supplied instanceof LazyEntry
      const raw = slot.supplied instanceof LazyEntry ? slot.supplied.get() : slot.supplied
      // An entry given as one expression that depends on what is unknown offline.
      if (isUnknown(raw)) return new Unknown(raw.kind, `parameters('${slot.name}')`, raw.deterministic)
      const supplied = asDict(raw)
      if (supplied && 'value' in supplied) return supplied.value
      if (supplied && 'reference' in supplied) return new Unknown('keyVaultReference', `parameters('${slot.name}') from Key Vault`)
      this.report(
        'template-structure',
        'error',
        `Parameter '${slot.name}' ${lazy ? 'of the nested deployment' : 'in the parameters file'} needs a "value" (or a Key Vault "reference"): write { "value": ... }.`,
        locationOf(raw) ?? this.sink.fallback
      )
      return new Unknown('parameter', `parameters('${slot.name}')`)
    }
    const declaration = asDict(slot.declaration)
    if (declaration && 'defaultValue' in declaration) return this.evaluateDeep(declaration.defaultValue, declaration, 'defaultValue')
    // languageVersion 2.0: a nullable parameter without a value is null (template-syntax "nullable").
    if (this.isNullable(declaration)) return null
    this.missingParameters.set(slot.name.toLowerCase(), slot)
    return new Unknown('parameter', `parameters('${slot.name}')`)
  }

  /** `"nullable": true` on the parameter or on the type it refers to (`"$ref": "#/definitions/x"`). */
  private isNullable(declaration: Dict | null): boolean {
    let current = declaration
    for (let hops = 0; current && hops < 8; hops++) {
      if (current.nullable === true) return true
      const ref = current.$ref
      if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return false
      current = asDict(this.definitions?.[ref.slice('#/definitions/'.length)])
    }
    return false
  }

  /** Copy variables (`variables.copy: [{name, count, input}]`) become arrays evaluated with copyIndex(name). */
  private declareCopyVariables(copies: unknown[]): void {
    for (const entry of copies) {
      const spec = asDict(entry)
      if (!spec || typeof spec.name !== 'string') continue
      const name = spec.name
      const key = name.toLowerCase()
      const container: Dict = {}
      Object.defineProperty(container, name, { enumerable: true, value: new CopyVariable(spec) })
      this.variableDeclarations.set(key, { name, container, key: name })
    }
  }

  private expandCopyVariable(spec: Dict): unknown {
    return this.expandIterations(spec, 0)
  }

  /** `{name, count, input}`: the array of `input` evaluated for each copyIndex(name), or Unknown if count is. */
  private expandIterations(spec: Dict, depth: number): unknown {
    const count = this.copyCount(spec.count, spec, 'count')
    if (isUnknown(count)) return new Unknown('copy', `the '${String(spec.name)}' copy loop (its count is ${count.text})`)
    const items: unknown[] = []
    for (let i = 0; i < count; i++) {
      if (!this.state.budget.tryCopy()) return this.outOfBudget(spec, 'count')
      items.push(this.withCopy(spec.name as string, i, () => this.evaluateDeep(spec.input, spec, 'input', depth + 1)))
    }
    return registerLike(items, spec)
  }

  /**
   * ARM allows 0–800 copies; anything else is reported and treated as one iteration so its content is still checked.
   * A count that depends on what is unknown offline is Unknown: the loop may run any number of times, zero included.
   */
  copyCount(raw: unknown, container: unknown, key: string): number | Unknown {
    const value = this.evaluateDeep(raw, container, key)
    if (isUnknown(value)) return value
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
      this.report('template-structure', 'error', `copy count must be a whole number from 0 to 800, not ${preview(value)}.`, this.at(container, key))
      return 1
    }
    if (n > 800) {
      this.report('template-structure', 'error', `copy count is ${n}; ARM allows at most 800 copies. Split the loop or reduce the count. Only the first iteration was checked.`, this.at(container, key))
      return 1
    }
    return n
  }
}

/**
 * setOwn without charging the budget: copying template values is bounded by the template's size and its copy loops
 * (budgeted themselves), and must keep working once the budget is spent so the rest of the template is still walked.
 */
function put(target: Dict, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/** The property iterations of an object (`"copy": [{name, count, input}]`), or undefined if it has none. */
function propertyCopies(value: Dict): Dict[] | undefined {
  const copy = value.copy
  if (!Array.isArray(copy) || copy.length === 0) return undefined
  const specs: Dict[] = []
  for (const entry of copy) {
    const spec = asDict(entry)
    if (!spec || typeof spec.name !== 'string' || !('input' in spec)) return undefined
    specs.push(spec)
  }
  return specs
}

/** The first `upTo` properties, unchanged (copy on write); `skipCopy` leaves out a `copy` that is being expanded. */
function copyKeys(value: Dict, keys: string[], upTo: number, skipCopy: boolean): Dict {
  const copy: Dict = {}
  for (let j = 0; j < upTo; j++) if (!skipCopy || keys[j] !== 'copy') put(copy, keys[j]!, value[keys[j]!])
  return copy
}

/** A user-defined function's output value: expressions evaluated, objects and arrays walked. */
function evaluateValue(value: unknown, context: EvalContext): unknown {
  if (typeof value === 'string') return isExpression(value) ? evaluateExpression(value, context) : unescapeLiteral(value)
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, context))
  const dict = asDict(value)
  if (!dict) return value
  const result: Dict = {}
  for (const key of Object.keys(dict)) put(result, key, evaluateValue(dict[key], context))
  return result
}

export function asDict(value: unknown): Dict | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isUnknown(value) ? (value as Dict) : null
}

/** Like showValue, but quotes strings: used in "not <kind> <value>" messages, where the quotes matter. */
export function preview(value: unknown): string {
  if (typeof value !== 'string') return showValue(value, 60)
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
