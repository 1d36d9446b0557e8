import type { Node } from 'jsonc-parser'

/** jsonc-parser's Node, writable while it is built. */
type JsonNode = { -readonly [K in keyof Node]: Node[K] }

/**
 * jsonc-parser's `parseTree` for text that `JSON.parse` accepted: the same nodes (types, offsets, lengths, values,
 * colonOffset, parent links; the root without a parent), built by a plain scan. A finding needs a position and a fix
 * needs the tree, and on a first pass jsonc-parser's general scanner (comments, recovery from errors) was most of
 * what a finding cost. Text with comments or trailing commas still goes through jsonc-parser (SourceFile).
 */
export function strictJsonTree(text: string): Node | undefined {
  const builder = new TreeBuilder(text)
  const root = builder.value(builder.skip(0), undefined)
  if (root) delete root.parent
  return root
}

class TreeBuilder {
  /** Where the value last built ends. */
  private end = 0

  constructor(private readonly text: string) {}

  /** The offset of the next character that is not JSON whitespace. */
  skip(at: number): number {
    const text = this.text
    for (;;) {
      const c = text.charCodeAt(at)
      if (c === 32 || c === 10 || c === 13 || c === 9) at++
      else return at
    }
  }

  value(at: number, parent: JsonNode | undefined): JsonNode | undefined {
    const text = this.text
    const c = text.charCodeAt(at)
    if (c === 123) return this.object(at, parent)
    if (c === 91) return this.array(at, parent)
    if (c === 34) {
      const end = this.stringEnd(at)
      this.end = end
      return { type: 'string', offset: at, length: end - at, parent, value: this.stringValue(at, end) }
    }
    let end = at + 1
    while (end < text.length && !isDelimiter(text.charCodeAt(end))) end++
    this.end = end
    const token = text.slice(at, end)
    const value = token === 'true' ? true : token === 'false' ? false : token === 'null' ? null : Number(token)
    const type: JsonNode['type'] = value === null ? 'null' : typeof value === 'boolean' ? 'boolean' : 'number'
    return { type, offset: at, length: end - at, parent, value }
  }

  private object(at: number, parent: JsonNode | undefined): JsonNode {
    const text = this.text
    const node: JsonNode = { type: 'object', offset: at, length: -1, parent, children: [] }
    let next = this.skip(at + 1)
    while (text.charCodeAt(next) === 34) {
      const keyEnd = this.stringEnd(next)
      const property: JsonNode = { type: 'property', offset: next, length: -1, parent: node, children: [] }
      node.children!.push(property)
      property.children!.push({ type: 'string', value: this.stringValue(next, keyEnd), offset: next, length: keyEnd - next, parent: property })
      const colon = this.skip(keyEnd)
      property.colonOffset = colon
      const child = this.value(this.skip(colon + 1), property)!
      property.children!.push(child)
      property.length = this.end - property.offset
      next = this.skip(this.end)
      if (text.charCodeAt(next) === 44) next = this.skip(next + 1)
    }
    // `next` is the closing brace.
    this.end = next + 1
    node.length = this.end - at
    return node
  }

  private array(at: number, parent: JsonNode | undefined): JsonNode {
    const text = this.text
    const node: JsonNode = { type: 'array', offset: at, length: -1, parent, children: [] }
    let next = this.skip(at + 1)
    while (text.charCodeAt(next) !== 93) {
      node.children!.push(this.value(next, node)!)
      next = this.skip(this.end)
      if (text.charCodeAt(next) === 44) next = this.skip(next + 1)
    }
    this.end = next + 1
    node.length = this.end - at
    return node
  }

  /** The offset just after the closing quote of the string starting at `at`. */
  private stringEnd(at: number): number {
    const text = this.text
    let quote = text.indexOf('"', at + 1)
    // A quote preceded by an odd run of backslashes is escaped.
    for (;;) {
      let backslashes = 0
      while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++
      if (backslashes % 2 === 0) return quote + 1
      quote = text.indexOf('"', quote + 1)
    }
  }

  private stringValue(at: number, end: number): string {
    const inner = this.text.slice(at + 1, end - 1)
    return inner.includes('\\') ? (JSON.parse(this.text.slice(at, end)) as string) : inner
  }
}

/** What ends a number or literal: whitespace, a comma, or a closing bracket. */
function isDelimiter(c: number): boolean {
  return c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9
}
