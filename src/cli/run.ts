import { parseArgs } from 'node:util'
import { lint } from '../lint/engine.js'
import { UsageError } from '../lint/errors.js'
import type { LintReport } from '../lint/types.js'
import { formatJson } from '../report/json.js'
import { formatText } from '../report/text.js'
import { reachesFailOn, type FailOn } from '../report/fail-on.js'
import { isGuid } from '../shared/ids.js'
import { Boundary, BoundaryError, writeFileInside } from '../shared/fs-boundary.js'
import { logLine } from '../report/escape.js'
import { ONE_PASS_TUNING_MIN_UNITS, tuneForOnePass } from './tiering.js'

export const USAGE = `Usage: lighthouse-pec lint [PATH...] [options]
       lighthouse-pec fix [PATH...] [options]      (lighthouse-pec fix --help)
       lighthouse-pec init --managing-tenant-id GUID --automation-principal-id GUID --offer-name NAME [options]

Lints Azure Lighthouse onboarding templates (and their parameters files) for partner earned credit (PEC)
and for the rules Azure Lighthouse enforces. PATHs are files, folders or glob patterns (default: .).

Options:
  --automation-principal-id GUID  Object ID of the Provider Automation Account that must hold a permanent
                                  PEC-eligible role in every delegation
  --parameters FILE               Parameters file for the single template PATH given
  --parameters TEMPLATE=FILE      Explicit pair (repeatable); overrides the X.parameters.json convention
  --format text|json|sarif        Output format (default: text)
  --output FILE                   Write the report to FILE instead of stdout
  --fail-on error|warning|never   Exit 1 when a finding reaches this level (default: error)
  --no-color                      Plain text even on a terminal
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage error or missing path.
Files are read only inside the working directory and the PATHs given outside it: a symbolic link that leads
elsewhere, a FIFO or a device is not read (a file-not-read finding, or counted as skipped by a folder search).
`

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream
  cwd: string
}


export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    // `fix` and `init` have their own options (src/cli/fix.ts, src/cli/init.ts), and their own chunks: a lint run,
    // where start-up is a large share of the time, never parses their code.
    if (argv[0] === 'fix') return await (await import('./fix.js')).runFixCommand(argv.slice(1), io)
    if (argv[0] === 'init') return await (await import('./init.js')).runInitCommand(argv.slice(1), io)
    return await runLint(argv, io)
  } catch (error) {
    // Messages may quote paths and file text: one inert line each (a workflow step's log reads stderr too).
    if (error instanceof UsageError || error instanceof BoundaryError) {
      io.stderr.write(`${error.message.split('\n').map((line, i) => (i === 0 ? logLine(`lighthouse-pec: ${line}`) : logLine(line))).join('\n')}\n`)
      return 2
    }
    io.stderr.write(`${logLine(`lighthouse-pec: unexpected failure: ${error instanceof Error ? error.message : String(error)}`)}\n`)
    return 2
  }
}

async function runLint(argv: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'automation-principal-id': { type: 'string' },
        parameters: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false }
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    io.stdout.write('1.0.0\n')
    return 0
  }
  const [command, ...paths] = positionals
  if (command !== 'lint') throw new UsageError(command ? `Unknown command '${command}'.\n\n${USAGE}` : `Missing command.\n\n${USAGE}`)
  const format = values.format!
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'.`)
  const failOn = values['fail-on']! as FailOn
  if (!['error', 'warning', 'never'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning or never, not '${failOn}'.`)
  const principal = values['automation-principal-id']
  if (principal !== undefined && !isGuid(principal.trim())) {
    throw new UsageError(`--automation-principal-id must be a GUID (the service principal's object ID), not '${principal}'.`)
  }
  const patterns = paths.length > 0 ? paths : ['.']
  const parameterPairs = (values.parameters ?? []).map((value) => {
    const eq = value.indexOf('=')
    if (eq > 0) return { template: value.slice(0, eq), parameters: value.slice(eq + 1) }
    if (patterns.length !== 1) throw new UsageError(`--parameters ${value}: with several PATHs, write --parameters TEMPLATE=FILE.`)
    return { template: patterns[0], parameters: value }
  })

  // The working directory plus what the arguments name outside it (see docs/SECURITY.md).
  // --output joins for writing only: `--output /tmp/x.json` must not make /tmp readable through a symlink.
  const boundary = Boundary.create(io.cwd, [...patterns, ...parameterPairs.flatMap((p) => [p.template, p.parameters])], [values.output ?? ''])
  const onPlanned = (units: number): void => {
    if (units >= ONE_PASS_TUNING_MIN_UNITS) tuneForOnePass()
  }
  const report = await lint(patterns, { cwd: io.cwd, automationPrincipalId: principal?.trim(), parameterPairs, boundary, onPlanned, delegations: false })
  const color = format === 'text' && !values.output && !values['no-color'] && !!io.stdout.isTTY && !process.env.NO_COLOR
  const body = await render(report, format, color, io.cwd)
  if (values.output) {
    // Never through a symlink or into a device: a regular file, created beside and renamed into place.
    writeFileInside(boundary, values.output, body)
  } else {
    io.stdout.write(body)
  }
  return reachesFailOn(report.summary, failOn) ? 1 : 0
}

async function render(report: LintReport, format: string, color: boolean, cwd: string): Promise<string> {
  if (format === 'json') return formatJson(report)
  if (format === 'sarif') return (await import('../report/sarif.js')).formatSarif(report, cwd)
  return formatText(report, { color })
}
