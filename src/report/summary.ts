/** The job summary: verdicts first, then every finding (GitHub caps a step's summary at 1 MiB). */
import type { RunReport } from './model.js'
import { describeSkips, SKIP_REASON_TEXT } from '../lint/read/skips.js'
import { escapeMarkdown } from './escape.js'
import {
  FINDINGS_HEADER,
  allFindings,
  cutBalanced,
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
import { fixesSection } from './fixes.js'

/** 1 MiB minus headroom for what GitHub or other steps append. */
export const SUMMARY_BYTE_LIMIT = 1024 * 1024 - 16 * 1024

/** The verdict sections may use this share of the budget; the findings table gets the rest. */
const HEAD_SHARE = 0.75

export function renderSummary(run: RunReport, ctx: RenderContext, limit = SUMMARY_BYTE_LIMIT): string {
  const sections = (detailLimit: number): string =>
    joinSections([
      heading(run, ctx),
      lintVerdict(run, ctx),
      fixesSection(run, ctx),
      skippedSection(run),
      partnerSection(run.partner),
      roleChecksSection(run.roleChecks),
      deploymentsSection(run.deployments, { detailLimit }),
      auditSection(run.audit),
      ctx.pecReportMarkdown ?? ''
    ])
  // GitHub drops a summary over 1 MiB entirely: fold what-if details away first, then cut the tables.
  const headLimit = Math.floor(limit * HEAD_SHARE)
  let head = sections(200)
  if (Buffer.byteLength(head) > headLimit) head = sections(0)
  if (Buffer.byteLength(head) > headLimit) {
    const note = '\n\n…(cut at GitHub\'s 1 MiB job summary limit; the `findings`, `deployments`, `pec-report` and `pec-report-csv` outputs have everything)\n'
    head = cutToBytes(head, headLimit - Buffer.byteLength(note)) + note
  }
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

/**
 * What lint found but did not check, and why (nothing skipped silently); the paths that need a look are listed.
 * `unchanged` is left to the verdict section, which already says it in its own words.
 */
export function skippedSection(run: RunReport): string {
  const skipped = run.lint?.skippedFiles
  const line = describeSkips(skipped, ['unchanged'])
  if (!skipped || !line) return ''
  const listed = skipped.files.filter((f) => f.reason !== 'unchanged')
  return [`${escapeMarkdown(line)}.`, ...(listed.length ? ['', ...listed.map((f) => `- ${escapeMarkdown(f.file)}: ${SKIP_REASON_TEXT[f.reason]}`)] : [])].join('\n')
}

function cutToBytes(text: string, maxBytes: number): string {
  let chars = Math.floor((maxBytes * text.length) / Math.max(1, Buffer.byteLength(text)))
  let cut = cutBalanced(text, chars)
  while (chars > 0 && Buffer.byteLength(cut) > maxBytes) {
    chars = Math.floor(chars * 0.9)
    cut = cutBalanced(text, chars)
  }
  return cut
}
