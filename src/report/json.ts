import type { FindingFix, LintReport } from '../lint/types.js'
import { inertJson } from './escape.js'

/**
 * The public JSON shape (issue contract): results[] with template, parameters and findings (ruleId, level, message,
 * file, line, column, and when there is one `fix` {file, description, edits[{offset, length, content}]} and
 * `suggestions` [same shape, never applied]), summary {templates, errors, warnings, notes}, then (added later; fields
 * are only ever added) skipped {count, reasons, files}: what was found but not linted, and why. In this key order.
 */
export function toJsonReport(report: LintReport): object {
  return {
    results: report.results.map((r) => ({
      template: r.template,
      parameters: r.parameters,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        level: f.level,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.fix ? { fix: fixJson(f.fix) } : {}),
        ...(f.suggestions?.length ? { suggestions: f.suggestions.map(fixJson) } : {})
      }))
    })),
    summary: {
      templates: report.summary.templates,
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notes: report.summary.notes
    },
    skipped: {
      count: report.skippedFiles?.count ?? 0,
      reasons: { ...report.skippedFiles?.reasons },
      files: (report.skippedFiles?.files ?? []).map((f) => ({ file: f.file, reason: f.reason }))
    }
  }
}

function fixJson(fix: FindingFix): FindingFix {
  return { file: fix.file, description: fix.description, edits: fix.edits.map((e) => ({ offset: e.offset, length: e.length, content: e.content })) }
}

export function formatJson(report: LintReport): string {
  return `${inertJson(JSON.stringify(toJsonReport(report), null, 2))}\n`
}
