/**
 * Audit of delegations already in place: every subscription the identity sees through Lighthouse, and whether a
 * delegation there gives the linked identity a permanent PEC-eligible role (else the Partner ID earns nothing there).
 */
import pLimit from 'p-limit'
import type { AuditEntry } from '../report/model.js'
import type { ArmRest } from './clients.js'
import { principalRoles, readAssignments } from './delegation.js'
import { describeError } from './errors.js'

export interface AuditOptions {
  rest: ArmRest
  /** The linked identity: the automation principal if given, else the running identity. */
  principalId: string
  managingTenantId: string
  maxParallel: number
  signal?: AbortSignal
  /** Only these subscriptions (from targets), when given. */
  only?: string[]
}

interface SubscriptionWire {
  subscriptionId?: string
  tenantId?: string
  displayName?: string
  managedByTenants?: Array<{ tenantId?: string }>
}

const SUGGESTED = 'Support Request Contributor (cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e)'

export async function runAudit(o: AuditOptions): Promise<AuditEntry[]> {
  const subs = await o.rest.list<SubscriptionWire>('/subscriptions?api-version=2022-12-01', o.signal)
  const managing = o.managingTenantId.toLowerCase()
  const only = o.only?.map((s) => s.toLowerCase())
  const delegated = subs.filter((s) => {
    if (!s.subscriptionId) return false
    if (only?.length) return only.includes(s.subscriptionId.toLowerCase())
    // Subscriptions of the managing tenant itself are not customers.
    return (s.tenantId ?? '').toLowerCase() !== managing || (s.managedByTenants ?? []).some((t) => t.tenantId?.toLowerCase() === managing)
  })
  const limit = pLimit(Math.max(1, o.maxParallel))
  return Promise.all(
    delegated.map((s) =>
      limit(async (): Promise<AuditEntry> => {
        const subscription = s.subscriptionId!
        const tenant = s.tenantId ?? null
        try {
          const assignments = await readAssignments(o.rest, subscription, o.signal)
          const held = principalRoles(assignments, o.principalId, managing || null)
          const offerName = held.offerNames.length ? [...new Set(held.offerNames)].join(', ') : null
          const roles = [...held.permanent, ...held.eligible.map((r) => `${r} (eligible only)`)]
          let fix: string | null = null
          if (!held.pecOk) {
            if (!held.offerNames.length) fix = `No delegation from the managing tenant on this subscription: onboard it with a template granting ${o.principalId} ${SUGGESTED} permanently.`
            else if (held.eligible.length && !held.permanent.length) fix = `${o.principalId} holds only eligible (just-in-time) roles here; PEC needs a permanent authorization: redeploy offer "${offerName}" adding ${SUGGESTED} in authorizations.`
            else fix = `Redeploy offer "${offerName}" with a permanent authorization for ${o.principalId} with a PEC-eligible role such as ${SUGGESTED}, or link the Partner ID from a principal that already holds one.`
          }
          return { subscription, tenant, offerName, pecOk: held.pecOk, roles, fix }
        } catch (e) {
          const error = `Could not read the delegations: ${describeError(e)}`
          return { subscription, tenant, offerName: null, pecOk: false, roles: [], fix: `${error} Re-run the audit.`, error }
        }
      })
    )
  )
}
