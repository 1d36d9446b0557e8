/**
 * The Azure and billing halves of a run. `src/azure` and `src/billing` are reached only through `await import()`:
 * ncc puts them (and the Azure SDK) in separate chunks that lint-only runs never read.
 */
import path from 'node:path'
import * as core from '@actions/core'
import type { LintReport } from '../lint/types.js'
import { partnerLinkOk, type AuditEntry, type DeploymentResult, type PartnerLinkResult, type PecReportEntry, type RoleCheckResult } from '../report/model.js'
import type { Annotation } from '../report/annotations.js'
import type { ActionInputs } from './inputs.js'
import type { Plan } from './gate.js'
import type { RunContext } from '../github/context.js'
import { log } from './log.js'
import type { Boundary } from '../shared/fs-boundary.js'

export interface AzureStepResult {
  deployments?: DeploymentResult[]
  partner?: PartnerLinkResult
  audit?: AuditEntry[]
  roleChecks?: RoleCheckResult[]
  pecReport?: { entries: PecReportEntry[]; csvPath: string; lostCredit: number; markdown: string }
  /** `true` / `false` when the Partner ID link was checked, '' when not. */
  partnerLinked: '' | 'true' | 'false'
  /** Azure failures and lost credit, ahead of lint findings in the annotation budget. */
  annotations: Annotation[]
  notices: string[]
  failed: boolean
  /** One sentence for the failure message when `failed` and no target failed. */
  failureReason?: string
}

function azureInputs(inputs: ActionInputs, plan: Plan, ctx: RunContext) {
  return {
    auth: inputs.auth,
    clientId: inputs.clientId,
    tenantId: inputs.tenantId,
    clientSecret: inputs.clientSecret,
    azureEnvironment: inputs.azureEnvironment,
    armEndpoint: inputs.armEndpoint,
    authorityHost: inputs.authorityHost,
    targets: inputs.targets.join('\n'),
    location: inputs.location,
    shard: inputs.shard ? `${inputs.shard.index}/${inputs.shard.count}` : '',
    maxParallel: inputs.maxParallel,
    timeoutMinutes: inputs.timeoutMinutes,
    partnerId: inputs.partnerId,
    linkPartner: plan.linkPartner,
    automationPrincipalId: inputs.automationPrincipalId ?? '',
    workspace: ctx.workspace
  }
}

export function partnerLinked(partner: PartnerLinkResult | undefined): '' | 'true' | 'false' {
  if (!partner) return ''
  return partnerLinkOk(partner) ? 'true' : 'false'
}

export function deploymentAnnotations(deployments: DeploymentResult[] | undefined): Annotation[] {
  return (deployments ?? [])
    .filter((d) => d.status === 'failed' || d.status === 'timed-out')
    .map((d) => ({
      level: 'error' as const,
      title: `${d.status === 'failed' ? 'Deployment failed' : 'Timed out'}: ${d.target}`,
      message: d.error ?? d.status
    }))
}

export async function runAzureStep(inputs: ActionInputs, plan: Plan, ctx: RunContext, lint: LintReport | null, boundary?: Boundary): Promise<AzureStepResult> {
  const { runAzure } = await import('../azure/index.js')
  const units = (lint?.results ?? []).map((r) => ({
    template: path.resolve(ctx.workspace, r.template),
    parameters: r.parameters ? path.resolve(ctx.workspace, r.parameters) : null
  }))
  const result = await runAzure({
    // Lint mode reaches Azure only for the Partner ID check.
    mode: plan.mode === 'lint' ? 'partner' : (plan.mode as 'validate' | 'what-if' | 'deploy' | 'audit'),
    inputs: azureInputs(inputs, plan, ctx),
    units,
    log,
    getIdToken: (audience: string) => core.getIDToken(audience),
    boundary
  })
  const annotations = deploymentAnnotations(result.deployments)
  // Audit findings are warnings (notices of lost credit, not failures), ranked with the rest.
  for (const e of result.audit ?? []) {
    if (e.pecOk) continue
    const where = e.scope === 'resourceGroup' ? `${e.subscription} resource group ${e.resourceGroup}` : e.subscription
    if (e.error) annotations.push({ level: 'warning', title: 'Delegations not read', message: `${where}: ${e.error}` })
    else annotations.push({ level: 'warning', title: 'No permanent PEC-eligible role', message: `${where}: ${e.fix ?? 'no delegation gives the linked identity a permanent PEC-eligible role'}` })
  }
  if (result.partner && partnerLinked(result.partner) === 'false') {
    annotations.unshift({ level: 'error', title: 'Partner ID not linked', message: result.partner.message })
  }
  return {
    deployments: result.deployments,
    partner: result.partner,
    audit: result.audit,
    roleChecks: result.roleChecks,
    partnerLinked: partnerLinked(result.partner),
    annotations,
    notices: result.notices,
    failed: result.failed,
    failureReason: result.failureReason
  }
}

export async function runPecReportStep(inputs: ActionInputs, plan: Plan, ctx: RunContext, boundary?: Boundary): Promise<AzureStepResult> {
  // timeout-minutes bounds the whole step: the audit that explains missing credit and the export share it.
  const deadline = Date.now() + inputs.timeoutMinutes * 60_000
  const notices: string[] = []
  // The audit and the Partner ID link explain why credit is missing; the report still stands without them.
  let audit: AuditEntry[] | undefined
  let partner: PartnerLinkResult | undefined
  const { runAzure, parseTargets, describeError } = await import('../azure/index.js')
  // A targets file names subscriptions the same way for every mode.
  const targets = parseTargets(inputs.targets.join('\n'), inputs.tenantId, ctx.workspace, boundary)
  try {
    const r = await runAzure({ mode: 'audit', inputs: azureInputs(inputs, plan, ctx), units: [], log, getIdToken: (a: string) => core.getIDToken(a), boundary })
    audit = r.audit
    partner = r.partner
    notices.push(...r.notices)
  } catch (error) {
    notices.push(`Could not read the delegations to explain missing credit (${describeError(error)}).`)
  }
  const [{ runPecReport, pecReportMarkdown, pecAnnotations }, { createCredentialProvider }, { resolveCloud }] = await Promise.all([
    import('../billing/index.js'),
    import('../azure/credentials.js'),
    import('../azure/clouds.js')
  ])
  const credential = createCredentialProvider({
    auth: inputs.auth,
    clientId: inputs.clientId,
    clientSecret: inputs.clientSecret,
    cloud: resolveCloud(inputs.azureEnvironment, inputs.armEndpoint, inputs.authorityHost),
    setSecret: log.setSecret,
    getIdToken: (a: string) => core.getIDToken(a)
  }).forTenant(inputs.tenantId)
  // Sign-in and Graph failures get the same one-line, hinted, token-free wording as the ARM side.
  const result = await runPecReport({
    credential,
    graphEndpoint: inputs.graphEndpoint || undefined,
    billingPeriod: inputs.billingPeriod,
    invoiceId: inputs.invoiceId || undefined,
    currency: inputs.billingCurrency,
    // A management group holds no usage of its own: the report covers the subscriptions the targets name.
    targets: targets.flatMap((t) => (t.subscription ? [t.subscription] : [])),
    managingTenantId: inputs.tenantId,
    audit,
    partner,
    csvFile: path.resolve(ctx.workspace, inputs.csvFile),
    boundary,
    log,
    timeoutMs: Math.max(1, deadline - Date.now()),
    // The same test hook src/azure reads: the emulators answer in milliseconds, real exports in minutes.
    pollIntervalMs: Number(process.env.LPG_POLL_INTERVAL_MS) || undefined
  }).catch((error: unknown) => {
    throw new Error(describeError(error), { cause: error })
  })
  return {
    audit,
    partner,
    pecReport: {
      entries: result.entries,
      csvPath: result.csvPath ?? '',
      lostCredit: result.lostCredit,
      markdown: `### PEC report\n\n${pecReportMarkdown(result.entries)}`
    },
    partnerLinked: partnerLinked(partner),
    annotations: pecAnnotations(result.entries).map((a) => ({ level: 'warning' as const, ...a })),
    notices: [...notices, ...result.notices],
    failed: false
  }
}
