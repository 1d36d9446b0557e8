import type { FindingFix, LintReport } from '../lint/types.js'

/**
 * The public JSON shape (issue contract): results[] with template, parameters and findings (ruleId, level, message,
 * file, line, column, and when there is one `fix` {file, description, edits[{offset, length, content}]} and
 * `suggestions` [same shape, never applied]), and summary {templates, errors, warnings, notes}. Nothing else, in this
 * key order.
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
    }
  }
}

function fixJson(fix: FindingFix): FindingFix {
  return { file: fix.file, description: fix.description, edits: fix.edits.map((e) => ({ offset: e.offset, length: e.length, content: e.content })) }
}

export function formatJson(report: LintReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`
}
