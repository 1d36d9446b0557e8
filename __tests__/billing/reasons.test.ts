import { describe, expect, it } from '@jest/globals'
import { UsageAggregator } from '../../src/billing/aggregate.js'
import {
  REASON_NO_DELEGATION,
  REASON_NOT_AZURE_PLAN,
  REASON_RECENT,
  REASON_UNEXPLAINED,
  auditIndex,
  isRecent,
  toEntry,
  type ExplainContext
} from '../../src/billing/reasons.js'
import type { UsageLine } from '../../src/billing/usage.js'
import type { AuditEntry, PartnerLinkResult } from '../../src/report/model.js'

const NOW = new Date('2024-06-30T12:00:00Z')
const SUB = 'aaaaaaaa-0000-4000-8000-000000000001'

function line(day: string, pec: boolean, o: Partial<UsageLine> = {}): UsageLine {
  return { customerId: 'c1', customerName: 'Fabrikam', subscriptionId: SUB, day, preTax: 10, currency: 'USD', pec, azurePlan: true, ...o }
}

function entryOf(lines: UsageLine[], ctx: Partial<ExplainContext> = {}) {
  const agg = new UsageAggregator()
  for (const l of lines) agg.add(l)
  const [sub] = agg.subs.values()
  return toEntry(sub, { audit: new Map(), now: NOW, ...ctx })
}

const linked: PartnerLinkResult = { partnerId: '123', status: 'linked', linkedPartnerId: '123', objectId: 'o', tenantId: 't', message: '' }
const audit = (pecOk: boolean, fix: string | null = null): AuditEntry[] => [
  { subscription: SUB.toUpperCase(), tenant: 't', offerName: 'o', pecOk, roles: [], fix }
]

describe('aggregation', () => {
  it('counts a day as PEC when any of its lines had PEC, and money only on days without', () => {
    const e = entryOf([
      line('2024-06-01', true),
      line('2024-06-01', false, { preTax: 99 }),
      line('2024-06-02', false),
      line('2024-06-02', false, { preTax: 5 }),
      line('2024-06-03', true)
    ])
    expect(e).toMatchObject({ usageDays: 3, pecDays: 2, amountAtStake: 15, status: 'lost', daysWithoutPec: ['2024-06-02'] })
    expect(e.pecRate).toBeCloseTo(2 / 3, 6)
  })

  it('merges partial aggregations as if the lines had come in one stream', () => {
    const a = new UsageAggregator()
    const b = new UsageAggregator()
    a.add(line('2024-06-01', false))
    b.add(line('2024-06-01', true))
    b.add(line('2024-06-02', false, { customerName: null }))
    a.merge(b)
    const e = toEntry([...a.subs.values()][0], { audit: new Map(), now: NOW })
    expect(e).toMatchObject({ usageDays: 2, pecDays: 1, amountAtStake: 10 })
  })

  it('keeps only targets when given', () => {
    const agg = new UsageAggregator(new Set([SUB]))
    agg.add(line('2024-06-01', true))
    agg.add(line('2024-06-01', true, { subscriptionId: 'other' }))
    expect([...agg.subs.values()].map((s) => s.subscriptionId)).toEqual([SUB])
  })
})

describe('reasons', () => {
  const old = [line('2024-06-01', true), line('2024-06-02', false)]

  it('is null with PEC every day', () => {
    expect(entryOf([line('2024-06-01', true)])).toMatchObject({ reason: null, status: 'pec' })
  })

  it('puts the Partner ID link first', () => {
    expect(entryOf(old, { partner: { ...linked, status: 'not-linked', linkedPartnerId: null }, audit: auditIndex(audit(false)) }).reason).toBe(
      'Partner ID 123 is not linked to the identity'
    )
    expect(entryOf(old, { partner: { ...linked, status: 'other-partner', linkedPartnerId: '999' } }).reason).toMatch(/linked to partner ID 999, not 123/)
    expect(entryOf(old, { partner: { ...linked, status: 'linked-now' } }).reason).toMatch(/linked only in this run/)
  })

  it('then the audit: no permanent PEC-eligible delegation (case-insensitive subscription)', () => {
    expect(entryOf(old, { partner: linked, audit: auditIndex(audit(false, 'add Contributor permanently')) }).reason).toBe(
      `${REASON_NO_DELEGATION} (add Contributor permanently)`
    )
    expect(entryOf(old, { partner: linked, audit: auditIndex(audit(true)) }).reason).toBe(REASON_UNEXPLAINED)
  })

  it('does not blame the delegation when the audit could not read it', () => {
    const unread: AuditEntry[] = [{ ...audit(false, 'Could not read the delegations: HTTP 503 Re-run the audit.')[0]!, error: 'Could not read the delegations: HTTP 503' }]
    expect(entryOf(old, { partner: linked, audit: auditIndex(unread) }).reason).toBe(REASON_UNEXPLAINED)
  })

  it('then usage younger than 48 hours, which is pending rather than lost', () => {
    const e = entryOf([line('2024-06-27', true), line('2024-06-28', false), line('2024-06-29', false), line('2024-06-30', false)])
    expect(e).toMatchObject({ reason: REASON_RECENT, status: 'pending', pecDays: 1 })
    expect(isRecent('2024-06-28', NOW)).toBe(true)
    expect(isRecent('2024-06-27', NOW)).toBe(false)
  })

  it('then usage that is not on an Azure plan', () => {
    const e = entryOf([line('2024-06-01', true), line('2024-06-02', false, { azurePlan: false })], { partner: { ...linked, status: 'not-linked' } })
    expect(e).toMatchObject({ reason: REASON_NOT_AZURE_PLAN, status: 'not-eligible', amountAtStake: 10 })
  })

  it('else unexplained', () => {
    expect(entryOf(old, { partner: linked })).toMatchObject({ reason: REASON_UNEXPLAINED, status: 'lost' })
  })
})
