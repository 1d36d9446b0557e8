import { ExpressionError } from './errors.js'

export type TokenType = '(' | ')' | '[' | ']' | ',' | '.' | 'identifier' | 'string' | 'integer' | 'end'

export interface Token {
  readonly type: TokenType
  readonly start: number
  readonly end: number
  /** Decoded string content, identifier text, or the integer. */
  readonly value?: string | number
}

const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.'])

function isIdentifierStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}

function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff
}

/**
 * Single pass, on demand: the parser pulls one token at a time, so a 2 MB expression costs one scan and no token array.
 * Offsets are into `text`, the whole string the author wrote (brackets included), so columns match their editor.
 */
export class Tokenizer {
  private pos: number

  constructor(
    private readonly text: string,
    start: number,
    private readonly limit: number
  ) {
    this.pos = start
  }

  next(): Token {
    const text = this.text
    let pos = this.pos
    while (pos < this.limit && isWhitespace(text.charCodeAt(pos))) pos++
    if (pos >= this.limit) {
      this.pos = pos
      return { type: 'end', start: pos, end: pos }
    }
    const c = text.charCodeAt(pos)
    const ch = text[pos]!
    if (PUNCTUATION.has(ch)) {
      this.pos = pos + 1
      return { type: ch as TokenType, start: pos, end: pos + 1 }
    }
    if (ch === "'") return this.string(pos)
    if (isDigit(c) || (ch === '-' && pos + 1 < this.limit && isDigit(text.charCodeAt(pos + 1)))) return this.integer(pos)
    if (isIdentifierStart(c)) {
      let end = pos + 1
      while (end < this.limit && isIdentifierPart(text.charCodeAt(end))) end++
      this.pos = end
      return { type: 'identifier', start: pos, end, value: text.slice(pos, end) }
    }
    if (ch === '"') {
      throw new ExpressionError(
        'syntax',
        `Unexpected '"' at column ${pos + 1}. ARM expressions quote strings with single quotes: 'text' (write '' for a literal quote).`
      )
    }
    throw new ExpressionError('syntax', `Unexpected character '${ch}' at column ${pos + 1}.`)
  }

  private string(start: number): Token {
    const text = this.text
    const parts: string[] = []
    let from = start + 1
    for (;;) {
      const quote = text.indexOf("'", from)
      if (quote === -1 || quote >= this.limit) {
        throw new ExpressionError(
          'syntax',
          `Unterminated string literal starting at column ${start + 1}. Close it with a single quote; write '' for a quote inside the string.`
        )
      }
      parts.push(text.slice(from, quote))
      if (quote + 1 < this.limit && text[quote + 1] === "'") {
        parts.push("'")
        from = quote + 2
        continue
      }
      this.pos = quote + 1
      return { type: 'string', start, end: quote + 1, value: parts.length === 1 ? parts[0]! : parts.join('') }
    }
  }

  private integer(start: number): Token {
    const text = this.text
    let end = start + 1
    while (end < this.limit && isDigit(text.charCodeAt(end))) end++
    if (end < this.limit && text[end] === '.' && end + 1 < this.limit && isDigit(text.charCodeAt(end + 1))) {
      throw new ExpressionError(
        'syntax',
        `Decimal number at column ${start + 1}: ARM expressions only have integers. Use json('${text.slice(start, end + 2)}…') for a decimal value.`
      )
    }
    const raw = text.slice(start, end)
    const value = Number(raw)
    if (!Number.isSafeInteger(value)) {
      throw new ExpressionError('syntax', `Integer ${raw.length > 30 ? raw.slice(0, 30) + '…' : raw} at column ${start + 1} is too large.`)
    }
    this.pos = end
    return { type: 'integer', start, end, value }
  }
}
