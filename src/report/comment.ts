/**
 * The sticky PR comment's body: the hidden marker (how the next run finds it), verdicts first, details folded, and
 * never more than GitHub's 65,536 characters — past that, a pointer to the job summary.
 */
import type { RunReport } from './model.js'
import {
  FINDINGS_HEADER,
  MARKER,
  allFindings,
  auditSection,
  deploymentsSection,
  findingRow,
  heading,
  joinSections,
  lintVerdict,
  partnerSection,
  roleChecksSection,
  cutBalanced,
  type RenderContext
} from './markdown.js'

export { MARKER }
export const COMMENT_CHAR_LIMIT = 65_536

export function renderComment(run: RunReport, ctx: RenderContext, limit = COMMENT_CHAR_LIMIT): string {
  const pointer = ctx.runUrl ? `[job summary](${ctx.runUrl})` : 'job summary'
  const footer = `\n<sub>Full details in the ${pointer}.</sub>\n`
  const verdict = joinSections([
    ctx.marker ?? MARKER,
    heading(run, ctx),
    lintVerdict(run, ctx),
    partnerSection(run.partner),
    roleChecksSection(run.roleChecks),
    deploymentsSection(run.deployments, { detailLimit: 20 })
  ])
  // Audit and PEC-report tables are long and rarely relevant on a PR: fold them.
  const audit = auditSection(run.audit)
  const folded = [
    audit ? `<details><summary>Audit</summary>\n\n${audit}\n\n</details>\n` : '',
    ctx.pecReportMarkdown ? `<details><summary>PEC report</summary>\n\n${ctx.pecReportMarkdown}\n\n</details>\n` : ''
  ].join('\n')
  const findings = allFindings(run, ctx)
  const truncatedNote = (n: number) => `\n${n} more finding(s) not shown here: see the ${pointer}.\n`
  // Reserve room for the closing tags and the notes so the cut never overshoots.
  const reserve = footer.length + truncatedNote(findings.length).length + 200
  let body = verdict
  if (body.length + folded.length + reserve <= limit) body += folded
  if (findings.length > 0) {
    const open = `\n<details><summary>Findings (${findings.length})</summary>\n\n${FINDINGS_HEADER}\n`
    const close = '\n</details>\n'
    let rows = ''
    let shown = 0
    if (body.length + open.length + close.length + reserve <= limit) {
      for (const f of findings) {
        const row = `${findingRow(f, ctx)}\n`
        if (body.length + open.length + rows.length + row.length + close.length + reserve > limit) break
        rows += row
        shown++
      }
      body += open + rows + close
    }
    if (shown < findings.length) body += truncatedNote(findings.length - shown)
  }
  body += footer
  if (body.length > limit) {
    // Only a pathological verdict section (thousands of templates) gets here: cut it hard but keep the marker.
    body = `${cutBalanced(body, limit - footer.length - 40)}\n\n…(cut)\n${footer}`
  }
  return body
}
