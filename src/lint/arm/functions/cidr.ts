import { newObject } from '../values.js'
import { argInt, argString, argumentError, define, type CallSite } from './types.js'

/** An address range; addresses are BigInts so IPv4 (32 bits) and IPv6 (128 bits) share the arithmetic. */
interface Network {
  readonly bits: 32 | 128
  /** The first address (host bits cleared). */
  readonly network: bigint
  readonly prefix: number
}

function parseIpv4(text: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (!m) return undefined
  const octets = m.slice(1).map(Number)
  if (octets.some((o) => o > 255)) return undefined
  return octets.reduce((value, octet) => (value << 8n) | BigInt(octet), 0n)
}

/** RFC 4291 §2.2 text forms: eight groups, `::` for a run of zero groups, an IPv4 tail. */
function parseIpv6(text: string): bigint | undefined {
  let groupsText = text
  let tail: bigint | undefined
  const lastColon = text.lastIndexOf(':')
  if (text.slice(lastColon + 1).includes('.')) {
    tail = parseIpv4(text.slice(lastColon + 1))
    if (tail === undefined) return undefined
    groupsText = `${text.slice(0, lastColon + 1)}0:0`
  }
  const halves = groupsText.split('::')
  if (halves.length > 2) return undefined
  const parse = (half: string): string[] => (half === '' ? [] : half.split(':'))
  const head = parse(halves[0]!)
  const rest = halves.length === 2 ? parse(halves[1]!) : []
  const missing = 8 - head.length - rest.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest]
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined
  const value = groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n)
  return tail === undefined ? value : (value & ~0xffffffffn) | tail
}

function parseNetwork(site: CallSite, text: string): Network {
  const slash = text.indexOf('/')
  const address = slash === -1 ? '' : text.slice(0, slash).trim()
  const prefixText = slash === -1 ? '' : text.slice(slash + 1).trim()
  const v4 = parseIpv4(address)
  const value = v4 ?? parseIpv6(address)
  const bits = v4 === undefined ? 128 : 32
  const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN
  if (value === undefined || !(prefix <= bits)) {
    throw argumentError(site, `'${text}' is not an IP address range in CIDR notation, such as '10.144.0.0/20' or 'fdad:3236:5555::/48'.`)
  }
  return { bits, network: value & mask(bits, prefix), prefix }
}

function mask(bits: number, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n
  return all ^ ((1n << BigInt(bits - prefix)) - 1n)
}

function lastAddress(net: Network): bigint {
  return net.network | ((1n << BigInt(net.bits - net.prefix)) - 1n)
}

/**
 * Dotted quad, or RFC 5952 for IPv6: lower case, no leading zeros, the longest run of 2+ zero groups as `::`, and
 * IPv4-mapped addresses as ::ffff:a.b.c.d.
 */
function formatAddress(bits: 32 | 128, value: bigint): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.')
  if (value >> 32n === 0xffffn) return `::ffff:${formatAddress(32, value & 0xffffffffn)}`
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn))
  let bestStart = -1
  let bestLength = 1
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > bestLength) {
      bestStart = i
      bestLength = j - i
    }
    i = j
  }
  const hex = groups.map((g) => g.toString(16))
  if (bestStart === -1) return hex.join(':')
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`
}

/**
 * The IPv4 shape matches the doc example for 10.144.0.0/20. IPv6 has no broadcast address, so its range is usable
 * from the network address on, as the doc example for fdad:3236:5555::/48 shows. /31 and /32 (and /127, /128) have
 * no addresses to reserve: the docs do not cover them, and the whole range is returned as usable.
 */
function parseCidr(args: unknown[], site: CallSite): unknown {
  const net = parseNetwork(site, argString(site, args, 0))
  const last = lastAddress(net)
  const show = (value: bigint): string => formatAddress(net.bits, value)
  if (net.bits === 128) {
    return newObject([
      ['network', show(net.network)],
      ['netmask', show(mask(128, net.prefix))],
      ['firstUsable', show(net.network)],
      ['lastUsable', show(last)],
      ['cidr', net.prefix]
    ])
  }
  const reserved = net.prefix <= 30
  return newObject([
    ['network', show(net.network)],
    ['netmask', show(mask(32, net.prefix))],
    ['broadcast', show(last)],
    ['firstUsable', show(reserved ? net.network + 1n : net.network)],
    ['lastUsable', show(reserved ? last - 1n : last)],
    ['cidr', net.prefix]
  ])
}

function cidrSubnet(args: unknown[], site: CallSite): string {
  const net = parseNetwork(site, argString(site, args, 0))
  const newPrefix = argInt(site, args, 1)
  const index = argInt(site, args, 2)
  if (newPrefix < net.prefix || newPrefix > net.bits) {
    throw argumentError(site, `the new prefix length ${newPrefix} must be between the range's own (${net.prefix}) and ${net.bits}.`)
  }
  const count = 1n << BigInt(newPrefix - net.prefix)
  if (index < 0 || BigInt(index) >= count) {
    throw argumentError(site, `subnet index ${index} is out of range: a /${net.prefix} holds ${count} subnets of /${newPrefix} (indexes 0 to ${count - 1n}).`)
  }
  const subnet = net.network + (BigInt(index) << BigInt(net.bits - newPrefix))
  return `${formatAddress(net.bits, subnet)}/${newPrefix}`
}

/**
 * Host 0 is the address after the network address (the docs: 192.168.1.0/24 gives 192.168.1.1 for index 0, and
 * fdad:3236:5555:3000::/52 gives ...::1). IPv4 also keeps back the broadcast address.
 */
function cidrHost(args: unknown[], site: CallSite): string {
  const text = argString(site, args, 0)
  const net = parseNetwork(site, text)
  const index = argInt(site, args, 1)
  const size = 1n << BigInt(net.bits - net.prefix)
  const usable = size - (net.bits === 32 ? 2n : 1n)
  if (usable <= 0n) throw argumentError(site, `'${text}' has no host addresses beyond the network address; use a shorter prefix.`)
  if (index < 0 || BigInt(index) >= usable) {
    throw argumentError(site, `host index ${index} is out of range: '${text}' has ${usable} usable addresses (indexes 0 to ${usable - 1n}).`)
  }
  return formatAddress(net.bits, net.network + 1n + BigInt(index))
}

export const cidrFunctions = define(
  { name: 'parseCidr', min: 1, max: 1, call: parseCidr },
  { name: 'cidrSubnet', min: 3, max: 3, call: cidrSubnet },
  { name: 'cidrHost', min: 2, max: 2, call: cidrHost }
)
