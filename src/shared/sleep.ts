/** What sleep needs of a signal: Node's AbortSignal and the Azure SDK's AbortSignalLike both fit. */
export interface SleepSignal {
  readonly aborted: boolean
  readonly reason?: unknown
  addEventListener?(type: 'abort', listener: () => void, options?: { once?: boolean }): void
  removeEventListener?(type: 'abort', listener: () => void): void
}

/** setTimeout as a promise that a signal cuts short, rejecting with the signal's reason (or an AbortError). */
export function sleep(ms: number, signal?: SleepSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = (): unknown => signal?.reason ?? Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' })
    if (signal?.aborted) return reject(aborted())
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(aborted())
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener?.('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener?.('abort', onAbort, { once: true })
  })
}
