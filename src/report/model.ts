/**
 * One run's results across every mode, fed to the same reporters (job summary, PR comment, outputs).
 * Each producer owns its part; reporters only read. Add optional fields freely; never rename these.
 */
import type { LintReport } from '../lint/types.js'

export type Mode = 'lint' | 'validate' | 'what-if' | 'deploy' | 'audit' | 'pec-report'

export interface WhatIfChange {
  resourceId: string
  /** Create | Modify | Delete | NoChange | Ignore | Deploy | Unsupported (ARM's changeType). */
  changeType: string
  /** Short human description of property changes, if any. */
  details?: string[]
}

export interface DeploymentResult {
  /** The target as written by the user (`SUB` or `TENANT/SUB`). */
  target: string
  tenant: string
  subscription: string
  deploymentName: string
  /** succeeded | failed | validated | what-if | skipped | timed-out */
  status: 'succeeded' | 'failed' | 'validated' | 'what-if' | 'skipped' | 'timed-out'
  /** The real cause when failed (from deployment operations), else null. */
  error: string | null
  durationMs: number
  template?: string
  changes?: WhatIfChange[]
  /** After a deployment: whether the automation principal's permanent PEC-eligible role was read back live. */
  delegationVerified?: boolean | null
  /** Set for a management-group target (the group ID); `subscription` is then ''. */
  managementGroup?: string
  /** Resource groups whose delegation was read back after a deployment that delegates resource groups. */
  resourceGroups?: string[]
  /** What the user should know about a result that is not a failure (e.g. policy-based onboarding). */
  note?: string
}

export interface PartnerLinkResult {
  partnerId: string
  /** linked | not-linked | other-partner | inactive | linked-now | replaced | error */
  status: 'linked' | 'not-linked' | 'other-partner' | 'inactive' | 'linked-now' | 'replaced' | 'error'
  linkedPartnerId: string | null
  objectId: string | null
  tenantId: string | null
  message: string
  /** Set when the identity's object ID differs from automation-principal-id. */
  principalMismatch?: string
}

/** Whether a Partner ID check ended with the identity linked (already, now, or after replacing another ID). */
export function partnerLinkOk(partner: Pick<PartnerLinkResult, 'status'>): boolean {
  return partner.status === 'linked' || partner.status === 'linked-now' || partner.status === 'replaced'
}

export interface AuditEntry {
  subscription: string
  tenant: string | null
  offerName: string | null
  /** true when the linked identity has a permanent PEC-eligible role in a delegation at this entry's scope. */
  pecOk: boolean
  roles: string[]
  fix: string | null
  /** Set when the delegations could not be read: `pecOk` is then not a finding, only "not known". */
  error?: string
  /** The delegation's scope: the whole subscription (the default when absent) or one resource group of it. */
  scope?: 'subscription' | 'resourceGroup'
  /** The resource group, for scope `resourceGroup`. */
  resourceGroup?: string
  /** On a subscription entry: the resource groups that carry a delegation from the managing tenant. */
  delegatedResourceGroups?: string[]
  /** On a subscription entry: why its resource groups could not be listed (their delegations are then unknown). */
  resourceGroupsError?: string
}

/** Money and reason of one resource group of a PEC report entry. */
export interface PecResourceGroupEntry {
  /** As written in the export; null for usage that names no resource group. */
  resourceGroup: string | null
  /** lost: Azure-plan usage older than 48 h without PEC; pending: only younger usage lacks it; pec: none lacks it. */
  status: 'lost' | 'pending' | 'pec'
  /** Pre-tax total of its Azure-plan lines older than 48 h without PEC. */
  amountAtStake: number
  /** Why, from the delegations read by the audit (null when nothing explains it). */
  reason: string | null
}

export interface PecReportEntry {
  customerId: string
  customerName: string | null
  subscriptionId: string
  usageDays: number
  pecDays: number
  /** 0..1 rate of days with PEC. */
  pecRate: number
  /**
   * Money at stake, in the export's currency: the pre-tax total of every Azure-plan usage line older than 48 hours
   * without PEC, whatever the other lines of its day had.
   */
  amountAtStake: number
  currency: string | null
  /** Why PEC is missing, or null when applied every day. */
  reason: string | null
  /**
   * pec: credit every day; lost: a day older than 48 h without PEC on Azure plan usage; pending: only the last 48 h
   * lack PEC (it may still appear); not-eligible: only non-Azure-plan usage lacks PEC; no-usage: a target without usage.
   */
  status?: 'pec' | 'lost' | 'pending' | 'not-eligible' | 'no-usage'
  /** Usage days without PEC (YYYY-MM-DD, oldest first; at most 62), to compare with the delegation and link history. */
  daysWithoutPec?: string[]
  /** Pre-tax total of Azure-plan lines younger than 48 h without PEC (not at stake yet). */
  amountPending?: number
  /**
   * Set when credit was lost in some resource groups and not in others: each resource group, worst first (at most
   * 50; the rest are counted in `resourceGroupsNotListed`).
   */
  resourceGroups?: PecResourceGroupEntry[]
  resourceGroupsNotListed?: number
}

/** Live check of a role granted to the automation principal (src/azure/roles.ts): built-in, no DataActions. */
export interface RoleCheckResult {
  roleDefinitionId: string
  roleName: string | null
  builtIn: boolean | null
  dataActions: string[]
  ok: boolean
  message: string
}

export interface RunReport {
  mode: Mode
  lint: LintReport | null
  /** Templates skipped by only-changed. */
  skippedTemplates?: number
  deployments?: DeploymentResult[]
  partner?: PartnerLinkResult
  audit?: AuditEntry[]
  pecReport?: PecReportEntry[]
  roleChecks?: RoleCheckResult[]
  /** One-line notices shown at the top (fork PR skipped Azure, deploy downgraded to what-if, ...). */
  notices: string[]
}
