/**
 * Every GUID-valued field of the Lighthouse resources, with where it is written, so lighthouse-invalid-guid and
 * lighthouse-placeholder-value look at the same places.
 */
import type { ResolvedAuthorization, ResolvedDefinition } from '../model.js'
import type { SourceLocation } from '../types.js'
import { allAuthorizations, authLabel, isObject } from './helpers.js'
import { memoOn } from '../../shared/memo.js'

export interface GuidField {
  /** Human JSON path, e.g. `authorizations[0].principalId`. */
  readonly path: string
  value: unknown
  /** Read only when reporting: computing a position can cost a syntax tree. */
  readonly loc: SourceLocation
  /** `text` for free-text fields (display names, offer name), where only `<insert …>` placeholders are looked for. */
  kind: 'tenant' | 'principal' | 'role' | 'text'
}

/**
 * Path and location are computed on demand: nearly every field is fine, and building a path string and a closure
 * for each of them was a measurable share of a lint run.
 */
class Field implements GuidField {
  constructor(
    readonly value: unknown,
    readonly kind: GuidField['kind'],
    /** The authorization the field belongs to, or null for a field of the definition itself. */
    private readonly auth: ResolvedAuthorization | null,
    private readonly def: ResolvedDefinition,
    /** Path below the authorization (or the definition's properties). */
    private readonly suffix: string,
    /** The key whose location stands for the field (`properties.x` for definition fields). */
    private readonly locKey: string
  ) {}

  get path(): string {
    return this.auth ? `${authLabel(this.auth)}.${this.suffix}` : this.suffix
  }

  get loc(): SourceLocation {
    return this.auth ? this.auth.fieldLoc(this.locKey) : this.def.fieldLoc(this.locKey)
  }
}

const GUID_FIELDS = Symbol('guidFields')

/** Memoised per definition: lighthouse-invalid-guid and lighthouse-placeholder-value both walk these. */
export function guidFields(def: ResolvedDefinition): GuidField[] {
  return memoOn(def, GUID_FIELDS, collectGuidFields)
}

function collectGuidFields(def: ResolvedDefinition): GuidField[] {
  const out: GuidField[] = [new Field(def.managedByTenantId, 'tenant', null, def, 'managedByTenantId', 'properties.managedByTenantId')]
  for (const auth of allAuthorizations(def)) {
    out.push(new Field(auth.principalId, 'principal', auth, def, 'principalId', 'principalId'))
    out.push(new Field(auth.roleDefinitionId, 'role', auth, def, 'roleDefinitionId', 'roleDefinitionId'))
    if (Array.isArray(auth.delegatedRoleDefinitionIds)) {
      auth.delegatedRoleDefinitionIds.forEach((value, i) =>
        out.push(new Field(value, 'role', auth, def, `delegatedRoleDefinitionIds[${i}]`, 'delegatedRoleDefinitionIds'))
      )
    }
    const policy = auth.justInTimeAccessPolicy
    if (isObject(policy) && Array.isArray(policy.managedByTenantApprovers)) {
      policy.managedByTenantApprovers.forEach((approver, i) => {
        if (!isObject(approver)) return
        out.push(new Field(approver.principalId, 'principal', auth, def, `justInTimeAccessPolicy.managedByTenantApprovers[${i}].principalId`, 'justInTimeAccessPolicy'))
      })
    }
  }
  return out
}

/** Free-text fields where `<insert …>` placeholders also show up. */
export function textFields(def: ResolvedDefinition): GuidField[] {
  const out: GuidField[] = [new Field(def.registrationDefinitionName, 'text', null, def, 'registrationDefinitionName', 'properties.registrationDefinitionName')]
  for (const auth of allAuthorizations(def)) out.push(new Field(auth.principalIdDisplayName, 'text', auth, def, 'principalIdDisplayName', 'principalIdDisplayName'))
  return out
}
