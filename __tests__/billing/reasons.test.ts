import { describe, expect, it } from '@jest/globals'
import { UsageAggregator, daysOf, resourceGroupsOf, usageDayCount } from '../../src/billing/aggregate.js'
import { BillingLimitError, limitsWith } from '../../src/billing/limits.js'
import { usageLine, type LineValues } from './generate-usage.js'
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
  const agg = new UsageAggregator(null, undefined, ctx.now ?? NOW)
  for (const l of lines) agg.add(l)
  const [sub] = agg.subs.values()
  return toEntry(sub, { audit: new Map(), now: NOW, ...ctx })
}

const values: LineValues = { customerId: 'c1', customerName: 'Fabrikam', subscriptionId: SUB, day: '2024-06-01', pec: true, amount: 1, index: 0 }

const linked: PartnerLinkResult = { partnerId: '123', status: 'linked', linkedPartnerId: '123', objectId: 'o', tenantId: 't', message: '' }
const audit = (pecOk: boolean, fix: string | null = null): AuditEntry[] => [
  { subscription: SUB.toUpperCase(), tenant: 't', offerName: 'o', pecOk, roles: [], fix }
]

describe('aggregation', () => {
  it('counts money at stake per line: an Azure-plan line without PEC loses credit whatever its day had; a day with any PEC line is a PEC day', () => {
    const e = entryOf([
      line('2024-06-01', true),
      line('2024-06-01', false, { preTax: 99 }),
      line('2024-06-02', false),
      line('2024-06-02', false, { preTax: 5 }),
      line('2024-06-03', true),
      // Not Azure plan: never earns PEC, so nothing is at stake and the day stays a PEC day.
      line('2024-06-03', false, { preTax: 1000, azurePlan: false })
    ])
    expect(e).toMatchObject({ usageDays: 3, pecDays: 2, amountAtStake: 114, status: 'lost', daysWithoutPec: ['2024-06-01', '2024-06-02'] })
    expect(e.pecRate).toBeCloseTo(2 / 3, 6)
  })

  it('keeps days in date order whatever order the lines come in, filling gaps with nothing', () => {
    const agg = new UsageAggregator()
    for (const d of ['2024-06-10', '2024-06-03', '2024-06-12', '2024-06-03']) agg.add(line(d, d === '2024-06-12'))
    const [sub] = agg.subs.values()
    expect([...daysOf(sub!)].map(([d, acc]) => [d, acc.pec, acc.amountNoPec])).toEqual([
      ['2024-06-03', false, 20],
      ['2024-06-10', false, 10],
      ['2024-06-12', true, 0]
    ])
    expect(toEntry(sub!, { audit: new Map(), now: NOW })).toMatchObject({ usageDays: 3, pecDays: 1, amountAtStake: 30 })
  })

  it('does not count a line dated further from the subscription\'s other days than an export spans, and says where it was', () => {
    const agg = new UsageAggregator(null, limitsWith({ maxSpanDays: 62 }))
    agg.addRaw(usageLine({ ...values, day: '2024-06-01' }), () => 'part-0 line 1')
    agg.addRaw(usageLine({ ...values, day: '2024-07-31' }), () => 'part-0 line 2')
    agg.addRaw(usageLine({ ...values, day: '1999-01-01' }), () => 'part-0 line 3')
    agg.addRaw(usageLine({ ...values, day: '2024-08-02' }), () => 'part-0 line 4')
    expect(agg.stats).toMatchObject({ linesRead: 4, malformed: 2 })
    expect(agg.stats.firstMalformed).toBe("part-0 line 3 (UsageDate 1999-01-01 more than 62 days from the subscription's other usage dates)")
    expect(usageDayCount([...agg.subs.values()][0]!)).toBe(2)
  })

  it('stops with a clear error at one subscription more than the limit, whatever the CustomerId text', () => {
    const agg = new UsageAggregator(null, limitsWith({ maxSubscriptions: 1000 }))
    for (let i = 0; i < 1000; i++) agg.add(line('2024-06-01', true, { customerId: `free text ${i}` }))
    expect(() => agg.add(line('2024-06-01', true, { customerId: 'one more' }))).toThrow(BillingLimitError)
    expect(() => agg.add(line('2024-06-01', true, { customerId: 'one more' }))).toThrow(
      /^the billing export names more than 1,000 customer subscriptions \(CustomerId and EntitlementId pairs\), more than a partner export holds.*Narrow the report to your customers with `targets`\.$/
    )
    // A line for a subscription already held still counts.
    expect(agg.add(line('2024-06-02', false, { customerId: 'free text 7' }))).toBe(true)
  })

  it('refuses IDs too long to be IDs and cuts long customer names, so no key or name grows with the line', () => {
    const agg = new UsageAggregator()
    agg.addRaw(usageLine({ ...values, customerId: 'c'.repeat(129) }), () => 'line 1')
    agg.addRaw(usageLine({ ...values, customerName: 'N'.repeat(10_000) }), () => 'line 2')
    expect(agg.stats.malformed).toBe(1)
    expect(agg.stats.firstMalformed).toBe('line 1 (CustomerId or EntitlementId too long to be an ID)')
    expect([...agg.subs.values()][0]!.customerName).toHaveLength(256)
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
    // Money at stake counts only Azure-plan usage: Marketplace lines never earn PEC, so nothing was lost.
    expect(e).toMatchObject({ reason: REASON_NOT_AZURE_PLAN, status: 'not-eligible', amountAtStake: 0 })
  })

  it('else unexplained', () => {
    expect(entryOf(old, { partner: linked })).toMatchObject({ reason: REASON_UNEXPLAINED, status: 'lost' })
  })
})

describe('resource groups', () => {
  const MANAGING = 'aaaaaaaa-0000-4000-8000-00000000000a'
  const rgApp = (day: string, pec = true, preTax = 10): UsageLine => line(day, pec, { resourceGroup: 'rg-app', preTax })
  const rgData = (day: string, pec = false, preTax = 25): UsageLine => line(day, pec, { resourceGroup: 'rg-data', preTax })
  // Every day has a PEC line (rg-app), so a per-day rule would call this subscription fine.
  const mixed = [rgApp('2024-06-01'), rgData('2024-06-01'), rgApp('2024-06-02'), rgData('2024-06-02'), rgApp('2024-06-03')]
  /** What the audit reads for a customer onboarded for rg-app only. */
  const onlyRgApp = (pecOk = true): AuditEntry[] => [
    { subscription: SUB, tenant: 't', scope: 'subscription', offerName: null, pecOk: false, roles: [], fix: 'Only resource group rg-app is delegated', delegatedResourceGroups: ['rg-app'] },
    { subscription: SUB, tenant: 't', scope: 'resourceGroup', resourceGroup: 'rg-app', offerName: 'Contoso', pecOk, roles: [pecOk ? 'Contributor' : 'Reader'], fix: pecOk ? null : 'add a PEC role' }
  ]

  it('counts every Azure-plan line without PEC, names the undelegated resource group and lists the breakdown', () => {
    const e = entryOf(mixed, { partner: linked, audit: auditIndex(onlyRgApp()), managingTenantId: MANAGING })
    expect(e).toMatchObject({ status: 'lost', amountAtStake: 50, usageDays: 3, pecDays: 3, pecRate: 1 })
    expect(e.reason).toBe(`resource group rg-data is not delegated to tenant ${MANAGING} (lost in rg-data: 50.00 USD; none lost in rg-app)`)
    expect(e.resourceGroups).toEqual([
      { resourceGroup: 'rg-data', status: 'lost', amountAtStake: 50, reason: `resource group rg-data is not delegated to tenant ${MANAGING}` },
      { resourceGroup: 'rg-app', status: 'pec', amountAtStake: 0, reason: null }
    ])
  })

  it('stays pec when every line earned it, in every resource group', () => {
    const e = entryOf([rgApp('2024-06-01'), rgData('2024-06-01', true), rgData('2024-06-02', true)], { audit: auditIndex(onlyRgApp()) })
    expect(e).toMatchObject({ status: 'pec', reason: null, amountAtStake: 0 })
    expect(e.resourceGroups).toBeUndefined()
  })

  it('blames a resource-group delegation without a PEC role, and the subscription delegation when that is the one', () => {
    const audit: AuditEntry[] = [...onlyRgApp(true), { subscription: SUB, tenant: 't', scope: 'resourceGroup', resourceGroup: 'RG-DATA', offerName: 'Contoso', pecOk: false, roles: ['Reader'], fix: 'x' }]
    expect(entryOf(mixed, { partner: linked, audit: auditIndex(audit) }).reason).toBe(`resource group rg-data: ${REASON_NO_DELEGATION} (lost in rg-data: 50.00 USD; none lost in rg-app)`)
    const whole: AuditEntry[] = [{ subscription: SUB, tenant: 't', scope: 'subscription', offerName: 'Contoso', pecOk: false, roles: ['Reader'], fix: 'add Contributor' }]
    expect(entryOf(mixed, { partner: linked, audit: auditIndex(whole) }).reason).toBe(`${REASON_NO_DELEGATION} (add Contributor) (lost in rg-data: 50.00 USD; none lost in rg-app)`)
  })

  it('claims nothing about a resource group whose delegations could not be read, or when the audit did not run', () => {
    const unread: AuditEntry[] = [{ subscription: SUB, tenant: 't', scope: 'subscription', offerName: null, pecOk: false, roles: [], fix: 'x', resourceGroupsError: 'Could not list the resource groups: HTTP 503' }]
    expect(entryOf(mixed, { partner: linked, audit: auditIndex(unread) }).reason).toMatch(new RegExp(`^${REASON_UNEXPLAINED} \\(lost in rg-data`))
    expect(entryOf(mixed, { partner: linked }).reason).toBe(`${REASON_UNEXPLAINED} (lost in rg-data: 50.00 USD; none lost in rg-app)`)
  })

  it('keeps lines without a resource group apart, and pending lines out of the money at stake', () => {
    const e = entryOf([rgApp('2024-06-01'), line('2024-06-01', false, { resourceGroup: null, preTax: 7 }), rgData('2024-06-29', false, 3)], { now: NOW })
    expect(e).toMatchObject({ status: 'lost', amountAtStake: 7, amountPending: 3 })
    expect(e.resourceGroups?.map((g) => [g.resourceGroup, g.status, g.amountAtStake])).toEqual([
      [null, 'lost', 7],
      ['rg-data', 'pending', 0],
      ['rg-app', 'pec', 0]
    ])
    expect(e.reason).toBe(`${REASON_UNEXPLAINED} (lost in (no resource group): 7.00 USD; none lost in rg-app, rg-data)`)
  })

  it('folds resource groups past the bound into one bucket, keeping the subscription exact', () => {
    const agg = new UsageAggregator(null, limitsWith({ maxResourceGroupsPerSubscription: 2 }), NOW)
    for (const [i, g] of ['rg-a', 'rg-b', 'rg-c', 'RG-A', 'rg-d'].entries()) agg.add(line('2024-06-01', i === 0, { resourceGroup: g }))
    const [sub] = agg.subs.values()
    expect(resourceGroupsOf(sub!).map((g) => [g.name, g.lostLines])).toEqual([
      ['rg-a', 1],
      ['rg-b', 1],
      ['(other resource groups)', 2]
    ])
    expect(agg.stats).toMatchObject({ resourceGroups: 2, resourceGroupLinesFolded: 2 })
    expect(toEntry(sub!, { audit: new Map(), now: NOW }).amountAtStake).toBe(40)
    const total = new UsageAggregator(null, limitsWith({ maxResourceGroups: 1 }), NOW)
    total.add(line('2024-06-01', true, { resourceGroup: 'x' }))
    total.add(line('2024-06-01', true, { resourceGroup: 'y', subscriptionId: 'other' }))
    expect(total.stats).toMatchObject({ resourceGroups: 1, resourceGroupLinesFolded: 1 })
  })
})
