/** The job summary: verdicts first, then every finding (GitHub caps a step's summary at 1 MiB). */
import type { RunReport } from './model.js'
import {
  FINDINGS_HEADER,
  allFindings,
  annotationsNote,
  auditSection,
  deploymentsSection,
  findingRow,
  heading,
  joinSections,
  lintVerdict,
  partnerSection,
  roleChecksSection,
  type RenderContext
} from './markdown.js'

/** 1 MiB minus headroom for what GitHub or other steps append. */
export const SUMMARY_BYTE_LIMIT = 1024 * 1024 - 16 * 1024

export function renderSummary(run: RunReport, ctx: RenderContext, limit = SUMMARY_BYTE_LIMIT): string {
  const head = joinSections([
    heading(run, ctx),
    lintVerdict(run, ctx),
    partnerSection(run.partner),
    roleChecksSection(run.roleChecks),
    deploymentsSection(run.deployments, { detailLimit: 200 }),
    auditSection(run.audit),
    ctx.pecReportMarkdown ?? ''
  ])
  const findings = allFindings(run, ctx)
  if (findings.length === 0) return head
  const note = annotationsNote(ctx)
  const title = `### Findings (${findings.length})\n\n${note ? `${note}\n\n` : ''}${FINDINGS_HEADER}\n`
  let size = Buffer.byteLength(head) + Buffer.byteLength(title) + 400
  const rows: string[] = []
  for (const f of findings) {
    const row = `${findingRow(f, ctx)}\n`
    const bytes = Buffer.byteLength(row)
    if (size + bytes > limit) break
    size += bytes
    rows.push(row)
  }
  const cut = findings.length - rows.length
  const tail = cut > 0 ? `\n${cut} more finding(s) did not fit in the job summary; the \`findings\` output and the SARIF file have them all.\n` : ''
  return `${head}\n${title}${rows.join('')}${tail}`
}
