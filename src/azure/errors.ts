/**
 * The one place that turns Azure failures (ARM RestErrors, Entra ID AADSTS errors, LRO failures, aborts) into a
 * sentence a partner can act on. Never returns stack traces; anything token-shaped is redacted.
 */
import { THROTTLE_BUDGET_CODE } from './retry-policy.js'
import { redact } from './jwt.js'
import { isOffOriginError } from './origin-guard.js'

export interface ArmErrorInfo {
  code?: string
  message?: string
  target?: string
  details?: ArmErrorInfo[]
}

const HINTS: Record<string, string> = {
  AuthorizationFailed:
    'The identity lacks permission in this subscription. Onboarding a customer needs Owner (or User Access Administrator + Contributor at subscription scope) for the deploying identity in the customer tenant.',
  InvalidAuthenticationTokenTenant:
    'The token is from another tenant than the subscription. Write the target as TENANT_ID/SUBSCRIPTION_ID so the action signs in to the customer tenant.',
  SubscriptionNotFound: 'The subscription does not exist or the identity cannot see it. Check the subscription ID and the tenant in targets.',
  InvalidTemplate: 'ARM rejected the template. Run the lint (mode: lint) and fix the reported expression or schema error.',
  InvalidTemplateDeployment: 'ARM preflight rejected the deployment; the inner error says which resource.',
  MissingSubscriptionRegistration:
    'The customer subscription has not registered the resource provider. Register Microsoft.ManagedServices: `az provider register --namespace Microsoft.ManagedServices --subscription SUB`.',
  RoleDefinitionHasDataActions: 'Azure Lighthouse does not support roles with DataActions: choose another built-in role.',
  ExpiredAuthenticationToken: 'The access token expired during the run; re-run, and prefer auth: oidc or secret for long fan-outs.',
  AuthenticationFailed: 'ARM rejected the access token. Check client-id, tenant-id and the credential.',
  DeploymentActive: 'A deployment with this name is still running in the subscription: wait for it to finish, then re-run.'
}

const AADSTS: Array<[RegExp, string]> = [
  [/AADSTS700024/, 'The GitHub OIDC token used as client assertion expired (AADSTS700024). The action renews it; if this persists, check the runner clock and that `permissions: id-token: write` is set.'],
  [/AADSTS70021/, 'No federated credential matches this workflow (AADSTS70021). Add a federated credential to the app registration for issuer https://token.actions.githubusercontent.com and this repository, branch or environment subject.'],
  [/AADSTS7000215/, 'Invalid client secret (AADSTS7000215): use the secret value, not its ID, and check it has not expired.'],
  [/AADSTS7000222/, 'The client secret has expired (AADSTS7000222): create a new one and update the workflow secret.'],
  [/AADSTS700016/, 'The application is not found in this tenant (AADSTS700016). For customer tenants the multi-tenant app needs admin consent there; otherwise check client-id and tenant-id.'],
  [/AADSTS90002/, 'The tenant was not found (AADSTS90002): check tenant-id and the TENANT_ID/ part of targets.'],
  [/AADSTS500011/, 'The resource principal was not found in the tenant (AADSTS500011): check arm-endpoint / azure-environment.']
]

function record(e: unknown): Record<string, unknown> {
  return e && typeof e === 'object' ? (e as Record<string, unknown>) : {}
}

/** The ARM `error` object carried by an SDK error, whichever client family threw it. */
export function armErrorOf(e: unknown): ArmErrorInfo | null {
  const r = record(e)
  const details = record(r.details)
  if (details.error && typeof details.error === 'object') return details.error as ArmErrorInfo
  if (typeof details.code === 'string') return details as ArmErrorInfo
  if (typeof r.code === 'string') return { code: r.code, message: typeof r.message === 'string' ? r.message : undefined }
  return null
}

/** `CODE: message` with nested details, innermost first where they say more. */
export function formatArmError(info: ArmErrorInfo, depth = 0): string {
  const own = [info.code, info.message].filter(Boolean).join(': ')
  const inner = (info.details ?? []).filter((d) => d && (d.code || d.message)).map((d) => formatArmError(d, depth + 1))
  const text = inner.length ? `${own}${own ? ' — ' : ''}${inner.join('; ')}` : own
  if (depth > 0) return text
  const hintCode = [info.code, ...(info.details ?? []).map((d) => d.code)].find((c) => c && HINTS[c])
  return hintCode ? `${text} ${HINTS[hintCode]}` : text
}

export function isAbortError(e: unknown): boolean {
  const r = record(e)
  return r.name === 'AbortError' || r.code === 'ABORT_ERR'
}

/** A clear one-line message for any error thrown by the SDK clients or credentials. */
export function describeError(e: unknown): string {
  const r = record(e)
  const name = typeof r.name === 'string' ? r.name : ''
  const message = typeof r.message === 'string' ? r.message : String(e)
  if (isAbortError(e)) return 'Cancelled: the overall timeout (timeout-minutes) was reached.'
  // Already one sentence, naming the refused origin only (never the link's path or query).
  if (isOffOriginError(e)) return e.message
  if (name === 'AggregateAuthenticationError' && Array.isArray(r.errors)) return r.errors.map(describeError).join(' / ')
  // @actions/core's getIDToken on a job without `permissions: id-token: write`: the runner offers no token at all.
  if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_URL/.test(message)) {
    return 'No GitHub OIDC token for auth: oidc: give the job `permissions: id-token: write` (a pull request from a fork never gets one), or use auth: secret.'
  }
  if (name === 'AuthenticationError' || name === 'CredentialUnavailableError' || /AADSTS\d+/.test(message)) {
    const hint = AADSTS.find(([re]) => re.test(message))
    if (hint) return hint[1]
    if (name === 'CredentialUnavailableError') {
      return `No Azure credential available: ${redact(firstLine(message))} With auth: cli, run azure/login earlier in the job; or use auth: oidc / secret.`
    }
    return `Sign-in failed: ${redact(firstLine(message))}`
  }
  // Its message is the whole story (service, retries, wait, what to do).
  if (r.code === THROTTLE_BUDGET_CODE && typeof r.message === 'string') return r.message
  const arm = armErrorOf(e)
  const status = typeof r.statusCode === 'number' ? r.statusCode : undefined
  if (arm && (arm.code || arm.message)) {
    const text = formatArmError(arm)
    return redact(status ? `${text} (HTTP ${status})` : text)
  }
  if (status === 429) return 'Throttled by Azure Resource Manager (HTTP 429) after every retry; lower max-parallel or re-run later.'
  if (status) return redact(`HTTP ${status}: ${firstLine(message)}`)
  if (typeof r.code === 'string' && /^E[A-Z]+$/.test(r.code)) return `Network error ${r.code} talking to Azure after retries: ${redact(firstLine(message))}`
  return redact(firstLine(message))
}

function firstLine(s: string): string {
  // Entra ID descriptions carry trace / correlation IDs on later lines: useful in logs, noise in a summary.
  return s.split(/\r?\n/)[0]!.trim()
}
