/**
 * validate / what-if / deploy of each (target, unit) at subscription or management-group scope, fanned out with
 * bounded concurrency and an overall deadline. Every job yields a result; one job's failure never stops or hides
 * another's.
 */
import { DeploymentsClient } from '@azure/arm-resourcesdeployments'
import type { Deployment, DeploymentExtended, DeploymentWhatIf, DeploymentOperation, WhatIfChange as SdkWhatIfChange, WhatIfPropertyChange } from '@azure/arm-resourcesdeployments'
import { setMaxListeners } from 'node:events'
import pLimit from 'p-limit'
import type { DeploymentResult, WhatIfChange } from '../report/model.js'
import { ArmRest, clientOptions, type ArmContext } from './clients.js'
import { assignmentResourceGroup, listResourceGroups, principalRoles, readAssignments, readAssignmentsAt, resourceGroupScope, type Assignment } from './delegation.js'
import { deploymentBody, type DeploymentUnit } from './deployment-body.js'
import { describeError, formatArmError, isAbortError, type ArmErrorInfo } from './errors.js'
import { isOffOriginError } from './origin-guard.js'
import type { Target } from './targets.js'
import { ThrottleBudget, backoffDelay } from './retry-policy.js'
import { sleep } from '../shared/sleep.js'
import type { PipelinePolicy } from '@azure/core-rest-pipeline'

export type DeployMode = 'validate' | 'what-if' | 'deploy'

export interface DeployJob {
  target: Target
  unit: DeploymentUnit
}

export interface FanOutOptions {
  ctx: ArmContext
  mode: DeployMode
  jobs: DeployJob[]
  location: string
  maxParallel: number
  /** Overall deadline for all jobs, in ms. */
  timeoutMs: number
  automationPrincipalId: string
  managingTenantId: string
  signal?: AbortSignal
  /** Display path of a template (e.g. workspace-relative). */
  displayPath?: (path: string) => string
  onResult?: (r: DeploymentResult) => void
}

/** The deployment operations of one scope: subscription (`…AtSubscriptionScope`) or management group (`…AtManagementGroupScope`). */
export interface ScopeOps {
  validate(name: string, body: Deployment, opts: LroOptions): ReturnType<DeploymentsClient['deployments']['validateAtSubscriptionScope']>
  whatIf(name: string, body: { location: string; properties: DeploymentWhatIf['properties'] }, opts: LroOptions): ReturnType<DeploymentsClient['deployments']['whatIfAtSubscriptionScope']>
  createOrUpdate(name: string, body: Deployment, opts: LroOptions): ReturnType<DeploymentsClient['deployments']['createOrUpdateAtSubscriptionScope']>
  get(name: string, opts: { abortSignal: AbortSignal }): Promise<DeploymentExtended>
  operations(name: string, opts: { abortSignal: AbortSignal }): AsyncIterable<DeploymentOperation>
}

interface LroOptions {
  abortSignal: AbortSignal
  updateIntervalInMs: number
}

export function scopeOps(client: DeploymentsClient, target: Pick<Target, 'managementGroup'>): ScopeOps {
  const d = client.deployments
  const group = target.managementGroup
  if (group) {
    return {
      validate: (n, b, o) => d.validateAtManagementGroupScope(group, n, { ...b, location: b.location! }, o),
      whatIf: (n, b, o) => d.whatIfAtManagementGroupScope(group, n, b, o),
      createOrUpdate: (n, b, o) => d.createOrUpdateAtManagementGroupScope(group, n, { ...b, location: b.location! }, o),
      get: (n, o) => d.getAtManagementGroupScope(group, n, o),
      operations: (n, o) => client.deploymentOperations.listAtManagementGroupScope(group, n, o)
    }
  }
  return {
    validate: (n, b, o) => d.validateAtSubscriptionScope(n, b, o),
    whatIf: (n, b, o) => d.whatIfAtSubscriptionScope(n, b, o),
    createOrUpdate: (n, b, o) => d.createOrUpdateAtSubscriptionScope(n, b, o),
    get: (n, o) => d.getAtSubscriptionScope(n, o),
    operations: (n, o) => client.deploymentOperations.listAtSubscriptionScope(n, o)
  }
}

/** What the result says after a management-group deployment: its delegations are not where it was deployed. */
export const POLICY_NOTE =
  'Policy-based onboarding: the policy is in place, but the delegations appear in each subscription under the management group only when the policy is assigned and its remediation task has run (DeployIfNotExists); run mode audit after remediation to verify them.'
export const MANAGEMENT_GROUP_NOTE = 'Deployed at management-group scope: the delegations it creates are not read back here; run mode audit to verify them.'

const TIMED_OUT = 'Not finished within timeout-minutes. A deployment already submitted keeps running in Azure; re-run to check it.'

export async function fanOut(o: FanOutOptions): Promise<DeploymentResult[]> {
  const deadline = new AbortController()
  const parallel = Math.max(1, Math.floor(o.maxParallel) || 1)
  // Each in-flight job listens on the deadline (pollers, retry waits): not a leak, just many listeners.
  setMaxListeners(parallel * 8 + 16, deadline.signal)
  const timer = setTimeout(() => deadline.abort(), o.timeoutMs)
  const onOuterAbort = (): void => deadline.abort()
  // A listener never fires for a signal that is already aborted (the partner check may have used up the time).
  if (o.signal?.aborted) deadline.abort()
  else o.signal?.addEventListener('abort', onOuterAbort, { once: true })
  const limit = pLimit(parallel)
  try {
    const signIn = await signInPerTenant(o, deadline.signal, parallel)
    return await Promise.all(
      o.jobs.map((job) =>
        limit(async () => {
          const error = signIn.get(job.target.tenant)
          const r: DeploymentResult = error ? { ...baseOf(o, job), status: 'failed' as const, error, durationMs: 0 } : await runJob(o, job, deadline.signal)
          o.onResult?.(r)
          return r
        })
      )
    )
  } finally {
    clearTimeout(timer)
    o.signal?.removeEventListener('abort', onOuterAbort)
  }
}

/**
 * One sign-in per tenant before the fan-out: the first wave of workers would otherwise all ask Entra ID at once, and
 * a tenant that refuses the app (no consent, wrong secret) fails its targets with one clear message.
 */
async function signInPerTenant(o: FanOutOptions, signal: AbortSignal, parallel: number): Promise<Map<string, string>> {
  const failures = new Map<string, string>()
  const tenants = [...new Set(o.jobs.map((j) => j.target.tenant))]
  const limit = pLimit(parallel)
  await Promise.all(
    tenants.map((tenant) =>
      limit(async () => {
        try {
          await o.ctx.credentials.forTenant(tenant).getToken(o.ctx.cloud.armScope, { abortSignal: signal })
        } catch (e) {
          if (!signal.aborted) failures.set(tenant, `Sign-in to tenant ${tenant} failed: ${describeError(e)}`)
        }
      })
    )
  )
  return failures
}

function baseOf(o: Pick<FanOutOptions, 'displayPath'>, { target, unit }: DeployJob) {
  return {
    target: target.target,
    tenant: target.tenant,
    subscription: target.subscription,
    ...(target.managementGroup ? { managementGroup: target.managementGroup } : {}),
    deploymentName: unit.deploymentName,
    template: o.displayPath ? o.displayPath(unit.template) : unit.template
  }
}

async function runJob(o: FanOutOptions, job: DeployJob, signal: AbortSignal): Promise<DeploymentResult> {
  const started = Date.now()
  const { target, unit } = job
  const base = baseOf(o, job)
  if (signal.aborted) return { ...base, status: 'timed-out', error: TIMED_OUT, durationMs: 0 }
  const credential = o.ctx.credentials.forTenant(target.tenant)
  // The LRO helpers reduce a 400 answer (to the first request or to a status poll) to "The long-running operation has
  // failed", and the thrown RestError has no body: keep the last client-error body, which says why. Throttling and
  // 5xx answers are retried, so they are not the reason.
  let rejected: ArmErrorInfo | null = null
  const keepErrorBody: PipelinePolicy = {
    name: 'lpgKeepArmErrorBody',
    async sendRequest(request, next) {
      const response = await next(request)
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        rejected = errorBodyOf(response.bodyAsText ?? null) ?? rejected
      }
      return response
    }
  }
  // One throttle budget for all of this target's requests: past it, the target fails with a clear error.
  const options = clientOptions(o.ctx, new ThrottleBudget())
  const clientOpts = { ...options, additionalPolicies: [...options.additionalPolicies, { policy: keepErrorBody, position: 'perCall' as const }] }
  // A management-group deployment names no subscription; the client's subscription is then never used.
  const client = target.managementGroup ? new DeploymentsClient(credential, clientOpts) : new DeploymentsClient(credential, target.subscription, clientOpts)
  const ops = scopeOps(client, target)
  const opts = { abortSignal: signal, updateIntervalInMs: o.ctx.pollIntervalMs }
  // The thrown RestError keeps code and message but not ARM's `details` (which resource, and why): the body does.
  const explain = (e: unknown): string => {
    // Only the LRO pollers follow links in these calls: a refused request is a status poll.
    if (isOffOriginError(e)) return e.as('a polling link').message
    const status = (e as { statusCode?: unknown }).statusCode
    const body = rejected as ArmErrorInfo | null
    if (body && (typeof status !== 'number' || (body.details?.length ?? 0) > 0)) return formatArmError(body) + (typeof status === 'number' ? ` (HTTP ${status})` : '')
    return describeError(e)
  }
  // Parameter values are passed through as the file holds them; ARM validates their shape.
  const body = deploymentBody(unit, o.location) as unknown as Deployment
  const finish = (r: Omit<DeploymentResult, 'durationMs' | keyof typeof base>): DeploymentResult => ({ ...base, ...r, durationMs: Date.now() - started })
  try {
    if (o.mode === 'validate') {
      const result = await ops.validate(unit.deploymentName, body, opts).pollUntilDone({ abortSignal: signal })
      if (result.error) return finish({ status: 'failed', error: formatArmError(result.error as ArmErrorInfo) })
      return finish({ status: 'validated', error: null })
    }
    if (o.mode === 'what-if') {
      const result = await ops
        .whatIf(unit.deploymentName, { location: o.location, properties: { ...body.properties, whatIfSettings: { resultFormat: 'FullResourcePayloads' } } }, opts)
        .pollUntilDone({ abortSignal: signal })
      if (result.error) return finish({ status: 'failed', error: formatArmError(result.error as ArmErrorInfo) })
      return finish({ status: 'what-if', error: null, changes: (result.changes ?? []).map(renderChange) })
    }
    try {
      await ops.createOrUpdate(unit.deploymentName, body, opts).pollUntilDone({ abortSignal: signal })
    } catch (e) {
      if (isAbortError(e) || signal.aborted || isOffOriginError(e)) throw e
      // A throttled or failed status poll ends the SDK's poller even though the deployment runs on in Azure:
      // follow the deployment itself until it ends (the PUT is idempotent, the name deterministic).
      const state = isTransient(e) ? await awaitDeployment(ops, unit.deploymentName, o.ctx.pollIntervalMs, o.ctx.retryBaseMs, signal) : null
      if (state !== 'Succeeded') {
        // An HTTP error carries its own cause; an LRO that ended Failed only says "has failed": ask the operations.
        const hasStatus = state === null && typeof (e as { statusCode?: unknown }).statusCode === 'number'
        const cause = hasStatus ? explain(e) : ((await failureCause(ops, unit.deploymentName, signal)) ?? explain(e))
        return finish({ status: 'failed', error: cause })
      }
    }
    if (target.managementGroup) {
      // The delegations of a management-group deployment live in the subscriptions below it, if anywhere yet.
      return finish({ status: 'succeeded', error: null, delegationVerified: null, note: unit.policyOnboarding ? POLICY_NOTE : MANAGEMENT_GROUP_NOTE })
    }
    const readBack = await verifyDelegation(o, job, credential, signal)
    return finish({ status: 'succeeded', error: null, ...readBack })
  } catch (e) {
    if (isAbortError(e) || signal.aborted) return finish({ status: 'timed-out', error: TIMED_OUT })
    return finish({ status: 'failed', error: explain(e) })
  }
}

const TERMINAL_STATES = new Set(['Succeeded', 'Failed', 'Canceled'])

/** 429, 5xx and dropped connections: worth asking again. */
function isTransient(e: unknown): boolean {
  const status = (e as { statusCode?: unknown }).statusCode
  if (typeof status === 'number') return status === 408 || status === 429 || status >= 500
  const code = (e as { code?: unknown }).code
  return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|REQUEST_SEND_ERROR)$/.test(code)
}

/**
 * Reads the deployment until it reaches a terminal state: the state it ended in, or null when it could not be read
 * within a bounded number of transient errors (then the original error is reported).
 */
async function awaitDeployment(ops: ScopeOps, name: string, intervalMs: number, retryBaseMs: number, signal: AbortSignal): Promise<string | null> {
  for (let errors = 0; errors <= 8; ) {
    try {
      const deployment = await ops.get(name, { abortSignal: signal })
      const state = deployment.properties?.provisioningState
      if (state && TERMINAL_STATES.has(state)) return state
      await sleep(intervalMs, signal)
    } catch (e) {
      if (isAbortError(e) || signal.aborted) throw e
      if (!isTransient(e)) return null
      await sleep(backoffDelay(errors++, retryBaseMs, 60_000), signal)
    }
  }
  return null
}

function errorBodyOf(body: unknown): ArmErrorInfo | null {
  let value = body
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return null
    }
  }
  const err = (value as { error?: ArmErrorInfo } | null)?.error
  return err && (err.code || err.message) ? err : null
}

/**
 * The real cause of a Failed deployment, from its failed operations (deepest error details included). Null when they
 * cannot be read, except when ARM pages them to another host: that refusal is the cause worth reporting.
 */
export async function failureCause(ops: ScopeOps, name: string, signal: AbortSignal): Promise<string | null> {
  try {
    const causes: string[] = []
    for await (const op of ops.operations(name, { abortSignal: signal })) {
      const p = op.properties
      if (p?.provisioningState !== 'Failed') continue
      const err = p.statusMessage?.error as ArmErrorInfo | undefined
      const where = p.targetResource?.resourceType ? `${p.targetResource.resourceType}${p.targetResource.resourceName ? ` '${p.targetResource.resourceName}'` : ''}: ` : ''
      if (err && (err.code || err.message)) causes.push(where + formatArmError(err))
      else if (p.statusCode) causes.push(`${where}${p.statusCode}`)
    }
    if (causes.length) return causes.join(' | ')
    const d = await ops.get(name, { abortSignal: signal })
    const err = d.properties?.error as ArmErrorInfo | undefined
    return err ? formatArmError(err) : null
  } catch (e) {
    return isOffOriginError(e) ? e.as('a next link').message : null
  }
}

const restClients = new WeakMap<ArmContext, Map<string, ArmRest>>()
function restFor(ctx: ArmContext, tenant: string, credential: ReturnType<ArmContext['credentials']['forTenant']>): ArmRest {
  let byTenant = restClients.get(ctx)
  if (!byTenant) restClients.set(ctx, (byTenant = new Map()))
  let rest = byTenant.get(tenant)
  if (!rest) byTenant.set(tenant, (rest = new ArmRest(ctx, credential)))
  return rest
}

/**
 * Reads the delegation back where the template created it: the subscription, and every resource group the
 * customer-tenant identity sees when the template delegates resource groups (which ones a copy loop picked is known
 * only to ARM). True when each delegation found gives the automation principal a permanent PEC-eligible role.
 */
async function verifyDelegation(o: FanOutOptions, job: DeployJob, credential: ReturnType<ArmContext['credentials']['forTenant']>, signal: AbortSignal): Promise<Pick<DeploymentResult, 'delegationVerified' | 'resourceGroups'>> {
  if (!o.automationPrincipalId) return { delegationVerified: null }
  const { target, unit } = job
  const rest = restFor(o.ctx, target.tenant, credential)
  const judge = (assignments: Assignment[]): boolean | null => {
    const held = principalRoles(assignments, o.automationPrincipalId, o.managingTenantId || null)
    // A role the PEC table does not list leaves the verification open (null), as lint's pec-role-not-assured does.
    return held.pecOk ? true : held.pecUnknown ? null : false
  }
  try {
    if (!unit.delegatesResourceGroups) return { delegationVerified: judge((await readAssignments(rest, target.subscription, signal)).filter((a) => !assignmentResourceGroup(a))) }
    const groups = await listResourceGroups(rest, target.subscription, signal)
    const limit = pLimit(RG_READS)
    const read = await Promise.all(groups.map((g) => limit(async () => ({ group: g, assignments: await readAssignmentsAt(rest, resourceGroupScope(target.subscription, g), signal) }))))
    const managing = o.managingTenantId.toLowerCase()
    const delegated = read
      .map((r) => ({ group: r.group, assignments: r.assignments.filter((a) => (assignmentResourceGroup(a) ?? '').toLowerCase() === r.group.toLowerCase()) }))
      .filter((r) => principalRoles(r.assignments, '', managing || null).offerNames.length > 0)
    if (!delegated.length) return { delegationVerified: false, resourceGroups: [] }
    const verdicts = delegated.map((r) => judge(r.assignments))
    const delegationVerified = verdicts.includes(false) ? false : verdicts.includes(null) ? null : true
    return { delegationVerified, resourceGroups: delegated.map((r) => r.group) }
  } catch {
    // The deployment itself succeeded; an unreadable delegation is "unknown", not a failure.
    return { delegationVerified: null }
  }
}

/** Resource-group reads one read-back sends at once (the fan-out already runs max-parallel jobs). */
const RG_READS = 4

function short(v: unknown): string {
  const s = JSON.stringify(v)
  return s === undefined ? '∅' : s.length > 120 ? `${s.slice(0, 117)}…` : s
}

function renderDelta(d: WhatIfPropertyChange, prefix = ''): string[] {
  const path = prefix ? `${prefix}.${d.path}` : d.path
  if (d.children?.length) return d.children.flatMap((c) => renderDelta(c, path))
  switch (d.propertyChangeType) {
    case 'Create':
      return [`+ ${path}: ${short(d.after)}`]
    case 'Delete':
      return [`- ${path}: ${short(d.before)}`]
    case 'NoEffect':
      return [`= ${path}`]
    default:
      return [`~ ${path}: ${short(d.before)} → ${short(d.after)}`]
  }
}

export function renderChange(c: SdkWhatIfChange): WhatIfChange {
  const details = (c.delta ?? []).flatMap((d) => renderDelta(d))
  return { resourceId: c.resourceId ?? c.symbolicName ?? '(unknown resource)', changeType: c.changeType, ...(details.length ? { details } : {}) }
}
