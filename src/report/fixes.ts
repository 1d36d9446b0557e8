/** The job summary's list of fixes: what `lighthouse-pec fix` would change, and what became PR suggestions. */
import type { RunReport } from './model.js'
import { workspaceRelative } from './annotations.js'
import { clip, escapeMarkdown as esc } from './escape.js'
import type { RenderContext } from './markdown.js'

/** The section stays small: the JSON output and SARIF carry every fix with its edits. */
const MAX_ROWS = 100

export function fixesSection(run: RunReport, ctx: RenderContext): string {
  const findings = run.lint?.results.flatMap((r) => r.findings) ?? []
  const fixable = findings.filter((f) => f.fix)
  const suggested = findings.filter((f) => f.suggestions?.length)
  if (fixable.length === 0 && suggested.length === 0) return ''
  const lines = ['### Fixes', '']
  if (fixable.length > 0) {
    lines.push(`${fixable.length} finding(s) have a safe fix: run \`lighthouse-pec fix\` (add \`--dry-run\` to see the diff first).`)
  }
  const s = ctx.suggestions
  if (s) {
    const posted = s.created + s.updated + s.unchanged
    lines.push(
      `${posted} fix(es) are one-click suggestions on the pull request${s.outside ? `; ${s.outside} touch lines outside its diff and are listed here only` : ''}${s.capped ? `; ${s.capped} more were not posted (at most 50 per run)` : ''}.`
    )
  }
  lines.push('', '| File | Line | Rule | Fix |', '|---|--:|---|---|')
  const rows = [
    ...fixable.map((f) => ({ f, text: f.fix!.description })),
    ...suggested.flatMap((f) => f.suggestions!.map((x) => ({ f, text: `Suggestion (a person decides): ${x.description}` })))
  ]
  for (const { f, text } of rows.slice(0, MAX_ROWS)) {
    lines.push(`| ${esc(workspaceRelative(f.file, ctx.workspace))} | ${f.line} | \`${f.ruleId.replace(/[^a-z0-9-]/g, '')}\` | ${esc(clip(text, 500))} |`)
  }
  if (rows.length > MAX_ROWS) lines.push('', `${rows.length - MAX_ROWS} more: see the \`findings\` output or the SARIF file.`)
  return lines.join('\n')
}
