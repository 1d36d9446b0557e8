/**
 * `pec-report`: is partner earned credit applied, per customer and Azure subscription, and if not, why and how much
 * is at stake. Reached only through `await import()`, so lint runs never load the Azure SDK.
 *
 * Rules (see reasons.ts / usage.ts for the why):
 * - PEC is applied per line (per resource the linked identity can manage): the money at stake is the pre-tax total of
 *   every Azure-plan line older than 48 hours without PEC, whatever the other lines of its day had; a day still counts
 *   as a PEC day when any of its lines had PEC;
 * - lines are kept apart by resource group, joined with the delegations the audit read at that scope: an entry whose
 *   credit was lost in some resource groups and not others lists them (reason, summary, CSV);
 * - status `lost` only when a day older than 48 hours lacks PEC on Azure-plan usage; `pending` (only the last 48 h),
 *   `not-eligible` (only Marketplace / non-Azure-plan usage) and `no-usage` lose nothing, so a daily
 *   `fail-on-missing-pec` run does not go red every morning for yesterday's not-yet-rated usage;
 * - reasons, first that applies: Partner ID link, audit (no permanent PEC-eligible delegation), < 48 h, not Azure
 *   plan, else unexplained.
 */
import path from 'node:path'
import type { TokenCredential } from '@azure/core-auth'
import type { PipelineOptions } from '@azure/core-rest-pipeline'
import type { AuditEntry, PartnerLinkResult, PecReportEntry } from '../report/model.js'
import { UsageAggregator } from './aggregate.js'
import { BlobError, blobRefs, streamBlobLines, type BlobCursor, type BlobRef, type ExportTotals } from './blobs.js'
import { formatBytes, limitsWith, type BillingLimits } from './limits.js'
import { GraphBillingClient, type Manifest } from './graph.js'
import { auditIndex, noUsageEntry, toEntry, worstFirst, type ExplainContext } from './reasons.js'
import { pecReportCsv } from './render.js'
import { sleep } from '../shared/sleep.js'
import { Boundary, writeFileInside } from '../shared/fs-boundary.js'

export { pecAnnotations, pecReportCsv, pecReportMarkdown } from './render.js'

export interface PecReportOptions {
  credential: TokenCredential
  graphEndpoint?: string
  billingPeriod: 'current' | 'last'
  invoiceId?: string
  /** ISO 4217 code for an unbilled export (default USD). */
  currency?: string
  targets?: string[]
  audit?: AuditEntry[]
  partner?: PartnerLinkResult
  /** The managing tenant, named in "resource group … is not delegated to …" reasons. */
  managingTenantId?: string
  now?: Date
  csvFile?: string
  /** Where `csvFile` may be written (src/shared/fs-boundary.ts); default: the working directory, or the folder named. */
  boundary?: Boundary
  /** `setSecret` (the runner's masking) receives every SAS token the export hands out. */
  log: { info(m: string): void; warning(m: string): void; debug(m: string): void; setSecret?(s: string): void }
  signal?: AbortSignal
  pollIntervalMs?: number
  pipelineOptions?: object
  /** Whole run (export, polling, downloads); default 60 minutes. */
  timeoutMs?: number
  /** Blobs downloaded at once; default 3. */
  blobConcurrency?: number
  /** Tighter (or looser) bounds than limits.ts's defaults: tests and benchmarks. */
  limits?: Partial<BillingLimits>
}

export interface PecReportResult {
  entries: PecReportEntry[]
  csvPath: string | null
  linesRead: number
  notices: string[]
  /** Entries whose credit is lost (status `lost`): pending, ineligible and unused subscriptions lost nothing. */
  lostCredit: number
}

const BLOB_ATTEMPTS = 3

export async function runPecReport(o: PecReportOptions): Promise<PecReportResult> {
  const timeoutMs = o.timeoutMs ?? 3_600_000
  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout
  const pollIntervalMs = o.pollIntervalMs ?? 5_000
  const notices: string[] = []
  const targets = o.targets?.length ? new Set(o.targets.map(targetSubscription)) : null
  const limits = limitsWith(o.limits)
  const now = o.now ?? new Date()

  const graph = new GraphBillingClient({
    credential: o.credential,
    graphEndpoint: o.graphEndpoint,
    pipelineOptions: o.pipelineOptions as PipelineOptions | undefined,
    pollIntervalMs,
    log: o.log
  })
  const exportReq = { billingPeriod: o.billingPeriod, invoiceId: o.invoiceId || undefined, currency: o.currency }

  let agg: UsageAggregator
  try {
    let manifest = maskSas(await graph.export(exportReq, signal), o.log)
    try {
      agg = await aggregateBlobs(manifest, new UsageAggregator(targets, limits, now), o, signal, pollIntervalMs)
    } catch (e) {
      if (!(e instanceof BlobError && e.kind === 'sas-expired')) throw e
      // A new export is a new snapshot whose blobs need not line up with the old ones: start over from scratch.
      const note = `${e.message}; the export was run again once for fresh download links.`
      o.log.warning(note)
      notices.push(note)
      manifest = maskSas(await graph.export(exportReq, signal), o.log)
      try {
        agg = await aggregateBlobs(manifest, new UsageAggregator(targets, limits, now), o, signal, pollIntervalMs)
      } catch (e2) {
        if (e2 instanceof BlobError && e2.kind === 'sas-expired') {
          throw new BlobError(
            `${e2.message}, again, on a fresh export: the links expire before the download ends (check the runner's clock and network throughput)`,
            'sas-expired'
          )
        }
        throw e2
      }
    }
  } catch (e) {
    if (timeout.aborted && !o.signal?.aborted) {
      throw new Error(`pec-report timed out after ${Math.round(timeoutMs / 1000)} s`, { cause: e })
    }
    throw e
  }

  const s = agg.stats
  if (s.malformed > 0) {
    notices.push(`${s.malformed} malformed usage line(s) skipped; the first: ${s.firstMalformed}.`)
  }
  if (s.withoutPecColumn > 0) {
    notices.push(
      `${s.withoutPecColumn} usage line(s) have no PartnerEarnedCreditPercentage column (counted as without PEC): was the export's attributeSet "full"?`
    )
  }
  if (s.currencies.size > 1) {
    notices.push(`The export mixes currencies (${[...s.currencies].sort().join(', ')}): amounts are summed per subscription as they are.`)
  }

  if (s.resourceGroupLinesFolded > 0) {
    notices.push(
      `${s.resourceGroupLinesFolded} usage line(s) fell in resource groups past the report's bound (${limits.maxResourceGroupsPerSubscription.toLocaleString('en-US')} per subscription, ${limits.maxResourceGroups.toLocaleString('en-US')} in all) and are shown together as "(other resource groups)"; subscription totals are exact.`
    )
  }

  const ctx: ExplainContext = { partner: o.partner, audit: auditIndex(o.audit), now, managingTenantId: o.managingTenantId?.trim() || undefined }
  const entries = [...agg.subs.values()].map((sub) => toEntry(sub, ctx))
  if (targets) {
    const seen = new Set(entries.map((e) => e.subscriptionId))
    for (const t of targets) if (!seen.has(t)) entries.push(noUsageEntry(t, ctx))
  }
  entries.sort(worstFirst)

  let csvPath: string | null = null
  if (o.csvFile) {
    // Never through a symlink: the path is in the checkout, whose files another run's pull request may have placed.
    const boundary = o.boundary ?? Boundary.create(process.cwd(), [o.csvFile])
    csvPath = writeFileInside(boundary, path.resolve(boundary.base, o.csvFile), pecReportCsv(entries))
  }
  const lostCredit = entries.filter((e) => e.status === 'lost').length
  o.log.info(
    `PEC report: ${s.linesRead} usage lines, ${entries.length} subscription(s), ${lostCredit} with credit lost.`
  )
  return { entries, csvPath, linesRead: s.linesRead, notices, lostCredit }
}

/** A SAS token is a bearer secret for the blobs: the runner must mask it before any message could carry it. */
function maskSas(manifest: Manifest, log: PecReportOptions['log']): Manifest {
  const sas = manifest.sasToken.replace(/^\?/, '')
  if (sas) log.setSecret?.(sas)
  const sig = new URLSearchParams(sas).get('sig')
  if (sig) {
    log.setSecret?.(sig)
    // As it appears in the query string (percent-encoded), which is what a URL in an error would show.
    const raw = /(?:^|&)sig=([^&]*)/i.exec(sas)?.[1]
    if (raw && raw !== sig) log.setSecret?.(raw)
  }
  return manifest
}

/** Targets may be written `TENANT/SUBSCRIPTION`; the export only knows the subscription. */
function targetSubscription(t: string): string {
  return (t.trim().split('/').pop() ?? '').toLowerCase()
}

async function aggregateBlobs(
  manifest: Manifest,
  total: UsageAggregator,
  o: PecReportOptions,
  outer: AbortSignal,
  pollIntervalMs: number
): Promise<UsageAggregator> {
  const blobs = blobRefs(manifest, total.limits)
  o.log.info(`Billing export ready: ${blobs.length} blob(s).`)
  const totals: ExportTotals = { bytes: 0, lines: 0 }
  // One failing blob stops the others: the run fails (or starts over) anyway.
  const stop = new AbortController()
  const signal = AbortSignal.any([outer, stop.signal])
  let next = 0
  let done = 0
  const worker = async (): Promise<void> => {
    while (next < blobs.length && !signal.aborted) {
      const blob = blobs[next++]!
      const before = total.stats.linesRead
      await downloadWithRetry(blob, total, totals, signal, pollIntervalMs, o.log)
      o.log.info(`${blob.name}: ${total.stats.linesRead - before} lines (${++done}/${blobs.length} blobs).`)
    }
  }
  const n = Math.max(1, Math.min(o.blobConcurrency ?? 3, blobs.length))
  const results = await Promise.allSettled(
    Array.from({ length: n }, () =>
      worker().catch((e: unknown) => {
        stop.abort()
        throw e
      })
    )
  )
  // Report the cause, not the aborts it triggered in the other workers. By name, not instanceof: Node's stream
  // AbortError comes from another realm under a test VM (and `Error` differs there).
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []))
  const cause = failures.find((e) => (e as { name?: unknown } | null)?.name !== 'AbortError') ?? failures[0]
  if (failures.length) throw cause
  outer.throwIfAborted()
  return total
}

async function downloadWithRetry(
  blob: BlobRef,
  agg: UsageAggregator,
  totals: ExportTotals,
  signal: AbortSignal,
  pollIntervalMs: number,
  log: PecReportOptions['log']
): Promise<void> {
  // Lines go straight into the export's one aggregation (memory stays one set of keys, however many blobs are read at
  // once); a re-download after a broken stream skips the lines the cursor says were already counted.
  const cursor: BlobCursor = { lines: 0, bytes: 0 }
  for (let attempt = 1; ; attempt++) {
    try {
      await streamBlobLines(blob, (line, n) => agg.addRaw(line, () => `${blob.name} line ${n}`), signal, {
        limits: agg.limits,
        cursor,
        totals,
        onOverlong: (n) => agg.malformed(() => `${blob.name} line ${n}`, `longer than ${formatBytes(agg.limits.maxLineBytes)}`)
      })
      return
    } catch (e) {
      if (!(e instanceof BlobError && e.kind === 'transient') || attempt >= BLOB_ATTEMPTS) throw e
      log.warning(`${e.message}; retrying (${attempt}/${BLOB_ATTEMPTS - 1}).`)
      await sleep(Math.min(pollIntervalMs, 2_000) * 2 ** (attempt - 1), signal)
    }
  }
}
