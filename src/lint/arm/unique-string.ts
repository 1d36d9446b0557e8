/**
 * ARM's uniqueString(): a 64-bit MurmurHash variant (two interleaved 32-bit lanes, Microsoft's own constants, seed 0)
 * over the UTF-8 bytes of the arguments joined with '-', then the top 65 bits as 13 lowercase base32 characters.
 * Checked against values ARM produced in real deployments (see the tests).
 */
const C1 = 0x239b961b // 597399067
const C2 = 0xab0e9789 // 2869860233
const F1 = 0x85ebca6b
const F2 = 0xc2b2ae35
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'

function rotl(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0
}

function mul(a: number, b: number): number {
  return Math.imul(a, b) >>> 0
}

function le32(data: Uint8Array, i: number, count = 4): number {
  let value = 0
  for (let k = count - 1; k >= 0; k--) value = (value << 8) | data[i + k]!
  return value >>> 0
}

function mixK1(k: number): number {
  return mul(rotl(mul(k, C1), 15), C2)
}

function mixK2(k: number): number {
  return mul(rotl(mul(k, C2), 17), C1)
}

function finalMix(h: number): number {
  h = mul(h ^ (h >>> 16), F1)
  h = mul(h ^ (h >>> 13), F2)
  return (h ^ (h >>> 16)) >>> 0
}

export function murmurHash64(data: Uint8Array): bigint {
  const length = data.length
  let h1 = 0
  let h2 = 0
  let i = 0
  for (; i + 7 < length; i += 8) {
    h1 = (h1 ^ mixK1(le32(data, i))) >>> 0
    h1 = (rotl(h1, 19) + h2) >>> 0
    h1 = (mul(h1, 5) + 0x561ccd1b) >>> 0
    h2 = (h2 ^ mixK2(le32(data, i + 4))) >>> 0
    h2 = (rotl(h2, 13) + h1) >>> 0
    h2 = (mul(h2, 5) + 0x0bcaa747) >>> 0
  }
  const tail = length - i
  if (tail > 0) {
    h1 = (h1 ^ mixK1(le32(data, i, Math.min(tail, 4)))) >>> 0
    if (tail > 4) h2 = (h2 ^ mixK2(le32(data, i + 4, tail - 4))) >>> 0
  }
  h1 = (h1 ^ length) >>> 0
  h2 = (h2 ^ length) >>> 0
  h1 = (h1 + h2) >>> 0
  h2 = (h2 + h1) >>> 0
  h1 = finalMix(h1)
  h2 = finalMix(h2)
  h1 = (h1 + h2) >>> 0
  h2 = (h2 + h1) >>> 0
  return (BigInt(h2) << 32n) | BigInt(h1)
}

export function uniqueString(values: readonly string[]): string {
  let hash = murmurHash64(Buffer.from(values.join('-'), 'utf8'))
  let out = ''
  for (let i = 0; i < 13; i++) {
    out += ALPHABET[Number((hash >> 59n) & 31n)]
    hash = (hash << 5n) & 0xffffffffffffffffn
  }
  return out
}
