/**
 * Turns a subscription's accumulation into a report entry and explains missing PEC with what the run knows: the
 * Partner ID link, the delegations the audit read (at subscription and resource-group scope, joined with the usage's
 * resource groups), the 48-hour delay, and whether the usage could earn PEC at all.
 */
import type { AuditEntry, PartnerLinkResult, PecReportEntry, PecResourceGroupEntry } from '../report/model.js'
import { daysOf, resourceGroupsOf, type RgAcc, type SubAcc } from './aggregate.js'

const DAY_MS = 86_400_000
/** PEC shows up in the usage data about 48 hours after the usage. */
const PEC_DELAY_MS = 2 * DAY_MS
const MAX_DAYS_LISTED = 62

export const REASON_NO_USAGE = 'no usage in this period'
export const REASON_RECENT = 'usage younger than 48 hours: PEC may still appear'
export const REASON_NOT_AZURE_PLAN =
  'not on a CSP Azure plan: the usage without PEC is Marketplace or another product (ProductId / PublisherName), which earns no PEC'
export const REASON_UNEXPLAINED = 'unexplained: check the delegation and link history for those days'
export const REASON_NO_DELEGATION = 'no permanent PEC-eligible delegation for the linked identity'

export interface ExplainContext {
  partner?: PartnerLinkResult
  /** Audit entries by lower-cased subscription ID. */
  audit: Map<string, AuditEntry[]>
  now: Date
  /** The managing tenant, to name in "not delegated to …" reasons. */
  managingTenantId?: string
}

/** Resource groups a breakdown lists at most; the rest are counted. */
export const MAX_RESOURCE_GROUPS_LISTED = 50
/** Resource groups a reason names at most. */
const MAX_GROUPS_NAMED = 5

export function auditIndex(audit: AuditEntry[] | undefined): Map<string, AuditEntry[]> {
  const m = new Map<string, AuditEntry[]>()
  for (const a of audit ?? []) {
    const k = a.subscription.toLowerCase()
    const list = m.get(k)
    if (list) list.push(a)
    else m.set(k, [a])
  }
  return m
}

/** A day is recent while any part of it is within 48 hours of now: its PEC may not have been rated yet. */
export function isRecent(day: string, now: Date): boolean {
  return Date.parse(`${day}T00:00:00Z`) + DAY_MS > now.getTime() - PEC_DELAY_MS
}

function partnerReason(p: PartnerLinkResult | undefined): string | null {
  if (!p) return null
  switch (p.status) {
    case 'not-linked':
      return `Partner ID ${p.partnerId} is not linked to the identity`
    case 'other-partner':
      return `the identity is linked to partner ID ${p.linkedPartnerId ?? '(unknown)'}, not ${p.partnerId}`
    case 'inactive':
      return `the Partner ID link (${p.linkedPartnerId ?? p.partnerId}) is inactive`
    case 'linked-now':
      return `Partner ID ${p.partnerId} was linked only in this run: earlier days earned no credit`
    case 'replaced':
      return `the link was changed to partner ID ${p.partnerId} in this run: earlier days were credited elsewhere`
    // linked: nothing to explain; error: we do not know, so we do not claim.
    default:
      return null
  }
}

const isGroupEntry = (a: AuditEntry): boolean => a.scope === 'resourceGroup'

function auditReason(entries: AuditEntry[] | undefined): string | null {
  // Several delegations can cover one subscription: one that is PEC-eligible is enough. A read that failed proves
  // nothing either way, so it explains nothing.
  const own = entries?.filter((a) => !isGroupEntry(a))
  if (!own?.length || own.some((a) => a.pecOk)) return null
  if (own.every((a) => a.error)) return null
  // Resource groups that could not be listed may hold a delegation that earns the credit: nothing is certain.
  if (own.some((a) => a.resourceGroupsError)) return null
  const fix = own.find((a) => a.fix)?.fix
  return fix ? `${REASON_NO_DELEGATION} (${fix})` : REASON_NO_DELEGATION
}

/** How the delegations the audit read cover usage in one resource group (null: lines that name none). */
type Coverage = 'pec' | 'no-pec-role' | 'group-no-pec-role' | 'not-delegated' | 'unknown'

function coverage(entries: AuditEntry[] | undefined, group: string | null): Coverage {
  const own = entries?.filter((a) => !isGroupEntry(a)) ?? []
  if (!own.length) return 'unknown'
  const mine = group === null ? [] : (entries ?? []).filter((a) => isGroupEntry(a) && a.resourceGroup?.toLowerCase() === group.toLowerCase())
  if (own.some((a) => a.pecOk) || mine.some((a) => a.pecOk)) return 'pec'
  if (mine.some((a) => a.error) || own.every((a) => a.error)) return 'unknown'
  // A delegation of the whole subscription without the role is the subscription's reason, not this group's.
  if (own.some((a) => a.offerName)) return 'no-pec-role'
  if (mine.length) return 'group-no-pec-role'
  // The subscription was read and holds no delegation; this resource group was listed and holds none either, unless
  // the listing itself failed.
  if (group !== null && own.some((a) => a.resourceGroupsError)) return 'unknown'
  return 'not-delegated'
}

const money = (n: number, currency: string | null): string => `${n.toFixed(2)}${currency ? ` ${currency}` : ''}`

function names(groups: string[]): string {
  const shown = groups.slice(0, MAX_GROUPS_NAMED).join(', ')
  return groups.length > MAX_GROUPS_NAMED ? `${shown} and ${groups.length - MAX_GROUPS_NAMED} more` : shown
}

const groupLabel = (g: string | null): string => g ?? '(no resource group)'

/** "resource group rg-data is not delegated to tenant …" and the like, from the audit, for the groups that lost credit. */
function groupReasons(lost: RgAcc[], entries: AuditEntry[] | undefined, ctx: ExplainContext): { text: string | null; perGroup: Map<RgAcc, string> } {
  const perGroup = new Map<RgAcc, string>()
  const notDelegated: string[] = []
  const noRole: string[] = []
  const to = ctx.managingTenantId ? `tenant ${ctx.managingTenantId}` : 'the managing tenant'
  for (const g of lost) {
    if (g.name === null) continue
    const c = coverage(entries, g.name)
    if (c === 'not-delegated') {
      notDelegated.push(g.name)
      perGroup.set(g, `resource group ${g.name} is not delegated to ${to}`)
    } else if (c === 'group-no-pec-role') {
      noRole.push(g.name)
      perGroup.set(g, `resource group ${g.name}: ${REASON_NO_DELEGATION}`)
    }
  }
  const parts: string[] = []
  if (notDelegated.length) parts.push(`resource group${notDelegated.length > 1 ? 's' : ''} ${names(notDelegated)} ${notDelegated.length > 1 ? 'are' : 'is'} not delegated to ${to}`)
  if (noRole.length) parts.push(`resource group${noRole.length > 1 ? 's' : ''} ${names(noRole)}: ${REASON_NO_DELEGATION}`)
  return { text: parts.length ? parts.join('; ') : null, perGroup }
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6

export function toEntry(sub: SubAcc, ctx: ExplainContext): PecReportEntry {
  let pecDays = 0
  let amountAtStake = 0
  let amountPending = 0
  let lostDays = 0
  let pendingDays = 0
  const missing: string[] = []
  let usageDays = 0
  for (const [day, acc] of daysOf(sub)) {
    usageDays++
    if (acc.pec) pecDays++
    // PEC is applied per line: an Azure-plan line without it loses credit whatever else its day had.
    if (acc.eligibleNoPec) {
      missing.push(day)
      if (isRecent(day, ctx.now)) {
        pendingDays++
        amountPending += acc.amountNoPec
      } else {
        lostDays++
        amountAtStake += acc.amountNoPec
      }
    } else if (!acc.pec) missing.push(day)
  }
  missing.sort()
  const status: PecReportEntry['status'] =
    lostDays > 0 ? 'lost' : pendingDays > 0 ? 'pending' : missing.length > 0 ? 'not-eligible' : 'pec'

  const groups = resourceGroupsOf(sub)
  const lostGroups = groups.filter((g) => g.lostLines > 0).sort((a, b) => b.lost - a.lost || groupLabel(a.name).localeCompare(groupLabel(b.name)))
  // A breakdown only where it tells something: credit lost in some resource groups and not in others.
  const split = status === 'lost' && groups.length > 1 && lostGroups.length < groups.length
  const audit = ctx.audit.get(sub.subscriptionId)
  const byGroup = status === 'lost' ? groupReasons(lostGroups, audit, ctx) : { text: null, perGroup: new Map<RgAcc, string>() }
  // The subscription's own delegation explains only the lines no resource-group delegation covers.
  const missingGroups = status === 'lost' ? lostGroups : groups.filter((g) => g.pendingLines > 0)
  const subscriptionReason = missingGroups.some((g) => coverage(audit, g.name) === 'no-pec-role') ? auditReason(audit) : null

  let reason: string | null = null
  if (status === 'not-eligible') {
    // The link and the delegation cannot matter for usage that never earns PEC.
    reason = REASON_NOT_AZURE_PLAN
  } else if (status !== 'pec') {
    reason =
      partnerReason(ctx.partner) ??
      byGroup.text ??
      subscriptionReason ??
      (status === 'pending' ? REASON_RECENT : REASON_UNEXPLAINED)
    if (split) {
      const earned = groups.filter((g) => g.lostLines === 0).map((g) => groupLabel(g.name)).sort()
      reason += ` (lost in ${names(lostGroups.map((g) => `${groupLabel(g.name)}: ${money(g.lost, sub.currency)}`))}; none lost in ${names(earned)})`
    }
  }
  const entry: PecReportEntry = {
    customerId: sub.customerId,
    customerName: sub.customerName,
    subscriptionId: sub.subscriptionId,
    usageDays,
    pecDays,
    pecRate: usageDays === 0 ? 0 : round(pecDays / usageDays),
    amountAtStake: round(amountAtStake),
    currency: sub.currency,
    reason,
    status,
    daysWithoutPec: missing.slice(0, MAX_DAYS_LISTED)
  }
  if (amountPending) entry.amountPending = round(amountPending)
  if (split) {
    const rank = (g: RgAcc): number => (g.lostLines ? 0 : g.pendingLines ? 1 : 2)
    const ordered = [...groups].sort((a, b) => rank(a) - rank(b) || b.lost - a.lost || groupLabel(a.name).localeCompare(groupLabel(b.name)))
    entry.resourceGroups = ordered.slice(0, MAX_RESOURCE_GROUPS_LISTED).map(
      (g): PecResourceGroupEntry => ({
        resourceGroup: g.name,
        status: g.lostLines ? 'lost' : g.pendingLines ? 'pending' : 'pec',
        amountAtStake: round(g.lost),
        reason: g.lostLines ? (byGroup.perGroup.get(g) ?? null) : null
      })
    )
    if (ordered.length > MAX_RESOURCE_GROUPS_LISTED) entry.resourceGroupsNotListed = ordered.length - MAX_RESOURCE_GROUPS_LISTED
  }
  return entry
}

export function noUsageEntry(subscriptionId: string, ctx: ExplainContext): PecReportEntry {
  const tenant = ctx.audit.get(subscriptionId)?.find((a) => a.tenant)?.tenant ?? ''
  return {
    customerId: tenant.toLowerCase(),
    customerName: null,
    subscriptionId,
    usageDays: 0,
    pecDays: 0,
    pecRate: 0,
    amountAtStake: 0,
    currency: null,
    reason: REASON_NO_USAGE,
    status: 'no-usage',
    daysWithoutPec: []
  }
}

const STATUS_RANK: Record<NonNullable<PecReportEntry['status']>, number> = {
  lost: 0,
  pending: 1,
  'no-usage': 2,
  'not-eligible': 3,
  pec: 4
}

/** Worst first: credit lost before credit pending, then the most money at stake, then the lowest PEC rate. */
export function worstFirst(a: PecReportEntry, b: PecReportEntry): number {
  return (
    STATUS_RANK[a.status ?? (a.reason ? 'lost' : 'pec')] - STATUS_RANK[b.status ?? (b.reason ? 'lost' : 'pec')] ||
    b.amountAtStake - a.amountAtStake ||
    a.pecRate - b.pecRate ||
    a.customerId.localeCompare(b.customerId) ||
    a.subscriptionId.localeCompare(b.subscriptionId)
  )
}
