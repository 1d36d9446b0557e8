import type { AccessStep, ExprNode } from './ast.js'
import { ExpressionError } from './errors.js'
import { Tokenizer, type Token } from './tokenizer.js'

/** ARM's own limit is in this region; a depth counter (not the JS stack) enforces it, so hostile input fails fast. */
export const MAX_DEPTH = 256

/** True for "[...]" strings that are expressions; false for "[[...", which is an escaped literal. */
export function isExpression(s: string): boolean {
  return s.length >= 2 && s.charCodeAt(0) === 91 && s.charCodeAt(s.length - 1) === 93 && s.charCodeAt(1) !== 91
}

/** "[[foo]" → "[foo]" (ARM's escape); other strings unchanged. */
export function unescapeLiteral(s: string): string {
  return s.length >= 3 && s.startsWith('[[') && s.endsWith(']') ? s.slice(1) : s
}

const CACHE_ENTRIES = 5000
/** Huge texts are not worth pinning in memory; they are rare and parse in linear time anyway. */
const CACHE_MAX_TEXT = 64 * 1024
const cache = new Map<string, ExprNode>()

/**
 * Parse only (cached by text); throws ExpressionError('syntax'|'too-deep').
 * Takes the string as written in the template ("[concat(...)]"); a string without the outer brackets is read as
 * the bare expression.
 */
export function parseExpression(text: string): ExprNode {
  const cached = cache.get(text)
  if (cached !== undefined) return cached
  const node = parseUncached(text)
  if (text.length <= CACHE_MAX_TEXT) {
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
    cache.set(text, node)
  }
  return node
}

function parseUncached(text: string): ExprNode {
  if (typeof text !== 'string') throw new ExpressionError('syntax', 'An expression must be a string.')
  let start = 0
  let limit = text.length
  if (text.startsWith('[[')) {
    throw new ExpressionError('syntax', `"${preview(text)}" starts with "[[", which ARM treats as an escaped literal string, not an expression.`)
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']') || text.length < 2) {
      throw new ExpressionError('syntax', `Expression "${preview(text)}" starts with '[' but does not end with ']'. Add the closing ']'.`)
    }
    start = 1
    limit = text.length - 1
  }
  return new Parser(text, start, limit).parseRoot()
}

function preview(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '...' : text
}

function describe(token: Token, text: string): string {
  if (token.type === 'end') return 'the end of the expression'
  return `'${preview(text.slice(token.start, token.end))}' at column ${token.start + 1}`
}

class Parser {
  private readonly tokens: Tokenizer
  private token: Token

  constructor(
    private readonly text: string,
    start: number,
    limit: number
  ) {
    this.tokens = new Tokenizer(text, start, limit)
    this.token = this.tokens.next()
  }

  parseRoot(): ExprNode {
    if (this.at('end')) {
      throw new ExpressionError('syntax', 'Empty expression "[]". Put a function call between the brackets, or write "[[]" for a literal "[]".')
    }
    const node = this.expression(1)
    if (!this.at('end')) {
      throw new ExpressionError(
        'syntax',
        `Unexpected ${describe(this.token, this.text)} after a complete expression. An expression is a single value or function call; combine values with functions such as concat().`
      )
    }
    return node
  }

  /** A method, not a property read, so TypeScript does not narrow the token type across advance() calls. */
  private at(type: Token['type']): boolean {
    return this.token.type === type
  }

  private advance(): Token {
    const current = this.token
    this.token = this.tokens.next()
    return current
  }

  private expect(type: Token['type'], what: string): Token {
    if (this.token.type !== type) {
      throw new ExpressionError('syntax', `Expected ${what} but found ${describe(this.token, this.text)}.`)
    }
    return this.advance()
  }

  private expression(depth: number): ExprNode {
    if (depth > MAX_DEPTH) {
      throw new ExpressionError(
        'too-deep',
        `Expression nested deeper than ${MAX_DEPTH} levels (at column ${this.token.start + 1}). Split it into variables.`
      )
    }
    const primary = this.primary(depth)
    if (!this.at('.') && !this.at('[')) return primary
    const steps: AccessStep[] = []
    while (this.at('.') || this.at('[')) {
      if (this.advance().type === '.') {
        const name = this.expect('identifier', 'a property name after "."')
        steps.push({ kind: 'property', name: name.value as string, end: name.end })
      } else {
        const index = this.expression(depth + 1)
        const close = this.expect(']', "']' to close the index")
        steps.push({ kind: 'index', index, end: close.end })
      }
    }
    return { kind: 'access', target: primary, steps, start: primary.start, end: steps[steps.length - 1]!.end, source: this.text }
  }

  private primary(depth: number): ExprNode {
    const token = this.token
    const source = this.text
    switch (token.type) {
      case 'string':
        this.advance()
        return { kind: 'string', value: token.value as string, start: token.start, end: token.end, source }
      case 'integer':
        this.advance()
        return { kind: 'integer', value: token.value as number, start: token.start, end: token.end, source }
      case 'identifier':
        return this.call(depth)
      default:
        throw new ExpressionError('syntax', `Expected a value (a function call, 'string' or integer) but found ${describe(token, this.text)}.`)
    }
  }

  private call(depth: number): ExprNode {
    const first = this.advance()
    let name = first.value as string
    if (!this.at('(')) {
      const lower = name.toLowerCase()
      if (lower === 'true' || lower === 'false' || lower === 'null') {
        const value = lower === 'null' ? null : lower === 'true'
        return { kind: 'literal', value, start: first.start, end: first.end, source: this.text }
      }
      // A user-defined function is called as namespace.name(...); anything else is a missing '('.
      if (this.at('.')) {
        this.advance()
        const member = this.expect('identifier', `a function name after '${name}.'`)
        name = `${name}.${member.value as string}`
      }
      if (!this.at('(')) {
        throw new ExpressionError(
          'syntax',
          `Expected '(' after '${name}' at column ${first.start + 1}. Bare words are not values in ARM expressions: quote text as '${name}', or call a function like parameters('${name}').`
        )
      }
    }
    this.advance()
    const args: ExprNode[] = []
    if (!this.at(')')) {
      for (;;) {
        args.push(this.expression(depth + 1))
        if (this.at(',')) {
          this.advance()
          continue
        }
        if (this.at(')')) break
        throw new ExpressionError(
          'syntax',
          `Expected ',' or ')' in the arguments of '${name}' (opened at column ${first.start + 1}) but found ${describe(this.token, this.text)}.`
        )
      }
    }
    const close = this.advance()
    return { kind: 'call', name, args, start: first.start, end: close.end, source: this.text }
  }
}
