/**
 * The action: inputs → plan (gate) → lint → Azure / billing (loaded only when the mode needs them) → one RunReport
 * → annotations, comment, job summary, SARIF, outputs → pass or fail.
 */
import * as core from '@actions/core'
import { lint } from './lint/engine.js'
import type { LintReport } from './lint/types.js'
import type { RunReport } from './report/model.js'
import { emitAnnotations, planAnnotations, type Annotation } from './report/annotations.js'
import { renderSummary } from './report/summary.js'
import { renderComment } from './report/comment.js'
import { markerFor } from './report/markdown.js'
import type { RenderContext } from './report/markdown.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { planAfterLint, planRun, type Plan } from './action/gate.js'
import { decideVerdict } from './action/result.js'
import { ruleRankInfo } from './action/rank.js'
import { readRunContext, repoUrl, runUrl, type RunContext } from './github/context.js'
import { createOctokit, describeApiError, type Octokit } from './github/octokit.js'
import { listChangedFiles } from './github/changed-files.js'
import { upsertStickyComment } from './github/comment.js'
import { syncSuggestions } from './github/suggestions.js'
import { runAzureStep, runPecReportStep, type AzureStepResult } from './action/azure.js'
import { setOutputs, writeSarif, writeSummary } from './action/publish.js'
import { log } from './action/log.js'
import { Boundary, BoundaryError } from './shared/fs-boundary.js'

export async function run(): Promise<void> {
  try {
    await runAction()
  } catch (error) {
    // People see one clear sentence; the stack is for `ACTIONS_STEP_DEBUG`.
    const err = error instanceof Error ? error : new Error(String(error))
    core.debug(err.stack ?? err.message)
    core.setFailed(err.name === 'InputError' || err.name === 'UsageError' ? err.message : `Lighthouse PEC Guard failed: ${err.message}`)
  }
}

async function runAction(): Promise<void> {
  // Mask before anything else can print them (including a validation error), raw and as trimmed by getInput.
  for (const name of ['client-secret', 'github-token']) {
    const raw = core.getInput(name, { trimWhitespace: false })
    for (const value of new Set([raw, raw.trim()])) if (value.trim()) core.setSecret(value)
  }
  const inputs = readInputs((name) => core.getInput(name))

  const ctx = readRunContext()
  if (ctx.payloadProblem) log.debug(`event payload: ${ctx.payloadProblem}`)
  // The one file-system boundary of the run: the workspace, plus the paths the workflow names outside it.
  const boundary = Boundary.create(ctx.workspace, namedPaths(inputs), [inputs.sarifFile, inputs.csvFile])
  let plan = planRun({
    mode: inputs.mode,
    eventName: ctx.eventName,
    ref: ctx.ref,
    pullRequest: ctx.pullRequest !== null,
    isFork: ctx.isFork,
    actor: ctx.actor,
    allowedRefs: inputs.allowedRefs,
    comment: inputs.comment,
    suggestions: inputs.suggestions,
    onlyChanged: inputs.onlyChanged,
    hasToken: inputs.githubToken !== '',
    linkPartner: inputs.linkPartner,
    partnerCheck: inputs.partnerId !== '',
    trigger: ctx.trigger,
    unprovenPayload: ctx.payloadProblem
  })
  const notices = [...plan.notices]
  core.debug(`plan: ${JSON.stringify({ ...plan, notices: undefined })}`)

  let octokit: Octokit | undefined
  const github = async (): Promise<Octokit> => (octokit ??= await createOctokit(inputs.githubToken, ctx.apiUrl))

  const changedFiles = plan.onlyChanged ? await changedFilesOrAll(github, ctx, notices) : undefined

  let lintReport: LintReport | null = null
  if (plan.lint) {
    lintReport = await core.group('Lint', async () => {
      const report = await lint(inputs.templates, {
        automationPrincipalId: inputs.automationPrincipalId,
        parameterPairs: inputs.parameterPairs,
        cwd: ctx.workspace,
        changedFiles,
        boundary
      })
      log.info(
        `${report.summary.templates} template(s): ${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.notes} note(s)`
      )
      return report
    })
    plan = planAfterLint(plan, lintReport.summary.errors)
    for (const n of plan.notices) if (!notices.includes(n)) notices.push(n)
  }

  // Written before the verdict: a SARIF file that cannot be written fails the run like any other result, instead of
  // an exception that would lose the summary and every output.
  let sarifPath = ''
  let sarifFailure: string | undefined
  if (lintReport && inputs.sarifFile) {
    try {
      sarifPath = await writeSarif(lintReport, inputs.sarifFile, boundary)
    } catch (error) {
      const reason = error instanceof BoundaryError ? error.detail : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)
      sarifFailure = `could not write the SARIF file '${inputs.sarifFile}' (${reason}); check the sarif-file input`
    }
  }

  const azure = plan.azure ? await runAzureSide(inputs, plan, ctx, lintReport, boundary) : undefined
  if (azure) notices.push(...azure.notices)

  const report: RunReport = {
    mode: plan.mode,
    lint: lintReport,
    skippedTemplates: lintReport?.skipped,
    deployments: azure?.deployments,
    partner: azure?.partner,
    audit: azure?.audit,
    roleChecks: azure?.roleChecks,
    pecReport: azure?.pecReport?.entries,
    notices
  }
  const verdict = decideVerdict({
    lint: lintReport,
    failOn: inputs.failOn,
    azureFailed: azure?.failed ?? false,
    azureReason: azure?.failureReason,
    deployments: azure?.deployments,
    lostCredit: azure?.pecReport?.lostCredit,
    failOnMissingPec: inputs.failOnMissingPec,
    deployRefused: plan.deployRefused,
    reportFailure: sarifFailure
  })

  const rankInfo = ruleRankInfo()
  const renderCtx: RenderContext = {
    workspace: ctx.workspace,
    rankInfo,
    result: verdict.result,
    failure: verdict.message,
    repoUrl: repoUrl(ctx),
    sha: ctx.pullRequest?.headSha ?? ctx.sha,
    runUrl: runUrl(ctx),
    pecReportMarkdown: azure?.pecReport?.markdown,
    marker: markerFor(inputs.commentKey)
  }

  // Before the comment and summary, which say how many fixes became one-click suggestions.
  if (plan.suggestions && ctx.pullRequest?.headSha && lintReport) {
    try {
      const result = await syncSuggestions(
        await github(),
        { owner: ctx.owner, repo: ctx.repo, pullNumber: ctx.pullRequest.number, headSha: ctx.pullRequest.headSha, key: inputs.commentKey },
        lintReport,
        ctx.workspace
      )
      renderCtx.suggestions = result
      core.info(`Suggested fixes: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.deleted} removed, ${result.outside} outside the diff.`)
    } catch (error) {
      notices.push(`Could not post the suggested fixes (${describeApiError(error)}); the fixes are listed in the job summary.`)
    }
  }

  if (plan.comment && ctx.pullRequest) {
    const body = renderComment(report, renderCtx)
    try {
      const { action } = await upsertStickyComment(
        await github(),
        { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pullRequest.number, marker: renderCtx.marker! },
        body
      )
      log.info(`PR comment ${action}.`)
    } catch (error) {
      notices.push(`Could not post the PR comment (${describeApiError(error)}); the results are in the job summary.`)
    }
  }

  const runNotices: Annotation[] = notices.map((n) => ({ level: 'note', message: n, title: 'Lighthouse PEC Guard' }))
  const plan10 = planAnnotations(
    lintReport?.results.flatMap((u) => u.findings) ?? [],
    // A failing run's own ::error (core.setFailed, below) takes one error slot: keep it for the reason.
    { workspace: ctx.workspace, rankInfo, first: [...(azure?.annotations ?? []), ...runNotices], reserve: { error: verdict.message ? 1 : 0 } }
  )
  emitAnnotations(plan10, core)
  renderCtx.annotationsOmitted = plan10.omitted

  await writeSummary(renderSummary(report, renderCtx))

  setOutputs({ verdict, lint: lintReport, sarifPath, azure })

  if (verdict.message) core.setFailed(verdict.message)
}

async function changedFilesOrAll(github: () => Promise<Octokit>, ctx: RunContext, notices: string[]): Promise<string[] | undefined> {
  if (!ctx.pullRequest) return undefined
  try {
    const { files, complete } = await listChangedFiles(await github(), {
      owner: ctx.owner,
      repo: ctx.repo,
      pullNumber: ctx.pullRequest.number
    })
    if (!complete) {
      notices.push('The pull request changes 3,000 files or more (the API limit): linted every template instead of only the changed ones.')
      return undefined
    }
    log.info(`only-changed: the pull request changes ${files.length} file(s).`)
    return files
  } catch (error) {
    notices.push(`Could not list the pull request's files (${describeApiError(error)}): linted every template.`)
    return undefined
  }
}

/** An Azure or billing failure fails the run but still gets a summary, a comment and outputs like any other result. */
async function runAzureSide(inputs: ActionInputs, plan: Plan, ctx: RunContext, lintReport: LintReport | null, boundary: Boundary): Promise<AzureStepResult> {
  try {
    return plan.mode === 'pec-report'
      ? await core.group('PEC report', () => runPecReportStep(inputs, plan, ctx, boundary))
      : await core.group(`Azure: ${plan.mode}`, () => runAzureStep(inputs, plan, ctx, lintReport, boundary))
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error))
    core.debug(err.stack ?? err.message)
    const what = plan.mode === 'pec-report' ? 'PEC report' : `Azure ${plan.mode === 'lint' ? 'Partner ID check' : plan.mode}`
    return {
      partnerLinked: '',
      annotations: [{ level: 'error', title: `${what} failed`, message: err.message }],
      notices: [],
      failed: true,
      failureReason: `${what} failed: ${err.message}`
    }
  }
}

/**
 * The paths the workflow names for reading: those outside the workspace join the boundary (the workflow author chose
 * them); those inside must resolve inside like every file of the checkout. A `targets` input that is not a file path
 * names none. The outputs (`sarif-file`, `csv-file`) join for writing only: `${{ runner.temp }}/x.sarif` must not make
 * the runner's temporary folder (event payload, other steps' files) readable through a committed symlink.
 */
function namedPaths(inputs: ActionInputs): string[] {
  const targetsFile = inputs.targets.length === 1 && /\.(json|ya?ml)$/i.test(inputs.targets[0]!.trim()) ? [inputs.targets[0]!.trim()] : []
  return [...inputs.templates, ...inputs.parameterPairs.flatMap((p) => [p.template, p.parameters]), ...targetsFile].filter(Boolean)
}
