/**
 * Export blobs: gzip'd JSON Lines behind a SAS link. Streamed end to end (HTTPS → gunzip → line splitter), so a
 * multi-gigabyte month never sits in memory; the SAS signature is redacted from everything we say.
 */
import https from 'node:https'
import type { IncomingMessage } from 'node:http'
import { createGunzip } from 'node:zlib'
import { pipeline } from 'node:stream/promises'
import { StringDecoder } from 'node:string_decoder'
import type { Manifest } from './graph.js'
import { proxyAgentFor } from './proxy.js'

/** A line longer than this is not a usage record; we skip it rather than grow a buffer without bound. */
const MAX_LINE_CHARS = 1 << 20
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

export function blobRefs(m: Manifest): BlobRef[] {
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

async function readCapped(res: IncomingMessage, max: number): Promise<string> {
  let text = ''
  for await (const chunk of res) {
    if (text.length < max) text += String(chunk)
  }
  return text.slice(0, max)
}

/**
 * Streams one blob's lines to `onLine` (line numbers from 1, blank lines skipped). Throws BlobError: `sas-expired`
 * for a 403 AuthenticationFailed / expired signature, `transient` for what a retry may cure.
 */
export async function streamBlobLines(
  blob: BlobRef,
  onLine: (line: string, lineNo: number) => void,
  signal: AbortSignal,
  onOverlong: (lineNo: number) => void = () => {}
): Promise<void> {
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

  const decoder = new StringDecoder('utf8')
  let rest = ''
  let lineNo = 0
  let skipping = false
  const emit = (raw: string): void => {
    lineNo++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    try {
      onLine(line, lineNo)
    } catch (error) {
      // Our own failure on a line will not go away on a retry of the download.
      throw new BlobError(`${blob.name} line ${lineNo}: ${(error as Error)?.message ?? String(error)}`, 'fatal')
    }
  }
  try {
    await pipeline(
      res,
      createGunzip(),
      async function (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          const text = rest + decoder.write(chunk)
          let start = 0
          let nl: number
          while ((nl = text.indexOf('\n', start)) !== -1) {
            if (skipping) {
              skipping = false
              lineNo++
            } else emit(text.slice(start, nl))
            start = nl + 1
          }
          rest = text.slice(start)
          if (rest.length > MAX_LINE_CHARS) {
            if (!skipping) onOverlong(lineNo + 1)
            skipping = true
            rest = ''
          }
        }
        rest += decoder.end()
        if (!skipping && rest !== '') emit(rest)
      },
      { signal }
    )
  } catch (e) {
    throw asBlobError(e, blob)
  }
}

function asBlobError(e: unknown, blob: BlobRef): Error {
  if (e instanceof BlobError) return e
  const err = e as NodeJS.ErrnoException
  if (err?.name === 'AbortError') return err
  // Bytes that are not gzip will not turn into gzip on a retry; a truncated stream (Z_BUF_ERROR) might complete.
  if (err?.code === 'Z_DATA_ERROR') {
    return new BlobError(`${blob.name} is not valid gzip (${err.message})`, 'fatal')
  }
  return new BlobError(`downloading ${blob.name}: ${redactSas(err?.message ?? String(e))}`, 'transient')
}
