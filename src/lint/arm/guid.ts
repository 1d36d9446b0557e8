import { nodeCrypto } from '../../shared/node-crypto.js'

/**
 * The namespace ARM hashes guid() arguments under (RFC 4122 §4.3, name-based, SHA-1). Microsoft's docs name the
 * algorithm; the namespace and the '-' join come from public re-implementations that match deployed values
 * (Terraform `uuidv5` recipes, Python/.NET ports of Azure.Deployments.Expression).
 */
export const ARM_GUID_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830'

/** RFC 4122 version 5 UUID of `name` (UTF-8) in `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  if (namespaceBytes.length !== 16) throw new Error(`Invalid namespace UUID: ${namespace}`)
  return uuidV5Bytes(namespaceBytes, name)
}

/**
 * One-shot `crypto.hash` (Node ≥ 20.12) where it exists: a Hash object per call cost more than the hashing, and so does
 * asking `crypto.hash` for a Buffer (measured: ~10 µs a call against ~2 µs for hex on Node 20), so the version and
 * variant bits are set on the hex digits.
 */
function sha1Hex(namespaceBytes: Buffer, name: string): string {
  const crypto = nodeCrypto()
  const oneShot = (crypto as { hash?: (algorithm: string, data: Buffer, encoding: 'hex') => string }).hash
  if (oneShot) return oneShot('sha1', Buffer.concat([namespaceBytes, Buffer.from(name, 'utf8')]), 'hex')
  return crypto.createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest('hex')
}

function uuidV5Bytes(namespaceBytes: Buffer, name: string): string {
  const hex = sha1Hex(namespaceBytes, name)
  // Byte 6: version 5 in the high nibble. Byte 8: the RFC 4122 variant (10xx) in the high bits.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const ARM_NAMESPACE_BYTES = Buffer.from(ARM_GUID_NAMESPACE.replace(/-/g, ''), 'hex')
/** A template computes the same guid(...) for its definition, its assignment and their link: hash each input once. */
const memo = new Map<string, string>()

/** ARM's guid(a, b, ...): the arguments joined with '-'. */
export function armGuid(values: readonly string[]): string {
  const name = values.join('-')
  let guid = memo.get(name)
  if (guid === undefined) {
    if (memo.size >= 4096) memo.clear()
    guid = uuidV5Bytes(ARM_NAMESPACE_BYTES, name)
    memo.set(name, guid)
  }
  return guid
}
