import { sourceText, type AccessNode, type CallNode, type ExprNode } from './ast.js'
import { allocate, spend } from './budget.js'
import type { EvalContext } from './context.js'
import { ExpressionError, closest, closestMemo } from './errors.js'
import { functionNames, functions, type CallSite, type FunctionDef } from './functions/index.js'
import { MAX_LAMBDA_CALLS, lambdaVariablesOutsideLambda, misplacedLambda } from './functions/lambda.js'
import type { LambdaScope } from './functions/types.js'
import { parseExpression } from './parser.js'
import { Unknown, isUnknown } from './unknown.js'
import { collectUnknowns, derivedUnknown, findKey, isInteger, isObject, show, typeName } from './values.js'

const FUNCTIONS_DOC = 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions'

/**
 * Evaluate a full expression string such as "[concat('a', parameters('b'))]". Throws ExpressionError only. A function
 * this linter does not know is not an error here: it may be newer than the linter, so its calls evaluate to Unknown
 * and `ctx.unknownFunction` hears about each such name (the resolver turns that into a warning).
 */
export function evaluateExpression(text: string, ctx: EvalContext): unknown {
  try {
    const root = parseExpression(text)
    const unknownNames = checkFunctionNames(root)
    if (unknownNames.length > 0 && ctx.unknownFunction) {
      for (const name of unknownNames) ctx.unknownFunction(name, unknownFunctionMessage(name))
    }
    return new Evaluator(ctx).evaluate(root)
  } catch (error) {
    throw asExpressionError(error)
  }
}

/** What to tell the author about a function name not in the reference (memoised: one template repeats it often). */
export function unknownFunctionMessage(name: string): string {
  const suggestion = closestMemo(name, functionNames)
  return (
    `Function '${name}' is not in the ARM template function reference this linter knows${suggestion ? ` (did you mean '${suggestion}'?)` : ''}. ` +
    `ARM rejects a template that calls an unknown function; if '${name}' is newer than this linter, the template is fine, but what depends on it could not be checked (see ${FUNCTIONS_DOC})`
  )
}

function asExpressionError(error: unknown): ExpressionError {
  if (error instanceof ExpressionError) return error
  if (error instanceof RangeError) {
    if (/call stack/i.test(error.message)) {
      return new ExpressionError('too-deep', 'Evaluation nested too deeply (through variables or nested values). Simplify the chain of variables.')
    }
    return new ExpressionError('limit', `A value grew too large to evaluate (${error.message}).`)
  }
  const message = error instanceof Error ? error.message : String(error)
  return new ExpressionError('type', `The expression could not be evaluated: ${message}`)
}

function isListFunction(lower: string): boolean {
  return lower.startsWith('list') && lower.length > 4
}

/** Parsed expressions already checked, with the function names in them that this linter does not know. */
const checked = new WeakMap<ExprNode, readonly string[]>()
const NONE: readonly string[] = []

interface Pending {
  readonly node: ExprNode
  /** A direct argument at one of its call's lambda positions, the one place lambda() may appear. */
  readonly lambdaSlot: boolean
  /** The name of the call this node is a direct argument of, for messages. */
  readonly parent: string | undefined
  /** Inside the body of some lambda, where lambdaVariables() is allowed. */
  readonly inLambda: boolean
}

/**
 * Every function name is looked up before evaluating, including in `if` branches that will not run: ARM rejects the
 * whole template for an unknown function, so the author hears of it wherever it is. The same walk checks where
 * lambda() and lambdaVariables() appear, which ARM also settles before evaluating. Returns the unknown names.
 */
function checkFunctionNames(root: ExprNode): readonly string[] {
  const known = checked.get(root)
  if (known !== undefined) return known
  let unknownNames: string[] | undefined
  const stack: Pending[] = [{ node: root, lambdaSlot: false, parent: undefined, inLambda: false }]
  while (stack.length > 0) {
    const { node, lambdaSlot, parent, inLambda } = stack.pop()!
    if (node.kind === 'call') {
      const lower = node.name.toLowerCase()
      const def = functions.get(lower)
      if (def === undefined && !isListFunction(lower) && !node.name.includes('.')) {
        unknownNames ??= []
        if (!unknownNames.includes(node.name)) unknownNames.push(node.name)
      }
      if (lower === 'lambda' && !lambdaSlot) throw misplacedLambda(node, parent)
      if (lower === 'lambdavariables' && !inLambda) throw lambdaVariablesOutsideLambda(node)
      node.args.forEach((arg, i) => {
        const slot = def?.lambdas?.includes(i) ?? false
        if (slot && !(arg.kind === 'call' && arg.name.toLowerCase() === 'lambda')) {
          throw new ExpressionError(
            'argument',
            `${def!.name}() expects argument ${i + 1} to be a lambda such as lambda('x', lambdaVariables('x')), but got ${sourceText(arg)}.`
          )
        }
        const body = lower === 'lambda' && i === node.args.length - 1
        stack.push({ node: arg, lambdaSlot: slot, parent: def?.name ?? node.name, inLambda: inLambda || body })
      })
    } else if (node.kind === 'access') {
      stack.push({ node: node.target, lambdaSlot: false, parent, inLambda })
      for (const step of node.steps) if (step.kind === 'index') stack.push({ node: step.index, lambdaSlot: false, parent, inLambda })
    }
  }
  const result = unknownNames ?? NONE
  checked.set(root, result)
  return result
}

/** What a function sees of its call (see CallSite); a class, not a literal with closures: one is made per call. */
class Site implements CallSite {
  constructor(
    readonly name: string,
    private readonly node: CallNode,
    private readonly evaluator: Evaluator,
    readonly lambdas: LambdaScope | undefined
  ) {}

  get text(): string {
    return sourceText(this.node)
  }

  get ctx(): EvalContext {
    return this.evaluator.ctx
  }

  get nodes(): readonly ExprNode[] {
    return this.node.args
  }

  evaluate(node: ExprNode): unknown {
    return this.evaluator.evaluate(node)
  }

  evaluateLambda(body: ExprNode, names: readonly string[], values: readonly unknown[]): unknown {
    return this.evaluator.evaluateLambda(body, names, values)
  }
}

/**
 * A function may read all of its arguments: a 10 MB string hashed by guid(), lower-cased or parsed by json(), an
 * array scanned by indexOf() or max(). One step per 16 characters or items (what a string costs the memory budget), so
 * a 1 KB template that calls guid() on a 10 MB string ten thousand times ends at the step budget instead of running
 * for hours; arguments of ordinary size cost nothing extra.
 */
function chargeInputs(args: unknown[]): void {
  let size = 0
  for (const arg of args) if (typeof arg === 'string' || Array.isArray(arg)) size += arg.length
  if (size > 255) spend(size >> 4)
}

class Evaluator {
  /** The lambda variables in scope while a lambda body is evaluated. */
  private scope: LambdaScope | undefined
  private lambdaCalls = 0

  constructor(readonly ctx: EvalContext) {}

  evaluate(node: ExprNode): unknown {
    spend()
    switch (node.kind) {
      case 'string':
      case 'integer':
      case 'literal':
        return node.value
      case 'call':
        return this.call(node)
      case 'access':
        return this.access(node)
    }
  }

  private call(node: CallNode): unknown {
    const def = functions.get(node.name) ?? functions.get(node.name.toLowerCase())
    if (def === undefined) {
      const text = sourceText(node)
      if (node.name.includes('.')) return this.userFunction(node, text)
      // list*() reads live secrets and keys; any other name is a function this linter does not know (see above).
      return new Unknown(isListFunction(node.name.toLowerCase()) ? 'reference' : 'unknownFunction', text)
    }
    checkArity(def, node)
    const site = new Site(def.name, node, this, this.scope)
    let result: unknown
    if (def.lazy) result = def.call([], site)
    else {
      const args = node.args.map((arg) => this.evaluate(arg))
      chargeInputs(args)
      const policy = def.unknowns ?? 'shallow'
      if (policy !== 'none') {
        const blocked = policy === 'shallow' ? args.some(isUnknown) : collectUnknowns(args).length > 0
        if (blocked) return derivedUnknown(def.name, site.text, args)
      }
      result = def.call(args, site)
    }
    // New arrays and strings count against the template's memory budget; a function that hands back part of its input
    // does not. (concat(), replace(), padLeft(), toLower() build strings too: 2,000 definitions named concat() of a
    // 1 MB string held 2 GB when only some string builders were charged.)
    if (!def.borrows) {
      if (Array.isArray(result)) allocate(result.length)
      else if (typeof result === 'string' && result.length > 255) allocate(result.length >> 4)
    }
    return result
  }

  /**
   * A user-defined function (`functions` section, called as `namespace.name(...)`): evaluated like ARM does, with only
   * its own parameters in scope. One the template does not define stays Unknown.
   */
  private userFunction(node: CallNode, text: string): unknown {
    const fn = this.ctx.userFunction?.(node.name)
    if (fn === undefined) return new Unknown('userFunction', text)
    if (node.args.length !== fn.parameters.length) {
      throw new ExpressionError(
        'argument',
        `${node.name}() takes ${fn.parameters.length} argument${fn.parameters.length === 1 ? '' : 's'}, but ${node.args.length} ${node.args.length === 1 ? 'was' : 'were'} given (column ${node.start + 1}).`
      )
    }
    return fn.invoke(node.args.map((arg) => this.evaluate(arg)))
  }

  /** Recursion here follows the expression's own nesting, which the parser caps at MAX_DEPTH. */
  evaluateLambda(body: ExprNode, names: readonly string[], values: readonly unknown[]): unknown {
    spend()
    if (++this.lambdaCalls > MAX_LAMBDA_CALLS) {
      throw new ExpressionError('limit', `Lambda bodies ran more than ${MAX_LAMBDA_CALLS} times in one expression. Use smaller arrays or fewer nested lambdas.`)
    }
    const outer = this.scope
    this.scope = { names, values, parent: outer }
    try {
      return this.evaluate(body)
    } finally {
      this.scope = outer
    }
  }

  private access(node: AccessNode): unknown {
    let value = this.evaluate(node.target)
    for (const step of node.steps) {
      if (isUnknown(value)) {
        // Keep the base's kind ('subscriptionId', 'parameter', ...) but show the whole chain the author wrote.
        return new Unknown(value.kind, sourceText(node, node.steps[node.steps.length - 1]!.end), value.deterministic)
      }
      const key = step.kind === 'property' ? step.name : this.evaluate(step.index)
      if (isUnknown(key)) {
        return derivedUnknown(key.kind, sourceText(node, node.steps[node.steps.length - 1]!.end), [key, value])
      }
      value = this.step(value, key, sourceText(node, step.end))
    }
    return value
  }

  private step(value: unknown, key: unknown, text: string): unknown {
    if (Array.isArray(value)) {
      if (!isInteger(key)) {
        throw new ExpressionError('type', `'${text}': an array is indexed with an integer, not ${typeName(key)} ${show(key)}.`)
      }
      if (key < 0 || key >= value.length) {
        throw new ExpressionError('reference', `'${text}': index ${key} is out of range; the array has ${value.length} item${value.length === 1 ? '' : 's'} (indexes start at 0).`)
      }
      return value[key]
    }
    if (isObject(value)) {
      if (typeof key !== 'string') {
        throw new ExpressionError('type', `'${text}': an object is indexed with a property name string, not ${typeName(key)} ${show(key)}.`)
      }
      const found = findKey(value, key)
      if (found === undefined) {
        const available = Object.keys(value)
        const suggestion = closest(key, available)
        throw new ExpressionError(
          'reference',
          `'${text}': property '${key}' does not exist.` +
            (suggestion ? ` Did you mean '${suggestion}'?` : '') +
            (available.length > 0 ? ` Available properties: ${available.slice(0, 20).join(', ')}${available.length > 20 ? ', ...' : ''}.` : ' The object is empty.')
        )
      }
      return value[found]
    }
    throw new ExpressionError('type', `'${text}': cannot read ${typeof key === 'string' ? `property '${key}'` : `index ${show(key)}`} of ${typeName(value)} ${show(value)}.`)
  }
}

function checkArity(def: FunctionDef, node: CallNode): void {
  const count = node.args.length
  if (count >= def.min && count <= def.max) return
  const expected =
    def.min === def.max
      ? `${def.min} argument${def.min === 1 ? '' : 's'}`
      : def.max === Infinity
        ? `at least ${def.min} argument${def.min === 1 ? '' : 's'}`
        : `${def.min} to ${def.max} arguments`
  throw new ExpressionError('argument', `${def.name}() takes ${expected}, but ${count} ${count === 1 ? 'was' : 'were'} given (column ${node.start + 1}).`)
}
