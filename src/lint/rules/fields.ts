/**
 * The GUID-valued fields of the Lighthouse resources that lighthouse-invalid-guid and lighthouse-placeholder-value
 * have something to say about, with where they are written, so both rules look at the same places.
 */
import type { ResolvedAuthorization, ResolvedDefinition } from '../model.js'
import type { SourceLocation } from '../types.js'
import { ZERO_GUID, allAuthorizations, authLabel, isGuid, isObject, isPlaceholderText } from './helpers.js'
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

/**
 * The GUID fields holding a string that is not a well-formed GUID, or is the all-zero GUID: the only ones either rule
 * reports (a non-string is Unknown or another rule's business). Memoised per definition. Nearly every field holds a
 * real GUID, so nearly none becomes a GuidField: making one per field was a measurable share of a lint run.
 */
export function guidFields(def: ResolvedDefinition): GuidField[] {
  return memoOn(def, GUID_FIELDS, collectGuidFields)
}

/** Not a plain GUID (ill-formed, padded, or the all-zero placeholder). `guid`: the value's GUID when known. */
function suspect(value: unknown, guid?: string): boolean {
  if (typeof value !== 'string') return false
  const known = guid ?? (isGuid(value) ? value : undefined)
  return known === undefined || known === ZERO_GUID
}

function collectGuidFields(def: ResolvedDefinition): GuidField[] {
  const out: GuidField[] = []
  if (suspect(def.managedByTenantId)) out.push(new Field(def.managedByTenantId, 'tenant', null, def, 'managedByTenantId', 'properties.managedByTenantId'))
  for (const auth of allAuthorizations(def)) {
    if (suspect(auth.principalId, auth.principalGuid)) out.push(new Field(auth.principalId, 'principal', auth, def, 'principalId', 'principalId'))
    if (suspect(auth.roleDefinitionId)) out.push(new Field(auth.roleDefinitionId, 'role', auth, def, 'roleDefinitionId', 'roleDefinitionId'))
    if (Array.isArray(auth.delegatedRoleDefinitionIds)) {
      auth.delegatedRoleDefinitionIds.forEach((value, i) => {
        if (suspect(value)) out.push(new Field(value, 'role', auth, def, `delegatedRoleDefinitionIds[${i}]`, 'delegatedRoleDefinitionIds'))
      })
    }
    const policy = auth.justInTimeAccessPolicy
    if (isObject(policy) && Array.isArray(policy.managedByTenantApprovers)) {
      policy.managedByTenantApprovers.forEach((approver, i) => {
        if (!isObject(approver) || !suspect(approver.principalId)) return
        out.push(new Field(approver.principalId, 'principal', auth, def, `justInTimeAccessPolicy.managedByTenantApprovers[${i}].principalId`, 'justInTimeAccessPolicy'))
      })
    }
  }
  return out
}

/** Free-text fields holding `<insert …>` placeholders (checked here, where most fields are seen and dropped). */
export function placeholderTextFields(def: ResolvedDefinition): GuidField[] {
  const out: GuidField[] = []
  if (isPlaceholderText(def.registrationDefinitionName)) {
    out.push(new Field(def.registrationDefinitionName, 'text', null, def, 'registrationDefinitionName', 'properties.registrationDefinitionName'))
  }
  for (const auth of allAuthorizations(def)) {
    if (isPlaceholderText(auth.principalIdDisplayName)) out.push(new Field(auth.principalIdDisplayName, 'text', auth, def, 'principalIdDisplayName', 'principalIdDisplayName'))
  }
  return out
}
