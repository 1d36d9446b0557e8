import { sourceText, type AccessNode, type CallNode, type ExprNode } from './ast.js'
import type { EvalContext } from './context.js'
import { ExpressionError, closest } from './errors.js'
import { functionNames, functions, type CallSite, type FunctionDef } from './functions/index.js'
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

/**
 * Every function name is checked before evaluating, including in `if` branches that will not run: ARM rejects the
 * whole template for an unknown function, so a linter should too.
 */
function checkFunctionNames(root: ExprNode): void {
  if (checked.has(root)) return
  const stack: ExprNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.kind === 'call') {
      const lower = node.name.toLowerCase()
      if (!functions.has(lower) && !isListFunction(lower) && !node.name.includes('.')) {
        const suggestion = closest(node.name, functionNames)
        throw new ExpressionError(
          'unknown-function',
          suggestion
            ? `Unknown function '${node.name}'. Did you mean '${suggestion}'?`
            : `Unknown function '${node.name}' at column ${node.start + 1}. See ${FUNCTIONS_DOC} for the functions ARM templates support.`
        )
      }
      for (const arg of node.args) stack.push(arg)
    } else if (node.kind === 'access') {
      stack.push(node.target)
      for (const step of node.steps) if (step.kind === 'index') stack.push(step.index)
    }
  }
  checked.add(root)
}

class Evaluator {
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
    const site: CallSite = { name: def.name, text, ctx: this.ctx, nodes: node.args, evaluate: (n) => this.evaluate(n) }
    if (def.lazy) return def.call([], site)
    const args = node.args.map((arg) => this.evaluate(arg))
    const policy = def.unknowns ?? 'shallow'
    if (policy !== 'none') {
      const blocked = policy === 'shallow' ? args.some(isUnknown) : collectUnknowns(args).length > 0
      if (blocked) return derivedUnknown(def.name, text, args)
    }
    return def.call(args, site)
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
