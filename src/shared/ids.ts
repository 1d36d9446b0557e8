/** Identifier formats shared by the lint engine, the CLI, the action inputs and the Azure side (no dependencies). */

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** GUID_PATTERN.test by hand: the rules ask this of every ID, and a character loop is several times faster. */
export function isGuid(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 36) return false
  for (let i = 0; i < 36; i++) {
    const c = value.charCodeAt(i)
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) {
      return false
    }
  }
  return true
}

/** An Associated Partner ID (formerly MPN ID): digits only. */
export const PARTNER_ID_PATTERN = /^\d{1,12}$/
