import { derivedUnknown } from '../values.js'
import { argInt, argString, argumentError, define, type CallSite } from './types.js'

/** Year 1 to year 9999, the range of .NET's DateTime, which ARM uses. */
const MIN_MS = new Date('0001-01-01T00:00:00Z').getTime()
const MAX_MS = new Date('9999-12-31T23:59:59.999Z').getTime()

interface Instant {
  /** Milliseconds since the Unix epoch, in UTC. */
  readonly ms: number
  /** 'utc' for Z or +00:00, 'offset' for another offset, 'none' without a zone (local time in .NET). */
  readonly zone: 'utc' | 'offset' | 'none'
  /** Written in the basic format (`20200407T145314Z`), for which the docs show no dateTimeAdd() result. */
  readonly basic: boolean
}

/** Extended (`2020-04-07T14:53:14Z`, `2020-04-07 14:53:14Z` as utcNow('u') writes) or basic (`20200407T145314Z`). */
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i
const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:?\d{2})?$/i

/** An ISO 8601 date-time, or undefined if the text is not one (or names a day that does not exist). */
function parseInstant(text: string): Instant | undefined {
  const extended = EXTENDED.exec(text.trim())
  const m = extended ?? BASIC.exec(text.trim())
  if (!m) return undefined
  const basic = extended === null
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number]
  const ms = Number(`0.${m[7] ?? '0'}`) * 1000
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms)
  const check = new Date(utc)
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts them back.
  check.setUTCFullYear(year)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined
  const zoneText = m[8]
  if (zoneText === undefined) return { ms: check.getTime(), zone: 'none', basic }
  if (/^z$/i.test(zoneText)) return { ms: check.getTime(), zone: 'utc', basic }
  const digits = zoneText.replace(':', '')
  const offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits.startsWith('-') ? -1 : 1)
  return { ms: check.getTime() - offset * 60_000, zone: offset === 0 ? 'utc' : 'offset', basic }
}

/** `2023-03-02T00:00:00Z`, the form of the dateTimeAdd() and dateTimeFromEpoch() examples; milliseconds only if any. */
function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString()
  return ms % 1000 === 0 ? `${iso.slice(0, 19)}Z` : iso
}

function inRange(site: CallSite, ms: number): number {
  if (!(ms >= MIN_MS && ms <= MAX_MS)) throw argumentError(site, 'the result falls outside the years 1 to 9999.')
  return ms
}

const DURATION = /^([-+])?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i

/**
 * Milliseconds in an ISO 8601 duration. ARM converts durations the way .NET's XmlConvert.ToTimeSpan does, with a
 * year of 365 days and a month of 30: its own example gives dateTimeAdd('2023-01-31 00:00:00Z', 'P1M') =
 * '2023-03-02T00:00:00Z'.
 */
function parseDuration(site: CallSite, text: string): number {
  const m = DURATION.exec(text.trim())
  if (!m || /[PT]$/i.test(text.trim()) || m.slice(2).every((part) => part === undefined)) {
    throw argumentError(site, `'${text}' is not an ISO 8601 duration; write e.g. 'P1D' (a day), 'PT1H' (an hour), 'P3Y' or '-P9D'.`)
  }
  const [years, months, weeks, days, hours, minutes, seconds] = m.slice(2).map((part) => Number(part ?? 0)) as number[]
  const ms = ((years! * 365 + months! * 30 + weeks! * 7 + days!) * 24 * 3600 + hours! * 3600 + minutes! * 60 + seconds!) * 1000
  return m[1] === '-' ? -ms : ms
}

/**
 * Computed for a UTC base in the extended format without an output format, rendered as the doc example renders it.
 * Anything else (a custom format, another offset or no zone, the basic format, text .NET might parse but ISO 8601
 * does not) depends on .NET formatting ARM does not document, so it gives an Unknown instead of a guess. utcNow()
 * bases never get here: they are Unknown already, and stay non-deterministic.
 */
function dateTimeAdd(args: unknown[], site: CallSite): unknown {
  const base = argString(site, args, 0)
  const duration = parseDuration(site, argString(site, args, 1))
  if (args.length > 2) argString(site, args, 2)
  const instant = parseInstant(base)
  if (args.length > 2 || instant === undefined || instant.zone !== 'utc' || instant.basic) return derivedUnknown('dateTimeAdd', site.text, args)
  return formatInstant(inRange(site, instant.ms + duration))
}

function dateTimeFromEpoch(args: unknown[], site: CallSite): string {
  return formatInstant(inRange(site, argInt(site, args, 0) * 1000))
}

/** A zone-less value is read as UTC: the epoch is one instant and ARM runs in UTC. */
function dateTimeToEpoch(args: unknown[], site: CallSite): unknown {
  const instant = parseInstant(argString(site, args, 0))
  if (instant === undefined) return derivedUnknown('dateTimeToEpoch', site.text, args)
  return Math.floor(instant.ms / 1000)
}

export const dateFunctions = define(
  { name: 'dateTimeAdd', min: 2, max: 3, call: dateTimeAdd },
  { name: 'dateTimeFromEpoch', min: 1, max: 1, call: dateTimeFromEpoch },
  { name: 'dateTimeToEpoch', min: 1, max: 1, call: dateTimeToEpoch }
)
