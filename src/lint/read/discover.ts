import { promises as fs, readdir, readdirSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { glob, isDynamicPattern, type GlobOptions } from 'tinyglobby'
import { staticPart, type Boundary } from '../../shared/fs-boundary.js'
import { UsageError } from '../errors.js'
import { decodeText, isBinary, parseJsonText, readJsonFile, readSourceBytes, type ReadResult } from './located-json.js'
import { skipReasonOf, type SkipLedger, type SkipReason } from './skips.js'
import { textMentionsManagedServices } from '../resolve/lighthouse-text.js'

export interface LintUnitInput {
  templatePath: string
  template: ReadResult
  parametersPath: string | null
  parameters: ReadResult | null
  /** Named by the user as a file (not found by searching a folder): always reported, even if not a template. */
  explicit: boolean
}

/** A lint unit before its files are read: the engine reads each unit just before checking it (see readLintUnit). */
export interface LintUnitPlan {
  templatePath: string
  parametersPath: string | null
  explicit: boolean
  /** A folder or pattern the user named that the boundary refused before anything was read: the finding's message. */
  refused?: string
}

/** How files are read: through the file-system boundary, counting what is skipped. */
export interface ReadContext {
  /** Everything read must resolve inside it (src/shared/fs-boundary.ts); null or absent: only the regular-file check. */
  boundary?: Boundary | null
  /** Where files found but not linted are counted, with the reason. */
  skips?: SkipLedger
  /** The template readLintUnit skipped last: its next parameters file's unit is skipped without a second read. */
  skippedTemplate?: string
}

const IGNORE = ['**/node_modules/**', '**/.git/**']
const PARAMETERS_NAME = /\.parameters(?:\.[^/\\]+)?\.jsonc?$/i
const JSON_NAME = /\.jsonc?$/i

/**
 * Turns files, folders and glob patterns into lint units: each template with the parameters file(s) that pair with it.
 * `X.json` pairs with `X.parameters.json`, and each `X.parameters.*.json` is its own unit; an explicit pair wins.
 * Pairing needs only file names, so nothing is read here: reading every file up front kept thousands of parsed trees
 * alive at once, and the garbage collector paid for copying them (see README "Performance").
 * A folder or pattern that leads outside the boundary is not searched: it becomes a unit with a `file-not-read` finding.
 */
export async function discoverLintUnits(
  patterns: string[],
  cwd: string,
  pairs: Array<{ template: string; parameters: string }> = [],
  context: ReadContext = {}
): Promise<LintUnitPlan[]> {
  const boundary = context.boundary ?? null
  const explicitFiles = new Set<string>()
  const found = new Set<string>()
  const refused: LintUnitPlan[] = []
  const refuse = (file: string, message: string): void => {
    refused.push({ templatePath: file, parametersPath: null, explicit: true, refused: message })
  }
  for (const raw of patterns.map((p) => p.trim()).filter(Boolean)) {
    const absolute = path.resolve(cwd, raw)
    if (isDynamicPattern(raw)) {
      const base = path.resolve(cwd, staticPart(raw))
      if (boundary && (await isFolder(base)) && !boundary.holdsFolder(base)) {
        refuse(base, `The folder the pattern '${raw}' starts from leads outside the workspace (a symbolic link); it was not searched. Lint reads only files inside the workspace.`)
        continue
      }
      for (const match of await search(raw, cwd, context)) if (JSON_NAME.test(match)) found.add(path.normalize(match))
      continue
    }
    const stat = await fs.stat(absolute).catch(() => null)
    if (!stat) throw new UsageError(`Path not found: ${raw} (resolved to ${absolute}). Check the templates pattern or the working directory.`)
    if (stat.isDirectory()) {
      if (boundary && !boundary.holdsFolder(absolute)) {
        refuse(absolute, 'This folder leads outside the workspace (a symbolic link); it was not searched. Lint reads only files inside the workspace.')
        continue
      }
      for (const match of await search('**/*.{json,jsonc}', absolute, context)) found.add(path.normalize(match))
    } else {
      // Whatever it is (a symlink, a FIFO), the reader decides: it refuses with a finding and never blocks.
      explicitFiles.add(absolute)
      found.add(absolute)
    }
  }

  const explicitPairs = new Map<string, string>()
  for (const pair of pairs) {
    const template = path.resolve(cwd, pair.template)
    const parameters = path.resolve(cwd, pair.parameters)
    for (const [label, file] of [['template', template], ['parameters', parameters]] as const) {
      const stat = await fs.stat(file).catch(() => null)
      if (!stat) throw new UsageError(`Parameters pair '${pair.template}: ${pair.parameters}': ${label} file not found (${file}).`)
      if (stat.isDirectory()) throw new UsageError(`Parameters pair '${pair.template}: ${pair.parameters}': the ${label} is a folder (${file}); name a file.`)
    }
    explicitPairs.set(template, parameters)
    found.add(template)
  }

  const files = [...found].sort()
  const parameterFiles = new Set<string>()
  const templates: string[] = []
  for (const file of files) {
    // A file named like a parameters file is one; a template candidate whose content says otherwise is skipped when read.
    if (PARAMETERS_NAME.test(path.basename(file))) parameterFiles.add(file)
    else templates.push(file)
  }
  // A parameters file named on its own stands for its template.
  for (const file of explicitFiles) {
    if (!parameterFiles.has(file)) continue
    const template = templateForParameters(file)
    if (template && !templates.includes(template) && (await fs.stat(template).catch(() => null))?.isFile()) templates.push(template)
  }
  const pairedExplicitly = new Set(explicitPairs.values())
  // Keyed by the template each parameters file names (folder + base, lower-case): pairing is one lookup.
  const parametersByTemplate = new Map<string, string[]>()
  for (const file of parameterFiles) {
    const key = templateKey(file)
    if (key) parametersByTemplate.set(key, [...(parametersByTemplate.get(key) ?? []), file])
  }
  const searchedDirs = new Set(files.filter((f) => !explicitFiles.has(f)).map((f) => path.dirname(f)))

  const units: LintUnitPlan[] = []
  for (const templatePath of templates.sort()) {
    const explicit = explicitFiles.has(templatePath) || explicitPairs.has(templatePath)
    const pinned = explicitPairs.get(templatePath)
    if (pinned) {
      units.push({ templatePath, parametersPath: pinned, explicit })
      continue
    }
    const matches = await conventionalParameters(templatePath, parametersByTemplate, searchedDirs, pairedExplicitly, boundary)
    if (matches.length === 0) units.push({ templatePath, parametersPath: null, explicit })
    for (const parametersPath of matches) units.push({ templatePath, parametersPath, explicit })
  }
  if (context.skips) {
    const paired = new Set(units.map((u) => u.parametersPath))
    for (const file of parameterFiles) if (!paired.has(file)) context.skips.add('parameters-file', file)
  }
  return refused.length === 0 ? units : [...units, ...refused].sort((a, b) => (a.templatePath < b.templatePath ? -1 : a.templatePath > b.templatePath ? 1 : 0))
}

/**
 * Files matching `pattern` under `cwd`, case-insensitively (`X.JSON` is a template too), never entering a symlinked
 * folder (counted as skipped instead). Symlinks and FIFOs with a matching name are returned: the reader resolves a
 * link only inside the boundary and never opens what is not a regular file.
 */
async function search(pattern: string, cwd: string, context: ReadContext): Promise<string[]> {
  const { skips, boundary } = context
  const links: string[] = []
  const options: GlobOptions = {
    cwd,
    absolute: true,
    ignore: IGNORE,
    dot: false,
    onlyFiles: true,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
    fs: listingAsFiles(links, skips, boundary ?? null) as GlobOptions['fs']
  }
  const matches = await glob(pattern, options)
  if (skips && links.length > 0) {
    const matched = new Set(matches.map((m) => path.normalize(m)))
    for (const link of links) {
      const name = path.basename(link)
      if (matched.has(link) || name.startsWith('.') || name === 'node_modules') continue
      if (statSync(link, { throwIfNoEntry: false })?.isDirectory()) skips.add('symlinked-folder', link)
    }
  }
  return matches
}

/**
 * The two fs functions the search (tinyglobby, through fdir) calls, with every entry that is neither a file nor a
 * folder (symlink, FIFO, socket, device) presented as a file: the search then never follows a symlink into another
 * tree, yet hands a matching name to the reader instead of dropping it silently. Folders that cannot be listed are
 * counted as unreadable.
 */
function listingAsFiles(links: string[], skips: SkipLedger | undefined, boundary: Boundary | null) {
  const present = (dir: string, entries: Dirent[]): Dirent[] => {
    // A real subfolder of a folder inside lies inside: one realpath for the search's root, none per folder below.
    const folder = dir.length > 1 ? dir.replace(/[\\/]+$/, '') : dir
    const inside = boundary?.holdsFolder(folder) ?? false
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!
      if (entry.isDirectory()) {
        if (inside) boundary!.reachedBySearch(path.join(folder, entry.name))
        continue
      }
      if (entry.isFile()) continue
      if (entry.isSymbolicLink()) links.push(path.join(dir, entry.name))
      entries[i] = asFile(entry)
    }
    return entries
  }
  const unreadable = (dir: string): void => skips?.add('unreadable', path.normalize(dir))
  return {
    readdir: (dir: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
      readdir(dir, options, (error, entries) => {
        if (error) unreadable(dir)
        callback(error, error ? [] : present(dir, entries))
      }),
    readdirSync: (dir: string, options: { withFileTypes: true }): Dirent[] => {
      try {
        return present(dir, readdirSync(dir, options))
      } catch (error) {
        unreadable(dir)
        throw error
      }
    }
  }
}

function asFile(entry: Dirent): Dirent {
  const file = Object.assign(Object.create(Object.getPrototypeOf(entry) as object) as Dirent, entry)
  file.isFile = () => true
  file.isDirectory = () => false
  file.isSymbolicLink = () => false
  return file
}

async function isFolder(dir: string): Promise<boolean> {
  return (await fs.stat(dir).catch(() => null))?.isDirectory() ?? false
}

/**
 * Reads one planned unit through the boundary. `previous` is the unit read before it: consecutive units of one
 * template (one per parameters file) share the template's read. Returns null, counted in `context.skips`, for a file
 * found by a search that is not linted: a template whose text never mentions Microsoft.ManagedServices (skipped
 * before it is parsed: the engine would drop it unevaluated anyway), a parameters file by content, package.json and
 * friends, and what the boundary refused.
 */
export function readLintUnit(plan: LintUnitPlan, previous: LintUnitInput | null, context: ReadContext = {}): LintUnitInput | null {
  const boundary = context.boundary ?? null
  if (plan.refused) {
    const problem = { kind: 'file-not-read' as const, message: plan.refused, line: 1, column: 1, refusal: 'outside' as const }
    return { ...plan, template: { ok: false, file: null, problem, sizeBytes: 0 }, parameters: null }
  }
  if (!plan.explicit && context.skippedTemplate === plan.templatePath) return null
  const skip = (reason: SkipReason): null => {
    context.skips?.add(reason, plan.templatePath)
    context.skippedTemplate = plan.templatePath
    return null
  }
  let template: ReadResult
  if (previous && previous.templatePath === plan.templatePath) template = previous.template
  else {
    const bytes = readSourceBytes(plan.templatePath, boundary)
    if (!Buffer.isBuffer(bytes)) {
      if (!plan.explicit) return skip(bytes.problem.kind === 'file-not-read' ? skipReasonOf({ reason: bytes.problem.refusal ?? 'unreadable' }) : 'unreadable')
      template = bytes
    } else if (plan.explicit) {
      template = parseJsonText(plan.templatePath, bytes)
    } else {
      if (isBinary(bytes)) return skip('not-arm-template')
      // A resource type is always a literal: text that never names Microsoft.ManagedServices (the engine's own test,
      // which parses only text with a `\u` escape and then searches its strings) holds no Lighthouse resource.
      const text = decodeText(bytes)
      let parsed: ReadResult | undefined
      const parse = (): ReadResult => (parsed ??= parseJsonText(plan.templatePath, bytes, text))
      if (!textMentionsManagedServices(text, () => { const r = parse(); return r.ok ? r.value : undefined })) return skip(kindOfText(text))
      template = parse()
    }
  }
  if (isParametersFile(plan.templatePath, template)) return skip('parameters-file')
  if (!plan.explicit && !looksLikeTemplate(template)) return skip('not-arm-template')
  const parameters = plan.parametersPath === null ? null : readJsonFile(plan.parametersPath, boundary)
  return { ...plan, template, parameters }
}

/** Why an unparsed file was skipped, from its text alone. */
function kindOfText(text: string): SkipReason {
  if (/"\$schema"\s*:\s*"[^"]*deploymentParameters\.json/i.test(text)) return 'parameters-file'
  if (/deploymentTemplate\.json|"resources"\s*:\s*[[{]|"policyRule"\s*:/i.test(text)) return 'no-lighthouse-resource'
  return 'not-arm-template'
}

function isParametersFile(file: string, result: ReadResult): boolean {
  if (PARAMETERS_NAME.test(path.basename(file))) return true
  if (!result.ok) return false
  const schema = schemaOf(result.value)
  return /deploymentParameters\.json/i.test(schema)
}

/** Searching a folder finds package.json and friends: only ARM-looking files are linted from a search. */
function looksLikeTemplate(result: ReadResult): boolean {
  if (!result.ok) {
    const text = result.file?.text ?? ''
    return /schema\.management\.azure\.com|Microsoft\.ManagedServices/i.test(text.slice(0, 1 << 20))
  }
  const value = result.value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const root = value as Record<string, unknown>
  if (/deploymentTemplate\.json/i.test(schemaOf(root))) return true
  if (Array.isArray(root.resources)) return true
  const properties = root.properties as Record<string, unknown> | undefined
  return !!(root.policyRule || (properties && typeof properties === 'object' && 'policyRule' in properties))
}

function schemaOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return ''
  const schema = (value as Record<string, unknown>)['$schema']
  return typeof schema === 'string' ? schema : ''
}

async function conventionalParameters(
  templatePath: string,
  parametersByTemplate: Map<string, string[]>,
  searchedDirs: Set<string>,
  taken: Set<string>,
  boundary: Boundary | null
): Promise<string[]> {
  const dir = path.dirname(templatePath)
  const key = path.join(dir, path.basename(templatePath).replace(JSON_NAME, '')).toLowerCase()
  const candidates = new Set(parametersByTemplate.get(key) ?? [])
  // A template named on its own (its folder was not searched) still pairs with the parameters files beside it.
  if (!searchedDirs.has(dir) && (!boundary || boundary.holdsFolder(dir))) {
    const siblings = await fs.readdir(dir).catch(() => [] as string[])
    for (const name of siblings) {
      const file = path.join(dir, name)
      if (templateKey(file) === key) candidates.add(file)
    }
  }
  return [...candidates].filter((file) => !taken.has(file)).sort()
}

/** `dir/X.parameters.json` and `dir/X.parameters.prod.json` both name the template `dir/x`. */
function templateKey(parametersFile: string): string | null {
  const match = /^(.+)\.parameters(?:\.[^/\\]+)?\.jsonc?$/i.exec(path.basename(parametersFile))
  return match ? path.join(path.dirname(parametersFile), match[1]).toLowerCase() : null
}

function templateForParameters(file: string): string | null {
  const match = /^(.*)\.parameters(?:\.[^/\\]+)?\.jsonc?$/i.exec(file)
  return match ? `${match[1]}.json` : null
}
