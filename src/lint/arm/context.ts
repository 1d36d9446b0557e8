export interface EvalContext {
  parameter(name: string): unknown // the resolver supplies; may throw ExpressionError('reference', ...)
  variable(name: string): unknown // idem (the resolver does cycle detection and throws ExpressionError('cycle'))
  copyIndex(loopName: string | undefined): unknown // current index (number) or throws ExpressionError('reference') outside a loop
  /** Optional overrides; default to Unknown placeholders. */
  subscription?(): unknown
  tenant?(): unknown
  deployment?(): unknown
  resourceGroup?(): unknown
  /** Told of each function name the expression calls that this linter does not know (it evaluates to Unknown). */
  unknownFunction?(name: string, message: string): void
  /** A user-defined function of the template (`namespace.name`), or undefined when the template defines none so named. */
  userFunction?(name: string): UserFunction | undefined
}

export interface UserFunction {
  readonly parameters: readonly string[]
  invoke(args: readonly unknown[]): unknown
}
