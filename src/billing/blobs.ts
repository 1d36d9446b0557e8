/**
 * Export blobs: gzip'd JSON Lines behind a SAS link. Streamed end to end (HTTPS → gunzip → line splitter), so a
 * multi-gigabyte month never sits in memory; the SAS signature is redacted from everything we say.
 */
import https from 'node:https'
import type { IncomingMessage } from 'node:http'
import { createGunzip } from 'node:zlib'
import { pipeline } from 'node:stream/promises'
import type { Manifest } from './graph.js'
import { BillingLimitError, DEFAULT_LIMITS, formatBytes, type BillingLimits } from './limits.js'
import { proxyAgentFor } from './proxy.js'

const STALL_MS = 120_000

export class BlobError extends Error {
  constructor(
    message: string,
    readonly kind: 'sas-expired' | 'transient' | 'fatal'
  ) {
    super(message)
    this.name = 'BlobError'
  }
}

export interface BlobRef {
  name: string
  url: string
}

export function blobRefs(m: Manifest, limits: Pick<BillingLimits, 'maxBlobs'> = DEFAULT_LIMITS): BlobRef[] {
  if (m.blobs.length > limits.maxBlobs) {
    throw new BillingLimitError(`the export manifest lists ${m.blobs.length.toLocaleString('en-US')} blobs, more than the ${limits.maxBlobs.toLocaleString('en-US')} an export is split into`)
  }
  const root = m.rootDirectory.replace(/\/+$/, '')
  const sas = m.sasToken.replace(/^\?/, '')
  return m.blobs.map((b) => {
    const url = `${root}/${b.name.replace(/^\/+/, '')}${sas ? `?${sas}` : ''}`
    // A SAS link is a bearer secret: it must not be sent in clear text.
    if (!url.startsWith('https://')) throw new BlobError(`blob ${b.name} is not on HTTPS: ${redactSas(url)}`, 'fatal')
    return { name: b.name, url }
  })
}

export function redactSas(text: string): string {
  return text.replace(/([?&]sig=)[^&\s"']*/gi, '$1REDACTED')
}

function get(url: string, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { signal, agent: proxyAgentFor(url), headers: { accept: 'application/octet-stream' } }, resolve)
    req.on('error', reject)
    // Without this a half-open connection would hang the run until its overall timeout.
    req.setTimeout(STALL_MS, () => req.destroy(new BlobError('the download stalled', 'transient')))
  })
}

/** The start of an error body: a body that never ends must not keep the run reading. */
async function readCapped(res: IncomingMessage, max: number): Promise<string> {
  let text = ''
  for await (const chunk of res) {
    text += String(chunk)
    if (text.length >= max) {
      res.destroy()
      break
    }
  }
  return text.slice(0, max)
}

/** Where a blob's reading got to, kept across re-downloads so a retry after a broken stream counts nothing twice. */
export interface BlobCursor {
  /** Lines completed (blank and overlong ones included): a re-download skips these. */
  lines: number
  /** Most bytes inflated from this blob in any attempt. */
  bytes: number
}

/** Totals over all blobs of one export, shared by the blobs read at once. */
export interface ExportTotals {
  bytes: number
  lines: number
}

export interface StreamOptions {
  limits?: BillingLimits
  cursor?: BlobCursor
  totals?: ExportTotals
  /** Called for a line longer than `maxLineBytes`, which is skipped. */
  onOverlong?: (lineNo: number) => void
}

const NEWLINE = 0x0a

/**
 * Streams one blob's lines to `onLine` (line numbers from 1, blank lines skipped). Throws BlobError: `sas-expired`
 * for a 403 AuthenticationFailed / expired signature, `transient` for what a retry may cure, `fatal` for a blob
 * beyond the limits (limits.ts), which fails at the chunk that crosses the bound, whatever the blob still holds.
 *
 * Lines are cut on the newline byte before decoding: UTF-8 never has 0x0A inside a character, and a line never has
 * to be copied again while the next chunk is appended, however long it grows before it is given up.
 */
export async function streamBlobLines(
  blob: BlobRef,
  onLine: (line: string, lineNo: number) => void,
  signal: AbortSignal,
  options: StreamOptions = {}
): Promise<void> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const cursor = options.cursor ?? { lines: 0, bytes: 0 }
  const totals = options.totals ?? { bytes: 0, lines: 0 }
  let res: IncomingMessage
  try {
    res = await get(blob.url, signal)
  } catch (e) {
    throw asBlobError(e, blob)
  }
  const status = res.statusCode ?? 0
  if (status !== 200) {
    const body = await readCapped(res, 4096).catch(() => '')
    const code = String(res.headers['x-ms-error-code'] ?? '')
    if (status === 403 && /AuthenticationFailed|expired/i.test(`${code} ${body}`)) {
      throw new BlobError(`the download link of ${blob.name} was refused (HTTP 403 ${code || 'AuthenticationFailed'}): the SAS has expired`, 'sas-expired')
    }
    const kind = status === 408 || status === 429 || status >= 500 ? 'transient' : 'fatal'
    throw new BlobError(`downloading ${blob.name}: HTTP ${status} ${redactSas(code || body.slice(0, 200))}`, kind)
  }

  const skip = cursor.lines
  let lineNo = 0
  let inflated = 0
  // The current line's bytes so far (chunks are kept, not concatenated, until the line ends).
  let parts: Buffer[] = []
  let partBytes = 0
  let overlong = false
  const tooBig = (what: string): BlobError => new BlobError(`${blob.name}: ${what}; a billing export blob holds far less, so this one is not read further`, 'fatal')
  const endLine = (): void => {
    lineNo++
    if (lineNo > cursor.lines) {
      cursor.lines = lineNo
      if (++totals.lines > limits.maxExportLines) throw tooBig(`the export has more than ${limits.maxExportLines.toLocaleString('en-US')} lines`)
    }
    if (lineNo > limits.maxBlobLines) throw tooBig(`more than ${limits.maxBlobLines.toLocaleString('en-US')} lines`)
    const skipped = overlong
    overlong = false
    const raw = partBytes === 0 ? '' : (parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes)).toString('utf8')
    parts = []
    partBytes = 0
    if (skipped || lineNo <= skip) return
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    try {
      onLine(line, lineNo)
    } catch (error) {
      if (error instanceof BillingLimitError) throw error
      // Our own failure on a line will not go away on a retry of the download.
      throw new BlobError(`${blob.name} line ${lineNo}: ${(error as Error)?.message ?? String(error)}`, 'fatal')
    }
  }
  const take = (chunk: Buffer): void => {
    // A line a previous attempt already counted is only waited through, never built.
    if (overlong || lineNo < skip) return
    if (partBytes + chunk.length > limits.maxLineBytes) {
      // Given up: the rest of this line is dropped as it arrives, and the line is reported once.
      overlong = true
      parts = []
      partBytes = 0
      if (lineNo + 1 > skip) options.onOverlong?.(lineNo + 1)
      return
    }
    parts.push(chunk)
    partBytes += chunk.length
  }
  const gunzip = createGunzip()
  // What stopped the read: leaving the loop by a throw makes the pipeline destroy its streams and reject with their
  // AbortError, which would hide the reason.
  let failure: unknown = null
  try {
    await pipeline(
      res,
      gunzip,
      async function (source: AsyncIterable<Buffer>) {
        try {
          for await (const chunk of source) {
            inflated += chunk.length
            if (inflated > cursor.bytes) {
              totals.bytes += inflated - cursor.bytes
              cursor.bytes = inflated
              if (totals.bytes > limits.maxExportBytes) throw tooBig(`the export inflates to more than ${formatBytes(limits.maxExportBytes)}`)
            }
            if (inflated > limits.maxBlobBytes) throw tooBig(`it inflates to more than ${formatBytes(limits.maxBlobBytes)}`)
            // bytesWritten: compressed bytes the inflater has consumed so far.
            if (inflated >= limits.ratioAfterBytes && inflated > limits.maxInflateRatio * Math.max(1, gunzip.bytesWritten)) {
              throw tooBig(`${formatBytes(gunzip.bytesWritten)} of gzip inflated to ${formatBytes(inflated)} (more than ${limits.maxInflateRatio}× — a gzip bomb?)`)
            }
            let start = 0
            let nl: number
            while ((nl = chunk.indexOf(NEWLINE, start)) !== -1) {
              if (nl > start) take(chunk.subarray(start, nl))
              endLine()
              start = nl + 1
            }
            if (start < chunk.length) take(chunk.subarray(start))
          }
          if (partBytes > 0 || overlong) endLine()
        } catch (e) {
          failure = e
          throw e
        }
      },
      { signal }
    )
  } catch (e) {
    throw asBlobError(failure ?? e, blob)
  }
}

function asBlobError(e: unknown, blob: BlobRef): Error {
  if (e instanceof BlobError || e instanceof BillingLimitError) return e
  const err = e as NodeJS.ErrnoException
  if (err?.name === 'AbortError') return err
  // Bytes that are not gzip will not turn into gzip on a retry; a truncated stream (Z_BUF_ERROR) might complete.
  if (err?.code === 'Z_DATA_ERROR') {
    return new BlobError(`${blob.name} is not valid gzip (${err.message})`, 'fatal')
  }
  return new BlobError(`downloading ${blob.name}: ${redactSas(err?.message ?? String(e))}`, 'transient')
}
