/**
 * `lighthouse-pec fix`: lint, apply the non-overlapping fixes of the pass to the texts in memory, lint again, for at
 * most MAX_PASSES passes (ESLint's loop), so fixes compose without knowing of each other. Files are written only at
 * the end, only when their text changed, and never with `dryRun`: a file that passes is not touched, byte for byte.
 */
import path from 'node:path'
import { discoverLintUnits, readLintUnit, type LintUnitInput, type LintUnitPlan, type ReadContext } from '../lint/read/discover.js'
import { SkipLedger } from '../lint/read/skips.js'
import { Boundary } from '../shared/fs-boundary.js'
import { parseJsonText, readJsonFile, withUnitFiles, type ReadResult } from '../lint/read/located-json.js'
import { lintUnit, summarize } from '../lint/engine.js'
import { RunBudget } from '../lint/arm/budget.js'
import type { Finding, FindingFix, LintOptions, LintReport, LintUnitResult } from '../lint/types.js'
import { applyNonOverlapping } from './apply.js'
import { FileRefusal, readTextForEdit, writeTextFile } from './files.js'

export const MAX_PASSES = 10

export interface FixRunOptions {
  cwd: string
  automationPrincipalId?: string
  parameterPairs?: Array<{ template: string; parameters: string }>
  automationRoleId?: string
  automationDisplayName?: string
  dryRun: boolean
}

export interface AppliedFix {
  /** cwd-relative, forward slashes (as in findings). */
  file: string
  ruleId: string
  description: string
}

export interface FileChange {
  file: string
  absolute: string
  before: string
  after: string
  /** Set when the file could not be written (a link, not UTF-8, a write error): the change is not on disk. */
  error?: string
}

export interface FixRunResult {
  /** What remains after fixing (the findings of the last pass, with their own fixes and suggestions). */
  report: LintReport
  applied: AppliedFix[]
  changes: FileChange[]
  passes: number
}

interface Pending {
  ruleId: string
  fix: FindingFix
  edits: FindingFix['edits']
}

export async function runFix(patterns: string[], options: FixRunOptions): Promise<FixRunResult> {
  const cwd = path.resolve(options.cwd)
  const lintOptions: LintOptions = {
    cwd,
    automationPrincipalId: options.automationPrincipalId,
    parameterPairs: options.parameterPairs,
    fixes: { automationRoleId: options.automationRoleId, automationDisplayName: options.automationDisplayName }
  }
  const pairs = options.parameterPairs ?? []
  // Read and written through the same boundary as lint: the working directory plus the paths named outside it.
  const reading: ReadContext = {
    boundary: Boundary.create(cwd, [...patterns, ...pairs.flatMap((p) => [p.template, p.parameters])]),
    skips: new SkipLedger()
  }
  const boundary = reading.boundary!
  const plans = await discoverLintUnits(patterns, cwd, pairs, reading)
  /** Current full text (byte-order mark included) of every file a fix changed, by absolute path. */
  const texts = new Map<string, string>()
  const originals = new Map<string, string>()
  const refused = new Map<string, string>()
  const results: Array<LintUnitResult | null> = new Array(plans.length).fill(null)
  const kept: boolean[] = new Array(plans.length).fill(false)
  const applied: AppliedFix[] = []

  let dirty: Set<number> = new Set(plans.keys())
  let passes = 0
  for (;;) {
    lintPlans(plans, dirty, passes === 0, texts, kept, results, lintOptions, cwd, reading)
    if (passes >= MAX_PASSES) break
    // Fixes of this pass, by absolute file.
    const byFile = new Map<string, Pending[]>()
    for (const i of dirty) {
      for (const finding of results[i]?.findings ?? []) {
        if (!finding.fix) continue
        const file = path.resolve(cwd, finding.fix.file)
        if (refused.has(file)) continue
        let list = byFile.get(file)
        if (!list) byFile.set(file, (list = []))
        list.push({ ruleId: finding.ruleId, fix: finding.fix, edits: finding.fix.edits })
      }
    }
    const changed = new Set<string>()
    for (const [file, pending] of byFile) {
      let text = texts.get(file)
      if (text === undefined) {
        try {
          text = readTextForEdit(boundary, file)
        } catch (error) {
          refused.set(file, error instanceof FileRefusal ? error.message : `${file} could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
          continue
        }
        originals.set(file, text)
      }
      // Fix offsets count from after the byte-order mark, like the linted text.
      const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : ''
      const result = applyNonOverlapping(text.slice(bom.length), pending)
      if (result.applied.length === 0) continue
      texts.set(file, bom + result.text)
      changed.add(file)
      for (const p of result.applied) applied.push({ file: p.fix.file, ruleId: p.ruleId, description: p.fix.description })
    }
    if (changed.size === 0) break
    passes++
    dirty = new Set([...plans.keys()].filter((i) => kept[i] && (changed.has(plans[i]!.templatePath) || (plans[i]!.parametersPath !== null && changed.has(plans[i]!.parametersPath!)))))
  }

  const changes: FileChange[] = []
  for (const [absolute, after] of texts) {
    const before = originals.get(absolute)!
    if (before === after) continue
    changes.push({ file: relativeTo(cwd, absolute), absolute, before, after })
  }
  for (const [absolute, reason] of refused) changes.push({ file: relativeTo(cwd, absolute), absolute, before: '', after: '', error: reason })
  if (!options.dryRun) {
    for (const change of changes) {
      if (change.error) continue
      try {
        writeTextFile(boundary, change.absolute, change.after, { replace: true })
      } catch (error) {
        change.error = error instanceof FileRefusal ? error.message : `could not write ${change.file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`
      }
    }
  }
  const final = results.filter((r): r is LintUnitResult => r !== null)
  const report: LintReport = { results: final, summary: summarize(final), skippedFiles: reading.skips!.summary((file) => relativeTo(cwd, file)) }
  return { report, applied, changes, passes }
}

/** Lints the plans in `which`; the first pass reads from disk (and learns which plans are templates at all). */
function lintPlans(
  plans: LintUnitPlan[],
  which: Set<number>,
  first: boolean,
  texts: Map<string, string>,
  kept: boolean[],
  results: Array<LintUnitResult | null>,
  options: LintOptions,
  cwd: string,
  reading: ReadContext
): void {
  let previous: LintUnitInput | null = null
  // Each pass is one lint run: the same bound on evaluation as `lint`'s.
  const runBudget = new RunBudget(options.runSteps)
  for (const i of [...which].sort((a, b) => a - b)) {
    const plan = plans[i]!
    let input: LintUnitInput | null
    if (first) {
      input = readLintUnit(plan, previous, reading)
      kept[i] = input !== null
    } else {
      const template: ReadResult = previous && previous.templatePath === plan.templatePath ? previous.template : read(plan.templatePath, texts, reading)
      input = { ...plan, template, parameters: plan.parametersPath === null ? null : read(plan.parametersPath, texts, reading) }
    }
    if (!input) continue
    previous = input
    const unit = input
    results[i] = withUnitFiles([unit.template.file, unit.parameters?.file], () => lintUnit(unit, options, cwd, runBudget))
  }
}

function read(file: string, texts: Map<string, string>, reading: ReadContext): ReadResult {
  const text = texts.get(file)
  return text === undefined ? readJsonFile(file, reading.boundary ?? null) : parseJsonText(file, text, Buffer.byteLength(text, 'utf8'))
}

function relativeTo(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || path.basename(file)
}

/** Findings of a report that offer suggestions, or that could not be fixed (and why). */
export function leftForPeople(report: LintReport): { suggestions: Finding[]; unavailable: Finding[] } {
  const all = report.results.flatMap((r) => r.findings)
  return { suggestions: all.filter((f) => f.suggestions?.length), unavailable: all.filter((f) => f.fixUnavailable) }
}
