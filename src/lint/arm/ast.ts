/**
 * Nodes keep their source offsets (and share one reference to the source text) so that an `Unknown` produced
 * while evaluating can be shown to the author as the exact text they wrote, e.g. `toLower(parameters('x'))`.
 */
interface Span {
  readonly start: number
  readonly end: number
  readonly source: string
}

export interface StringNode extends Span {
  readonly kind: 'string'
  readonly value: string
}

export interface IntegerNode extends Span {
  readonly kind: 'integer'
  readonly value: number
}

/** Bare `true` / `false` / `null` (ARM itself only documents the function forms). */
export interface LiteralNode extends Span {
  readonly kind: 'literal'
  readonly value: boolean | null
}

export interface CallNode extends Span {
  readonly kind: 'call'
  /** As written; lookups lower-case it. A user-defined function keeps its namespace: `contoso.name`. */
  readonly name: string
  readonly args: readonly ExprNode[]
}

export type AccessStep =
  | { readonly kind: 'property'; readonly name: string; readonly end: number }
  | { readonly kind: 'index'; readonly index: ExprNode; readonly end: number }

/** `target.a['b'][0]`: a flat list of steps, so a long chain costs a loop rather than a deep recursion. */
export interface AccessNode extends Span {
  readonly kind: 'access'
  readonly target: ExprNode
  readonly steps: readonly AccessStep[]
}

export type ExprNode = StringNode | IntegerNode | LiteralNode | CallNode | AccessNode

export function sourceText(node: { start: number; end: number; source: string }, end = node.end): string {
  return node.source.slice(node.start, end)
}
