import { describe, expect, it } from '@jest/globals'
import { looksAzurePlan, parseUsageLine, pecPercent, toDay } from '../../src/billing/usage.js'
import { usageLine, type LineValues } from './generate-usage.js'

const V: LineValues = {
  customerId: 'C-1',
  customerName: 'Fabrikam',
  subscriptionId: 'AAAAAAAA-0000-4000-8000-000000000001',
  day: '2024-06-03',
  pec: true,
  amount: 3.5,
  index: 0
}

function parsed(raw: string) {
  const r = parseUsageLine(raw)
  if (!r.ok) throw new Error(`not parsed: ${r.why}`)
  return r.line
}

describe('parseUsageLine', () => {
  it.each([
    ['PascalCase, percent', { casing: 'pascal', scale: 'percent' }],
    ['camelCase, percent', { casing: 'camel', scale: 'percent' }],
    ['PascalCase, rate', { casing: 'pascal', scale: 'rate' }],
    ['camelCase rateOfPartnerEarnedCredit, rate', { casing: 'camel', scale: 'rate', rateKey: true }],
    ['amount as a string', { amountAsString: true }]
  ] as const)('reads %s', (_n, f) => {
    expect(parsed(usageLine(V, f))).toEqual({
      customerId: 'c-1',
      customerName: 'Fabrikam',
      subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001',
      day: '2024-06-03',
      preTax: 3.5,
      currency: 'USD',
      pec: true,
      azurePlan: true,
      resourceGroup: 'rg-app'
    })
  })

  it('takes the resource group from ResourceGroup, else from ResourceUri; none, or one longer than Azure allows, is null', () => {
    const base = { EntitlementId: 'S1', UsageDate: '2024-06-01', BillingPreTaxTotal: 1, PartnerEarnedCreditPercentage: 0 }
    expect(parsed(JSON.stringify({ ...base, ResourceGroup: 'RG-Data', ResourceUri: '/subscriptions/s1/resourceGroups/other/providers/x/y/z' }))).toMatchObject({ resourceGroup: 'RG-Data' })
    expect(parsed(JSON.stringify({ ...base, resourceUri: '/subscriptions/s1/resourcegroups/rg%28x%29/providers/Microsoft.Compute/disks/d' }))).toMatchObject({ resourceGroup: 'rg(x)' })
    expect(parsed(JSON.stringify({ ...base, ResourceGroup: '', ResourceUri: '/subscriptions/s1/providers/Microsoft.Support/supportPlans/p' }))).toMatchObject({ resourceGroup: null })
    expect(parsed(JSON.stringify({ ...base, ResourceGroup: 'r'.repeat(91) }))).toMatchObject({ resourceGroup: null })
    expect(parsed(JSON.stringify({ ...base, ResourceUri: 42 }))).toMatchObject({ resourceGroup: null })
  })

  it('reads keys in any casing', () => {
    const l = parsed('{"ENTITLEMENTID":"S1","customerid":"c","UsageDATE":"2024-06-01","billingPRETAXtotal":"2","PARTNEREARNEDCREDITPERCENTAGE":"15"}')
    expect(l).toMatchObject({ subscriptionId: 's1', day: '2024-06-01', preTax: 2, pec: true })
  })

  it('sees no PEC at 0 on both scales and no column as unknown', () => {
    expect(parsed(usageLine({ ...V, pec: false })).pec).toBe(false)
    expect(parsed(usageLine({ ...V, pec: false }, { scale: 'rate', rateKey: true })).pec).toBe(false)
    expect(parsed('{"EntitlementId":"s","UsageDate":"2024-06-01"}').pec).toBeNull()
  })

  it.each([
    ['not JSON', '{"EntitlementId":', 'json'],
    ['an array', '[1,2]', 'json'],
    ['no EntitlementId', '{"UsageDate":"2024-06-01"}', 'entitlement'],
    ['a bad date', '{"EntitlementId":"s","UsageDate":"soon"}', 'date'],
    ['a bad amount', '{"EntitlementId":"s","UsageDate":"2024-06-01","BillingPreTaxTotal":"ten"}', 'amount']
  ])('rejects %s', (_n, raw, why) => {
    expect(parseUsageLine(raw)).toEqual({ ok: false, why })
  })

  it('marks Marketplace and other products as not Azure plan', () => {
    expect(parsed(usageLine({ ...V, publisherName: 'Contoso ISV' })).azurePlan).toBe(false)
    expect(parsed(usageLine({ ...V, productId: 'DZH318Z0BQ5S' })).azurePlan).toBe(false)
    expect(looksAzurePlan(null, null)).toBe(true)
    expect(looksAzurePlan('dzh318z0bcgf', 'Microsoft Corporation')).toBe(true)
  })
})

describe('normalisation', () => {
  it('treats values above 1 as percent and others as a rate', () => {
    expect(pecPercent(15)).toBe(15)
    expect(pecPercent(0.15)).toBe(15)
    expect(pecPercent('0')).toBe(0)
    expect(pecPercent('n/a')).toBeNull()
  })

  it('reads ISO, US and timestamp dates as a UTC day', () => {
    expect(toDay('2024-06-03T00:00:00')).toBe('2024-06-03')
    expect(toDay('6/3/2024 12:00:00 AM')).toBe('2024-06-03')
    expect(toDay(Date.parse('2024-06-03T10:00:00Z'))).toBe('2024-06-03')
    expect(toDay('')).toBeNull()
  })

  it('rejects impossible dates instead of throwing or shifting them', () => {
    expect(toDay(1e20)).toBeNull()
    expect(toDay('2026-13-45')).toBeNull()
    expect(toDay('2026-02-30')).toBeNull()
    expect(toDay('2024-02-29')).toBe('2024-02-29')
    expect(toDay('13/45/2026')).toBeNull()
    // A zone-less text is the day written, whatever the runner's time zone (Date.parse reads it as local time).
    expect(toDay('Jan 15 2026')).toBe('2026-01-15')
    expect(toDay('2026/01/15')).toBe('2026-01-15')
  })

  it('counts a line with an impossible date as malformed', () => {
    expect(parseUsageLine(JSON.stringify({ EntitlementId: 'x', CustomerId: 'c', UsageDate: 1e20, PartnerEarnedCreditPercentage: 15 }))).toEqual({ ok: false, why: 'date' })
  })
})
