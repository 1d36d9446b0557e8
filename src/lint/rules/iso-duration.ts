/**
 * ISO-8601 durations as ARM uses them for maximumActivationDuration (`PT8H`, `PT1H30M`, `P0DT2H`). Years and months
 * have no fixed length, so they are taken as 365 and 30 days: any such value is far outside PT30M–PT8H anyway.
 */
const DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i

/** Seconds, or undefined when the text is not an ISO-8601 duration. */
export function parseIsoDuration(text: string): number | undefined {
  const t = text.trim()
  const m = DURATION.exec(t)
  // `P` and `PT` alone match the pattern but are not durations.
  if (!m || /^P(T)?$/i.test(t) || /T$/i.test(t)) return undefined
  const n = (s: string | undefined) => (s === undefined ? 0 : Number(s.replace(',', '.')))
  const [, y, mo, w, d, h, mi, s] = m
  return ((((n(y) * 365 + n(mo) * 30 + n(w) * 7 + n(d)) * 24 + n(h)) * 60 + n(mi)) * 60 + n(s))
}
