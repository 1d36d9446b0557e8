/**
 * Reading Lighthouse delegations back from a subscription and judging them for PEC: does a principal hold a
 * permanent (not just-in-time) authorization with a PEC-eligible built-in role?
 */
import { roleCatalogue } from '../lint/roles/index.js'
import type { ArmRest } from './clients.js'

export const REGISTRATION_API = '2022-10-01'

export interface Authorization {
  principalId?: string
  principalIdDisplayName?: string
  roleDefinitionId?: string
}

export interface Assignment {
  id?: string
  properties?: {
    registrationDefinitionId?: string
    provisioningState?: string
    registrationDefinition?: {
      properties?: {
        registrationDefinitionName?: string
        managedByTenantId?: string
        authorizations?: Authorization[]
        eligibleAuthorizations?: Authorization[]
      }
    }
  }
}

/** Resource groups list (Microsoft.Resources/resourceGroups). */
export const RESOURCE_GROUPS_API = '2021-04-01'

/** The registration assignments at a scope: `/subscriptions/S` or `/subscriptions/S/resourceGroups/RG`. */
export async function readAssignmentsAt(rest: ArmRest, scope: string, signal?: AbortSignal): Promise<Assignment[]> {
  return rest.list<Assignment>(`${scope}/providers/Microsoft.ManagedServices/registrationAssignments?$expandRegistrationDefinition=true&api-version=${REGISTRATION_API}`, signal)
}

export async function readAssignments(rest: ArmRest, subscription: string, signal?: AbortSignal): Promise<Assignment[]> {
  return readAssignmentsAt(rest, `/subscriptions/${subscription}`, signal)
}

export function resourceGroupScope(subscription: string, resourceGroup: string): string {
  return `/subscriptions/${subscription}/resourceGroups/${encodeURIComponent(resourceGroup)}`
}

/** The names of the resource groups the caller can see in a subscription (ARM lists only those it may read). */
export async function listResourceGroups(rest: ArmRest, subscription: string, signal?: AbortSignal): Promise<string[]> {
  const groups = await rest.list<{ name?: unknown }>(`/subscriptions/${subscription}/resourcegroups?api-version=${RESOURCE_GROUPS_API}`, signal)
  return groups.flatMap((g) => (typeof g.name === 'string' && g.name ? [g.name] : []))
}

const RG_SCOPE = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)\/providers\/microsoft\.managedservices\/registrationassignments\//i

/** The resource group an assignment is created in (from its ID), or null for a subscription-scope assignment. */
export function assignmentResourceGroup(a: Assignment): string | null {
  const m = RG_SCOPE.exec(a.id ?? '')
  if (!m) return null
  try {
    return decodeURIComponent(m[1]!)
  } catch {
    return m[1]!
  }
}

export function roleLabel(roleDefinitionId: string): string {
  const info = roleCatalogue.get(roleDefinitionId)
  return info ? info.name : roleDefinitionId
}

export function isPecEligible(roleDefinitionId: string): boolean {
  return roleCatalogue.get(roleDefinitionId)?.pecEligible === true
}

export interface PrincipalRoles {
  offerNames: string[]
  /** Roles held permanently, e.g. "Contributor". */
  permanent: string[]
  /** Roles only eligible (JIT). */
  eligible: string[]
  pecOk: boolean
  /**
   * Not pecOk, but a permanent role the PEC table does not list (or a role missing from the catalogue): whether it
   * earns the credit is unknown, not "no" (the lint rule pec-role-not-assured says the same).
   */
  pecUnknown: boolean
}

const same = (a?: string | null, b?: string | null): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase()

/** What a principal holds across the assignments (optionally only those managed by one tenant). */
export function principalRoles(assignments: Assignment[], principalId: string, managedByTenantId?: string | null): PrincipalRoles {
  const out: PrincipalRoles = { offerNames: [], permanent: [], eligible: [], pecOk: false, pecUnknown: false }
  for (const a of assignments) {
    const def = a.properties?.registrationDefinition?.properties
    if (!def) continue
    if (managedByTenantId && !same(def.managedByTenantId, managedByTenantId)) continue
    if (def.registrationDefinitionName) out.offerNames.push(def.registrationDefinitionName)
    for (const auth of def.authorizations ?? []) {
      if (!same(auth.principalId, principalId) || !auth.roleDefinitionId) continue
      out.permanent.push(roleLabel(auth.roleDefinitionId))
      if (isPecEligible(auth.roleDefinitionId)) out.pecOk = true
      else if ((roleCatalogue.get(auth.roleDefinitionId)?.pecEligible ?? null) === null) out.pecUnknown = true
    }
    for (const auth of def.eligibleAuthorizations ?? []) {
      if (same(auth.principalId, principalId) && auth.roleDefinitionId) out.eligible.push(roleLabel(auth.roleDefinitionId))
    }
  }
  if (out.pecOk) out.pecUnknown = false
  return out
}
