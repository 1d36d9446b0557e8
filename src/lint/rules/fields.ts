/**
 * Every GUID-valued field of the Lighthouse resources, with where it is written, so lighthouse-invalid-guid and
 * lighthouse-placeholder-value look at the same places.
 */
import type { ResolvedDefinition } from '../model.js'
import type { SourceLocation } from '../types.js'
import { allAuthorizations, authLabel, isObject } from './helpers.js'

export interface GuidField {
  /** Human JSON path, e.g. `authorizations[0].principalId`. */
  path: string
  value: unknown
  /** Read only when reporting: computing a position can cost a syntax tree. */
  readonly loc: SourceLocation
  kind: 'tenant' | 'principal' | 'role'
}

class LazyField implements GuidField {
  constructor(
    readonly path: string,
    readonly value: unknown,
    private readonly where: () => SourceLocation,
    readonly kind: GuidField['kind']
  ) {}

  get loc(): SourceLocation {
    return this.where()
  }
}

function field(path: string, value: unknown, where: () => SourceLocation, kind: GuidField['kind']): GuidField {
  return new LazyField(path, value, where, kind)
}

const guidFieldsMemo = new WeakMap<ResolvedDefinition, GuidField[]>()

/** Memoised per definition: lighthouse-invalid-guid and lighthouse-placeholder-value both walk these. */
export function guidFields(def: ResolvedDefinition): GuidField[] {
  let fields = guidFieldsMemo.get(def)
  if (!fields) guidFieldsMemo.set(def, (fields = collectGuidFields(def)))
  return fields
}

function collectGuidFields(def: ResolvedDefinition): GuidField[] {
  const out: GuidField[] = [
    field('managedByTenantId', def.managedByTenantId, () => def.fieldLoc('properties.managedByTenantId'), 'tenant')
  ]
  for (const auth of allAuthorizations(def)) {
    const where = authLabel(auth)
    out.push(field(`${where}.principalId`, auth.principalId, () => auth.fieldLoc('principalId'), 'principal'))
    out.push(field(`${where}.roleDefinitionId`, auth.roleDefinitionId, () => auth.fieldLoc('roleDefinitionId'), 'role'))
    if (Array.isArray(auth.delegatedRoleDefinitionIds)) {
      auth.delegatedRoleDefinitionIds.forEach((value, i) =>
        out.push(field(`${where}.delegatedRoleDefinitionIds[${i}]`, value, () => auth.fieldLoc('delegatedRoleDefinitionIds'), 'role'))
      )
    }
    const policy = auth.justInTimeAccessPolicy
    if (isObject(policy) && Array.isArray(policy.managedByTenantApprovers)) {
      policy.managedByTenantApprovers.forEach((approver, i) => {
        if (!isObject(approver)) return
        out.push(field(`${where}.justInTimeAccessPolicy.managedByTenantApprovers[${i}].principalId`, approver.principalId, () => auth.fieldLoc('justInTimeAccessPolicy'), 'principal'))
      })
    }
  }
  return out
}

/** Free-text fields where `<insert …>` placeholders also show up. */
export function textFields(def: ResolvedDefinition): GuidField[] {
  const out: GuidField[] = [field('registrationDefinitionName', def.registrationDefinitionName, () => def.fieldLoc('properties.registrationDefinitionName'), 'tenant')]
  for (const auth of allAuthorizations(def)) {
    out.push(field(`${authLabel(auth)}.principalIdDisplayName`, auth.principalIdDisplayName, () => auth.fieldLoc('principalIdDisplayName'), 'principal'))
  }
  return out
}
