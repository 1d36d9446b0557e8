/**
 * The action's inputs (action.yml), read and validated once. A bad value stops the run before any work with a
 * message naming the input, the value and what is accepted.
 */
import type { Mode } from '../report/model.js'
import type { FailOn } from '../report/fail-on.js'
import { PARTNER_ID_PATTERN, isGuid } from '../shared/ids.js'

export class InputError extends Error {
  override name = 'InputError'
}

export type { FailOn } from '../report/fail-on.js'
export type CommentMode = 'auto' | 'always' | 'never'
export type SuggestionsMode = 'auto' | 'never'
export type AuthKind = 'oidc' | 'secret' | 'cli' | 'auto'

export interface ActionInputs {
  mode: Mode
  templates: string[]
  parameterPairs: Array<{ template: string; parameters: string }>
  automationPrincipalId: string | undefined
  failOn: FailOn
  sarifFile: string
  onlyChanged: boolean
  /** Keeps one sticky comment per key on a PR (several uses of the action, a matrix). */
  commentKey: string
  comment: CommentMode
  /** One-click fixes as PR review comments: `auto` (pull requests whose token can write) or `never`. */
  suggestions: SuggestionsMode
  githubToken: string
  auth: AuthKind
  clientId: string
  tenantId: string
  clientSecret: string
  azureEnvironment: 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud'
  armEndpoint: string
  authorityHost: string
  /** Raw lines (subscription IDs, TENANT/SUB, or one targets-file path); src/azure parses them. */
  targets: string[]
  location: string
  shard: { index: number; count: number } | null
  maxParallel: number
  timeoutMinutes: number
  allowedRefs: string[]
  partnerId: string
  linkPartner: 'false' | 'true' | 'replace'
  billingPeriod: 'current' | 'last'
  invoiceId: string
  billingCurrency: string
  graphEndpoint: string
  csvFile: string
  failOnMissingPec: boolean
}

export type GetInput = (name: string) => string

export const MODES: readonly Mode[] = ['lint', 'validate', 'what-if', 'deploy', 'audit', 'pec-report']

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim() === '' ? fallback : value.trim()
  if ((allowed as readonly string[]).includes(v)) return v as T
  throw new InputError(`Input \`${name}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')} (got "${v}").`)
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function bool(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim()
  if (v === '') return fallback
  if (['true', 'True', 'TRUE'].includes(v)) return true
  if (['false', 'False', 'FALSE'].includes(v)) return false
  throw new InputError(`Input \`${name}\` must be \`true\` or \`false\` (got "${v}").`)
}

function guid(name: string, value: string): string {
  const v = value.trim()
  if (v === '') return ''
  if (!isGuid(v)) throw new InputError(`Input \`${name}\` must be a GUID like 00000000-0000-0000-0000-000000000000 (got "${v}").`)
  return v.toLowerCase()
}

function url(name: string, value: string): string {
  const v = value.trim()
  if (v === '') return ''
  let parsed: URL
  try {
    parsed = new URL(v)
  } catch {
    throw new InputError(`Input \`${name}\` must be an absolute https:// URL (got "${v}").`)
  }
  if (parsed.protocol !== 'https:') throw new InputError(`Input \`${name}\` must use https:// (got "${v}").`)
  return v.replace(/\/+$/, '')
}

function positiveNumber(name: string, value: string, fallback: number, integer: boolean): number {
  const v = value.trim()
  if (v === '') return fallback
  const n = Number(v)
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new InputError(`Input \`${name}\` must be a positive ${integer ? 'whole number' : 'number'} (got "${v}").`)
  }
  return n
}

/** Lines, or comma-separated items on a single line; blank lines and `#` comments ignored. */
export function listInput(value: string): string[] {
  return value
    .split(/\r?\n/)
    .flatMap((line) => (line.includes(',') ? line.split(',') : [line]))
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
}

export function parseParameterPairs(value: string): Array<{ template: string; parameters: string }> {
  const pairs: Array<{ template: string; parameters: string }> = []
  for (const raw of value.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    // Split after the template's extension so a Windows drive letter ("C:\...") is not taken for the separator.
    const m = /^(.+?\.jsonc?)\s*:\s*(.+)$/i.exec(line) ?? /^(.+?):\s+(.+)$/.exec(line)
    if (!m) {
      throw new InputError(`Input \`parameters\`: each line must be \`template.json: parameters.json\` (got "${line}").`)
    }
    pairs.push({ template: m[1]!.trim(), parameters: m[2]!.trim() })
  }
  return pairs
}

export function parseShard(value: string): { index: number; count: number } | null {
  const v = value.trim()
  if (v === '') return null
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v)
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InputError(`Input \`shard\` must be \`K/N\` with 1 ≤ K ≤ N, e.g. \`2/4\` (got "${v}").`)
  }
  return { index, count }
}

function commentKey(value: string): string {
  const key = value.trim()
  // It ends up inside an HTML comment: keep it to characters that cannot close one.
  if (!/^[A-Za-z0-9._-]{0,64}$/.test(key)) {
    throw new InputError(`Input \`comment-key\` may hold only letters, digits, '.', '_' and '-' (at most 64), e.g. shard-1 (got "${key}").`)
  }
  return key
}

export function readInputs(getInput: GetInput): ActionInputs {
  const get = (name: string) => getInput(name) ?? ''
  const partnerId = get('partner-id').trim()
  if (partnerId !== '' && !PARTNER_ID_PATTERN.test(partnerId)) {
    throw new InputError(`Input \`partner-id\` must be the Associated Partner ID's digits, e.g. 1234567 (got "${partnerId}").`)
  }
  const templates = listInput(get('templates'))
  return {
    mode: oneOf('mode', get('mode'), MODES, 'lint'),
    templates: templates.length > 0 ? templates : ['.'],
    parameterPairs: parseParameterPairs(get('parameters')),
    automationPrincipalId: guid('automation-principal-id', get('automation-principal-id')) || undefined,
    failOn: oneOf('fail-on', get('fail-on'), ['error', 'warning', 'never'] as const, 'error'),
    sarifFile: get('sarif-file').trim(),
    onlyChanged: bool('only-changed', get('only-changed'), false),
    commentKey: commentKey(get('comment-key')),
    comment: oneOf('comment', get('comment'), ['auto', 'always', 'never'] as const, 'auto'),
    suggestions: oneOf('suggestions', get('suggestions'), ['auto', 'never'] as const, 'auto'),
    githubToken: get('github-token').trim(),
    auth: oneOf('auth', get('auth'), ['oidc', 'secret', 'cli', 'auto'] as const, 'auto'),
    clientId: guid('client-id', get('client-id')),
    tenantId: guid('tenant-id', get('tenant-id')),
    clientSecret: get('client-secret'),
    azureEnvironment: oneOf(
      'azure-environment',
      get('azure-environment'),
      ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const,
      'AzureCloud'
    ),
    armEndpoint: url('arm-endpoint', get('arm-endpoint')),
    authorityHost: url('authority-host', get('authority-host')),
    targets: get('targets')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#')),
    location: get('location').trim() || 'westeurope',
    shard: parseShard(get('shard')),
    maxParallel: positiveNumber('max-parallel', get('max-parallel'), 8, true),
    timeoutMinutes: positiveNumber('timeout-minutes', get('timeout-minutes'), 60, false),
    allowedRefs: listInput(get('allowed-refs')),
    partnerId,
    linkPartner: oneOf('link-partner', get('link-partner'), ['false', 'true', 'replace'] as const, 'false'),
    billingPeriod: oneOf('billing-period', get('billing-period'), ['current', 'last'] as const, 'current'),
    invoiceId: get('invoice-id').trim(),
    billingCurrency: currency(get('billing-currency')),
    graphEndpoint: url('graph-endpoint', get('graph-endpoint')),
    csvFile: get('csv-file').trim() || 'pec-report.csv',
    failOnMissingPec: bool('fail-on-missing-pec', get('fail-on-missing-pec'), false)
  }
}

/** An ISO 4217 code such as USD or EUR (upper-cased); empty means USD. */
function currency(raw: string): string {
  const value = raw.trim().toUpperCase() || 'USD'
  if (!/^[A-Z]{3}$/.test(value)) throw new InputError(`Input \`billing-currency\` must be a three-letter ISO 4217 code such as USD or EUR (got "${raw.trim()}").`)
  return value
}
