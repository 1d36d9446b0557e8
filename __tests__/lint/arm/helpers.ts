import { ExpressionError, evaluateExpression, type EvalContext } from '../../../src/lint/arm/index.js'

export function context(parameters: Record<string, unknown> = {}, variables: Record<string, unknown> = {}, index?: number): EvalContext {
  return {
    parameter: (name) => {
      if (!Object.hasOwn(parameters, name)) throw new ExpressionError('reference', `The parameter '${name}' is not defined.`)
      return parameters[name]
    },
    variable: (name) => {
      if (!Object.hasOwn(variables, name)) throw new ExpressionError('reference', `The variable '${name}' is not defined.`)
      return variables[name]
    },
    copyIndex: () => {
      if (index === undefined) throw new ExpressionError('reference', 'copyIndex() is only valid inside a copy loop.')
      return index
    }
  }
}

export function ev(text: string, ctx: EvalContext = context()): unknown {
  return evaluateExpression(text, ctx)
}

/** The ExpressionError a call throws (fails the test if it throws anything else or nothing). */
export function errorOf(fn: () => unknown): ExpressionError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ExpressionError) return error
    throw new Error(`expected an ExpressionError, got ${String(error)}`)
  }
  throw new Error('expected an ExpressionError, but nothing was thrown')
}
