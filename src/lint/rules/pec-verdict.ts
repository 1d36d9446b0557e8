/**
 * The one place that decides whether a delegation earns partner earned credit. pec-automation-jit-only,
 * pec-role-not-eligible, pec-automation-missing, pec-role-not-assured, pec-uaa-undocumented and
 * pec-no-eligible-authorization all read this verdict, so they cannot disagree and at most one of the first four fires
 * per definition.
 *
 * Three answers per role, never two: it earns the credit, it certainly does not, or the data cannot say (a role the
 * 2022 PEC table does not list, a role missing from the catalogue, permissions the sources disagree on). Only the
 * certain "does not" may become an error; "cannot say" is a warning (pec-role-not-assured).
 */
import { isUnknown } from '../arm/unknown.js'
import type { ResolvedAuthorization, ResolvedDefinition } from '../model.js'
import type { RoleCatalogue, RoleInfo } from '../roles/catalogue.js'
import { permissionsSource, pecTableSource } from '../roles/certainty.js'
import { USER_ACCESS_ADMINISTRATOR_ROLE_ID } from '../roles/index.js'
import { memoOn } from '../../shared/memo.js'
import { listIsMalformed, listIsUnknown, roleOf } from './helpers.js'

export type PecVerdict =
  /** A permanent authorization with a PEC-eligible role Lighthouse accepts. `uaaOnly`: the only such role is UAA. */
  | { kind: 'ok'; via: ResolvedAuthorization[]; uaaOnly: boolean }
  /** No role that surely earns credit, but permanent roles that might: the data cannot say (a warning). */
  | { kind: 'unsure'; unsure: ResolvedAuthorization[] }
  /**
   * A PEC-eligible role, but only under eligibleAuthorizations (just-in-time access earns no credit). `unsure`:
   * permanent roles the data cannot judge; when there are any, the credit is not surely lost (a warning), but moving
   * the eligible role to authorizations is still the fix that settles it.
   */
  | { kind: 'jit-only'; eligible: ResolvedAuthorization[]; permanent: ResolvedAuthorization[]; unsure: ResolvedAuthorization[] }
  /** Holds roles, none of them a permanent, PEC-eligible, Lighthouse-usable role. */
  | { kind: 'role-not-eligible'; permanent: ResolvedAuthorization[]; eligible: ResolvedAuthorization[] }
  /** The principal appears in no authorization. */
  | { kind: 'missing' }
  /** Values the verdict depends on are only known at deployment time: say nothing. */
  | { kind: 'unknown' }

/** What one role, as granted by one authorization, does for the credit; `why` explains anything but `earns`. */
export type PecStanding = { kind: 'earns' } | { kind: 'no'; why: string } | { kind: 'unsure'; why: string }

const EARNS: PecStanding = { kind: 'earns' }

/** Whether the role of `auth` carries the credit through Lighthouse, and why not (for messages). */
export function pecStanding(info: RoleInfo | undefined, auth: ResolvedAuthorization, catalogue: RoleCatalogue): PecStanding {
  if (!info) {
    // Absent from the catalogue is not absent from Azure: a built-in newer than the data is as likely as a custom role.
    return {
      kind: 'unsure',
      why: 'not in the built-in role catalogue: a custom role (Lighthouse rejects those) or a built-in role newer than the catalogue, which the PEC table cannot list'
    }
  }
  if (info.pecEligible === null) return { kind: 'unsure', why: `not listed in ${pecTableSource(catalogue)} (absent means unknown, not ineligible)` }
  if (!info.pecEligible) return { kind: 'no', why: `not PEC-eligible per ${pecTableSource(catalogue)}` }
  switch (info.lighthouse) {
    case 'no-owner':
      return { kind: 'no', why: 'PEC-eligible, but Lighthouse rejects Owner' }
    case 'no-data-actions':
      return info.unsettled
        ? { kind: 'unsure', why: `PEC-eligible; ${permissionsSource(info, catalogue)} lists DataActions, which Lighthouse rejects, but ${info.unsettled}` }
        : { kind: 'no', why: `PEC-eligible, but it has DataActions per ${permissionsSource(info, catalogue)}, which Lighthouse rejects` }
    case 'no-restricted-actions':
      return info.unsettled
        ? { kind: 'unsure', why: `PEC-eligible; ${permissionsSource(info, catalogue)} lists role assignment, role definition or lock writes, which Lighthouse rejects, but ${info.unsettled}` }
        : { kind: 'no', why: 'PEC-eligible, but it can write role assignments/definitions or locks, which Lighthouse rejects' }
    case 'only-with-delegatedRoleDefinitionIds':
      return hasDelegatedIds(auth) ? EARNS : { kind: 'no', why: 'Lighthouse accepts User Access Administrator only with delegatedRoleDefinitionIds' }
    case 'yes':
    case 'yes-unverified':
      return EARNS
    default:
      return { kind: 'unsure', why: 'PEC-eligible, but whether Lighthouse accepts it is not known' }
  }
}

function hasDelegatedIds(auth: ResolvedAuthorization): boolean {
  const ids = auth.delegatedRoleDefinitionIds
  // An Unknown list is written in the template, so it is present; whether its entries are valid is another rule's job.
  return isUnknown(ids) || (Array.isArray(ids) && ids.length > 0)
}

/** The standing of a permanent authorization's role; just-in-time grants never earn the credit. */
function standingOf(auth: ResolvedAuthorization, catalogue: RoleCatalogue): PecStanding {
  if (auth.kind !== 'permanent') return { kind: 'no', why: 'eligible (just-in-time) only' }
  return pecStanding(roleOf(auth, catalogue), auth, catalogue)
}

/** A permanent authorization whose role surely earns the credit as written. */
export function earnsCredit(auth: ResolvedAuthorization, catalogue: RoleCatalogue): boolean {
  return standingOf(auth, catalogue).kind === 'earns'
}

/** Why an authorization does not surely earn the credit (for messages); undefined when it does. */
export function whyNotEarning(auth: ResolvedAuthorization, catalogue: RoleCatalogue): string | undefined {
  const standing = standingOf(auth, catalogue)
  return standing.kind === 'earns' ? undefined : standing.why
}

function isUnsure(auth: ResolvedAuthorization, catalogue: RoleCatalogue): boolean {
  // A role GUID only known at deployment is "unknown" (silence), not "unsure" (a warning).
  return auth.roleGuid !== undefined && standingOf(auth, catalogue).kind === 'unsure'
}

function isUaa(auth: ResolvedAuthorization): boolean {
  return auth.roleGuid === USER_ACCESS_ADMINISTRATOR_ROLE_ID
}

function isMalformed(def: ResolvedDefinition): boolean {
  return listIsMalformed(def, 'authorizations') || listIsMalformed(def, 'eligibleAuthorizations')
}

const VERDICTS = Symbol('verdicts')

/** Verdict for one principal in one definition. `principalId` is a lower-case GUID (the all-zero GUID included). */
export function verdictFor(def: ResolvedDefinition, principalId: string, catalogue: RoleCatalogue): PecVerdict {
  // Five rules ask the same question of the same definition: decide once.
  const byPrincipal = memoOn(def, VERDICTS, () => new Map<string, PecVerdict>())
  const key = principalId.toLowerCase()
  let verdict = byPrincipal.get(key)
  if (!verdict) byPrincipal.set(key, (verdict = decideVerdict(def, key, catalogue)))
  return verdict
}

function decideVerdict(def: ResolvedDefinition, principalId: string, catalogue: RoleCatalogue): PecVerdict {
  // A definition ARM refuses for its shape earns nothing, but that is lighthouse-definition-shape's error to report.
  if (isMalformed(def)) return { kind: 'unknown' }
  const target = principalId
  const permanentAll = Array.isArray(def.authorizations) ? def.authorizations : []
  const eligibleAll = Array.isArray(def.eligibleAuthorizations) ? def.eligibleAuthorizations : []
  const mine = (a: ResolvedAuthorization) => a.principalGuid === target
  const permanent = permanentAll.filter(mine)
  const eligible = eligibleAll.filter(mine)

  const via = permanent.filter((a) => earnsCredit(a, catalogue))
  if (via.length > 0) return { kind: 'ok', via, uaaOnly: via.every(isUaa) }

  // Not proven ok: only speak when nothing unresolved could still make it ok.
  if (listIsUnknown(def, 'authorizations')) return { kind: 'unknown' }
  if (permanentAll.some((a) => isUnknown(a.principalId) || isUnknown(a.value))) return { kind: 'unknown' }
  if (permanent.some((a) => isUnknown(a.roleDefinitionId))) return { kind: 'unknown' }

  const pecEligible = (a: ResolvedAuthorization) => roleOf(a, catalogue)?.pecEligible === true
  // A permanent role that may earn the credit makes every failure below uncertain (a warning, not an error). A
  // PEC-eligible role held only just-in-time is still named first: making it permanent is the fix either way.
  const unsure = permanent.filter((a) => isUnsure(a, catalogue))
  const jitOnly = eligible.filter(pecEligible)
  if (jitOnly.length > 0) return { kind: 'jit-only', eligible: jitOnly, permanent, unsure }
  if (unsure.length > 0) return { kind: 'unsure', unsure }

  // Holding only non-PEC roles just-in-time is the same failure as holding them permanently: no qualifying role.
  if (permanent.length > 0 || eligible.length > 0) return { kind: 'role-not-eligible', permanent, eligible }
  if (listIsUnknown(def, 'eligibleAuthorizations') || eligibleAll.some((a) => isUnknown(a.principalId))) {
    return { kind: 'unknown' }
  }
  return { kind: 'missing' }
}

export type AnyPrincipalVerdict =
  | { kind: 'ok'; via: ResolvedAuthorization[]; uaaOnly: boolean }
  | { kind: 'unsure'; unsure: ResolvedAuthorization[] }
  | { kind: 'none' }
  | { kind: 'unknown' }

/** Without a pinned automation principal: does any principal earn the credit in this definition? */
export function anyPrincipalVerdict(def: ResolvedDefinition, catalogue: RoleCatalogue): AnyPrincipalVerdict {
  if (isMalformed(def)) return { kind: 'unknown' }
  const permanentAll = Array.isArray(def.authorizations) ? def.authorizations : []
  const via = permanentAll.filter((a) => earnsCredit(a, catalogue))
  if (via.length > 0) return { kind: 'ok', via, uaaOnly: via.every(isUaa) }
  if (listIsUnknown(def, 'authorizations')) return { kind: 'unknown' }
  if (permanentAll.some((a) => isUnknown(a.value) || isUnknown(a.roleDefinitionId))) return { kind: 'unknown' }
  const unsure = permanentAll.filter((a) => isUnsure(a, catalogue))
  if (unsure.length > 0) return { kind: 'unsure', unsure }
  return { kind: 'none' }
}

/** The pinned automation principal, if any, as a lower-case GUID. */
export function pinnedPrincipal(options: { automationPrincipalId?: string }): string | undefined {
  const id = options.automationPrincipalId
  return typeof id === 'string' && id.trim() !== '' ? id.trim().toLowerCase() : undefined
}
