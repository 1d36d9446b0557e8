/**
 * One line of the partner billing export (daily rated usage, `attributeSet: full`) reduced to the few fields the
 * PEC report needs. The export's column casing is not stable across API versions (PascalCase in the v2 GA export,
 * camelCase in the older reconciliation API), so every key is matched case-insensitively.
 */
import { DEFAULT_LIMITS, type BillingLimits } from './limits.js'

/** Azure plan's Partner Center product ID: consumption under any other product is not Azure-plan usage. */
export const AZURE_PLAN_PRODUCT_ID = 'DZH318Z0BCGF'

export interface UsageLine {
  customerId: string
  customerName: string | null
  /** EntitlementId, lower-cased: the Azure subscription GUID (SubscriptionId is a billing-platform ID). */
  subscriptionId: string
  /** UTC day, YYYY-MM-DD. */
  day: string
  preTax: number
  currency: string | null
  /** null when the line carries no PEC column at all (a `basic` attribute set, or a changed schema). */
  pec: boolean | null
  /** false when the line looks like Marketplace / non-Azure-plan consumption, which never earns PEC. */
  azurePlan: boolean
  /**
   * The resource group the usage is in (`ResourceGroup`, else parsed from `ResourceUri`), as written; null when the
   * line names none (subscription-level charges) or names one longer than Azure allows (90 characters).
   */
  resourceGroup?: string | null
}

export type ParseResult = { ok: true; line: UsageLine } | { ok: false; why: 'json' | 'entitlement' | 'date' | 'amount' | 'id' }

const enum F {
  Ignore,
  Entitlement,
  Customer,
  CustomerName,
  UsageDate,
  PreTax,
  BillingCurrency,
  PricingCurrency,
  PecPercent,
  ProductId,
  Publisher,
  ResourceGroup,
  ResourceUri
}

const FIELDS: Record<string, F> = {
  entitlementid: F.Entitlement,
  customerid: F.Customer,
  customername: F.CustomerName,
  customercompanyname: F.CustomerName,
  usagedate: F.UsageDate,
  billingpretaxtotal: F.PreTax,
  billingcurrency: F.BillingCurrency,
  pricingcurrency: F.PricingCurrency,
  partnerearnedcreditpercentage: F.PecPercent,
  rateofpartnerearnedcredit: F.PecPercent,
  productid: F.ProductId,
  publishername: F.Publisher,
  resourcegroup: F.ResourceGroup,
  resourcegroupname: F.ResourceGroup,
  resourceuri: F.ResourceUri
}

// Lower-casing every key of every line is the hot path of a multi-gigabyte export; the key set is small and repeats.
const keyCache = new Map<string, F>()
function fieldOf(key: string): F {
  let f = keyCache.get(key)
  if (f === undefined) {
    f = FIELDS[key.toLowerCase()] ?? F.Ignore
    // A hostile file with endless distinct (or endlessly long) keys must not grow the cache without bound.
    if (keyCache.size < 4096 && key.length <= 64) keyCache.set(key, f)
  }
  return f
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim()
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

function num(v: unknown): number {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '') return Number(v.trim())
  return Number.NaN
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/
const US_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/

/** YYYY-MM-DD for a real calendar day, else null (no 2026-13-45, no year 275760). */
function day(year: number, month: number, date: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || date < 1) return null
  if (date > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`
}

/**
 * The usage day as YYYY-MM-DD; the export writes ISO dates, older CSV-derived data US dates. The day is the one
 * written, whatever the runner's time zone; an impossible date is null (the line is then malformed), never a throw.
 */
export function toDay(v: unknown): string | null {
  if (typeof v === 'string') {
    const iso = ISO_DAY.exec(v)
    if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    const us = US_DAY.exec(v)
    if (us) return day(Number(us[3]), Number(us[1]), Number(us[2]))
    const t = Date.parse(v)
    if (Number.isNaN(t)) return null
    // Date.parse reads a zone-less text as local time: the local calendar fields are the day as written.
    const d = new Date(t)
    return day(d.getFullYear(), d.getMonth() + 1, d.getDate())
  }
  if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 8.64e15) {
    const d = new Date(v)
    return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }
  return null
}

/**
 * PEC is 0 or 15 as a percent in the v2 export, 0..1 as a rate in the older API: > 1 can only be a percent, and
 * either way any positive value means the credit was applied.
 */
export function pecPercent(v: unknown): number | null {
  const n = num(v)
  if (Number.isNaN(n)) return null
  return n > 1 ? n : n * 100
}

/** Currency codes are three letters; anything much longer is not one and is not kept. */
const MAX_CURRENCY_CHARS = 16

export function parseUsageLine(raw: string, limits: Pick<BillingLimits, 'maxIdChars' | 'maxNameChars'> = DEFAULT_LIMITS): ParseResult {
  let obj: unknown
  try {
    obj = JSON.parse(raw)
  } catch {
    return { ok: false, why: 'json' }
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return { ok: false, why: 'json' }
  const o = obj as Record<string, unknown>

  let entitlement: string | null = null
  let customerId: string | null = null
  let customerName: string | null = null
  let dateRaw: unknown = undefined
  let preTaxRaw: unknown = undefined
  let billingCurrency: string | null = null
  let pricingCurrency: string | null = null
  let pec: number | null = null
  let productId: string | null = null
  let publisher: string | null = null
  let resourceGroup: string | null = null
  let resourceUri: unknown = undefined
  for (const k in o) {
    switch (fieldOf(k)) {
      case F.Ignore:
        break
      case F.Entitlement:
        entitlement = text(o[k])
        break
      case F.Customer:
        customerId = text(o[k])
        break
      case F.CustomerName:
        customerName ??= text(o[k])
        break
      case F.UsageDate:
        dateRaw = o[k]
        break
      case F.PreTax:
        preTaxRaw = o[k]
        break
      case F.BillingCurrency:
        billingCurrency = text(o[k])
        break
      case F.PricingCurrency:
        pricingCurrency = text(o[k])
        break
      case F.PecPercent:
        pec ??= pecPercent(o[k])
        break
      case F.ProductId:
        productId = text(o[k])
        break
      case F.Publisher:
        publisher = text(o[k])
        break
      case F.ResourceGroup:
        resourceGroup = text(o[k])
        break
      case F.ResourceUri:
        resourceUri ??= o[k]
        break
    }
  }
  if (!entitlement) return { ok: false, why: 'entitlement' }
  // Both become map keys kept for the whole run: free text of any length must not (GUIDs are 36 characters).
  if (entitlement.length > limits.maxIdChars || (customerId?.length ?? 0) > limits.maxIdChars) return { ok: false, why: 'id' }
  const day = toDay(dateRaw)
  if (!day) return { ok: false, why: 'date' }
  // A line without an amount still proves usage on that day; a non-numeric amount is data we cannot trust.
  const preTax = preTaxRaw === undefined || preTaxRaw === null ? 0 : num(preTaxRaw)
  if (!Number.isFinite(preTax)) return { ok: false, why: 'amount' }

  return {
    ok: true,
    line: {
      customerId: (customerId ?? '').toLowerCase(),
      customerName: customerName && customerName.length > limits.maxNameChars ? `${customerName.slice(0, limits.maxNameChars - 1)}…` : customerName,
      subscriptionId: entitlement.toLowerCase(),
      day,
      preTax,
      currency: currencyCode(billingCurrency) ?? currencyCode(pricingCurrency),
      pec: pec === null ? null : pec > 0,
      azurePlan: looksAzurePlan(productId, publisher),
      resourceGroup: resourceGroupName(resourceGroup) ?? resourceGroupOfUri(resourceUri)
    }
  }
}

/** Azure allows 1–90 characters in a resource group name. */
export const MAX_RESOURCE_GROUP_CHARS = 90

function resourceGroupName(v: string | null): string | null {
  return v && v.length <= MAX_RESOURCE_GROUP_CHARS ? v : null
}

const RG_IN_URI = /\/resourcegroups\/([^/?#]+)/i

/** `/subscriptions/…/resourceGroups/NAME/providers/…` → NAME (the export's ResourceUri). */
export function resourceGroupOfUri(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > 4096) return null
  const m = RG_IN_URI.exec(v)
  if (!m) return null
  let name = m[1]!
  try {
    name = decodeURIComponent(name)
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  return resourceGroupName(name.trim() || null)
}

function currencyCode(v: string | null): string | null {
  return v && v.length <= MAX_CURRENCY_CHARS ? v : null
}

/**
 * PEC is earned only on Azure plan consumption of first-party services. Marketplace (third-party publisher) usage
 * and usage under another product never carries it, so a line is "Azure plan" unless its ProductId names another
 * product or its PublisherName is not Microsoft. Missing columns give the benefit of the doubt.
 */
export function looksAzurePlan(productId: string | null, publisher: string | null): boolean {
  if (productId && productId.toUpperCase() !== AZURE_PLAN_PRODUCT_ID) return false
  if (publisher && !/^microsoft\b/i.test(publisher)) return false
  return true
}
