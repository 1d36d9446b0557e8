import { ExpressionError, Unknown, evaluateExpression, isExpression, isUnknown, unescapeLiteral, type EvalContext } from '../arm/index.js'
import { setOwn } from '../arm/values.js'
import { locationOf, registerLike, MAX_JSON_DEPTH } from '../read/located-json.js'
import { showValue } from '../show-value.js'
import type { Finding, SourceLocation } from '../types.js'

type Dict = Record<string, unknown>

export interface ScopeSink {
  report(finding: Omit<Finding, 'file' | 'line' | 'column'>, at: SourceLocation): void
  fallback: SourceLocation
}

/** A copy variable (`variables.copy[]`), expanded into its array on first use. */
class CopyVariable {
  constructor(readonly spec: Dict) {}
}

interface ParameterSlot {
  name: string
  declaration: unknown
  /** The entry in the parameters file (`{value}` / `{reference}`), if any. */
  supplied: unknown
  hasSupplied: boolean
}

/**
 * The names an expression can see: a template's parameters and variables, and the copy loops it sits in.
 * ARM looks names up case-insensitively; a variable is evaluated once, on first use, with cycle detection.
 */
export class Scope implements EvalContext {
  private readonly parameterSlots = new Map<string, ParameterSlot>()
  private readonly parameterValues = new Map<string, unknown>()
  private readonly variableDeclarations = new Map<string, { name: string; container: Dict; key: string }>()
  private readonly variableValues = new Map<string, unknown>()
  private readonly evaluating: string[] = []
  /** Parameters used without a value: the resolver reports them once. */
  readonly missingParameters = new Map<string, ParameterSlot>()
  private copyLoops: Array<{ name: string | undefined; index: unknown }> = []

  constructor(
    private readonly sink: ScopeSink,
    template: Dict,
    suppliedParameters: Dict | null
  ) {
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

  /**
   * Where the value of a parameter is written: the parameters file entry when supplied, else the defaultValue.
   * Lets a finding on `"managedByTenantId": "[parameters('managedByTenantId')]"` point at the value to fix.
   */
  parameterValueLocation(name: string): SourceLocation | undefined {
    const slot = this.parameterSlots.get(name.toLowerCase())
    if (!slot) return undefined
    if (slot.hasSupplied) return locationOf(slot.supplied, 'value') ?? locationOf(slot.supplied)
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

  /** Evaluates one value as ARM would: expression strings evaluated, `[[` unescaped, objects and arrays walked. */
  evaluateDeep(value: unknown, container: unknown, key: string | number, depth = 0): unknown {
    if (typeof value === 'string') return this.evaluateString(value, container, key)
    if (value instanceof CopyVariable) return this.expandCopyVariable(value.spec)
    if (value === null || typeof value !== 'object') return value
    if (depth > MAX_JSON_DEPTH) {
      this.sink.report({ ruleId: 'template-structure', level: 'error', message: `Value nested deeper than ${MAX_JSON_DEPTH} levels. Flatten it.` }, this.at(container, key))
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
    let copy: Dict | undefined
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!
      const item = (value as Dict)[k]
      const evaluated = this.evaluateDeep(item, value, k, depth + 1)
      if (!copy && evaluated === item) continue
      if (!copy) {
        copy = {}
        for (let j = 0; j < i; j++) setOwn(copy, keys[j]!, (value as Dict)[keys[j]!])
      }
      setOwn(copy, k, evaluated)
    }
    return copy ? registerLike(copy, value) : value
  }

  evaluateString(text: string, container: unknown, key: string | number): unknown {
    if (!isExpression(text)) return unescapeLiteral(text)
    try {
      return evaluateExpression(text, this)
    } catch (error) {
      const message = error instanceof ExpressionError ? error.message : `Could not evaluate the expression: ${String((error as Error)?.message ?? error)}`
      this.sink.report({ ruleId: 'expression-error', level: 'error', message }, this.at(container, key))
      return new Unknown('error', 'expression error')
    }
  }

  at(container: unknown, key?: string | number): SourceLocation {
    return locationOf(container, key) ?? this.sink.fallback
  }

  private parameterValue(slot: ParameterSlot): unknown {
    if (slot.hasSupplied) {
      const supplied = asDict(slot.supplied)
      if (supplied && 'value' in supplied) return supplied.value
      if (supplied && 'reference' in supplied) return new Unknown('keyVaultReference', `parameters('${slot.name}') from Key Vault`)
      this.sink.report(
        { ruleId: 'template-structure', level: 'error', message: `Parameter '${slot.name}' in the parameters file needs a "value" (or a Key Vault "reference"): write { "value": ... }.` },
        locationOf(slot.supplied) ?? this.sink.fallback
      )
      return new Unknown('parameter', `parameters('${slot.name}')`)
    }
    const declaration = asDict(slot.declaration)
    if (declaration && 'defaultValue' in declaration) return this.evaluateDeep(declaration.defaultValue, declaration, 'defaultValue')
    this.missingParameters.set(slot.name.toLowerCase(), slot)
    return new Unknown('parameter', `parameters('${slot.name}')`)
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
    const count = this.copyCount(spec.count, spec, 'count')
    if (isUnknown(count)) return count
    const items: unknown[] = []
    for (let i = 0; i < count; i++) {
      items.push(this.withCopy(spec.name as string, i, () => this.evaluateDeep(spec.input, spec, 'input')))
    }
    return registerLike(items, spec)
  }

  /** ARM allows 0–800 copies; anything else is reported and treated as one iteration so its content is still checked. */
  copyCount(raw: unknown, container: unknown, key: string): number | Unknown {
    const value = this.evaluateDeep(raw, container, key)
    if (isUnknown(value)) return value
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
      this.sink.report({ ruleId: 'template-structure', level: 'error', message: `copy count must be a whole number from 0 to 800, not ${preview(value)}.` }, this.at(container, key))
      return 1
    }
    if (n > 800) {
      this.sink.report({ ruleId: 'template-structure', level: 'error', message: `copy count is ${n}; ARM allows at most 800 copies. Split the loop or reduce the count. Only the first iteration was checked.` }, this.at(container, key))
      return 1
    }
    return n
  }
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
