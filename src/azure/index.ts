/**
 * The Azure half of the action, loaded with `await import()` only when a mode needs Azure: Partner ID check, live
 * role check, validate / what-if / deploy fan-out, audit. Returns results for the shared reporters; never throws for
 * an Azure failure (it becomes a notice and `failed`).
 */
import { relative } from 'node:path'
import type { AuditEntry, DeploymentResult, PartnerLinkResult } from '../report/model.js'
import { runAudit } from './audit.js'
import { ArmRest, createArmContext, type ArmContext } from './clients.js'
import { resolveCloud } from './clouds.js'
import { createCredentialProvider } from './credentials.js'
import { fanOut, type DeployJob } from './deploy.js'
import { loadUnit, type DeploymentUnit, type TemplateScope } from './deployment-body.js'
import { describeError } from './errors.js'
import { redact } from './jwt.js'
import { checkPartner, identityOf, partnerFailed } from './partner.js'
import { automationRoles, checkRoles, type RoleCheck } from './roles.js'
import { applyShard, parseTargets, type Target } from './targets.js'
import { Boundary } from '../shared/fs-boundary.js'

export interface AzureInputs {
  auth: 'oidc' | 'secret' | 'cli' | 'auto'
  clientId: string
  tenantId: string
  clientSecret: string
  azureEnvironment: string
  armEndpoint: string
  authorityHost: string
  targets: string
  location: string
  shard: string
  maxParallel: number
  timeoutMinutes: number
  partnerId: string
  linkPartner: 'false' | 'true' | 'replace'
  automationPrincipalId: string
  workspace: string
}

export interface AzureLogger {
  info(m: string): void
  warning(m: string): void
  debug(m: string): void
  setSecret(s: string): void
}

export interface AzureRunOptions {
  /** 'partner' = only the Partner ID check (used with mode lint when partner-id is set). */
  mode: 'validate' | 'what-if' | 'deploy' | 'audit' | 'partner'
  inputs: AzureInputs
  /** Lint units to deploy (template + parameters paths, absolute), already lint-clean. */
  units: Array<{ template: string; parameters: string | null }>
  log: AzureLogger
  /** Injected for tests/e2e; default uses @actions/core getIDToken with the cloud's audience (clouds.ts). */
  getIdToken?: (audience: string) => Promise<string>
  signal?: AbortSignal
  /**
   * Where templates, parameters and the targets file may be read from (src/shared/fs-boundary.ts). Default: the
   * workspace (plus a targets file named outside it); no containment when `inputs.workspace` is empty.
   */
  boundary?: Boundary
}

export interface AzureRunResult {
  deployments?: DeploymentResult[]
  partner?: PartnerLinkResult
  audit?: AuditEntry[]
  /** Live check of the roles granted to the automation principal (optional addition to the contract). */
  roleChecks?: RoleCheck[]
  notices: string[]
  failed: boolean
  /** The first reason the run failed, in one sentence (later notices may be advice, not the cause). */
  failureReason?: string
}

export type { RoleCheck } from './roles.js'
export type { Target } from './targets.js'
export { parseTargets, applyShard } from './targets.js'
export { deploymentName } from './deployment-body.js'
export { describeError } from './errors.js'

/** A logger that masks registered secrets and anything token-shaped, whatever the caller's logger does. */
function safeLogger(log: AzureLogger): AzureLogger & { secrets: Set<string> } {
  const secrets = new Set<string>()
  const clean = (m: string): string => {
    let out = redact(m)
    for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***')
    return out
  }
  return {
    secrets,
    info: (m) => log.info(clean(m)),
    warning: (m) => log.warning(clean(m)),
    debug: (m) => log.debug(clean(m)),
    setSecret: (s) => {
      if (!s || secrets.has(s)) return
      secrets.add(s)
      log.setSecret(s)
    }
  }
}

const DEPLOY_MODES = new Set(['validate', 'what-if', 'deploy'])
/** Where subscription-scope deployment metadata is stored when the `location` input is empty. */
const DEFAULT_LOCATION = 'westeurope'

export async function runAzure(options: AzureRunOptions): Promise<AzureRunResult> {
  const { inputs, mode } = options
  const log = safeLogger(options.log)
  const result: AzureRunResult = { notices: [], failed: false }
  const fail = (notice: string): AzureRunResult => {
    log.warning(notice)
    result.notices.push(notice)
    markFailed(result, notice)
    return result
  }
  const managingTenant = inputs.tenantId.trim().toLowerCase()
  const boundary = options.boundary ?? (inputs.workspace ? Boundary.create(inputs.workspace, [inputs.targets.trim()]) : null)
  // timeout-minutes bounds the whole Azure side: an uncapped Retry-After on the partner or role check included.
  const deadline = AbortSignal.timeout(Math.max(1, inputs.timeoutMinutes * 60_000))
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline

  let ctx: ArmContext
  try {
    const cloud = resolveCloud(inputs.azureEnvironment, inputs.armEndpoint, inputs.authorityHost)
    const credentials = createCredentialProvider({ auth: inputs.auth, clientId: inputs.clientId.trim(), clientSecret: inputs.clientSecret, cloud, setSecret: log.setSecret, getIdToken: options.getIdToken })
    ctx = createArmContext(cloud, credentials, (url, delayMs) => log.debug(`HTTP 429 without Retry-After on ${new URL(url).pathname}; retrying in ${delayMs} ms`))
    log.debug(`Azure: auth ${credentials.kind}, ARM ${cloud.arm}`)
  } catch (e) {
    return fail(describeError(e))
  }

  if (inputs.partnerId.trim()) {
    const partner = await checkPartner({ ctx, partnerId: inputs.partnerId, managingTenantId: managingTenant, linkPartner: inputs.linkPartner, automationPrincipalId: inputs.automationPrincipalId.trim(), signal })
    result.partner = partner
    ;(partnerFailed(partner) ? log.warning : log.info)(`Partner ID: ${partner.message}`)
    if (partnerFailed(partner)) {
      markFailed(result, partner.message)
      result.notices.push(partner.message)
    }
    if (partner.principalMismatch) {
      log.warning(partner.principalMismatch)
      result.notices.push(partner.principalMismatch)
    }
  }
  if (mode === 'partner') return result

  if (mode === 'audit') return audit(options, ctx, log, result, managingTenant, signal)
  if (!DEPLOY_MODES.has(mode)) return fail(`Unknown Azure mode "${mode}".`)

  if (options.units.length === 0 && mode === 'deploy') return fail('deploy refused: no lint-clean templates to deploy.')
  let targets: Target[]
  try {
    const all = parseTargets(inputs.targets, managingTenant, inputs.workspace, boundary ?? undefined)
    if (!all.length) return fail(`mode ${mode} needs targets: one SUBSCRIPTION_ID, TENANT_ID/SUBSCRIPTION_ID or TENANT_ID/providers/Microsoft.Management/managementGroups/NAME per line, or a targets file.`)
    targets = applyShard(all, inputs.shard)
    if (!targets.length) {
      result.notices.push(`Shard ${inputs.shard} has no targets (${all.length} in all).`)
      result.deployments = []
      return result
    }
  } catch (e) {
    return fail((e as Error).message)
  }

  const units = new Map<string, Promise<DeploymentUnit>>()
  const unitOf = (template: string, parameters: string | null): Promise<DeploymentUnit> => {
    const key = `${template}\0${parameters ?? ''}`
    if (!units.has(key)) units.set(key, loadUnit(template, parameters, inputs.location || DEFAULT_LOCATION, boundary))
    return units.get(key)!
  }
  const jobs: DeployJob[] = []
  // Lint gates deploy: a template (and parameters) that a targets file names but lint never saw is not deployed.
  const linted = new Set(options.units.map((u) => `${u.template}\0${u.parameters ?? ''}`))
  const unlinted: Target[] = []
  // A template that cannot be read fails the targets that need it, not the whole run; so does one whose $schema names
  // another scope than its target's, before anything is sent.
  const unreadable: Array<{ target: Target; template: string; error: string }> = []
  const candidates: Array<{ target: Target; unit: DeploymentUnit; named: boolean }> = []
  for (const target of targets) {
    const list = target.template ? [{ template: target.template, parameters: target.parameters ?? null }] : options.units
    if (mode === 'deploy' && target.template && !linted.has(`${target.template}\0${target.parameters ?? ''}`)) {
      unlinted.push(target)
      continue
    }
    for (const u of list) {
      try {
        candidates.push({ target, unit: await unitOf(u.template, u.parameters), named: !!target.template })
      } catch (e) {
        unreadable.push({ target, template: u.template, error: (e as Error).message })
      }
    }
  }
  // The run's templates go to the targets of their scope; one that fits no target at all is an error on each target.
  const placed = new Set(candidates.filter((c) => scopeMismatch(c.unit, c.target) === null).map((c) => c.unit))
  const misfits: Array<{ target: Target; template: string; error: string }> = []
  for (const c of candidates) {
    const why = scopeMismatch(c.unit, c.target)
    if (why === null) jobs.push({ target: c.target, unit: c.unit })
    else if (c.named || !placed.has(c.unit)) misfits.push({ target: c.target, template: c.unit.template, error: why })
  }
  const display = (p: string): string => (inputs.workspace ? relative(inputs.workspace, p) || p : p)
  const refusal = (t: Target, template: string, error: string): DeploymentResult => ({
    target: t.target,
    tenant: t.tenant,
    subscription: t.subscription,
    ...(t.managementGroup ? { managementGroup: t.managementGroup } : {}),
    deploymentName: '',
    template: display(template),
    status: 'failed',
    error,
    durationMs: 0
  })
  const refused: DeploymentResult[] = [
    ...unlinted.map((t) =>
      refusal(t, t.template!, `Not deployed: lint did not check ${display(t.template!)}${t.parameters ? ` with ${display(t.parameters)}` : ''}. Add it to the \`templates\` (and \`parameters\`) inputs so lint checks it.`)
    ),
    ...unreadable.map((u) => refusal(u.target, u.template, `Could not read a template or parameters file: ${u.error}`)),
    ...misfits.map((m) => refusal(m.target, m.template, `Not sent: ${m.error}`))
  ]
  if (!jobs.length && !refused.length) return fail(`mode ${mode}: no templates to ${mode} (no lint units, and the targets file names none).`)

  const loaded = (await Promise.allSettled(units.values())).flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  await liveRoleCheck(ctx, log, result, loaded, inputs.automationPrincipalId.trim(), managingTenant || targets[0]!.tenant, signal)

  for (const r of refused) log.warning(`${r.target}: ${r.error}`)
  const groups = targets.filter((t) => t.managementGroup).length
  log.info(`Azure ${mode}: ${jobs.length} deployment(s) over ${targets.length - groups} subscription(s)${groups ? ` and ${groups} management group(s)` : ''}, max-parallel ${inputs.maxParallel}.`)
  const deployments = await fanOut({
    ctx,
    mode: mode as 'validate' | 'what-if' | 'deploy',
    jobs,
    location: inputs.location || DEFAULT_LOCATION,
    maxParallel: inputs.maxParallel,
    timeoutMs: Math.max(1, inputs.timeoutMinutes * 60_000),
    automationPrincipalId: inputs.automationPrincipalId.trim(),
    managingTenantId: managingTenant,
    signal,
    displayPath: display,
    onResult: (r) => (r.status === 'failed' || r.status === 'timed-out' ? log.warning : log.info)(`${r.target} ${r.deploymentName}: ${r.status}${r.error ? ` — ${r.error}` : ''}${r.note ? ` — ${r.note}` : ''} (${r.durationMs} ms)`)
  })
  deployments.unshift(...refused)
  result.deployments = deployments
  const policyNoted = deployments.filter((d) => d.note && d.status === 'succeeded' && d.managementGroup)
  if (policyNoted.length) result.notices.push(`${policyNoted.length} management-group deployment(s): ${policyNoted[0]!.note}`)
  const bad = deployments.filter((d) => d.status === 'failed' || d.status === 'timed-out')
  if (bad.length) {
    const notice = `${bad.length} of ${deployments.length} ${mode} operation(s) failed or timed out.`
    markFailed(result, notice)
    result.notices.push(notice)
  }
  const unverified = deployments.filter((d) => d.delegationVerified === false)
  if (unverified.length) {
    const where = (d: DeploymentResult): string => (d.resourceGroups && !d.resourceGroups.length ? `${d.subscription} (no delegated resource group found)` : d.resourceGroups?.length ? `${d.subscription} (resource groups ${d.resourceGroups.join(', ')})` : d.subscription)
    const notice = `${unverified.length} deployment(s) succeeded but the delegation read back gives ${inputs.automationPrincipalId} no permanent PEC-eligible role: ${unverified.map(where).join(', ')}.`
    markFailed(result, notice)
    result.notices.push(notice)
  }
  return result
}

const SCOPE_LABEL: Record<TemplateScope, string> = {
  resourceGroup: 'a resource-group template',
  subscription: 'a subscription template',
  managementGroup: 'a management-group template',
  tenant: 'a tenant template'
}

/**
 * Why a template cannot be deployed to a target, from the scope its `$schema` names, or null when it fits. An unknown
 * schema is left to ARM (Microsoft's own samples carry one, and subscription deployments ignore it); so is a
 * resource-group schema on a subscription, which lint already warns about.
 */
export function scopeMismatch(unit: Pick<DeploymentUnit, 'scope' | 'template'>, target: Pick<Target, 'managementGroup'>): string | null {
  const scope = unit.scope
  if (!scope) return null
  const file = unit.template.split(/[\\/]/).pop()
  if (target.managementGroup) {
    if (scope === 'managementGroup') return null
    return `${file} is ${SCOPE_LABEL[scope]} (its $schema), and the target is a management group: deploy it to a subscription (SUBSCRIPTION_ID or TENANT_ID/SUBSCRIPTION_ID), or use a managementGroupDeploymentTemplate schema.`
  }
  if (scope === 'subscription' || scope === 'resourceGroup') return null
  if (scope === 'managementGroup') {
    return `${file} is ${SCOPE_LABEL[scope]} (its $schema names managementGroupDeploymentTemplate), and the target is a subscription: target a management group as TENANT_ID/providers/Microsoft.Management/managementGroups/NAME (or managementGroup in a targets file).`
  }
  return `${file} is ${SCOPE_LABEL[scope]} (its $schema names tenantDeploymentTemplate): this action deploys at subscription and management-group scope only.`
}

function markFailed(result: AzureRunResult, reason: string): void {
  result.failed = true
  result.failureReason ??= reason
}

async function liveRoleCheck(ctx: ArmContext, log: AzureLogger, result: AzureRunResult, units: DeploymentUnit[], principalId: string, tenant: string, signal?: AbortSignal): Promise<void> {
  const roleIds = automationRoles(units, principalId)
  if (!roleIds.length) return
  const checks = await checkRoles(new ArmRest(ctx, ctx.credentials.forTenant(tenant)), roleIds, signal)
  result.roleChecks = checks
  for (const c of checks) {
    if (c.ok) log.debug(c.message)
    else {
      log.warning(c.message)
      result.notices.push(c.message)
      if (c.builtIn === false || c.dataActions.length) markFailed(result, c.message)
    }
  }
}

async function audit(options: AzureRunOptions, ctx: ArmContext, log: AzureLogger, result: AzureRunResult, managingTenant: string, signal: AbortSignal): Promise<AzureRunResult> {
  const { inputs } = options
  if (!managingTenant) {
    markFailed(result, 'audit needs tenant-id (the managing tenant).')
    result.notices.push('audit needs tenant-id (the managing tenant).')
    return result
  }
  try {
    let principalId = inputs.automationPrincipalId.trim() || result.partner?.objectId || ''
    if (!principalId) principalId = (await identityOf(ctx, managingTenant, signal)).objectId ?? ''
    if (!principalId) throw new Error('could not tell the identity object ID; set automation-principal-id.')
    let only: string[] | undefined
    // Management groups hold no delegations of their own: the audit reads subscriptions (and their resource groups).
    if (inputs.targets.trim()) only = applyShard(parseTargets(inputs.targets, managingTenant, inputs.workspace, options.boundary), inputs.shard).flatMap((t) => (t.subscription ? [t.subscription] : []))
    const entries = await runAudit({ rest: new ArmRest(ctx, ctx.credentials.forTenant(managingTenant)), principalId, managingTenantId: managingTenant, maxParallel: inputs.maxParallel, signal, only })
    result.audit = entries
    const subs = entries.filter((e) => e.scope !== 'resourceGroup')
    const groups = entries.filter((e) => e.scope === 'resourceGroup')
    const ok = subs.filter((e) => e.pecOk).length
    const unread = entries.filter((e) => e.error).length
    for (const e of entries) {
      const where = e.scope === 'resourceGroup' ? `${e.subscription} resource group ${e.resourceGroup}` : e.subscription
      ;(e.pecOk ? log.info : log.warning)(`${where}: ${e.pecOk ? `PEC-eligible (${e.roles.join(', ')})` : e.fix}`)
      if (e.resourceGroupsError) log.warning(`${e.subscription}: ${e.resourceGroupsError}; its resource-group delegations are not known.`)
    }
    const groupNote = groups.length ? `; ${groups.filter((e) => e.pecOk).length} of ${groups.length} resource-group delegation(s) do` : ''
    result.notices.push(
      `Audit: ${ok} of ${subs.length} delegated subscription(s) give ${principalId} a permanent PEC-eligible role${groupNote}${unread ? `; ${unread} could not be read (re-run to know)` : ''}.`
    )
  } catch (e) {
    const notice = `Audit failed: ${describeError(e)}`
    markFailed(result, notice)
    result.notices.push(notice)
  }
  return result
}
