/**
 * Streaming aggregation: memory grows with (customer, subscription) keys, the days each one has usage on and the
 * resource groups it spends in, never with lines, so a month of a large partner's usage (gigabytes) folds into a few
 * thousand small records. All are bounded (limits.ts): more keys than a real export holds is an error, a date far
 * outside a subscription's other days is a reported cut, resource groups beyond the bound fold into one bucket.
 *
 * PEC is applied per line (per resource the linked identity can manage), so the money at stake is counted per line:
 * every Azure-plan line without PEC, whatever the other lines of its day had. A day still counts as a PEC day when any
 * of its lines had PEC (the `pecDays` / `pecRate` the report has always shown).
 *
 * A subscription keeps its days as two small arrays indexed by day from its first usage date (a billing period is a
 * month, so ~31 slots), not a map of objects: ~1 KB per subscription instead of ~4.5 KB, measured.
 */
import { BillingLimitError, DEFAULT_LIMITS, type BillingLimits } from './limits.js'
import { parseUsageLine, type UsageLine } from './usage.js'

export interface DayAcc {
  /** Any line of the day had PEC. */
  pec: boolean
  /** Pre-tax total of the day's Azure-plan lines without PEC (credit that could have been earned). */
  amountNoPec: number
  /** Some line without PEC looked like Azure plan usage, i.e. credit that could have been earned. */
  eligibleNoPec: boolean
}

/** One resource group of a subscription (or the lines that name none, key ''). */
export interface RgAcc {
  /** As first written in the export; null for lines without a resource group; OTHER_RESOURCE_GROUPS past the bound. */
  name: string | null
  /** Pre-tax total and count of Azure-plan lines without PEC older than 48 hours: credit lost. */
  lost: number
  lostLines: number
  /** The same for lines younger than 48 hours: PEC may still appear. */
  pending: number
  pendingLines: number
  /** Some line here had PEC. */
  earned: boolean
}

export const OTHER_RESOURCE_GROUPS = '(other resource groups)'
const OTHER_KEY = '\u0000other'

const SEEN = 1
const PEC = 2
const ELIGIBLE_NO_PEC = 4
const DAY_MS = 86_400_000

export interface SubAcc {
  customerId: string
  customerName: string | null
  subscriptionId: string
  currency: string | null
  /** Days since 1970-01-01 (UTC) of slot 0. */
  firstDay: number
  /** Per day slot: SEEN | PEC | ELIGIBLE_NO_PEC. */
  flags: number[]
  /** Per day slot: pre-tax total of the Azure-plan lines without PEC. */
  amounts: number[]
  /**
   * Resource groups by lower-cased name ('' for lines naming none): the first kept inline, a map only from the second
   * on. Most subscriptions spend in a few resource groups, and an empty Map per subscription alone costs ~50 MB at the
   * 200,000-subscription bound (measured with `npm run bench billing`).
   */
  rg0: RgAcc | null
  rg0Key: string
  rgMore: Map<string, RgAcc> | null
}

/** A subscription's resource groups, the first seen first. */
export function resourceGroupsOf(sub: SubAcc): RgAcc[] {
  const out = sub.rg0 ? [sub.rg0] : []
  if (sub.rgMore) out.push(...sub.rgMore.values())
  return out
}

function groupCount(sub: SubAcc): number {
  return (sub.rg0 ? 1 : 0) + (sub.rgMore?.size ?? 0)
}

/** The days with usage, in date order. */
export function* daysOf(sub: SubAcc): Generator<[string, DayAcc]> {
  for (let i = 0; i < sub.flags.length; i++) {
    const f = sub.flags[i]!
    if (!(f & SEEN)) continue
    yield [dayText(sub.firstDay + i), { pec: (f & PEC) !== 0, amountNoPec: sub.amounts[i]!, eligibleNoPec: (f & ELIGIBLE_NO_PEC) !== 0 }]
  }
}

export function usageDayCount(sub: SubAcc): number {
  let n = 0
  for (const f of sub.flags) if (f & SEEN) n++
  return n
}

/** `YYYY-MM-DD` (as usage.ts writes it) to days since the epoch. */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS
}

function dayText(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

export interface LineStats {
  linesRead: number
  malformed: number
  /** Where the first malformed line was, e.g. `part-00001.json.gz line 17`. */
  firstMalformed: string | null
  withoutPecColumn: number
  currencies: Set<string>
  /** Resource groups (of all subscriptions) kept apart. */
  resourceGroups: number
  /** Lines whose resource group was past the bound and went to OTHER_RESOURCE_GROUPS. */
  resourceGroupLinesFolded: number
}

export function emptyStats(): LineStats {
  return { linesRead: 0, malformed: 0, firstMalformed: null, withoutPecColumn: 0, currencies: new Set(), resourceGroups: 0, resourceGroupLinesFolded: 0 }
}

const WHY = {
  json: 'not a JSON object',
  entitlement: 'no valid EntitlementId',
  date: 'no valid UsageDate',
  amount: 'no valid BillingPreTaxTotal',
  id: 'CustomerId or EntitlementId too long to be an ID'
} as const

/** PEC shows up in the usage data about 48 hours after the usage: a day is recent while any part of it is within. */
export function recentFromDay(now: Date): number {
  // isRecent(day) ⇔ dayStart + 1 day > now − 2 days ⇔ day number > (now − 3 days) / 1 day
  return (now.getTime() - 3 * DAY_MS) / DAY_MS
}

export class UsageAggregator {
  readonly subs = new Map<string, SubAcc>()
  readonly stats = emptyStats()
  /** Day numbers above this are younger than 48 hours. */
  private readonly recentAfter: number

  /** @param targets lower-cased subscription GUIDs to keep; null keeps everything. */
  constructor(
    private readonly targets: ReadonlySet<string> | null = null,
    readonly limits: BillingLimits = DEFAULT_LIMITS,
    now: Date = new Date()
  ) {
    this.recentAfter = recentFromDay(now)
  }

  /** Feed one raw line; `where` names it for the malformed-line notice. */
  addRaw(raw: string, where: () => string): void {
    this.stats.linesRead++
    const r = parseUsageLine(raw, this.limits)
    if (!r.ok) return this.malformed(where, WHY[r.why])
    if (!this.add(r.line)) {
      this.malformed(where, `UsageDate ${r.line.day} more than ${this.limits.maxSpanDays} days from the subscription's other usage dates`)
    }
  }

  malformed(where: () => string, why: string): void {
    this.stats.malformed++
    this.stats.firstMalformed ??= `${where()} (${why})`
  }

  /**
   * Counts one line. False when it was not counted because its date is too far from the subscription's other days;
   * throws BillingLimitError when it would be one subscription more than the limit.
   */
  add(line: UsageLine): boolean {
    if (this.targets && !this.targets.has(line.subscriptionId)) return true
    const d = dayNumber(line.day)
    const key = `${line.customerId}|${line.subscriptionId}`
    let sub = this.subs.get(key)
    if (!sub) {
      if (this.subs.size >= this.limits.maxSubscriptions) {
        throw new BillingLimitError(
          `the billing export names more than ${this.limits.maxSubscriptions.toLocaleString('en-US')} customer subscriptions (CustomerId and EntitlementId pairs), ` +
            'more than a partner export holds and more than this report keeps in memory. Narrow the report to your customers with `targets`.'
        )
      }
      sub = { customerId: line.customerId, customerName: line.customerName, subscriptionId: line.subscriptionId, currency: line.currency, firstDay: d, flags: [0], amounts: [0], rg0: null, rg0Key: '', rgMore: null }
      this.subs.set(key, sub)
    }
    let i = d - sub.firstDay
    if (i < 0) {
      if (sub.flags.length - i > this.limits.maxSpanDays) return false
      sub.flags.unshift(...new Array<number>(-i).fill(0))
      sub.amounts.unshift(...new Array<number>(-i).fill(0))
      sub.firstDay = d
      i = 0
    } else if (i >= sub.flags.length) {
      if (i + 1 > this.limits.maxSpanDays) return false
      while (sub.flags.length <= i) {
        sub.flags.push(0)
        sub.amounts.push(0)
      }
    }
    if (line.pec === null) this.stats.withoutPecColumn++
    if (line.currency && this.stats.currencies.size < this.limits.maxCurrencies) this.stats.currencies.add(line.currency)
    sub.customerName ??= line.customerName
    sub.currency ??= line.currency
    let f = sub.flags[i]! | SEEN
    const rg = this.resourceGroup(sub, line.resourceGroup ?? null)
    if (line.pec) {
      f |= PEC
      if (!rg.earned) rg.earned = true
    } else if (line.azurePlan) {
      sub.amounts[i] = sub.amounts[i]! + line.preTax
      f |= ELIGIBLE_NO_PEC
      if (d > this.recentAfter) {
        rg.pending += line.preTax
        rg.pendingLines++
      } else {
        rg.lost += line.preTax
        rg.lostLines++
      }
    }
    sub.flags[i] = f
    return true
  }

  /** The line's resource group record; past the bounds, the one bucket for all others (reported, not an error). */
  private resourceGroup(sub: SubAcc, name: string | null): RgAcc {
    // Hot path: the same name as written before, without lower-casing it (lines of one resource group repeat it).
    if (sub.rg0 && name === sub.rg0.name) return sub.rg0
    const key = name === null ? '' : name.toLowerCase()
    if (sub.rg0 && sub.rg0Key === key) return sub.rg0
    let rg = sub.rgMore?.get(key)
    if (rg) return rg
    if (groupCount(sub) >= this.limits.maxResourceGroupsPerSubscription || this.stats.resourceGroups >= this.limits.maxResourceGroups) {
      this.stats.resourceGroupLinesFolded++
      sub.rgMore ??= new Map()
      rg = sub.rgMore.get(OTHER_KEY)
      if (!rg) sub.rgMore.set(OTHER_KEY, (rg = newRg(OTHER_RESOURCE_GROUPS)))
      return rg
    }
    rg = newRg(name)
    this.stats.resourceGroups++
    if (!sub.rg0) {
      sub.rg0 = rg
      sub.rg0Key = key
    } else (sub.rgMore ??= new Map()).set(key, rg)
    return rg
  }
}

function newRg(name: string | null): RgAcc {
  return { name, lost: 0, lostLines: 0, pending: 0, pendingLines: 0, earned: false }
}
