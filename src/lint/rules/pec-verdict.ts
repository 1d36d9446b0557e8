/**
 * The one place that decides whether a delegation earns partner earned credit. pec-automation-jit-only,
 * pec-role-not-eligible, pec-automation-missing, pec-uaa-undocumented and pec-no-eligible-authorization all read
 * this verdict, so they cannot disagree and at most one of the first three fires per definition.
 */
import { isUnknown } from '../arm/unknown.js'
import type { ResolvedAuthorization, ResolvedDefinition } from '../model.js'
import type { RoleCatalogue, RoleInfo } from '../roles/catalogue.js'
import { USER_ACCESS_ADMINISTRATOR_ROLE_ID } from '../roles/index.js'
import { guidOf, listIsUnknown, roleIdOf, roleInfoOf } from './helpers.js'

export type PecVerdict =
  /** A permanent authorization with a PEC-eligible role Lighthouse accepts. `uaaOnly`: the only such role is UAA. */
  | { kind: 'ok'; via: ResolvedAuthorization[]; uaaOnly: boolean }
  /** A PEC-eligible role, but only under eligibleAuthorizations (just-in-time access earns no credit). */
  | { kind: 'jit-only'; eligible: ResolvedAuthorization[]; permanent: ResolvedAuthorization[] }
  /** Holds roles, none of them a permanent, PEC-eligible, Lighthouse-usable role. */
  | { kind: 'role-not-eligible'; permanent: ResolvedAuthorization[]; eligible: ResolvedAuthorization[] }
  /** The principal appears in no authorization. */
  | { kind: 'missing' }
  /** Values the verdict depends on are only known at deployment time: say nothing. */
  | { kind: 'unknown' }

/** Why a role does or does not carry the credit through Lighthouse (for messages). */
export function pecRoleProblem(info: RoleInfo | undefined, auth: ResolvedAuthorization): string | undefined {
  if (!info) return 'not in the built-in role catalogue, so not in the PEC table (custom roles are not PEC-eligible and Lighthouse rejects them)'
  if (info.pecEligible === null) return 'not listed in the Partner Center PEC table, so not known to earn credit'
  if (!info.pecEligible) return 'not PEC-eligible per the Partner Center PEC table'
  switch (info.lighthouse) {
    case 'no-owner':
      return 'PEC-eligible, but Lighthouse rejects Owner'
    case 'no-data-actions':
      return 'PEC-eligible, but it has DataActions, which Lighthouse rejects'
    case 'no-restricted-actions':
      return 'PEC-eligible, but it can write role assignments/definitions or locks, which Lighthouse rejects'
    case 'only-with-delegatedRoleDefinitionIds':
      return hasDelegatedIds(auth) ? undefined : 'Lighthouse accepts User Access Administrator only with delegatedRoleDefinitionIds'
    case 'yes':
    case 'yes-unverified':
      return undefined
    default:
      return 'its usability in Lighthouse is not known'
  }
}

function hasDelegatedIds(auth: ResolvedAuthorization): boolean {
  const ids = auth.delegatedRoleDefinitionIds
  // An Unknown list is written in the template, so it is present; whether its entries are valid is another rule's job.
  return isUnknown(ids) || (Array.isArray(ids) && ids.length > 0)
}

/** A permanent authorization whose role is PEC-eligible and usable in Lighthouse as written. */
export function earnsCredit(auth: ResolvedAuthorization, catalogue: RoleCatalogue): boolean {
  if (auth.kind !== 'permanent') return false
  const info = roleInfoOf(auth.roleDefinitionId, catalogue)
  return info !== undefined && info.pecEligible === true && pecRoleProblem(info, auth) === undefined
}

function isUaa(auth: ResolvedAuthorization): boolean {
  return roleIdOf(auth.roleDefinitionId) === USER_ACCESS_ADMINISTRATOR_ROLE_ID
}

const verdicts = new WeakMap<ResolvedDefinition, Map<string, PecVerdict>>()

/** Verdict for one principal in one definition. `principalId` is a lower-case GUID (the all-zero GUID included). */
export function verdictFor(def: ResolvedDefinition, principalId: string, catalogue: RoleCatalogue): PecVerdict {
  // Five rules ask the same question of the same definition: decide once.
  let byPrincipal = verdicts.get(def)
  if (!byPrincipal) verdicts.set(def, (byPrincipal = new Map()))
  const key = principalId.toLowerCase()
  let verdict = byPrincipal.get(key)
  if (!verdict) byPrincipal.set(key, (verdict = decideVerdict(def, key, catalogue)))
  return verdict
}

function decideVerdict(def: ResolvedDefinition, principalId: string, catalogue: RoleCatalogue): PecVerdict {
  const target = principalId
  const permanentAll = Array.isArray(def.authorizations) ? def.authorizations : []
  const eligibleAll = Array.isArray(def.eligibleAuthorizations) ? def.eligibleAuthorizations : []
  const mine = (a: ResolvedAuthorization) => guidOf(a.principalId) === target
  const permanent = permanentAll.filter(mine)
  const eligible = eligibleAll.filter(mine)

  const via = permanent.filter((a) => earnsCredit(a, catalogue))
  if (via.length > 0) return { kind: 'ok', via, uaaOnly: via.every(isUaa) }

  // Not proven ok: only speak when nothing unresolved could still make it ok.
  if (listIsUnknown(def, 'authorizations')) return { kind: 'unknown' }
  if (permanentAll.some((a) => isUnknown(a.principalId) || isUnknown(a.value))) return { kind: 'unknown' }
  if (permanent.some((a) => isUnknown(a.roleDefinitionId))) return { kind: 'unknown' }

  const pecEligible = (a: ResolvedAuthorization) => roleInfoOf(a.roleDefinitionId, catalogue)?.pecEligible === true
  if (eligible.some(pecEligible)) return { kind: 'jit-only', eligible: eligible.filter(pecEligible), permanent }
  // Holding only non-PEC roles just-in-time is the same failure as holding them permanently: no qualifying role.
  if (permanent.length > 0 || eligible.length > 0) return { kind: 'role-not-eligible', permanent, eligible }
  if (listIsUnknown(def, 'eligibleAuthorizations') || eligibleAll.some((a) => isUnknown(a.principalId))) {
    return { kind: 'unknown' }
  }
  return { kind: 'missing' }
}

/** Without a pinned automation principal: does any principal earn the credit in this definition? */
export function anyPrincipalVerdict(
  def: ResolvedDefinition,
  catalogue: RoleCatalogue
): { kind: 'ok'; via: ResolvedAuthorization[]; uaaOnly: boolean } | { kind: 'none' } | { kind: 'unknown' } {
  const permanentAll = Array.isArray(def.authorizations) ? def.authorizations : []
  const via = permanentAll.filter((a) => earnsCredit(a, catalogue))
  if (via.length > 0) return { kind: 'ok', via, uaaOnly: via.every(isUaa) }
  if (listIsUnknown(def, 'authorizations')) return { kind: 'unknown' }
  if (permanentAll.some((a) => isUnknown(a.value) || isUnknown(a.roleDefinitionId))) return { kind: 'unknown' }
  return { kind: 'none' }
}

/** The pinned automation principal, if any, as a lower-case GUID. */
export function pinnedPrincipal(options: { automationPrincipalId?: string }): string | undefined {
  const id = options.automationPrincipalId
  return typeof id === 'string' && id.trim() !== '' ? id.trim().toLowerCase() : undefined
}
