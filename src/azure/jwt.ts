/** Reading claims from access tokens without ever printing them. */

export function jwtClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1]
  if (!payload) return null
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Seconds since epoch of the token's `exp`, or null when it has none. */
export function jwtExpiry(token: string): number | null {
  const exp = jwtClaims(token)?.exp
  return typeof exp === 'number' ? exp : null
}

const JWT_LIKE = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g

/** Removes anything token-shaped from text bound for logs or reports. */
export function redact(text: string): string {
  return text.replace(JWT_LIKE, '***')
}
