/**
 * The file-system boundary: the one place where the action and the CLI open a path they did not create. Everything
 * read (templates found by a search, named in inputs, paired by name, named in a targets file) and everything written
 * (SARIF, the PEC report CSV, the CLI's --output) goes through here. See docs/SECURITY.md.
 *
 * The boundary is a set of real (symlink-free) folders: the workspace (the action's GITHUB_WORKSPACE, the CLI's
 * working directory) plus each path the user named outside it (an input or argument that is absolute or starts with
 * `..`: the user chose it). A path named inside the workspace, found by a search or named in a file must resolve
 * inside the boundary: a checked-out pull request decides what its files and symlinks point at, the workflow does not.
 *
 * Reads refuse what leaves the boundary and what is not a regular file (FIFOs, devices, sockets, folders) without ever
 * blocking on it; writes never follow a symlink. No dependencies: the lint path and the Azure side both use it.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs'
import path from 'node:path'

/** Why a path was not read or written. */
export type RefusalReason = 'outside' | 'not-regular' | 'missing' | 'unreadable' | 'too-large'

export interface Refusal {
  reason: RefusalReason
  /** One sentence for people, without the path (callers name the file their own way). */
  message: string
  /** Size in bytes, for 'too-large'. */
  size?: number
}

export type ReadOutcome = { ok: true; buffer: Buffer } | { ok: false; refusal: Refusal }
export type TextOutcome = { ok: true; text: string; size: number } | { ok: false; refusal: Refusal }

/** Not defined on Windows: there the symlink check takes the realpath route for every file. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0
/** Opening a FIFO for reading blocks until a writer comes; non-blocking, the open returns and fstat says what it is. */
const NONBLOCK = constants.O_NONBLOCK ?? 0
const READ_FLAGS = constants.O_RDONLY | NOFOLLOW | NONBLOCK

/** A refusal as an exception: `message` is `<what>: <detail>.`, `detail` the part after the name. */
export class BoundaryError extends Error {
  override name = 'BoundaryError'
  constructor(
    what: string,
    readonly detail: string,
    readonly reason: RefusalReason
  ) {
    super(`${what}: ${detail}.`)
  }
}

export class Boundary {
  /** Folder (as given) → whether its real path lies inside; one realpath per folder, however many files it holds. */
  private readonly folders = new Map<string, boolean>()

  private constructor(
    /** Where relative paths start: the workspace or working directory, as given (absolute). */
    readonly base: string,
    /** Real paths of the folders inside which everything read must resolve. */
    readonly roots: readonly string[],
    /**
     * Real paths of the folders an output named outside the workspace goes to (`sarif-file: ${{ runner.temp }}/x`):
     * writable, never readable. Reading there would let a committed symlink reach the runner's temporary folder.
     */
    readonly writeRoots: readonly string[] = []
  ) {
    this.rootSet = new Set(roots)
  }

  /** The roots as a set, for lookups by ancestor: hundreds of files named outside the workspace make hundreds of roots. */
  private readonly rootSet: ReadonlySet<string>

  /**
   * The workspace `base` plus every path in `named` that lies outside it as written (absolute elsewhere, or `../…`):
   * those were named by the user, so the folder they resolve to joins the boundary. A named path inside `base` adds
   * nothing: it must resolve inside like everything else. `outputs` (files the run writes) join the same way, for
   * writing only.
   */
  static create(base: string, named: Iterable<string> = [], outputs: Iterable<string> = []): Boundary {
    const absolute = path.resolve(base)
    const realBase = realOrSelf(absolute)
    const roots = new Set([realBase])
    const namedFolders: string[] = []
    for (const raw of named) {
      if (!raw || !raw.trim()) continue
      const at = path.resolve(absolute, staticPart(raw.trim()))
      if (within(at, absolute) || within(at, realBase)) continue
      const folder = nearestFolder(at)
      roots.add(realOrSelf(folder))
      namedFolders.push(folder)
    }
    const writeRoots = new Set<string>()
    for (const raw of outputs) {
      if (!raw || !raw.trim()) continue
      const at = path.resolve(absolute, staticPart(raw.trim()))
      if (within(at, absolute) || within(at, realBase)) continue
      writeRoots.add(realOrSelf(nearestFolder(at)))
    }
    const boundary = new Boundary(absolute, [...roots], [...writeRoots])
    // A named folder resolves to a root: no second realpath when its files are read.
    for (const folder of namedFolders) boundary.folders.set(folder, true)
    return boundary
  }

  /** Whether a real path is a root or lies below one (for reading). */
  containsReal(real: string): boolean {
    if (this.roots.length <= 4) {
      for (const root of this.roots) if (within(real, root)) return true
      return false
    }
    for (let at = real; ; ) {
      if (this.rootSet.has(at)) return true
      const parent = path.dirname(at)
      if (parent === at) return false
      at = parent
    }
  }

  /** Whether a real folder may be written to: inside the boundary, or inside a folder an output was named in. */
  holdsForWriting(real: string): boolean {
    if (this.containsReal(real)) return true
    for (const root of this.writeRoots) if (within(real, root)) return true
    return false
  }

  /** Whether folder `dir` really lies inside (its real path; a folder that does not exist does not). */
  holdsFolder(dir: string): boolean {
    let inside = this.folders.get(dir)
    if (inside === undefined) {
      try {
        inside = this.containsReal(realpathSync.native(dir))
      } catch {
        inside = false
      }
      this.folders.set(dir, inside)
    }
    return inside
  }

  /**
   * Records that `dir` lies inside without asking the file system: the caller listed it as a real folder (not a
   * symlink) in a folder inside (saves one realpath per folder on big trees).
   */
  reachedBySearch(dir: string): void {
    this.folders.set(dir, true)
  }
}

/** The fixed part of a glob pattern (`templates/**\/*.json` → `templates`): what the search starts from. */
export function staticPart(pattern: string): string {
  const segments = pattern.split(/[\\/]/)
  const fixed: string[] = []
  for (const segment of segments) {
    if (/[*?[\]{}]/.test(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === segments.length) return pattern
  const joined = fixed.join('/')
  return joined === '' && pattern.startsWith('/') ? '/' : joined || '.'
}

function within(file: string, folder: string): boolean {
  if (file === folder) return true
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep
  return file.startsWith(prefix)
}

function realOrSelf(file: string): string {
  try {
    return realpathSync.native(file)
  } catch {
    return file
  }
}

/** The path itself if it is a folder, else the nearest folder above it that exists. */
function nearestFolder(file: string): string {
  for (let at = file; ; at = path.dirname(at)) {
    try {
      if (lstatSync(at).isDirectory() || at === path.dirname(at)) return at
    } catch {
      if (at === path.dirname(at)) return at
    }
  }
}

/**
 * Reads a regular file inside the boundary (or anywhere, when `boundary` is null: the runner's own files), at most
 * `limit` bytes. The usual case costs one open, one fstat and the reads (plus one realpath per folder): the open does
 * not follow a final symlink and does not block; only a symlink takes the slower route of resolving it first.
 */
export function readRegularFile(boundary: Boundary | null, file: string, limit: number): ReadOutcome {
  return withRegularFile<ReadOutcome>(boundary, file, (fd, size) => {
    if (size > limit) return { ok: false, refusal: { reason: 'too-large', message: `It is ${mb(size)} MB, over the ${mb(limit)} MB read limit.`, size } }
    return { ok: true, buffer: readAll(fd, size, limit) }
  })
}

/**
 * `readRegularFile` as UTF-8 text (the BOM kept), decoded by Node in one native call from the open file: no Buffer in
 * between, which was most of the reading cost when lint reads thousands of small files. `size` is the size in bytes.
 */
export function readRegularUtf8(boundary: Boundary | null, file: string, limit: number): TextOutcome {
  return withRegularFile<TextOutcome>(boundary, file, (fd, size) => {
    if (size > limit) return { ok: false, refusal: { reason: 'too-large', message: `It is ${mb(size)} MB, over the ${mb(limit)} MB read limit.`, size } }
    const text = readFileSync(fd, 'utf8')
    // Grown since fstat (or a size-0 /proc-like file): measure what was read.
    const bytes = text.length > size ? Buffer.byteLength(text, 'utf8') : size
    if (bytes > limit) return { ok: false, refusal: { reason: 'too-large', message: 'It grew over the read limit while it was read.' } }
    return { ok: true, text, size: bytes }
  })
}

/** What `readRegularFile` would refuse `file` for, or null when it is a regular file inside the boundary. */
export function checkRegularFile(boundary: Boundary | null, file: string): Refusal | null {
  const outcome = withRegularFile(boundary, file, (): ReadOutcome => ({ ok: true, buffer: EMPTY }))
  return outcome.ok ? null : outcome.refusal
}

const EMPTY = Buffer.alloc(0)

function withRegularFile<T extends ReadOutcome | TextOutcome = ReadOutcome>(boundary: Boundary | null, file: string, use: (fd: number, size: number) => T): T | Extract<ReadOutcome, { ok: false }> {
  if (boundary && !boundary.holdsFolder(path.dirname(file))) {
    return refuse('outside', 'It lies in a folder that leads outside the workspace (a symbolic link); it was not read.')
  }
  let fd: number | undefined
  try {
    try {
      if (!NOFOLLOW && boundary) throw Object.assign(new Error('no O_NOFOLLOW'), { code: 'ELOOP' })
      fd = openSync(file, READ_FLAGS)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // A symlink (ELOOP; EMLINK on FreeBSD): follow it only to a real path inside the boundary.
      if (code !== 'ELOOP' && code !== 'EMLINK') throw error
      let real: string
      try {
        real = realpathSync.native(file)
      } catch {
        // Dangling, or into something with no path (`/dev/stdout` on a pipe resolves to `pipe:[…]`).
        return refuse('missing', 'It is a symbolic link that leads nowhere a file can be read from; it was not read.')
      }
      if (boundary && !boundary.containsReal(real)) {
        return refuse('outside', 'It is a symbolic link to a file outside the workspace; it was not read.')
      }
      fd = openSync(real, READ_FLAGS)
    }
    const stat = fstatSync(fd)
    if (!stat.isFile()) return refuse('not-regular', `It is not a regular file (${kindOf(stat)}); it was not read.`)
    return use(fd, stat.size)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EFBIG') return { ok: false, refusal: { reason: 'too-large', message: 'It grew over the read limit while it was read.' } }
    if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('missing', 'It does not exist (or is a symbolic link that leads nowhere).')
    return refuse('unreadable', `It cannot be read (${code ?? String(error)}).`)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** `readRegularFile` as text (UTF-8, without a BOM), throwing BoundaryError with `what` named when refused. */
export function readTextInside(boundary: Boundary | null, file: string, what: string, limit = 32 * 1024 * 1024): string {
  const outcome = readRegularFile(boundary, file, limit)
  if (!outcome.ok) {
    const { message, reason } = outcome.refusal
    throw new BoundaryError(what, message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, ''), reason)
  }
  const text = outcome.buffer.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Writes `data` to `file` (relative to the boundary's base) without following any symlink: the folder's real path must
 * lie inside the boundary (missing folders are created inside it), the data goes to a new temporary file created
 * exclusively beside the target, and a rename puts it in place. An existing symlink at `file` is replaced, never
 * written through. Returns the absolute path as written by the caller (`base` + `file`).
 */
export function writeFileInside(boundary: Boundary, file: string, data: string | Buffer): string {
  const target = path.resolve(boundary.base, file)
  const name = path.basename(target)
  if (!name || name === '.' || name === '..') throw new BoundaryError(file, 'not a file name', 'not-regular')
  const folder = ensureFolder(boundary, path.dirname(target), file)
  const destination = path.join(folder, name)
  // A link is replaced, not followed; but a name for a device or FIFO (`--output /dev/stdout`) is a mistake to say.
  const existing = lstatSync(destination, { throwIfNoEntry: false })
  const kind = existing?.isSymbolicLink() ? statSync(destination, { throwIfNoEntry: false }) : existing
  if (kind && !kind.isFile()) throw new BoundaryError(file, `it is not a regular file (${kindOf(kind)}); it was not written`, 'not-regular')
  // O_EXCL below makes a name that already exists an error, never a write through someone else's file; the name only
  // has to be hard to guess ahead, which Math.random's randomly seeded generator gives without loading node:crypto
  // (~5 ms of a CLI run that writes --output).
  const temporary = path.join(folder, `.${name}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.tmp`)
  let fd: number
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o666)
  } catch (error) {
    throw new BoundaryError(file, `its folder cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`, 'unreadable')
  }
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at)
  } catch (error) {
    closeSync(fd)
    unlinkSync(temporary)
    throw error
  }
  closeSync(fd)
  try {
    renameSync(temporary, destination)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // Already gone: nothing to clean up.
    }
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') throw new BoundaryError(file, 'a folder is in the way; it was not written', 'not-regular')
    throw error
  }
  return target
}

/**
 * Why `writeFileInside` would refuse `file`, checked without writing or creating anything (null: it would write). For
 * writers of several files that must write all or none (`init`).
 */
export function writeRefusal(boundary: Boundary, file: string): BoundaryError | null {
  const target = path.resolve(boundary.base, file)
  let at = path.dirname(target)
  try {
    while (!lstatSync(at, { throwIfNoEntry: false })) {
      if (at === path.dirname(at)) break
      at = path.dirname(at)
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return fileInTheWay(file)
    throw error
  }
  let real: string
  try {
    real = realpathSync.native(at)
  } catch {
    return new BoundaryError(file, 'its folder is a symbolic link that leads nowhere; it was not written', 'missing')
  }
  if (!statSync(real).isDirectory()) return fileInTheWay(file)
  if (!boundary.holdsForWriting(real)) return new BoundaryError(file, 'its folder leads outside the workspace (a symbolic link); it was not written', 'outside')
  return null
}

/** A file stands where a folder of the path should be (`sarif-file: README.md/x.sarif`, `.github` committed as a file). */
function fileInTheWay(file: string): BoundaryError {
  return new BoundaryError(file, 'a file stands where one of its folders should be; it was not written', 'not-regular')
}

/** The real path of `dir`, created if missing, refused unless it lies inside the boundary. */
function ensureFolder(boundary: Boundary, dir: string, file: string): string {
  const missing: string[] = []
  let at = dir
  for (;;) {
    try {
      lstatSync(at)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw fileInTheWay(file)
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || at === path.dirname(at)) throw error
      missing.push(path.basename(at))
      at = path.dirname(at)
    }
  }
  let real: string
  try {
    real = realpathSync.native(at)
  } catch {
    throw new BoundaryError(file, 'its folder is a symbolic link that leads nowhere; it was not written', 'missing')
  }
  if (!statSync(real).isDirectory()) throw fileInTheWay(file)
  if (!boundary.holdsForWriting(real)) {
    throw new BoundaryError(file, 'its folder leads outside the workspace (a symbolic link); it was not written', 'outside')
  }
  for (const name of missing.reverse()) {
    real = path.join(real, name)
    try {
      mkdirSync(real)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !lstatSync(real).isDirectory()) throw error
    }
  }
  return real
}

/** Reads to the end even if the file grew since fstat (or reports size 0, as /proc files do), up to `limit`. */
function readAll(fd: number, size: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(size > 0 ? size : 8192)
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      // Full: look past the end before paying for a bigger buffer (nearly always the file simply ends here).
      const more = readSync(fd, probe, 0, probe.length, null)
      if (more === 0) break
      if (length + more > limit) throw Object.assign(new Error('file too large'), { code: 'EFBIG' })
      const bigger = Buffer.allocUnsafe(Math.min(limit, Math.max(buffer.length * 2, length + more)))
      buffer.copy(bigger, 0, 0, length)
      probe.copy(bigger, length, 0, more)
      buffer = bigger
      length += more
      continue
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null)
    if (read === 0) break
    length += read
  }
  return length === buffer.length ? buffer : buffer.subarray(0, length)
}

const probe = Buffer.allocUnsafe(8192)

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  if (stat.isSocket()) return 'a socket'
  return 'not a file'
}

function refuse(reason: RefusalReason, message: string): Extract<ReadOutcome, { ok: false }> {
  return { ok: false, refusal: { reason, message } }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}
