import type { ExprNode } from '../ast.js'
import type { EvalContext } from '../context.js'
import { ExpressionError } from '../errors.js'
import { isInteger, isObject, show, typeName, type JsonObject } from '../values.js'

/** The lambda variables in scope, innermost frame first: a nested lambda sees the variables of the lambdas around it. */
export interface LambdaScope {
  readonly names: readonly string[]
  readonly values: readonly unknown[]
  readonly parent: LambdaScope | undefined
}

export interface CallSite {
  /** Canonical spelling, for messages. */
  readonly name: string
  /** The call as the author wrote it; becomes the text of any Unknown the call yields. */
  readonly text: string
  readonly ctx: EvalContext
  /** Unevaluated arguments, for the lazy functions (if, and those that take lambdas). */
  readonly nodes: readonly ExprNode[]
  /** The lambda variables visible at this call, for lambdaVariables(); undefined outside any lambda body. */
  readonly lambdas: LambdaScope | undefined
  evaluate(node: ExprNode): unknown
  /** Evaluates a lambda body with `names` bound to `values`, on top of the variables already in scope. */
  evaluateLambda(body: ExprNode, names: readonly string[], values: readonly unknown[]): unknown
}

export interface FunctionDef {
  readonly name: string
  readonly min: number
  readonly max: number
  /**
   * When the call yields an Unknown instead of running: 'shallow' if an argument is itself Unknown, 'deep' if one
   * contains an Unknown anywhere (the function needs the whole value, e.g. string() or guid()), 'none' if the
   * function decides itself. Default 'shallow'.
   */
  readonly unknowns?: 'shallow' | 'deep' | 'none'
  /** Arguments are handed over unevaluated in `site.nodes`; `args` is empty. */
  readonly lazy?: boolean
  /**
   * Positions of the arguments that must be written as lambda(...) (the function must be lazy to read them). ARM
   * allows lambda() nowhere else, which evaluate.ts checks before evaluating anything.
   */
  readonly lambdas?: readonly number[]
  /**
   * The result may be (part of) an argument or a value the template already holds (parameters(), first(), tryGet()),
   * so it is not new memory for the budget.
   */
  readonly borrows?: boolean
  call(args: unknown[], site: CallSite): unknown
}

export function define(...defs: FunctionDef[]): FunctionDef[] {
  return defs
}

function ordinal(index: number): string {
  return `argument ${index + 1}`
}

export function typeError(site: CallSite, index: number, expected: string, value: unknown): ExpressionError {
  return new ExpressionError(
    'type',
    `${site.name}() expects ${ordinal(index)} to be ${expected}, but got ${typeName(value)} ${show(value)}.`
  )
}

export function argString(site: CallSite, args: unknown[], index: number): string {
  const value = args[index]
  if (typeof value !== 'string') throw typeError(site, index, 'a string', value)
  return value
}

export function argInt(site: CallSite, args: unknown[], index: number): number {
  const value = args[index]
  if (!isInteger(value)) throw typeError(site, index, 'an integer', value)
  return value
}

/** `position` names the argument in messages when `args` is not the call's own argument list. */
export function argBool(site: CallSite, args: unknown[], index: number, position = index): boolean {
  const value = args[index]
  if (typeof value !== 'boolean') throw typeError(site, position, 'a boolean (true() or false())', value)
  return value
}

export function argArray(site: CallSite, args: unknown[], index: number): unknown[] {
  const value = args[index]
  if (!Array.isArray(value)) throw typeError(site, index, 'an array', value)
  return value
}

export function argObject(site: CallSite, args: unknown[], index: number): JsonObject {
  const value = args[index]
  if (!isObject(value)) throw typeError(site, index, 'an object', value)
  return value
}

export function argumentError(site: CallSite, message: string): ExpressionError {
  return new ExpressionError('argument', `${site.name}(): ${message}`)
}
