/** `lighthouse-pec fix`: the CLI side of src/fix/run.ts (arguments, output, exit code). */
import { parseArgs } from 'node:util'
import { UsageError } from '../lint/errors.js'
import type { Finding } from '../lint/types.js'
import { toJsonReport } from '../report/json.js'
import { formatText } from '../report/text.js'
import { randomBytes } from 'node:crypto'
import { inertJson, inertLine, oneLineText } from '../report/escape.js'
import { reachesFailOn, type FailOn } from '../report/fail-on.js'
import { isGuid } from '../shared/ids.js'
import { resolveAutomationRole } from '../fix/automation-role.js'
import { DEFAULT_AUTOMATION_DISPLAY_NAME } from '../fix/fixer.js'
import { leftForPeople, runFix, type FixRunResult } from '../fix/run.js'
import type { CliIo } from './run.js'

export const FIX_USAGE = `Usage: lighthouse-pec fix [PATH...] [options]

Applies the safe fixes to Azure Lighthouse onboarding templates in the file where each value is written (the
parameters file when the authorizations come from it), keeping comments, order, indentation and line endings, then
reports what remains. Changes that alter who may do what (Owner, roles with DataActions) are only suggested.

Options:
  --automation-principal-id GUID  Object ID of the Provider Automation Account (needed for the PEC fixes)
  --automation-role ROLE          Role (GUID or exact name) granted when the account holds no usable PEC-eligible
                                  role; must be PEC-eligible and usable in Lighthouse
                                  (default: Support Request Contributor, cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e)
  --automation-display-name NAME  principalIdDisplayName for the account when no template names it
                                  (default: '${DEFAULT_AUTOMATION_DISPLAY_NAME}')
  --parameters FILE | TEMPLATE=FILE   As for lint
  --dry-run                       Print a unified diff (stdout) and change nothing; the report goes to stderr
  --format text|json              Report format (default: text)
  --fail-on error|warning|never   Exit 1 when what remains reaches this level (default: error)
  --no-color                      Plain text even on a terminal

Exit codes: 0 nothing left reaches --fail-on, 1 something does (or a fix could not be written), 2 usage error.
`

export async function runFixCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'automation-principal-id': { type: 'string' },
        'automation-role': { type: 'string' },
        'automation-display-name': { type: 'string' },
        parameters: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${FIX_USAGE}`)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout.write(FIX_USAGE)
    return 0
  }
  const format = values.format!
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, not '${format}'.`)
  const failOn = values['fail-on']! as FailOn
  if (!['error', 'warning', 'never'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning or never, not '${failOn}'.`)
  const principal = values['automation-principal-id']
  if (principal !== undefined && !isGuid(principal.trim())) {
    throw new UsageError(`--automation-principal-id must be a GUID (the service principal's object ID), not '${principal}'.`)
  }
  const role = resolveAutomationRole(values['automation-role'])
  const displayName = values['automation-display-name']?.trim()
  if (values['automation-display-name'] !== undefined && !displayName) throw new UsageError('--automation-display-name must not be empty.')
  const patterns = positionals.length > 0 ? positionals : ['.']
  const parameterPairs = (values.parameters ?? []).map((value) => {
    const eq = value.indexOf('=')
    if (eq > 0) return { template: value.slice(0, eq), parameters: value.slice(eq + 1) }
    if (patterns.length !== 1) throw new UsageError(`--parameters ${value}: with several PATHs, write --parameters TEMPLATE=FILE.`)
    return { template: patterns[0]!, parameters: value }
  })

  const dryRun = values['dry-run']!
  const result = await runFix(patterns, {
    cwd: io.cwd,
    automationPrincipalId: principal?.trim().toLowerCase(),
    parameterPairs,
    automationRoleId: role.id,
    automationDisplayName: displayName,
    dryRun
  })
  const report = io.stdout
  const reportStream = dryRun && format === 'text' ? io.stderr : report
  if (dryRun) {
    const { unifiedDiff } = await import('../fix/diff.js')
    const diff = result.changes.filter((c) => !c.error).map((c) => unifiedDiff(c.file, c.before, c.after)).join('')
    if (format === 'json') {
      io.stdout.write(`${inertJson(JSON.stringify({ ...fixJson(result, dryRun), diff }, null, 2))}\n`)
    } else {
      io.stdout.write(inertDiff(diff))
      reportStream.write(fixText(result, dryRun, false))
    }
  } else if (format === 'json') {
    io.stdout.write(`${inertJson(JSON.stringify(fixJson(result, dryRun), null, 2))}\n`)
  } else {
    const color = !values['no-color'] && !!(reportStream as { isTTY?: boolean }).isTTY && !process.env.NO_COLOR
    reportStream.write(fixText(result, dryRun, color))
  }
  const unwritten = result.changes.some((c) => c.error)
  return reachesFailOn(result.report.summary, failOn) || unwritten ? 1 : 0
}

function fixJson(result: FixRunResult, dryRun: boolean): object {
  return {
    ...toJsonReport(result.report),
    dryRun,
    applied: result.applied,
    files: result.changes.map((c) => ({ file: c.file, written: !dryRun && !c.error, ...(c.error ? { error: c.error } : {}) }))
  }
}

function fixText(result: FixRunResult, dryRun: boolean, color: boolean): string {
  const lines: string[] = []
  const verb = dryRun ? 'Would fix' : 'Fixed'
  const files = new Set(result.applied.map((a) => a.file))
  if (result.applied.length === 0) lines.push('Nothing to fix automatically.')
  else lines.push(`${verb} ${result.applied.length} problem(s) in ${files.size} file(s):`)
  for (const a of result.applied) lines.push(`  ${oneLineText(a.file)}  ${a.ruleId}  ${oneLineText(a.description)}`)
  for (const c of result.changes.filter((x) => x.error)) lines.push(`  not written: ${oneLineText(c.error)}`)
  const { suggestions, unavailable } = leftForPeople(result.report)
  if (suggestions.length > 0) {
    lines.push('', 'Suggestions, not applied (they change who may do what: a person decides):')
    for (const f of suggestions) for (const s of f.suggestions!) lines.push(`  ${where(f)}  ${f.ruleId}  ${oneLineText(s.description)}`)
  }
  if (unavailable.length > 0) {
    lines.push('', 'Not fixed (no safe edit):')
    for (const f of unavailable) lines.push(`  ${where(f)}  ${f.ruleId}  ${oneLineText(f.fixUnavailable)}`)
  }
  lines.push('', dryRun ? 'What would remain:' : 'What remains:', '')
  // File names and descriptions quote the files: a name like `::error::x.json` must not start a workflow command.
  return `${lines.map(inertLine).join('\n')}\n${formatText(result.report, { color })}`
}

/**
 * The diff quotes the files' lines as they are (` ::error::…` from a comment is a command once the runner trims the
 * space) and must stay exact for `git apply`: on GitHub Actions it is printed between `::stop-commands::` and its
 * one-time token, the runner's own way to print untrusted text verbatim (git apply and patch skip both lines).
 */
function inertDiff(diff: string): string {
  if (!diff || process.env.GITHUB_ACTIONS !== 'true') return diff
  let token: string
  do token = `lighthouse-pec-${randomBytes(16).toString('hex')}`
  while (diff.includes(token))
  return `::stop-commands::${token}\n${diff}${diff.endsWith('\n') ? '' : '\n'}::${token}::\n`
}

function where(f: Finding): string {
  return `${oneLineText(f.file)}:${f.line}:${f.column}`
}
