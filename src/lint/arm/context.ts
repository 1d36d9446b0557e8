export interface EvalContext {
  parameter(name: string): unknown // the resolver supplies; may throw ExpressionError('reference', ...)
  variable(name: string): unknown // idem (the resolver does cycle detection and throws ExpressionError('cycle'))
  copyIndex(loopName: string | undefined): unknown // current index (number) or throws ExpressionError('reference') outside a loop
  /** Optional overrides; default to Unknown placeholders. */
  subscription?(): unknown
  tenant?(): unknown
  deployment?(): unknown
  resourceGroup?(): unknown
}
