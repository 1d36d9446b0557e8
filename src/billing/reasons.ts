/**
 * Turns a subscription's daily accumulation into a report entry and explains missing PEC with what the run knows:
 * the Partner ID link, the delegation audit, the 48-hour delay, and whether the usage could earn PEC at all.
 */
import type { AuditEntry, PartnerLinkResult, PecReportEntry } from '../report/model.js'
import { daysOf, type SubAcc } from './aggregate.js'

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
}

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

function auditReason(entries: AuditEntry[] | undefined): string | null {
  // Several delegations can cover one subscription: one that is PEC-eligible is enough. A read that failed proves
  // nothing either way, so it explains nothing.
  if (!entries?.length || entries.some((a) => a.pecOk)) return null
  if (entries.every((a) => a.error)) return null
  const fix = entries.find((a) => a.fix)?.fix
  return fix ? `${REASON_NO_DELEGATION} (${fix})` : REASON_NO_DELEGATION
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6

export function toEntry(sub: SubAcc, ctx: ExplainContext): PecReportEntry {
  let pecDays = 0
  let amountAtStake = 0
  let lostDays = 0
  let pendingDays = 0
  const missing: string[] = []
  let usageDays = 0
  for (const [day, acc] of daysOf(sub)) {
    usageDays++
    if (acc.pec) {
      pecDays++
      continue
    }
    amountAtStake += acc.amountNoPec
    missing.push(day)
    if (!acc.eligibleNoPec) continue
    if (isRecent(day, ctx.now)) pendingDays++
    else lostDays++
  }
  missing.sort()
  const status: PecReportEntry['status'] =
    missing.length === 0 ? 'pec' : lostDays > 0 ? 'lost' : pendingDays > 0 ? 'pending' : 'not-eligible'

  let reason: string | null = null
  if (status === 'not-eligible') {
    // The link and the delegation cannot matter for usage that never earns PEC.
    reason = REASON_NOT_AZURE_PLAN
  } else if (status !== 'pec') {
    reason =
      partnerReason(ctx.partner) ??
      auditReason(ctx.audit.get(sub.subscriptionId)) ??
      (status === 'pending' ? REASON_RECENT : REASON_UNEXPLAINED)
  }
  return {
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
