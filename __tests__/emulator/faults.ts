/** Fault injection per route for the Azure emulator. */

export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string
  /** Matched against the path without the query string. A string matches as a substring. */
  path: RegExp | string
  /** Status to answer with (429, 500, 503, ...). Ignored with `reset`. */
  status?: number
  /** `Retry-After` header value in seconds (omitted: no header). */
  retryAfter?: string
  /** `retry-after-ms` header value. */
  retryAfterMs?: number
  /** Destroy the socket instead of answering (ECONNRESET on the client). */
  reset?: boolean
  /** Fire at most this many times (default: always). */
  times?: number
  /** Fire for this fraction of matching requests (default 1), deterministic over the request count. */
  every?: number
  /** Error body code / message. */
  code?: string
  message?: string
  /** A whole response body instead of the `{error: {code, message}}` one (null: no body). */
  body?: unknown
  /** Extra response headers; `base` is the emulator's URL (for Location headers). */
  headers?: (base: string) => Record<string, string>
}

export interface Fault extends FaultSpec {
  /** How many requests this fault answered. */
  hits: number
  /** How many matching requests it saw. */
  seen: number
}

export class Faults {
  readonly list: Fault[] = []

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, hits: 0, seen: 0 }
    this.list.push(fault)
    return fault
  }

  clear(): void {
    this.list.length = 0
  }

  /** The fault that applies to this request, counting it. */
  match(method: string, path: string): Fault | undefined {
    for (const f of this.list) {
      if (f.method && f.method.toUpperCase() !== method.toUpperCase()) continue
      if (typeof f.path === 'string' ? !path.includes(f.path) : !f.path.test(path)) continue
      if (f.times !== undefined && f.hits >= f.times) continue
      f.seen++
      if (f.every !== undefined) {
        // Fires on the requests where the running fraction crosses a whole number: exactly `every` of them overall.
        const fire = Math.floor(f.seen * f.every) > Math.floor((f.seen - 1) * f.every)
        if (!fire) continue
      }
      f.hits++
      return f
    }
    return undefined
  }
}
