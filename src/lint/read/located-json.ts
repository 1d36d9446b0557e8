import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { readRegularFile, type Boundary, type RefusalReason } from '../../shared/fs-boundary.js'
import { SourceFile } from './source-file.js'
import type { SourceLocation } from '../types.js'

/** Azure rejects templates and parameter files over 4 MB; we refuse to read past 32 MB to keep memory bounded. */
export const AZURE_FILE_LIMIT = 4 * 1024 * 1024
const READ_LIMIT = 32 * 1024 * 1024
/** Deeper than any real template; deeper values are reported instead of walked. */
export const MAX_JSON_DEPTH = 512

/** A parent link rather than a full path: paths are rebuilt only for the few values a finding points at. */
interface NodeInfo {
  file: SourceFile
  parent: NodeInfo | null
  key: string | number
  depth: number
}

function pathOf(info: NodeInfo): Array<string | number> {
  const path: Array<string | number> = []
  for (let at: NodeInfo | null = info; at && at.parent; at = at.parent) path.push(at.key)
  return path.reverse()
}

/**
 * Where each parsed object/array came from. Values stay plain JSON (fast to parse, natural to evaluate), and a file's
 * objects are registered only when a location inside it is first asked for — in practice only for files with findings.
 * Evaluated copies point at their source (`registerLike`) and answer location questions as it does.
 */
const registry = new WeakMap<object, NodeInfo>()
const origins = new WeakMap<object, object>()
/** The files of the lint unit being checked: a lookup miss registers these, not every file parsed so far. */
let unitFiles: SourceFile[] | null = null

/** Runs `fn` with location lookups scoped to these files (the engine calls it once per lint unit). */
export function withUnitFiles<T>(files: Array<SourceFile | null | undefined>, fn: () => T): T {
  const previous = unitFiles
  unitFiles = files.filter((f): f is SourceFile => !!f)
  try {
    return fn()
  } finally {
    unitFiles = previous
  }
}

function infoOf(container: object): NodeInfo | undefined {
  let target = container
  for (let hops = 0; hops < 64; hops++) {
    const next = origins.get(target)
    if (!next) break
    target = next
  }
  let info = registry.get(target)
  if (info) return info
  if (!unitFiles) return undefined
  let registered = false
  for (const file of unitFiles) {
    if (!file.registered) {
      file.registered = true
      registerTree(file.root, file)
      registered = true
    }
  }
  if (registered) info = registry.get(target)
  return info
}

export type ReadProblem = {
  kind: 'parse-error' | 'template-structure' | 'file-not-read'
  message: string
  line: number
  column: number
  /** For `file-not-read`: why the file-system boundary refused it (src/shared/fs-boundary.ts). */
  refusal?: RefusalReason
}

export type ReadResult =
  | { ok: true; file: SourceFile; value: unknown; sizeBytes: number }
  | { ok: false; file: SourceFile | null; problem: ReadProblem; sizeBytes: number }

/**
 * Reads one file through the file-system boundary (null: no containment, only the regular-file check).
 * Synchronous on purpose: for thousands of small files it is several times faster than the promise API.
 */
export function readJsonFile(path: string, boundary: Boundary | null = null): ReadResult {
  const bytes = readSourceBytes(path, boundary)
  return Buffer.isBuffer(bytes) ? parseJsonText(path, bytes) : bytes
}

/** The file's bytes, or the finding that says why it was not read. */
export function readSourceBytes(path: string, boundary: Boundary | null): Buffer | Extract<ReadResult, { ok: false }> {
  const outcome = readRegularFile(boundary, path, READ_LIMIT)
  if (outcome.ok) return outcome.buffer
  const { refusal } = outcome
  if (refusal.reason === 'too-large') {
    const size = refusal.size ?? READ_LIMIT
    return fail(null, 'template-structure', `File is ${mb(size)} MB; Azure accepts at most 4 MB. Split it or move large data out.`, 1, 1, size)
  }
  const result = fail(null, 'file-not-read', `${refusal.message} ${REFUSAL_FIX[refusal.reason]}`, 1, 1, 0)
  result.problem.refusal = refusal.reason
  return result
}

const REFUSAL_FIX: Record<RefusalReason, string> = {
  outside: 'Lint reads only files inside the workspace: commit the file itself, not a link to it.',
  'not-regular': 'Name a JSON file instead.',
  missing: 'Check the path.',
  unreadable: 'Check its permissions.',
  'too-large': ''
}

export function parseJsonText(path: string, buffer: Buffer, decoded?: string): ReadResult {
  const size = buffer.length
  if (isBinary(buffer)) {
    return fail(null, 'parse-error', 'This is a binary file, not JSON (it contains a NUL byte). Remove it from the templates pattern.', 1, 1, size)
  }
  const text = decoded ?? decodeText(buffer)
  if (text.trim() === '') {
    return fail(null, 'parse-error', 'The file is empty: a template or parameters file must be a JSON object.', 1, 1, size)
  }
  const file = new SourceFile(path, text)

  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // ARM accepts comments and trailing commas; only then do we pay for the slower tolerant parser.
    const errors: ParseError[] = []
    try {
      value = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false })
    } catch (error) {
      if (error instanceof RangeError) return tooDeep(file, size)
      throw error
    }
    if (errors.length > 0) {
      const first = errors[0]
      const at = file.position(first.offset)
      return fail(file, 'parse-error', `Invalid JSON: ${describeParseError(printParseErrorCode(first.error))}. Fix the syntax at this position.`, at.line, at.column, size)
    }
  }
  if (tooDeepToWalk(value, text)) return tooDeep(file, size)
  file.root = value
  return { ok: true, file, value, sizeBytes: size }
}

export function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8192).indexOf(0) !== -1
}

/** UTF-8 without the BOM: editors don't count the BOM, so neither do our columns. */
export function decodeText(buffer: Buffer): string {
  const text = buffer.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Whether the value nests deeper than MAX_JSON_DEPTH; iterative, so a 100k-deep file cannot overflow the stack.
 * A file with fewer opening brackets than that cannot nest so deep: counting them is far cheaper than the walk.
 */
function tooDeepToWalk(root: unknown, text: string): boolean {
  if (root === null || typeof root !== 'object') return false
  if (fewerBracketsThan(text, MAX_JSON_DEPTH)) return false
  const values: unknown[] = [root]
  const depths: number[] = [0]
  while (values.length > 0) {
    const value = values.pop()
    const depth = depths.pop()!
    if (depth > MAX_JSON_DEPTH) return true
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child = value[i]
        if (child !== null && typeof child === 'object') {
          values.push(child)
          depths.push(depth + 1)
        }
      }
    } else {
      for (const key in value as object) {
        const child = (value as Record<string, unknown>)[key]
        if (child !== null && typeof child === 'object') {
          values.push(child)
          depths.push(depth + 1)
        }
      }
    }
  }
  return false
}

function fewerBracketsThan(text: string, limit: number): boolean {
  let count = 0
  for (let at = text.indexOf('{'); at !== -1 && count < limit; at = text.indexOf('{', at + 1)) count++
  for (let at = text.indexOf('['); at !== -1 && count < limit; at = text.indexOf('[', at + 1)) count++
  return count < limit
}

/** Records where every object and array sits (depth already checked by tooDeepToWalk). */
function registerTree(root: unknown, file: SourceFile): void {
  if (root === null || typeof root !== 'object') return
  const rootInfo: NodeInfo = { file, parent: null, key: '', depth: 0 }
  registry.set(root, rootInfo)
  const stack: Array<[object, NodeInfo]> = [[root, rootInfo]]
  while (stack.length > 0) {
    const [value, info] = stack.pop()!
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child = value[i]
        if (child !== null && typeof child === 'object') {
          const childInfo: NodeInfo = { file, parent: info, key: i, depth: info.depth + 1 }
          registry.set(child, childInfo)
          stack.push([child, childInfo])
        }
      }
    } else {
      for (const key in value) {
        const child = (value as Record<string, unknown>)[key]
        if (child !== null && typeof child === 'object') {
          const childInfo: NodeInfo = { file, parent: info, key, depth: info.depth + 1 }
          registry.set(child, childInfo)
          stack.push([child, childInfo])
        }
      }
    }
  }
}

/**
 * Location of `container[key]` (or of the container itself), if the container came from a file. The position is
 * computed when first read: rules may ask for locations freely, and only reported findings pay for a syntax tree.
 */
export function locationOf(container: unknown, key?: string | number): SourceLocation | undefined {
  if (container === null || typeof container !== 'object') return undefined
  const info = infoOf(container)
  return info ? new LazyLocation(info, key) : undefined
}

class LazyLocation implements SourceLocation {
  readonly file: string
  private resolved?: SourceLocation

  constructor(
    private readonly info: NodeInfo,
    private readonly key: string | number | undefined
  ) {
    this.file = info.file.path
  }

  private position(): SourceLocation {
    if (!this.resolved) {
      const { file } = this.info
      const path = pathOf(this.info)
      this.resolved = (this.key === undefined ? undefined : file.locate([...path, this.key])) ?? file.locate(path) ?? { file: file.path, line: 1, column: 1 }
    }
    return this.resolved
  }

  get line(): number {
    return this.position().line
  }

  get column(): number {
    return this.position().column
  }

  get endLine(): number | undefined {
    return this.position().endLine
  }

  get endColumn(): number | undefined {
    return this.position().endColumn
  }
}

/**
 * The file and JSON path a parsed object or array (or an evaluated copy of one) was read from, for the fixer
 * (src/fix/), which edits the value where it is written. Undefined for values built by expressions.
 */
export function sourceOf(container: unknown): { file: SourceFile; path: Array<string | number> } | undefined {
  if (container === null || typeof container !== 'object') return undefined
  const info = infoOf(container)
  return info ? { file: info.file, path: pathOf(info) } : undefined
}

/** An evaluated copy answers location questions as its source does. */
export function registerLike<T extends object>(copy: T, source: unknown): T {
  if (source !== null && typeof source === 'object' && source !== copy) origins.set(copy, source)
  return copy
}

function tooDeep(file: SourceFile, size: number): ReadResult {
  return fail(file, 'template-structure', `JSON nested deeper than ${MAX_JSON_DEPTH} levels: no ARM template needs this. Flatten the file.`, 1, 1, size)
}

function fail(file: SourceFile | null, kind: ReadProblem['kind'], message: string, line: number, column: number, sizeBytes: number): Extract<ReadResult, { ok: false }> {
  return { ok: false, file, problem: { kind, message, line, column }, sizeBytes }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected',
    ColonExpected: "':' expected",
    CommaExpected: "',' expected",
    CloseBraceExpected: "'}' expected",
    CloseBracketExpected: "']' expected",
    EndOfFileExpected: 'unexpected content after the end of the JSON value',
    InvalidCommentToken: 'invalid comment',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string'
  }
  return words[code] ?? code
}
