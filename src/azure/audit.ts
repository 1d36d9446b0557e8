/**
 * Audit of delegations already in place: every subscription the identity sees through Lighthouse, and whether a
 * delegation there gives the linked identity a permanent PEC-eligible role (else the Partner ID earns nothing there).
 * Lighthouse delegates a subscription or single resource groups of it, so each subscription's resource groups are
 * read too: one entry per subscription (scope `subscription`) and one per delegated resource group (scope
 * `resourceGroup`). Every read can fail on its own; a failure is that entry's `error`, never another's.
 */
import pLimit from 'p-limit'
import type { AuditEntry } from '../report/model.js'
import type { ArmRest } from './clients.js'
import { assignmentResourceGroup, listResourceGroups, principalRoles, readAssignments, readAssignmentsAt, resourceGroupScope, type Assignment, type PrincipalRoles } from './delegation.js'
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

/** A delegated subscription's delegations by scope, as read; `error` when that read failed. */
interface ScopeRead {
  subscription: { assignments: Assignment[]; error?: unknown }
  groups: Array<{ name: string; assignments: Assignment[]; error?: unknown }>
  groupsError?: unknown
}

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
  const parallel = Math.max(1, o.maxParallel)
  const limit = pLimit(parallel)
  // Resource-group reads have their own limit: a subscription's task waits on them, so sharing one would deadlock.
  const groupLimit = pLimit(parallel)
  const perSubscription = await Promise.all(
    delegated.map((s) =>
      limit(async (): Promise<AuditEntry[]> => {
        const read = await readScopes(o, s.subscriptionId!, groupLimit)
        return entriesOf(o, s, read, managing)
      })
    )
  )
  return perSubscription.flat()
}

/** The subscription's own delegations and each visible resource group's; every read may fail on its own. */
async function readScopes(o: AuditOptions, subscription: string, groupLimit: ReturnType<typeof pLimit>): Promise<ScopeRead> {
  const [own, list] = await Promise.allSettled([readAssignments(o.rest, subscription, o.signal), listResourceGroups(o.rest, subscription, o.signal)])
  const out: ScopeRead = { subscription: own.status === 'fulfilled' ? { assignments: own.value } : { assignments: [], error: own.reason }, groups: [] }
  if (list.status === 'rejected') {
    out.groupsError = list.reason
    return out
  }
  out.groups = await Promise.all(
    list.value.map((name) =>
      groupLimit(async () => {
        try {
          return { name, assignments: await readAssignmentsAt(o.rest, resourceGroupScope(subscription, name), o.signal) }
        } catch (error) {
          return { name, assignments: [], error }
        }
      })
    )
  )
  return out
}

/** 403 from ARM: the caller may not read at that scope (a delegation of some resource groups only reaches those). */
function isForbidden(e: unknown): boolean {
  return (e as { statusCode?: unknown })?.statusCode === 403
}

function entriesOf(o: AuditOptions, s: SubscriptionWire, read: ScopeRead, managing: string): AuditEntry[] {
  const subscription = s.subscriptionId!
  const tenant = s.tenantId ?? null
  // An assignment listed at the subscription may sit in a resource group (its ID says where): judge it there.
  const own = read.subscription.assignments.filter((a) => !assignmentResourceGroup(a))
  const groupEntries: AuditEntry[] = []
  for (const g of [...read.groups].sort((a, b) => a.name.localeCompare(b.name))) {
    const here = [...g.assignments, ...read.subscription.assignments].filter((a) => (assignmentResourceGroup(a) ?? '').toLowerCase() === g.name.toLowerCase())
    const unique = [...new Map(here.map((a, i) => [(a.id ?? '').toLowerCase() || `#${i}`, a])).values()]
    if (g.error) {
      const error = `Could not read the delegations of resource group ${g.name}: ${describeError(g.error)}`
      groupEntries.push({ subscription, tenant, scope: 'resourceGroup', resourceGroup: g.name, offerName: null, pecOk: false, roles: [], fix: `${error} Re-run the audit.`, error })
      continue
    }
    const held = principalRoles(unique, o.principalId, managing || null)
    if (!held.offerNames.length) continue
    groupEntries.push({ subscription, tenant, scope: 'resourceGroup', resourceGroup: g.name, ...judged(o, held, `resource group ${g.name}`) })
  }
  const delegatedGroups = groupEntries.filter((e) => !e.error).map((e) => e.resourceGroup!)
  const extra: Partial<AuditEntry> = {
    ...(delegatedGroups.length ? { delegatedResourceGroups: delegatedGroups } : {}),
    ...(read.groupsError ? { resourceGroupsError: `Could not list the resource groups: ${describeError(read.groupsError)}` } : {})
  }
  let subEntry: AuditEntry
  const ownError = read.subscription.error
  if (ownError && !(isForbidden(ownError) && delegatedGroups.length)) {
    const error = `Could not read the delegations: ${describeError(ownError)}`
    subEntry = { subscription, tenant, scope: 'subscription', offerName: null, pecOk: false, roles: [], fix: `${error} Re-run the audit.`, error, ...extra }
  } else {
    const held = principalRoles(own, o.principalId, managing || null)
    if (!held.offerNames.length && delegatedGroups.length) {
      // Delegated per resource group: the rest of the subscription earns nothing.
      const fix = `Only resource group${delegatedGroups.length > 1 ? 's' : ''} ${delegatedGroups.join(', ')} ${delegatedGroups.length > 1 ? 'are' : 'is'} delegated, not the whole subscription: usage in its other resource groups earns no PEC. Delegate them too (or the subscription) with a permanent authorization for ${o.principalId} with a PEC-eligible role such as ${SUGGESTED}.`
      subEntry = { subscription, tenant, scope: 'subscription', offerName: null, pecOk: false, roles: [], fix, ...extra }
    } else subEntry = { subscription, tenant, scope: 'subscription', ...judged(o, held, 'this subscription'), ...extra }
  }
  return [subEntry, ...groupEntries]
}

function judged(o: AuditOptions, held: PrincipalRoles, where: string): Pick<AuditEntry, 'offerName' | 'pecOk' | 'roles' | 'fix'> {
  const offerName = held.offerNames.length ? [...new Set(held.offerNames)].join(', ') : null
  const roles = [...held.permanent, ...held.eligible.map((r) => `${r} (eligible only)`)]
  let fix: string | null = null
  if (!held.pecOk) {
    if (!held.offerNames.length) fix = `No delegation from the managing tenant on ${where}: onboard it with a template granting ${o.principalId} ${SUGGESTED} permanently.`
    else if (held.eligible.length && !held.permanent.length) fix = `${o.principalId} holds only eligible (just-in-time) roles here; PEC needs a permanent authorization: redeploy offer "${offerName}" adding ${SUGGESTED} in authorizations.`
    else fix = `Redeploy offer "${offerName}" with a permanent authorization for ${o.principalId} with a PEC-eligible role such as ${SUGGESTED}, or link the Partner ID from a principal that already holds one.`
  }
  return { offerName, pecOk: held.pecOk, roles, fix }
}
