import { parseTree, findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser'
import type { SourceLocation } from '../types.js'
import { strictJsonTree } from './json-tree.js'

/**
 * The text of one file and, computed only when a finding needs a position, its line table and syntax tree.
 * Most templates parse with the native JSON.parse and never pay for a located tree (see docs/ARCHITECTURE.md).
 */
export class SourceFile {
  private lineStarts?: number[]
  /** The parsed value, kept so that its objects can be registered for locations on demand. */
  root: unknown
  /** `JSON.parse` read the text (no comments, no trailing commas): its syntax tree can be built the fast way. */
  strictJson = false
  private tree?: JsonNode | null

  /** `text` is the file without its UTF-8 BOM: editors don't count the BOM, so neither do our columns. */
  constructor(
    readonly path: string,
    readonly text: string
  ) {}

  /** 1-based line and column of a character offset in the parsed text. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= computeLineStarts(this.text))
    const at = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= at) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: at - starts[lo] + 1 }
  }

  location(offset: number, length = 0): SourceLocation {
    const start = this.position(offset)
    const end = this.position(offset + length)
    return { file: this.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
  }

  /** Location of the key (for object members) or the element (for array items) at a JSON path. */
  locate(path: Array<string | number>): SourceLocation | undefined {
    const tree = this.syntaxTree()
    if (!tree) return undefined
    let node: JsonNode | undefined
    try {
      node = findNodeAtLocation(tree, path)
    } catch {
      return undefined
    }
    if (!node) return undefined
    const target = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node
    return this.location(target.offset, target.length)
  }

  /** The jsonc-parser syntax tree (built once; the fixer edits through it). Undefined when it cannot be built. */
  syntaxTree(): JsonNode | undefined {
    if (this.tree === undefined) {
      try {
        this.tree = (this.strictJson ? strictJsonTree(this.text) : parseTree(this.text, [], { allowTrailingComma: true, disallowComments: false })) ?? null
      } catch {
        // A pathologically deep file overflows the recursive parser; positions then fall back to line 1.
        this.tree = null
      }
    }
    return this.tree ?? undefined
  }
}

/** Offsets where each line starts (LF, CRLF and lone CR all end a line, as in jsonc-parser). */
export function computeLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}
