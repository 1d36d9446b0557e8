import { styleText } from 'node:util'
import type { Finding, LintReport } from '../lint/types.js'
import { describeSkips } from '../lint/read/skips.js'
import { inertLine, oneLineText } from './escape.js'

type Style = Parameters<typeof styleText>[0]

/** Text for people: grouped by file, coloured when the stream is a TTY (and NO_COLOR is not set). */
export function formatText(report: LintReport, options: { color: boolean }): string {
  const paint = (style: Style, text: string): string => (options.color ? styleText(style, text) : text)
  const lines: string[] = []
  for (const result of report.results) {
    const title = oneLineText(result.parameters ? `${result.template} + ${result.parameters}` : result.template)
    const verdict = result.pec === 'ok' ? paint('green', 'PEC ok') : result.pec === 'fail' ? paint('red', 'PEC at risk') : paint('gray', 'PEC unknown')
    lines.push(`${paint('underline', title)}  ${verdict}`)
    if (result.findings.length === 0) {
      lines.push(`  ${paint('green', 'no findings')}`)
    }
    const byFile = new Map<string, Finding[]>()
    for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])
    for (const [file, findings] of byFile) {
      if (file !== result.template || byFile.size > 1) lines.push(`  ${paint('dim', oneLineText(file))}`)
      for (const f of findings) {
        const level = f.level === 'error' ? paint('red', 'error  ') : f.level === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'note   ')
        lines.push(`    ${paint('dim', `${f.line}:${f.column}`.padEnd(8))} ${level} ${oneLineText(f.message)}  ${paint('dim', oneLineText(f.ruleId))}`)
      }
    }
    lines.push('')
  }
  const { templates, errors, warnings, notes } = report.summary
  const total = `${templates} template${templates === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${notes} note${notes === 1 ? '' : 's'}`
  lines.push(errors > 0 ? paint('red', `✖ ${total}`) : paint('green', `✔ ${total}`))
  // Nothing skipped silently: the counts by reason, and the paths that need a look.
  const skipped = describeSkips(report.skippedFiles)
  if (skipped) lines.push(paint('dim', skipped))
  else if (report.skipped) lines.push(paint('dim', `${report.skipped} unchanged template(s) skipped`))
  for (const { file, reason } of report.skippedFiles?.files ?? []) lines.push(paint('dim', `  skipped ${oneLineText(file)}: ${reason}`))
  const fixable = report.results.reduce((n, r) => n + r.findings.filter((f) => f.fix).length, 0)
  if (fixable > 0) lines.push(paint('dim', `${fixable} finding(s) fixable with \`lighthouse-pec fix\` (--dry-run shows the diff)`))
  // A step that prints this report must not run a file name or message as a workflow command.
  return `${lines.map(inertLine).join('\n')}\n`
}
