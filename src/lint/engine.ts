import path from 'node:path'
import { discoverLintUnits, readLintUnit, type LintUnitInput, type ReadContext } from './read/discover.js'
import { SkipLedger } from './read/skips.js'
import { Boundary } from '../shared/fs-boundary.js'
import { AZURE_FILE_LIMIT, withUnitFiles } from './read/located-json.js'
import { repoRelative } from './read/repo-root.js'
import { textMentionsManagedServices } from './resolve/lighthouse-text.js'
import { resolveTemplate } from './resolve/resolve-template.js'
import { roleCatalogue } from './roles/index.js'
import { rules, formatMessage, ruleById, type Rule, type RuleContext } from './rules/index.js'
import type { ResolvedTemplate } from './model.js'
import type { DelegationSummary, Finding, Level, LintOptions, LintReport, LintUnitResult } from './types.js'
import { isUnknown } from './arm/index.js'
import { RunBudget } from './arm/budget.js'
import { Fixer } from '../fix/fixer.js'
import { attachFixes } from '../fix/attach.js'

/** Lint units read ahead at a time (see lint()). */
const READ_BATCH = 16

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, note: 2 }

/** Lints every template found by `patterns` (files, folders, globs). See the contract in types.ts. */
export async function lint(patterns: string[], options: LintOptions = {}): Promise<LintReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const pairs = options.parameterPairs ?? []
  // Every file is read through the boundary: the working directory plus the paths named outside it.
  const reading: ReadContext = {
    boundary: options.boundary ?? Boundary.create(cwd, [...patterns, ...pairs.flatMap((p) => [p.template, p.parameters])]),
    skips: new SkipLedger()
  }
  const inputs = await discoverLintUnits(patterns, cwd, pairs, reading)
  let selected = inputs
  let skipped = 0
  if (options.changedFiles) {
    // Pull requests name files relative to the repository, which is not the working directory when the checkout
    // went to a sub-folder (actions/checkout `path:`): match either way.
    const changed = new Set(options.changedFiles.map((f) => path.resolve(cwd, f)))
    const changedInRepo = new Set(options.changedFiles.map((f) => f.split(path.sep).join('/').replace(/^\.\//, '')))
    const isChanged = (file: string): boolean => {
      const inRepo = repoRelative(file)
      return changed.has(file) || (inRepo !== null && changedInRepo.has(inRepo))
    }
    selected = inputs.filter((u) => isChanged(u.templatePath) || (u.parametersPath !== null && isChanged(u.parametersPath)))
    skipped = inputs.length - selected.length
    const kept = new Set(selected)
    for (const u of inputs) if (!kept.has(u)) reading.skips!.add('unchanged', u.templatePath, `${u.templatePath}\u0000${u.parametersPath ?? ''}`)
  }
  options.onPlanned?.(selected.length)
  const results: LintUnitResult[] = []
  const runBudget = new RunBudget(options.runSteps)
  // Units are read a few at a time just before they are checked: memory stays bounded however many templates a
  // repository holds, and what is read is still young when it dies (256 at a time kept more of it alive through
  // young-generation collections; 1 to 64 measured the same).
  let previous: LintUnitInput | null = null
  for (let start = 0; start < selected.length; start += READ_BATCH) {
    const batch: LintUnitInput[] = []
    for (const plan of selected.slice(start, start + READ_BATCH)) {
      const input = readLintUnit(plan, previous, reading)
      if (!input) continue
      batch.push(input)
      previous = input
    }
    for (const input of batch) {
      const files = [input.template.file, input.parameters?.file]
      const result = withUnitFiles(files, () => lintUnit(input, options, cwd, runBudget))
      if (result) results.push(result)
      else reading.skips!.add('no-lighthouse-resource', input.templatePath)
    }
  }
  const report: LintReport = { results, summary: summarize(results), skippedFiles: reading.skips!.summary((file) => relativePath(cwd, file)) }
  if (options.changedFiles) report.skipped = skipped
  return report
}

export function summarize(results: LintUnitResult[]): LintReport['summary'] {
  const summary = { templates: results.length, errors: 0, warnings: 0, notes: 0 }
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.level === 'error') summary.errors++
      else if (finding.level === 'warning') summary.warnings++
      else summary.notes++
    }
  }
  return summary
}

/** Lints one template + parameters pair. Returns null for a file found by a folder search that holds no delegation. */
export function lintUnit(input: LintUnitInput, options: LintOptions, cwd: string, runBudget?: RunBudget): LintUnitResult | null {
  // A unit's findings name its two files over and over: work each path out once (path.relative is slow in bulk, and
  // every path takes the slow way when the templates are outside the working directory).
  const templateRel = relativePath(cwd, input.templatePath)
  const parametersRel = input.parametersPath ? relativePath(cwd, input.parametersPath) : null
  const rel = (file: string): string =>
    file === input.templatePath || file === templateRel ? templateRel : file === input.parametersPath || file === parametersRel ? parametersRel! : relativePath(cwd, file)
  const findings: Finding[] = []
  const result: LintUnitResult = {
    template: templateRel,
    parameters: parametersRel,
    findings,
    pec: 'unknown'
  }
  const add = (finding: Finding): void => {
    finding.file = rel(finding.file)
    findings.push(finding)
  }

  if (!input.template.ok) {
    const { problem } = input.template
    add({ ruleId: problem.kind, level: 'error', message: problem.message, file: input.templatePath, line: problem.line, column: problem.column })
    return finish(result)
  }
  const oversize = input.template.sizeBytes > AZURE_FILE_LIMIT
  if (oversize) {
    add({ ruleId: 'template-structure', level: 'error', message: `The template is ${(input.template.sizeBytes / 1048576).toFixed(1)} MB; Azure rejects templates over 4 MB, so it was not checked further. Split it into linked or nested templates.`, file: input.templatePath, line: 1, column: 1 })
  }
  let parameters: unknown = null
  if (input.parameters && input.parametersPath) {
    if (input.parameters.ok) parameters = input.parameters.value
    else {
      const { problem } = input.parameters
      add({ ruleId: problem.kind, level: 'error', message: problem.message, file: input.parametersPath, line: problem.line, column: problem.column })
    }
  }

  // A template whose text never names Microsoft.ManagedServices has no Lighthouse resource (a resource type is always
  // a literal): nothing of it is evaluated. Named explicitly, it gets the note below; found by a folder search, it is
  // not reported at all.
  const { file: templateFile, value: templateValue } = input.template
  if (!textMentionsManagedServices(templateFile.text, () => templateValue)) return noLighthouse(result, input, add)
  // Azure refuses it whatever it holds (the error above): evaluating up to 32 MB of it would only cost time and memory.
  if (oversize) return finish(result)

  let resolved: ResolvedTemplate
  try {
    // Paths as the user sees them: rules quote them in messages.
    const readable = input.parameters?.ok && input.parametersPath ? rel(input.parametersPath) : null
    const failed = input.parameters && !input.parameters.ok && input.parametersPath ? input.parameters : undefined
    const unreadable = failed ? rel(input.parametersPath!) : undefined
    resolved = resolveTemplate(rel(input.templatePath), input.template.value, readable, parameters, unreadable, {
      unreadableParametersFinding: failed?.problem.kind,
      budget: runBudget?.limitsFor()
    })
    runBudget?.spent(resolved.evaluation?.steps ?? 0)
  } catch (error) {
    add({ ruleId: 'template-structure', level: 'error', message: `The template could not be resolved (${describe(error)}). Please report this with the file.`, file: input.templatePath, line: 1, column: 1 })
    return finish(result)
  }
  for (const finding of resolved.resolveFindings) add(finding)

  // Out of budget, what the template holds is not known: it is reported (with the budget finding), never dropped.
  if (resolved.definitions.length === 0 && resolved.assignments.length === 0 && !resolved.evaluation?.exceeded) return noLighthouse(result, input, add)

  const automationPrincipalId = options.automationPrincipalId?.trim().toLowerCase() || undefined
  // One context for all rules of the unit (the rule being run is `current`): thirty closures per unit added up.
  let current: Rule = rules[0]!
  // Fixes are built only for findings that offer one (src/fix/); the fixer itself is cheap to make.
  const fixer =
    options.fixes === false
      ? undefined
      : new Fixer({
          template: input.template.file,
          parameters: input.parameters?.ok ? input.parameters.file : null,
          resolved,
          catalogue: roleCatalogue,
          automationPrincipalId,
          automationRoleId: options.fixes?.automationRoleId,
          automationDisplayName: options.fixes?.automationDisplayName
        })
  const context: RuleContext = {
    template: resolved,
    options: { automationPrincipalId },
    catalogue: roleCatalogue,
    report: ({ messageId, data, loc, level, fix, suggest }) => {
      const finding: Finding = { ruleId: current.meta.id, level: level ?? current.meta.level, message: formatMessage(current, messageId, data), file: loc.file, line: loc.line, column: loc.column }
      if (fixer && (fix || suggest)) attachFixes(finding, { fix, suggest }, fixer, rel)
      add(finding)
    }
  }
  for (const rule of rules) {
    current = rule
    try {
      rule.check(context)
    } catch (error) {
      add({ ruleId: rule.meta.id, level: 'warning', message: `This rule could not finish on this template (${describe(error)}); its other checks were skipped. Please report this with the file.`, file: input.templatePath, line: 1, column: 1 })
    }
  }
  if (options.delegations !== false) result.delegations = summarizeDelegations(resolved)
  // Out of budget, part of the template was never evaluated: PEC cannot be confirmed, whatever was seen.
  const unresolved = resolved.evaluation?.exceeded === true || resolved.definitions.some((d) => !Array.isArray(asArrayOrUndefined(d.properties, 'authorizations')))
  return finish(result, unresolved, resolved.definitions.length)
}

function noLighthouse(result: LintUnitResult, input: LintUnitInput, add: (finding: Finding) => void): LintUnitResult | null {
  if (!input.explicit) return null
  add({ ruleId: 'template-structure', level: 'note', message: 'No Microsoft.ManagedServices registration definition or assignment found: nothing to check for Lighthouse.', file: input.templatePath, line: 1, column: 1 })
  return finish(result)
}

function asArrayOrUndefined(properties: unknown, key: string): unknown {
  return properties !== null && typeof properties === 'object' ? (properties as Record<string, unknown>)[key] : undefined
}

/**
 * `unresolved`: some authorizations are only known at deployment time, so PEC cannot be confirmed offline.
 * `definitions`: how many registration definitions the unit holds.
 */
function finish(result: LintUnitResult, unresolved = false, definitions = 0): LintUnitResult {
  // Copy loops repeat identical findings per iteration: keep one.
  const seen = new Set<string>()
  if (result.findings.length > 1) result.findings = result.findings
    .filter((f) => {
      const key = `${f.ruleId}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => (a.file === b.file ? 0 : a.file === result.template ? -1 : b.file === result.template ? 1 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])
  const pecFailed = result.findings.some((f) => f.ruleId.startsWith('pec-') && f.level === 'error')
  const pecUnsure = result.findings.some((f) => ruleById(f.ruleId)?.meta.pecVerdict === 'unknown')
  result.pec = pecFailed ? 'fail' : !unresolved && !pecUnsure && definitions > 0 ? 'ok' : 'unknown'
  return result
}

function summarizeDelegations(resolved: ResolvedTemplate): DelegationSummary[] {
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : isUnknown(v) ? String(v) : null)
  return resolved.definitions.map((d) => ({
    offerName: text(d.registrationDefinitionName),
    managedByTenantId: text(d.managedByTenantId),
    authorizations: [...d.authorizations, ...d.eligibleAuthorizations].map((a) => {
      const roleId = text(a.roleDefinitionId)
      return {
        principalId: text(a.principalId),
        principalIdDisplayName: text(a.principalIdDisplayName),
        roleDefinitionId: roleId,
        roleName: roleId ? (roleCatalogue.get(roleId)?.name ?? null) : null,
        eligible: a.kind === 'eligible'
      }
    })
  }))
}

/** Path relative to cwd with forward slashes; a plain prefix cut for the usual case (path.relative is slow in bulk). */
function relativePath(cwd: string, file: string): string {
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep
  const relative = file.startsWith(prefix) ? file.slice(prefix.length) : outsideRelative(cwd, file)
  return path.sep === '/' ? relative : relative.split(path.sep).join('/')
}

/** Folders outside cwd, relative to it: files named outside the working directory share a few folders. */
const relativeFolders = new Map<string, string>()

function outsideRelative(cwd: string, file: string): string {
  const absolute = path.resolve(cwd, file)
  if (absolute === cwd) return path.basename(file)
  const dir = path.dirname(absolute)
  const key = `${cwd}\u0000${dir}`
  let folder = relativeFolders.get(key)
  if (folder === undefined) {
    if (relativeFolders.size >= 1024) relativeFolders.clear()
    relativeFolders.set(key, (folder = path.relative(cwd, dir)))
  }
  return folder === '' ? path.basename(absolute) : `${folder}${path.sep}${path.basename(absolute)}`
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'too deeply nested'
  return error instanceof Error ? error.message : String(error)
}
