/**
 * What one `pec-report` run holds and reads at most. The export is read from a host the run does not control (a SAS
 * link the Graph answer names), so its size, its keys and its compression ratio are hostile input: each bound below
 * turns an export no partner could have into one clear error, fast, instead of an out-of-memory crash or a run that
 * inflates a gzip bomb until the deadline. Measured in `npm run bench billing` (see docs/azure-security.md).
 *
 * The bounds are set from what a real export holds, with a wide margin:
 * - keys: one per (customer, Azure subscription). The largest CSP partners serve tens of thousands of customers with
 *   a few Azure subscriptions each; 200,000 is several times that. Measured: 200,000 subscriptions with a month of
 *   days hold 241 MB of heap, 363 MB at the 62-day worst case, well inside a GitHub-hosted runner's 7 GB.
 * - days: an export covers one billing period (a calendar month; an invoice's usage can trail into the next), so a
 *   subscription's usage dates span at most ~31 days; 62 allows two months. A line dated further out is not counted
 *   and is reported with the malformed lines (a cut, not an error: one odd date must not sink the report).
 * - bytes and lines: a line of the full attribute set is 1–2 KB and the export splits large partitions into several
 *   blobs; 16 GiB (about 10 million lines) per blob and 128 GiB per export are far beyond a month of a large partner
 *   and, at the measured ~140 MB/s, within the default one-hour timeout.
 * - resource groups: Azure allows 980 per subscription; a subscription keeps 1,000 apart and the export 250,000
 *   (about 60 MB of small records), many times what partners' customers use. Past either bound the further resource
 *   groups of a subscription share one bucket and the report says so: the subscription's totals stay exact.
 * - inflation ratio: usage lines compress 20–90× (all-identical lines 187×, measured with gzip levels 1–9); a gzip bomb
 *   of zeros or newlines inflates ~1,030× (DEFLATE's ceiling). More than 250× once 64 MiB have been inflated from a
 *   blob stops it within a fraction of a second.
 */

export interface BillingLimits {
  /** Distinct (customer, subscription) pairs aggregated. Exceeding it is an error. */
  maxSubscriptions: number
  /** Days between a subscription's first and last usage date, inclusive. Lines beyond are skipped and reported. */
  maxSpanDays: number
  /** Bytes of one line; longer lines are skipped and reported (a usage record is 1–2 KB). */
  maxLineBytes: number
  /** Inflated bytes of one blob. */
  maxBlobBytes: number
  /** Lines (blank ones included) of one blob. */
  maxBlobLines: number
  /** Inflated bytes of all blobs of one export (a re-download after a broken connection counts once). */
  maxExportBytes: number
  /** Lines of all blobs of one export. */
  maxExportLines: number
  /** Inflated ÷ compressed bytes of a blob, checked once `ratioAfterBytes` have been inflated from it. */
  maxInflateRatio: number
  ratioAfterBytes: number
  /** Length of the identifiers that become keys (CustomerId, EntitlementId); a longer one makes the line malformed. */
  maxIdChars: number
  /** Stored free text (customer name) is cut to this length. */
  maxNameChars: number
  /** Distinct currency codes remembered for the mixed-currency notice. */
  maxCurrencies: number
  /** Blobs one manifest may list (each is a download). */
  maxBlobs: number
  /** Resource groups kept apart per subscription (Azure allows 980); more fold into one bucket, reported. */
  maxResourceGroupsPerSubscription: number
  /** Resource groups kept apart over the whole export; more fold into one bucket per subscription, reported. */
  maxResourceGroups: number
}

const GiB = 2 ** 30
const MiB = 2 ** 20

export const DEFAULT_LIMITS: Readonly<BillingLimits> = Object.freeze({
  maxSubscriptions: 200_000,
  maxSpanDays: 62,
  maxLineBytes: 1 * MiB,
  maxBlobBytes: 16 * GiB,
  maxBlobLines: 20_000_000,
  maxExportBytes: 128 * GiB,
  maxExportLines: 160_000_000,
  maxInflateRatio: 250,
  ratioAfterBytes: 64 * MiB,
  maxIdChars: 128,
  maxNameChars: 256,
  maxCurrencies: 32,
  maxBlobs: 10_000,
  maxResourceGroupsPerSubscription: 1_000,
  maxResourceGroups: 250_000
})

export function limitsWith(over?: Partial<BillingLimits>): BillingLimits {
  return { ...DEFAULT_LIMITS, ...over }
}

/** An export beyond a bound: never retried, never partially reported. */
export class BillingLimitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BillingLimitError'
  }
}

export function formatBytes(n: number): string {
  if (n >= GiB) return `${+(n / GiB).toFixed(1)} GiB`
  if (n >= MiB) return `${+(n / MiB).toFixed(1)} MiB`
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`
  return `${n} bytes`
}
