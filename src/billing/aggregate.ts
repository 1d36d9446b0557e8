/**
 * Streaming aggregation: memory grows with (customer, subscription, day) keys, never with lines, so a month of a
 * large partner's usage (gigabytes) folds into a few thousand small records.
 */
import { parseUsageLine, type UsageLine } from './usage.js'

export interface DayAcc {
  /** Any line of the day had PEC: the credit applies per day the role was held, so one credited line proves the day. */
  pec: boolean
  /** Pre-tax total of the day's lines without PEC. */
  amountNoPec: number
  /** Some line without PEC looked like Azure plan usage, i.e. credit that could have been earned. */
  eligibleNoPec: boolean
}

export interface SubAcc {
  customerId: string
  customerName: string | null
  subscriptionId: string
  currency: string | null
  days: Map<string, DayAcc>
}

export interface LineStats {
  linesRead: number
  malformed: number
  /** Where the first malformed line was, e.g. `part-00001.json.gz line 17`. */
  firstMalformed: string | null
  withoutPecColumn: number
  currencies: Set<string>
}

export function emptyStats(): LineStats {
  return { linesRead: 0, malformed: 0, firstMalformed: null, withoutPecColumn: 0, currencies: new Set() }
}

export class UsageAggregator {
  readonly subs = new Map<string, SubAcc>()
  readonly stats = emptyStats()

  /** @param targets lower-cased subscription GUIDs to keep; null keeps everything. */
  constructor(private readonly targets: ReadonlySet<string> | null = null) {}

  /** Feed one raw line; `where` names it for the malformed-line notice. */
  addRaw(raw: string, where: () => string): void {
    this.stats.linesRead++
    const r = parseUsageLine(raw)
    if (r.ok) this.add(r.line)
    else this.malformed(where, r.why === 'json' ? 'not a JSON object' : `no valid ${r.why === 'entitlement' ? 'EntitlementId' : r.why === 'date' ? 'UsageDate' : 'BillingPreTaxTotal'}`)
  }

  malformed(where: () => string, why: string): void {
    this.stats.malformed++
    this.stats.firstMalformed ??= `${where()} (${why})`
  }

  add(line: UsageLine): void {
    if (this.targets && !this.targets.has(line.subscriptionId)) return
    if (line.pec === null) this.stats.withoutPecColumn++
    if (line.currency) this.stats.currencies.add(line.currency)
    const key = `${line.customerId}|${line.subscriptionId}`
    let sub = this.subs.get(key)
    if (!sub) {
      sub = {
        customerId: line.customerId,
        customerName: line.customerName,
        subscriptionId: line.subscriptionId,
        currency: line.currency,
        days: new Map()
      }
      this.subs.set(key, sub)
    }
    sub.customerName ??= line.customerName
    sub.currency ??= line.currency
    let day = sub.days.get(line.day)
    if (!day) {
      day = { pec: false, amountNoPec: 0, eligibleNoPec: false }
      sub.days.set(line.day, day)
    }
    if (line.pec) {
      day.pec = true
    } else {
      day.amountNoPec += line.preTax
      if (line.azurePlan) day.eligibleNoPec = true
    }
  }

  /** Fold a finished blob's partial result in (blobs are aggregated apart so a failed download can be retried). */
  merge(other: UsageAggregator): void {
    const s = this.stats
    s.linesRead += other.stats.linesRead
    s.malformed += other.stats.malformed
    s.firstMalformed ??= other.stats.firstMalformed
    s.withoutPecColumn += other.stats.withoutPecColumn
    for (const c of other.stats.currencies) s.currencies.add(c)
    for (const [key, o] of other.subs) {
      const sub = this.subs.get(key)
      if (!sub) {
        this.subs.set(key, o)
        continue
      }
      sub.customerName ??= o.customerName
      sub.currency ??= o.currency
      for (const [d, od] of o.days) {
        const day = sub.days.get(d)
        if (!day) {
          sub.days.set(d, od)
          continue
        }
        day.pec ||= od.pec
        day.amountNoPec += od.amountNoPec
        day.eligibleNoPec ||= od.eligibleNoPec
      }
    }
  }
}
