/**
 * Generated partner billing export lines (daily rated usage, full attribute set), streamed so tests and the
 * benchmark can produce hundreds of thousands of lines without holding them.
 */

export type Casing = 'pascal' | 'camel' | 'mixed'
export type PecScale = 'percent' | 'rate' | 'mixed'

export interface SubSpec {
  customerId: string
  customerName: string
  subscriptionId: string
  days: string[]
  /** Days whose lines carry PEC; default every day. */
  pecDays?: string[]
  linesPerDay?: number
  /** Pre-tax total per line. */
  amount?: number
  productId?: string
  publisherName?: string
  /** The resource group of its lines (default rg-app); null: lines that name none (subscription-level charges). */
  resourceGroup?: string | null
}

export interface LineFormat {
  casing?: Casing
  scale?: PecScale
  /** Name the PEC column the old way (camelCase rate API) instead of PartnerEarnedCreditPercentage. */
  rateKey?: boolean
  amountAsString?: boolean
}

export const AZURE_PLAN = 'DZH318Z0BCGF'

export interface LineValues {
  customerId: string
  customerName: string
  subscriptionId: string
  day: string
  pec: boolean
  amount: number
  productId?: string
  publisherName?: string
  /** Default rg-app; null: no ResourceGroup and a ResourceURI outside any resource group. */
  resourceGroup?: string | null
  index: number
}

function camel(k: string): string {
  return k[0].toLowerCase() + k.slice(1)
}

/** One JSON line shaped like the v2 export's full attribute set (about 1 KB, like the real thing). */
export function usageLine(v: LineValues, f: LineFormat = {}): string {
  const casing = f.casing === 'mixed' ? (v.index % 2 ? 'camel' : 'pascal') : (f.casing ?? 'pascal')
  const scale = f.scale === 'mixed' ? (v.index % 3 ? 'percent' : 'rate') : (f.scale ?? 'percent')
  const pecValue = v.pec ? (scale === 'percent' ? 15 : 0.15) : 0
  const rec: Record<string, unknown> = {
    PartnerId: '3b33e682-00c3-41ee-9dd2-a548adf56438',
    PartnerName: 'Contoso Partner',
    CustomerId: v.customerId,
    CustomerName: v.customerName,
    CustomerDomainName: 'customer.onmicrosoft.com',
    CustomerCountry: 'US',
    MpnId: '1234567',
    Tier2MpnId: '',
    InvoiceNumber: '',
    ProductId: v.productId ?? AZURE_PLAN,
    SkuId: 'DZH318Z0BQ3Q',
    AvailabilityId: 'DZH318Z0BTTQ',
    SkuName: 'Azure plan',
    ProductName: 'Azure plan',
    PublisherName: v.publisherName ?? 'Microsoft',
    PublisherId: '',
    SubscriptionDescription: 'Azure plan',
    SubscriptionId: '9e1a5f3c-0000-4000-8000-00000000b111',
    ChargeStartDate: `${v.day.slice(0, 8)}01T00:00:00`,
    ChargeEndDate: `${v.day.slice(0, 8)}28T00:00:00`,
    UsageDate: `${v.day}T00:00:00`,
    MeterType: '1 Compute Hour',
    MeterCategory: 'Virtual Machines',
    MeterId: 'e0d5ab7d-0d08-4cb8-a84b-5f6a8a6b9f2e',
    MeterSubCategory: 'Dv3/DSv3 Series',
    MeterName: 'D2 v3/D2s v3',
    MeterRegion: 'EU West',
    Unit: '1 Hour',
    ResourceLocation: 'westeurope',
    ConsumedService: 'Microsoft.Compute',
    ResourceGroup: v.resourceGroup === null ? '' : (v.resourceGroup ?? 'rg-app'),
    ResourceURI:
      v.resourceGroup === null
        ? `/subscriptions/${v.subscriptionId}/providers/Microsoft.Support/supportPlans/plan${v.index % 7}`
        : `/subscriptions/${v.subscriptionId}/resourceGroups/${v.resourceGroup ?? 'rg-app'}/providers/Microsoft.Compute/virtualMachines/vm${v.index % 7}`,
    ChargeType: 'new',
    UnitPrice: 0.11,
    Quantity: 24,
    UnitType: '1 Hour',
    BillingPreTaxTotal: f.amountAsString ? String(v.amount) : v.amount,
    BillingCurrency: 'USD',
    PricingPreTaxTotal: v.amount,
    PricingCurrency: 'USD',
    ServiceInfo1: '',
    ServiceInfo2: '',
    Tags: '{"env":"prod"}',
    AdditionalInfo: '{"ImageType":null,"ServiceType":"Standard_D2s_v3","VMName":null}',
    EffectiveUnitPrice: 0.0935,
    PCToBCExchangeRate: 1,
    PCToBCExchangeRateDate: `${v.day.slice(0, 8)}01T00:00:00`,
    EntitlementId: v.subscriptionId,
    EntitlementDescription: 'Azure subscription 1',
    [f.rateKey ? 'rateOfPartnerEarnedCredit' : 'PartnerEarnedCreditPercentage']: pecValue,
    CreditPercentage: 0,
    CreditType: 'Credit Not Applied',
    BenefitOrderID: '',
    BenefitID: '',
    BenefitType: ''
  }
  if (casing === 'pascal') return JSON.stringify(rec)
  const out: Record<string, unknown> = {}
  for (const [k, val] of Object.entries(rec)) out[camel(k)] = val
  return JSON.stringify(out)
}

export function* specLines(subs: SubSpec[], f: LineFormat = {}): Generator<string> {
  let index = 0
  for (const s of subs) {
    const pec = new Set(s.pecDays ?? s.days)
    for (const day of s.days) {
      for (let i = 0; i < (s.linesPerDay ?? 2); i++) {
        yield usageLine(
          {
            customerId: s.customerId,
            customerName: s.customerName,
            subscriptionId: s.subscriptionId,
            day,
            pec: pec.has(day),
            amount: s.amount ?? 1.25,
            productId: s.productId,
            publisherName: s.publisherName,
            resourceGroup: s.resourceGroup,
            index: index++
          },
          f
        )
      }
    }
  }
}

/** Consecutive days from `first` (YYYY-MM-DD). */
export function dayRange(first: string, count: number): string[] {
  const t = Date.parse(`${first}T00:00:00Z`)
  return Array.from({ length: count }, (_, i) => new Date(t + i * 86_400_000).toISOString().slice(0, 10))
}

export function guid(n: number, prefix = 'a'): string {
  const hex = n.toString(16).padStart(12, '0')
  return `${prefix.repeat(8)}-0000-4000-8000-${hex}`
}

/**
 * The bulk pattern for the large tests: line i belongs to subscription i % subs, day ⌊i / subs⌋ % days. A
 * subscription s with s % 5 === 0 misses PEC on days d with d % 7 === 0. Lines carry an amount of 1.
 */
export interface BulkShape {
  subs: number
  days: number
  firstDay: string
}

export function bulkValues(i: number, shape: BulkShape, days: string[]): LineValues {
  const s = i % shape.subs
  const d = Math.floor(i / shape.subs) % shape.days
  return {
    customerId: guid(s % 10, 'c'),
    customerName: `Customer ${s % 10}`,
    subscriptionId: guid(s),
    day: days[d],
    pec: !(s % 5 === 0 && d % 7 === 0),
    amount: 1,
    index: i
  }
}

export function* bulkLines(from: number, to: number, shape: BulkShape, f: LineFormat = {}): Generator<string> {
  const days = dayRange(shape.firstDay, shape.days)
  for (let i = from; i < to; i++) yield usageLine(bulkValues(i, shape, days), { casing: 'mixed', scale: 'mixed', ...f })
}
