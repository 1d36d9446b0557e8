/**
 * Credentials for ARM, one per tenant: GitHub OIDC (federated client assertion), client secret, or the Azure CLI
 * of an earlier azure/login step. Every token seen is registered as a secret so the runner masks it.
 */
import { AzureCliCredential, ClientAssertionCredential, ClientSecretCredential } from '@azure/identity'
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'
import type { CloudEndpoints } from './clouds.js'
import { jwtExpiry } from './jwt.js'

export type AuthKind = 'oidc' | 'secret' | 'cli'

export interface CredentialSettings {
  auth: 'oidc' | 'secret' | 'cli' | 'auto'
  clientId: string
  clientSecret: string
  cloud: CloudEndpoints
  setSecret: (s: string) => void
  getIdToken?: (audience: string) => Promise<string>
  /** Re-request the OIDC token when it expires within this many seconds (default 60). */
  oidcRenewBeforeSeconds?: number
}

/** The public cloud's token-exchange audience; each cloud has its own (`CloudEndpoints.oidcAudience`). */
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange'

export function chooseAuth(s: Pick<CredentialSettings, 'auth' | 'clientSecret'>, env: NodeJS.ProcessEnv = process.env): AuthKind {
  if (s.auth !== 'auto') return s.auth
  // Only the runner says whether an OIDC token can be had (`permissions: id-token: write`); the action always passes
  // a way to ask for one, so its presence says nothing.
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL) return 'oidc'
  if (s.clientSecret) return 'secret'
  return 'cli'
}

async function defaultGetIdToken(audience: string): Promise<string> {
  const core = await import('@actions/core')
  return core.getIDToken(audience)
}

/**
 * The GitHub OIDC token as a client assertion: MSAL asks for one on every token request, and a token lives only a
 * few minutes, so keep one until shortly before its `exp` and then fetch a fresh one (long fan-outs would otherwise
 * fail with AADSTS700024). Concurrent callers share one fetch.
 */
export function cachedAssertion(getIdToken: (audience: string) => Promise<string>, setSecret: (s: string) => void, renewBeforeSeconds = 60, audience = OIDC_AUDIENCE): () => Promise<string> {
  let current: { token: string; exp: number | null } | null = null
  let pending: Promise<string> | null = null
  return async () => {
    const now = Date.now() / 1000
    if (current && current.exp !== null && current.exp - now > renewBeforeSeconds) return current.token
    if (!pending) {
      pending = getIdToken(audience)
        .then((token) => {
          setSecret(token)
          current = { token, exp: jwtExpiry(token) }
          return token
        })
        .finally(() => {
          pending = null
        })
    }
    return pending
  }
}

/**
 * Registers every access token as a secret before anything else can see it, and shares tokens between the many
 * clients of a fan-out: each client has its own bearer policy, and concurrent first calls would each reach Entra ID.
 */
class MaskingCredential implements TokenCredential {
  private readonly cache = new Map<string, AccessToken>()
  private readonly pending = new Map<string, Promise<AccessToken | null>>()

  constructor(
    private readonly inner: TokenCredential,
    private readonly setSecret: (s: string) => void
  ) {}

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    // Claims challenges and per-call tenants must reach the real credential.
    if (options?.claims || options?.tenantId) return this.fetch(scopes, options)
    const key = ([] as string[]).concat(scopes).join(' ')
    const cached = this.cache.get(key)
    const refreshAt = cached ? (cached.refreshAfterTimestamp ?? cached.expiresOnTimestamp - 5 * 60_000) : 0
    if (cached && Date.now() < refreshAt) return cached
    let p = this.pending.get(key)
    if (!p) {
      p = this.fetch(scopes, options)
        .then((t) => {
          if (t) this.cache.set(key, t)
          return t
        })
        .finally(() => this.pending.delete(key))
      this.pending.set(key, p)
    }
    return p
  }

  private async fetch(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    const token = await this.inner.getToken(scopes, options)
    if (token?.token) this.setSecret(token.token)
    return token
  }
}

export interface CredentialProvider {
  readonly kind: AuthKind
  /** The credential for a tenant, created once per tenant. */
  forTenant(tenantId: string): TokenCredential
}

export function createCredentialProvider(s: CredentialSettings): CredentialProvider {
  const kind = chooseAuth(s)
  if (s.clientSecret) s.setSecret(s.clientSecret)
  if ((kind === 'oidc' || kind === 'secret') && !s.clientId) throw new Error(`auth: ${kind} needs client-id.`)
  if (kind === 'secret' && !s.clientSecret) throw new Error('auth: secret needs client-secret.')
  const common = {
    authorityHost: s.cloud.authorityHost,
    disableInstanceDiscovery: s.cloud.disableInstanceDiscovery
  }
  const assertion = kind === 'oidc' ? cachedAssertion(s.getIdToken ?? defaultGetIdToken, s.setSecret, s.oidcRenewBeforeSeconds, s.cloud.oidcAudience ?? OIDC_AUDIENCE) : null
  const cache = new Map<string, TokenCredential>()
  return {
    kind,
    forTenant(tenantId: string): TokenCredential {
      const key = tenantId.toLowerCase()
      let cred = cache.get(key)
      if (!cred) {
        const inner =
          kind === 'oidc'
            ? new ClientAssertionCredential(key, s.clientId, assertion!, common)
            : kind === 'secret'
              ? new ClientSecretCredential(key, s.clientId, s.clientSecret, common)
              : new AzureCliCredential(key ? { tenantId: key } : {})
        cred = new MaskingCredential(inner, s.setSecret)
        cache.set(key, cred)
      }
      return cred
    }
  }
}
