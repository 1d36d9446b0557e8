import { sourceText, type AccessNode, type CallNode, type ExprNode } from './ast.js'
import type { EvalContext } from './context.js'
import { ExpressionError, closest } from './errors.js'
import { functionNames, functions, type CallSite, type FunctionDef } from './functions/index.js'
import { MAX_LAMBDA_CALLS, lambdaVariablesOutsideLambda, misplacedLambda } from './functions/lambda.js'
import type { LambdaScope } from './functions/types.js'
import { parseExpression } from './parser.js'
import { Unknown, isUnknown } from './unknown.js'
import { collectUnknowns, derivedUnknown, findKey, isInteger, isObject, show, typeName } from './values.js'

const FUNCTIONS_DOC = 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions'

/** Evaluate a full expression string such as "[concat('a', parameters('b'))]". Throws ExpressionError only. */
export function evaluateExpression(text: string, ctx: EvalContext): unknown {
  try {
    const root = parseExpression(text)
    checkFunctionNames(root)
    return new Evaluator(ctx).evaluate(root)
  } catch (error) {
    throw asExpressionError(error)
  }
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

const checked = new WeakSet<ExprNode>()

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
 * Every function name is checked before evaluating, including in `if` branches that will not run: ARM rejects the
 * whole template for an unknown function, so a linter should too. The same walk checks where lambda() and
 * lambdaVariables() appear, which ARM also settles before evaluating.
 */
function checkFunctionNames(root: ExprNode): void {
  if (checked.has(root)) return
  const stack: Pending[] = [{ node: root, lambdaSlot: false, parent: undefined, inLambda: false }]
  while (stack.length > 0) {
    const { node, lambdaSlot, parent, inLambda } = stack.pop()!
    if (node.kind === 'call') {
      const lower = node.name.toLowerCase()
      const def = functions.get(lower)
      if (def === undefined && !isListFunction(lower) && !node.name.includes('.')) {
        const suggestion = closest(node.name, functionNames)
        throw new ExpressionError(
          'unknown-function',
          suggestion
            ? `Unknown function '${node.name}'. Did you mean '${suggestion}'?`
            : `Unknown function '${node.name}' at column ${node.start + 1}. See ${FUNCTIONS_DOC} for the functions ARM templates support.`
        )
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
  checked.add(root)
}

class Evaluator {
  /** The lambda variables in scope while a lambda body is evaluated. */
  private scope: LambdaScope | undefined
  private lambdaCalls = 0

  constructor(private readonly ctx: EvalContext) {}

  evaluate(node: ExprNode): unknown {
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
    const lower = node.name.toLowerCase()
    const def = functions.get(lower)
    const text = sourceText(node)
    if (def === undefined) {
      // list*() reads live secrets/keys and user-defined functions live in the template: neither is known offline.
      return new Unknown(node.name.includes('.') ? 'userFunction' : 'reference', text)
    }
    checkArity(def, node)
    const site: CallSite = {
      name: def.name,
      text,
      ctx: this.ctx,
      nodes: node.args,
      lambdas: this.scope,
      evaluate: (n) => this.evaluate(n),
      evaluateLambda: (body, names, values) => this.evaluateLambda(body, names, values)
    }
    if (def.lazy) return def.call([], site)
    const args = node.args.map((arg) => this.evaluate(arg))
    const policy = def.unknowns ?? 'shallow'
    if (policy !== 'none') {
      const blocked = policy === 'shallow' ? args.some(isUnknown) : collectUnknowns(args).length > 0
      if (blocked) return derivedUnknown(def.name, text, args)
    }
    return def.call(args, site)
  }

  /** Recursion here follows the expression's own nesting, which the parser caps at MAX_DEPTH. */
  private evaluateLambda(body: ExprNode, names: readonly string[], values: readonly unknown[]): unknown {
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
