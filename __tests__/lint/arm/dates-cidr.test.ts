import { describe, it, expect } from '@jest/globals'
import { Unknown, isUnknown } from '../../../src/lint/arm/index.js'
import { ev, errorOf, context } from './helpers.js'

function unknown(value: unknown): Unknown {
  if (!isUnknown(value)) throw new Error(`expected an Unknown, got ${JSON.stringify(value)}`)
  return value
}

describe('dateTimeAdd', () => {
  it('adds durations to a UTC base (doc examples, base 2020-04-07 14:53:14Z)', () => {
    expect(ev("[dateTimeAdd('2020-04-07 14:53:14Z', 'P3Y')]")).toBe('2023-04-07T14:53:14Z')
    expect(ev("[dateTimeAdd('2020-04-07 14:53:14Z', '-P9D')]")).toBe('2020-03-29T14:53:14Z')
    expect(ev("[dateTimeAdd('2020-04-07 14:53:14Z', 'PT1H')]")).toBe('2020-04-07T15:53:14Z')
  })
  it('counts a month as 30 days, as the doc remark shows', () => {
    expect(ev("[dateTimeAdd('2023-01-31 00:00:00Z', 'P1M')]")).toBe('2023-03-02T00:00:00Z')
    expect(ev("[dateTimeAdd('2024-01-31 00:00:00Z', 'P1M')]")).toBe('2024-03-01T00:00:00Z')
  })
  it('adds fractional seconds and minutes', () => {
    expect(ev("[dateTimeAdd('2019-03-05T17:53:18Z', 'PT1M30S')]")).toBe('2019-03-05T17:54:48Z')
    expect(ev("[dateTimeAdd('2020-01-01T00:00:00.5Z', 'PT0.25S')]")).toBe('2020-01-01T00:00:00.750Z')
  })
  it('stays non-deterministic for a utcNow() base', () => {
    expect(unknown(ev("[dateTimeAdd(utcNow(), 'P1Y')]")).deterministic).toBe(false)
    const ctx = context({ baseTime: new Unknown('utcNow', "utcNow('u')", false) })
    expect(unknown(ev("[dateTimeAdd(parameters('baseTime'), 'PT1H')]", ctx)).deterministic).toBe(false)
  })
  it('gives a deterministic Unknown where the output format is not documented', () => {
    expect(unknown(ev("[dateTimeAdd('2020-04-07T14:53:14Z', 'P1D', 'yyyy-MM-dd')]"))).toMatchObject({ kind: 'dateTimeAdd', deterministic: true })
    expect(unknown(ev("[dateTimeAdd('2020-04-07T14:53:14+02:00', 'P1D')]")).kind).toBe('dateTimeAdd')
    expect(unknown(ev("[dateTimeAdd('4/7/2020 2:53:14 PM', 'P1D')]")).kind).toBe('dateTimeAdd')
    expect(unknown(ev("[dateTimeAdd('20190305T175318Z', 'P1D')]")).kind).toBe('dateTimeAdd')
  })
  it('rejects a duration that is not ISO 8601', () => {
    const error = errorOf(() => ev("[dateTimeAdd('2020-04-07T14:53:14Z', '1 day')]"))
    expect(error.code).toBe('argument')
    expect(error.message).toBe("dateTimeAdd(): '1 day' is not an ISO 8601 duration; write e.g. 'P1D' (a day), 'PT1H' (an hour), 'P3Y' or '-P9D'.")
    expect(errorOf(() => ev("[dateTimeAdd('2020-04-07T14:53:14Z', 'PT')]")).code).toBe('argument')
    expect(errorOf(() => ev("[dateTimeAdd('9999-12-31T00:00:00Z', 'P1D')]")).message).toMatch(/outside the years 1 to 9999/)
  })
})

describe('dateTimeFromEpoch and dateTimeToEpoch', () => {
  it('convert the doc example both ways', () => {
    expect(ev('[dateTimeFromEpoch(1683040573)]')).toBe('2023-05-02T15:16:13Z')
    expect(ev("[dateTimeToEpoch('2023-05-02T15:16:13Z')]")).toBe(1683040573)
    expect(ev("[dateTimeToEpoch(dateTimeFromEpoch(0))]")).toBe(0)
  })
  it('apply a zone offset and read the basic format utcNow() writes', () => {
    expect(ev("[dateTimeToEpoch('2023-05-02T17:16:13+02:00')]")).toBe(1683040573)
    expect(ev("[dateTimeToEpoch('20230502T151613Z')]")).toBe(1683040573)
  })
  it('keep utcNow() non-deterministic, and are Unknown for text they cannot read', () => {
    expect(unknown(ev("[dateTimeToEpoch(dateTimeAdd(utcNow(), 'P1Y'))]")).deterministic).toBe(false)
    expect(unknown(ev("[dateTimeToEpoch('2023-02-30T00:00:00Z')]")).kind).toBe('dateTimeToEpoch')
  })
  it('reject epochs beyond year 9999', () => {
    expect(errorOf(() => ev('[dateTimeFromEpoch(253402300800)]')).code).toBe('argument')
  })
})

describe('parseCidr', () => {
  it('parses the IPv4 doc example', () => {
    expect(ev("[parseCidr('10.144.0.0/20')]")).toEqual({
      network: '10.144.0.0',
      netmask: '255.255.240.0',
      broadcast: '10.144.15.255',
      firstUsable: '10.144.0.1',
      lastUsable: '10.144.15.254',
      cidr: 20
    })
  })
  it('parses the IPv6 doc example', () => {
    expect(ev("[parseCidr('fdad:3236:5555::/48')]")).toEqual({
      network: 'fdad:3236:5555::',
      netmask: 'ffff:ffff:ffff::',
      firstUsable: 'fdad:3236:5555::',
      lastUsable: 'fdad:3236:5555:ffff:ffff:ffff:ffff:ffff',
      cidr: 48
    })
  })
  it('clears host bits and treats /32 as a single usable address', () => {
    expect((ev("[parseCidr('192.168.1.77/24')]") as Record<string, unknown>)['network']).toBe('192.168.1.0')
    expect(ev("[parseCidr('10.0.0.5/32')]")).toMatchObject({ network: '10.0.0.5', firstUsable: '10.0.0.5', lastUsable: '10.0.0.5' })
  })
  it('rejects what is not CIDR', () => {
    for (const text of ['10.0.0.0', '10.0.0.256/24', '10.0.0.0/33', 'fdad::1::/48', 'x/8']) {
      expect([text, errorOf(() => ev(`[parseCidr('${text}')]`)).message]).toEqual([
        text,
        `parseCidr(): '${text}' is not an IP address range in CIDR notation, such as '10.144.0.0/20' or 'fdad:3236:5555::/48'.`
      ])
    }
  })
})

describe('cidrSubnet and cidrHost', () => {
  it('cidrSubnet splits ranges (doc examples)', () => {
    expect([0, 1, 2, 3, 4].map((i) => ev(`[cidrSubnet('10.144.0.0/20', 24, ${i})]`))).toEqual([
      '10.144.0.0/24',
      '10.144.1.0/24',
      '10.144.2.0/24',
      '10.144.3.0/24',
      '10.144.4.0/24'
    ])
    expect([0, 1, 4].map((i) => ev(`[cidrSubnet('fdad:3236:5555::/48', 52, ${i})]`))).toEqual([
      'fdad:3236:5555::/52',
      'fdad:3236:5555:1000::/52',
      'fdad:3236:5555:4000::/52'
    ])
  })
  it('cidrSubnet checks the prefix and index', () => {
    expect(errorOf(() => ev("[cidrSubnet('10.144.0.0/20', 16, 0)]")).message).toBe(
      "cidrSubnet(): the new prefix length 16 must be between the range's own (20) and 32."
    )
    expect(errorOf(() => ev("[cidrSubnet('10.144.0.0/20', 24, 16)]")).message).toBe(
      'cidrSubnet(): subnet index 16 is out of range: a /20 holds 16 subnets of /24 (indexes 0 to 15).'
    )
  })
  it('cidrHost counts usable hosts from 0 (doc examples)', () => {
    expect([0, 1, 4].map((i) => ev(`[cidrHost('10.144.3.0/24', ${i})]`))).toEqual(['10.144.3.1', '10.144.3.2', '10.144.3.5'])
    expect(ev("[cidrHost('192.168.1.0/24', 0)]")).toBe('192.168.1.1')
    expect([0, 4].map((i) => ev(`[cidrHost('fdad:3236:5555:3000::/52', ${i})]`))).toEqual(['fdad:3236:5555:3000::1', 'fdad:3236:5555:3000::5'])
  })
  it('cidrHost keeps back the IPv4 broadcast address', () => {
    expect(ev("[cidrHost('10.144.3.0/24', 253)]")).toBe('10.144.3.254')
    expect(errorOf(() => ev("[cidrHost('10.144.3.0/24', 254)]")).message).toBe(
      "cidrHost(): host index 254 is out of range: '10.144.3.0/24' has 254 usable addresses (indexes 0 to 253)."
    )
  })
  it('formats IPv6 in the shortest form and reads embedded IPv4', () => {
    expect(ev("[cidrHost('2001:db8:0:0:1:0:0:0/112', 0)]")).toBe('2001:db8::1:0:0:1')
    expect((ev("[parseCidr('::ffff:10.0.0.0/120')]") as Record<string, unknown>)['lastUsable']).toBe('::ffff:10.0.0.255')
  })
})
