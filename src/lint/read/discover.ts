import { promises as fs } from 'node:fs'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UsageError } from '../errors.js'
import { readJsonFile, type ReadResult } from './located-json.js'

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
}

const IGNORE = ['**/node_modules/**', '**/.git/**']
const PARAMETERS_NAME = /\.parameters(?:\.[^/\\]+)?\.jsonc?$/i
const JSON_NAME = /\.jsonc?$/i

/**
 * Turns files, folders and glob patterns into lint units: each template with the parameters file(s) that pair with it.
 * `X.json` pairs with `X.parameters.json`, and each `X.parameters.*.json` is its own unit; an explicit pair wins.
 * Pairing needs only file names, so nothing is read here: reading every file up front kept thousands of parsed trees
 * alive at once, and the garbage collector paid for copying them (see README "Performance").
 */
export async function discoverLintUnits(
  patterns: string[],
  cwd: string,
  pairs: Array<{ template: string; parameters: string }> = []
): Promise<LintUnitPlan[]> {
  const explicitFiles = new Set<string>()
  const found = new Set<string>()
  for (const raw of patterns.map((p) => p.trim()).filter(Boolean)) {
    const absolute = path.resolve(cwd, raw)
    if (isDynamicPattern(raw)) {
      const matches = await glob(raw, { cwd, absolute: true, ignore: IGNORE, dot: false, onlyFiles: true })
      for (const match of matches) if (JSON_NAME.test(match)) found.add(path.normalize(match))
      continue
    }
    const stat = await fs.stat(absolute).catch(() => null)
    if (!stat) throw new UsageError(`Path not found: ${raw} (resolved to ${absolute}). Check the templates pattern or the working directory.`)
    if (stat.isDirectory()) {
      const matches = await glob('**/*.{json,jsonc}', { cwd: absolute, absolute: true, ignore: IGNORE, dot: false, onlyFiles: true })
      for (const match of matches) found.add(path.normalize(match))
    } else {
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
      if (!stat?.isFile()) throw new UsageError(`Parameters pair '${pair.template}: ${pair.parameters}': ${label} file not found (${file}).`)
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
    const matches = await conventionalParameters(templatePath, parametersByTemplate, searchedDirs, pairedExplicitly)
    if (matches.length === 0) units.push({ templatePath, parametersPath: null, explicit })
    for (const parametersPath of matches) units.push({ templatePath, parametersPath, explicit })
  }
  return units
}

/**
 * Reads one planned unit. `previous` is the unit read before it: consecutive units of one template (one per
 * parameters file) share the template's read. Returns null for a file found by a folder search that is not a
 * template (a parameters file by content, package.json and friends).
 */
export function readLintUnit(plan: LintUnitPlan, previous: LintUnitInput | null): LintUnitInput | null {
  const template = previous && previous.templatePath === plan.templatePath ? previous.template : readJsonFile(plan.templatePath)
  if (isParametersFile(plan.templatePath, template) || (!plan.explicit && !looksLikeTemplate(template))) return null
  const parameters = plan.parametersPath === null ? null : readJsonFile(plan.parametersPath)
  return { ...plan, template, parameters }
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

async function conventionalParameters(templatePath: string, parametersByTemplate: Map<string, string[]>, searchedDirs: Set<string>, taken: Set<string>): Promise<string[]> {
  const dir = path.dirname(templatePath)
  const key = path.join(dir, path.basename(templatePath).replace(JSON_NAME, '')).toLowerCase()
  const candidates = new Set(parametersByTemplate.get(key) ?? [])
  // A template named on its own (its folder was not searched) still pairs with the parameters files beside it.
  if (!searchedDirs.has(dir)) {
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
