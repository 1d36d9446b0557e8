/**
 * The lint engine's data model. Data flows one way:
 * read (files → located JSON) → resolve (ARM expressions → delegations) → check (rules → findings) → report.
 */

import type { Boundary } from '../shared/fs-boundary.js'
import type { SkippedFiles } from './read/skips.js'

export type Level = 'error' | 'warning' | 'note'

/** A 1-based position in a file; `file` is the path as given to the engine (absolute or cwd-relative). */
export interface SourceLocation {
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** One finding, exactly the shape of the JSON output (`file` made cwd-relative by the reporters). */
export interface Finding {
  ruleId: string
  level: Level
  message: string
  file: string
  line: number
  column: number
  /** The safe, mechanical fix (`lighthouse-pec fix` applies it); absent when the rule has none for this finding. */
  fix?: FindingFix
  /** Changes a person must decide on (they change who may do what): offered, never applied. */
  suggestions?: FindingFix[]
  /** Why a fixable finding has no fix here (e.g. the value is built by an expression). Not part of the JSON output. */
  fixUnavailable?: string
}

/**
 * Text edits to one file, in the spirit of ESLint's `fix: {range, text}`: `offset`/`length` count UTF-16 code units of
 * the file's text after any UTF-8 byte-order mark; edits of one fix never overlap.
 */
export interface FindingFix {
  file: string
  description: string
  edits: TextEdit[]
}

export interface TextEdit {
  offset: number
  length: number
  content: string
}

/** One lint unit: a template and the parameters file it was paired with (or null). */
export interface LintUnitResult {
  template: string
  parameters: string | null
  findings: Finding[]
  /** What the resolver found, for reporters (PR comment verdicts) and for the deployer. Not part of the JSON output. */
  delegations?: DelegationSummary[]
  /** PEC verdict for this unit: 'ok' when no pec-* error was reported. */
  pec?: 'ok' | 'fail' | 'unknown'
}

export interface DelegationSummary {
  offerName: string | null
  managedByTenantId: string | null
  authorizations: Array<{ principalId: string | null; principalIdDisplayName: string | null; roleDefinitionId: string | null; roleName: string | null; eligible: boolean }>
}

export interface LintSummary {
  templates: number
  errors: number
  warnings: number
  notes: number
}

export interface LintReport {
  results: LintUnitResult[]
  summary: LintSummary
  /** Units left out by `changedFiles` (not part of the JSON output). */
  skipped?: number
  /** Everything found but not linted, and why (the JSON output's `skipped`): nothing is skipped silently. */
  skippedFiles?: SkippedFiles
}

export interface LintOptions {
  /** GUID of the Provider Automation Account; compared case-insensitively. */
  automationPrincipalId?: string
  /** Explicit template → parameters pairs (absolute or cwd-relative paths). Overrides the naming convention. */
  parameterPairs?: Array<{ template: string; parameters: string }>
  /** Working directory for relative paths in output and for resolving patterns. */
  cwd?: string
  /**
   * When set (only-changed on pull requests): keep only the lint units whose template or parameters file is in this
   * list (absolute or cwd-relative paths); the others are counted in `LintReport.skipped`.
   */
  changedFiles?: string[]
  /**
   * Fixes on findings (src/fix/): on unless `false`. `automationRoleId` is the role the PEC fixes grant the automation
   * principal when it holds no usable PEC-eligible role (default Support Request Contributor); `automationDisplayName`
   * the name they give it when the template names it nowhere.
   */
  fixes?: false | { automationRoleId?: string; automationDisplayName?: string }
  /**
   * Where files may be read from (src/shared/fs-boundary.ts). Default: `cwd` plus the patterns and pairs named outside
   * it; a file that resolves elsewhere (a symlink) or is not a regular file is refused.
   */
  boundary?: Boundary
  /**
   * `LintUnitResult.delegations`, for the reporters and the deployer: on unless `false` (the CLI's formats never show
   * them, and summarising 20,000 authorizations is not free).
   */
  delegations?: false
  /**
   * Evaluation steps the whole run may spend, all templates together (src/lint/arm/budget.ts RunBudget; default
   * 100,000,000). Templates after it is spent are still reported, with a warning that they were not evaluated.
   */
  runSteps?: number
  /** Told how many lint units were found, before the first is read (the CLI tunes V8 for long runs: src/cli/tiering.ts). */
  onPlanned?: (units: number) => void
}

/**
 * Lint entry point contract (src/lint/engine.ts):
 *   lint(patterns: string[], options?: LintOptions): Promise<LintReport>
 * `patterns` are files, folders (searched for *.json / *.jsonc, skipping node_modules and .git) or glob patterns.
 * A path that does not exist rejects with `UsageError` (src/lint/errors.ts): the CLI exits 2, the action fails with its message.
 */
