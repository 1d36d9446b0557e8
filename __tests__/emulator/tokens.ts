/** JWT-shaped tokens for the emulated Entra ID. Not signed for real: the emulator remembers what it issued. */
import { randomUUID } from 'node:crypto'

const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url')

export function makeJwt(claims: Record<string, unknown>): string {
  // A random jti keeps every token distinct, so a leaked one is attributable in a test failure.
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ jti: randomUUID(), ...claims })}.${Buffer.from(randomUUID()).toString('base64url')}`
}

export function readJwt(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1]
  if (!part) return null
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>
  } catch {
    return null
  }
}

/** A GitHub-OIDC-like ID token, for tests that inject getIdToken. */
export function fakeGitHubIdToken(lifetimeSeconds: number, audience = 'api://AzureADTokenExchange'): string {
  const now = Math.floor(Date.now() / 1000)
  return makeJwt({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:contoso/onboarding:ref:refs/heads/main', aud: audience, iat: now, exp: now + lifetimeSeconds })
}
