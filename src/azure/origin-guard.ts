/**
 * Tokens stay home: one pipeline policy, on every ARM and Graph client the action creates, that refuses to send any
 * request to an origin other than the endpoint the client was configured for.
 *
 * Why a policy and not checks at the call sites: the SDK follows links it reads from answers on its own — a
 * long-running operation's `Operation-Location` / `Azure-AsyncOperation` / `Location`, a pager's `nextLink` — and
 * signs each request with the bearer token for the client's endpoint, whatever host the link names. The SDK's redirect
 * policy follows only same-origin redirects and drops `Authorization` on them, but an LRO poll or a `nextLink` is not a
 * redirect, so nothing upstream checks its host (azure-sdk-for-python#48804 describes the same gap and only warns;
 * azure-sdk-for-net#59606 binds the token to the authority it was issued for). The policy is added `perRetry`, which
 * core-client and @azure-rest/core-client place `afterPhase: "Sign"`: it sees every attempt after the bearer token
 * policy signed it and before the HTTP client sends it, retries and same-origin redirects included.
 *
 * It refuses every request, signed or not: these clients have no business with any other host, and a poll or page
 * link elsewhere means the answer was hostile or the endpoint misconfigured.
 */
import type { PipelinePolicy } from '@azure/core-rest-pipeline'

export const ORIGIN_GUARD_POLICY_NAME = 'lpgTokenStaysHomePolicy'

const OFF_ORIGIN = 'OffOriginError'

/** A request the guard refused. Told apart by `name` (bundles may hold two copies of this module). */
export class OffOriginError extends Error {
  constructor(
    /** "ARM" or "Microsoft Graph". */
    readonly service: string,
    /** The origin the link named (or the raw text when it is not a URL). */
    readonly refused: string,
    /** The configured endpoint's origin, the only one that gets the token. */
    readonly allowed: string,
    /** What kind of link it was, e.g. "a polling link"; "a link" when the caller could not tell. */
    readonly link = 'a link'
  ) {
    super(`${service} answered with ${link} on another host (${refused}); refused to send the token there (only ${allowed} receives it).`)
    this.name = OFF_ORIGIN
  }

  /** The same refusal, naming the kind of link (the policy cannot tell a poll from a page). */
  as(link: string): OffOriginError {
    return new OffOriginError(this.service, this.refused, this.allowed, link)
  }
}

export function isOffOriginError(e: unknown): e is OffOriginError {
  return !!e && typeof e === 'object' && (e as { name?: unknown }).name === OFF_ORIGIN && typeof (e as { refused?: unknown }).refused === 'string'
}

/** The origin of a URL, or null when it does not parse. */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * Throws OffOriginError unless `url` is on `endpoint`'s origin (scheme, host and port; hosts compare as URL parsing
 * normalises them, so case and default ports do not matter, and userinfo tricks such as `https://arm@evil/` do not
 * fool it).
 */
export function assertSameOrigin(url: string, endpoint: string, service: string, link?: string): void {
  const allowed = originOf(endpoint)
  if (allowed === null || allowed === 'null') throw new Error(`${service} endpoint "${endpoint}" is not a URL.`)
  const origin = originOf(url)
  if (origin !== allowed) throw new OffOriginError(service, origin && origin !== 'null' ? origin : JSON.stringify(url.slice(0, 80)), allowed, link)
}

export interface OriginGuardOptions {
  /** The configured endpoint (ARM: the cloud's or `arm-endpoint`; Graph: `graph-endpoint` or the global one). */
  endpoint: string
  /** How errors name the service: "ARM", "Microsoft Graph". */
  service: string
}

/**
 * The policy. Add it `perRetry` through `additionalPolicies` (SDK clients), or with `{ afterPhase: 'Sign' }` on a
 * pipeline built by hand, so it runs after the bearer token policy.
 */
export function originGuardPolicy(o: OriginGuardOptions): PipelinePolicy {
  // Validate once, at construction: a client with an endpoint that is not a URL must not be built at all.
  assertSameOrigin(o.endpoint, o.endpoint, o.service)
  return {
    name: ORIGIN_GUARD_POLICY_NAME,
    async sendRequest(request, next) {
      assertSameOrigin(request.url, o.endpoint, o.service)
      return next(request)
    }
  }
}
