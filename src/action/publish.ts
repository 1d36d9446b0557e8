/** Where a run's results go besides annotations and the comment: job summary, SARIF file, step outputs. */
import * as core from '@actions/core'
import { writeFileInside, type Boundary } from '../shared/fs-boundary.js'
import { log } from './log.js'
import type { LintReport } from '../lint/types.js'
import { formatJson } from '../report/json.js'
import { formatSarif } from '../report/sarif.js'
import type { DeploymentResult } from '../report/model.js'
import type { AzureStepResult } from './azure.js'
import type { Verdict } from './result.js'

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.')
    return
  }
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    // The annotations and outputs carry the result; a summary that cannot be written must not hide it.
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * `sarif-file` is a path in the checkout, which a pull request controls: written through the boundary, so a committed
 * symlink there is replaced, never written through (it could point at the event payload or any file the runner owns).
 */
export async function writeSarif(report: LintReport, file: string, boundary: Boundary): Promise<string> {
  const target = writeFileInside(boundary, file, formatSarif(report, boundary.base))
  log.info(`SARIF written to ${target}`)
  return target
}

/** The `deployments` output's documented keys, nothing more (what-if changes stay in the summary). */
function deploymentOutput(d: DeploymentResult) {
  return {
    target: d.target,
    tenant: d.tenant,
    subscription: d.subscription,
    ...(d.managementGroup ? { managementGroup: d.managementGroup } : {}),
    deploymentName: d.deploymentName,
    status: d.status,
    error: d.error,
    durationMs: d.durationMs
  }
}

export function setOutputs(r: { verdict: Verdict; lint: LintReport | null; sarifPath: string; azure: AzureStepResult | undefined }): void {
  core.setOutput('result', r.verdict.result)
  core.setOutput('errors', String(r.lint?.summary.errors ?? 0))
  core.setOutput('warnings', String(r.lint?.summary.warnings ?? 0))
  // Byte for byte what `lighthouse-pec lint --format json` prints.
  core.setOutput('findings', r.lint ? formatJson(r.lint).trimEnd() : '')
  core.setOutput('sarif-file', r.sarifPath)
  core.setOutput('deployments', r.azure?.deployments ? JSON.stringify(r.azure.deployments.map(deploymentOutput)) : '')
  core.setOutput('partner-linked', r.azure?.partnerLinked ?? '')
  core.setOutput('pec-report', r.azure?.pecReport ? JSON.stringify(r.azure.pecReport.entries) : '')
  core.setOutput('pec-report-csv', r.azure?.pecReport?.csvPath ?? '')
}
