/**
 * One file's text as the fixer sees it: the jsonc-parser syntax tree of the text that was linted, its formatting
 * (indentation, line endings), and drafts that apply `modify` edits one after another and hand back one minimal edit.
 * Comments, key order, indentation and line endings outside the edited value stay as they were.
 */
import { applyEdits, findNodeAtLocation, findNodeAtOffset, getNodePath, modify, parseTree, type FormattingOptions, type Node as JsonNode } from 'jsonc-parser'
import { computeLineStarts, type SourceFile } from '../lint/read/source-file.js'
import type { TextEdit } from '../lint/types.js'
import { memoOn } from '../shared/memo.js'

export type JsonPath = Array<string | number>

export class JsonDoc {
  readonly formatting: FormattingOptions
  private lineStarts?: number[]

  constructor(readonly file: SourceFile) {
    this.formatting = detectFormatting(file.text)
  }

  get text(): string {
    return this.file.text
  }

  get tree(): JsonNode | undefined {
    return this.file.syntaxTree()
  }

  nodeAt(path: JsonPath): JsonNode | undefined {
    const tree = this.tree
    if (!tree) return undefined
    try {
      return findNodeAtLocation(tree, path)
    } catch {
      return undefined
    }
  }

  /** The key node at a 1-based line and column (where findings point), or the value node there. */
  nodeAtPosition(line: number, column: number): JsonNode | undefined {
    const tree = this.tree
    if (!tree) return undefined
    const starts = (this.lineStarts ??= computeLineStarts(this.text))
    if (line < 1 || line > starts.length) return undefined
    const offset = starts[line - 1]! + column - 1
    return findNodeAtOffset(tree, offset)
  }

  pathOf(node: JsonNode): JsonPath {
    return getNodePath(node)
  }

  draft(): Draft {
    return new Draft(this.text, this.formatting, this.file)
  }
}

const DOC = Symbol('JsonDoc')

export function docOf(file: SourceFile): JsonDoc {
  return memoOn(file, DOC, (f) => new JsonDoc(f))
}

/** A string ARM evaluates: `[...]` but not the `[[...]` escape of a literal. */
export function isExpressionText(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('[') && value.endsWith(']') && !value.startsWith('[[')
}

/**
 * A string the fixer may replace: not an expression, and not a `[[`-escaped one either (inside a policy-embedded
 * template that is an expression again at policy time).
 */
export function isPlainStringNode(node: JsonNode | undefined): node is JsonNode {
  return !!node && node.type === 'string' && !String(node.value).startsWith('[')
}

export function isExpressionNode(node: JsonNode | undefined): boolean {
  return !!node && node.type === 'string' && isExpressionText(node.value)
}

/** The value node of an object's property (case-sensitive first, then as ARM matches names: case-insensitively). */
export function propertyValue(object: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!object || object.type !== 'object' || !object.children) return undefined
  let found: JsonNode | undefined
  for (const property of object.children) {
    const name = property.children?.[0]?.value
    if (name === key) return property.children?.[1]
    if (!found && typeof name === 'string' && name.toLowerCase() === key.toLowerCase()) found = property.children?.[1]
  }
  return found
}

/** The property key a value node sits under, if it is an object member. */
export function keyOf(node: JsonNode): string | undefined {
  const parent = node.parent
  return parent?.type === 'property' && parent.children?.[1] === node ? (parent.children[0]?.value as string) : undefined
}

/**
 * Edits applied in order to a working copy of the text; `edit()` is the one minimal edit (common prefix and suffix
 * removed) from the original to the result, so several steps of one fix never overlap each other.
 */
export class Draft {
  text: string

  constructor(
    readonly original: string,
    private readonly formatting: FormattingOptions,
    /** The file `original` is the text of: its syntax tree serves until the first edit. */
    private readonly source?: SourceFile
  ) {
    this.text = original
  }

  /** `value` undefined removes; `insertAt` places a new property (object) or inserts (array) at that index. */
  set(path: JsonPath, value: unknown, insertAt?: (properties: string[]) => number, arrayInsertion = false): void {
    // jsonc-parser formats every line an insertion or removal touches: in an object or array written on one line (a
    // minified template) that is the whole file, so there the edit is made as it is, unformatted.
    const edits = modify(this.text, path, value, {
      formattingOptions: this.writtenOnOneLine(path.slice(0, -1)) ? undefined : this.formatting,
      getInsertionIndex: insertAt,
      isArrayInsertion: arrayInsertion
    })
    this.text = applyEdits(this.text, edits)
  }

  /**
   * Appends `value` to the array at `path` in the style of its last element: on its own line at the same indentation,
   * on one line when that element is written on one line. The elements before it are not reformatted.
   */
  append(path: JsonPath, value: unknown): void {
    const array = this.nodeAt(path)
    const last = array?.type === 'array' ? array.children?.[array.children.length - 1] : undefined
    if (!last) return this.set(path.concat(0), value, undefined, true)
    if (this.writtenOnOneLine(path)) return this.insert(last.offset + last.length, `, ${oneLine(value)}`)
    const indent = this.indentOf(last.offset)
    const written = this.text.slice(last.offset, last.offset + last.length)
    this.addAfter(last, true, indent, /[\r\n]/.test(written) ? this.block(value, indent) : oneLine(value))
  }

  /** The object or array at `path` is written on one line (a minified template, or a short list). */
  private writtenOnOneLine(path: JsonPath): boolean {
    const node = this.nodeAt(path)
    return !!node && !/[\r\n]/.test(this.text.slice(node.offset, node.offset + node.length))
  }

  /** Adds `key: value` to the object at `path` right after the member `after` (else last), in that member's style. */
  addProperty(path: JsonPath, key: string, value: unknown, after: string): void {
    const object = this.nodeAt(path)
    const members = object?.type === 'object' ? (object.children ?? []) : []
    const anchor = members.find((m) => String(m.children?.[0]?.value).toLowerCase() === after.toLowerCase()) ?? members[members.length - 1]
    if (!object || !anchor) return this.set(path.concat(key), value)
    const entry = `${JSON.stringify(key)}: ${oneLine(value)}`
    const isLast = anchor === members[members.length - 1]
    if (!/[\r\n]/.test(this.text.slice(object.offset, object.offset + object.length))) {
      this.insert(anchor.offset + anchor.length, `, ${entry}`)
      return
    }
    this.addAfter(anchor, isLast, this.indentOf(anchor.offset), isLast ? entry : `${entry},`)
  }

  /**
   * Puts `content` on a new line after `node` (after its comma when it has one), keeping a comment that ends the
   * node's line on that line. `addComma`: the node is last and needs a comma now.
   */
  private addAfter(node: JsonNode, addComma: boolean, indent: string, content: string): void {
    let at = node.offset + node.length
    if (!addComma) {
      const comma = this.text.indexOf(',', at)
      if (comma !== -1) at = comma + 1
    }
    let lineEnd = at
    while (lineEnd < this.text.length && this.text[lineEnd] !== '\n' && this.text[lineEnd] !== '\r') lineEnd++
    const rest = this.text.slice(at, lineEnd).trim()
    const onlyComment = rest === '' || rest.startsWith('//') || (rest.startsWith('/*') && rest.endsWith('*/') && !rest.slice(2, -2).includes('*/'))
    const where = onlyComment ? lineEnd : at
    this.insert(where, `${this.eol}${indent}${content}`)
    if (addComma) this.insert(node.offset + node.length, ',')
  }

  edit(): TextEdit | undefined {
    return minimalEdit(this.original, this.text)
  }

  private get eol(): string {
    return this.formatting.eol ?? '\n'
  }

  private nodeAt(path: JsonPath): JsonNode | undefined {
    // Unedited, the text is the file's, whose tree the finding's location already built (same parser options).
    const tree =
      this.source && this.text === this.original && this.source.text === this.original
        ? this.source.syntaxTree()
        : parseTree(this.text, [], { allowTrailingComma: true, disallowComments: false })
    return tree ? findNodeAtLocation(tree, path) : undefined
  }

  private insert(offset: number, content: string): void {
    this.text = this.text.slice(0, offset) + content + this.text.slice(offset)
  }

  /** The whitespace that starts the line `offset` is on. */
  private indentOf(offset: number): string {
    const lineStart = Math.max(this.text.lastIndexOf('\n', offset - 1), this.text.lastIndexOf('\r', offset - 1)) + 1
    return /^[ \t]*/.exec(this.text.slice(lineStart, offset))![0]
  }

  private block(value: unknown, indent: string): string {
    const unit = this.formatting.insertSpaces === false ? '\t' : ' '.repeat(this.formatting.tabSize ?? 2)
    return JSON.stringify(value, null, unit).split('\n').join(`${this.eol}${indent}`)
  }
}

/** `{ "a": 1, "b": 2 }`, the way people write short objects on one line. */
function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`)
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`
  }
  return JSON.stringify(value)
}

export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--
    endAfter--
  }
  return { offset: start, length: endBefore - start, content: after.slice(start, endAfter) }
}

/** Indentation and line ending as the file already uses them, so inserted lines look like their neighbours. */
export function detectFormatting(text: string): FormattingOptions {
  let crlf = 0
  let lf = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 13) crlf++
    else lf++
  }
  const eol = crlf > lf ? '\r\n' : '\n'
  let tabs = 0
  let smallest = 0
  const sample = text.slice(0, 64 * 1024).split(/\r?\n/)
  for (const line of sample) {
    const m = /^([ \t]+)\S/.exec(line)
    if (!m) continue
    if (m[1]!.startsWith('\t')) tabs++
    else if (smallest === 0 || m[1]!.length < smallest) smallest = m[1]!.length
  }
  if (tabs > 0 && smallest === 0) return { insertSpaces: false, tabSize: 1, eol }
  return { insertSpaces: true, tabSize: smallest > 0 && smallest <= 8 ? smallest : 2, eol }
}
