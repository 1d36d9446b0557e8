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
  loc: SourceLocation
  kind: 'tenant' | 'principal' | 'role'
}

export function guidFields(def: ResolvedDefinition): GuidField[] {
  const out: GuidField[] = [
    { path: 'managedByTenantId', value: def.managedByTenantId, loc: def.fieldLoc('properties.managedByTenantId'), kind: 'tenant' }
  ]
  for (const auth of allAuthorizations(def)) {
    const where = authLabel(auth)
    out.push({ path: `${where}.principalId`, value: auth.principalId, loc: auth.fieldLoc('principalId'), kind: 'principal' })
    out.push({ path: `${where}.roleDefinitionId`, value: auth.roleDefinitionId, loc: auth.fieldLoc('roleDefinitionId'), kind: 'role' })
    if (Array.isArray(auth.delegatedRoleDefinitionIds)) {
      auth.delegatedRoleDefinitionIds.forEach((value, i) =>
        out.push({ path: `${where}.delegatedRoleDefinitionIds[${i}]`, value, loc: auth.fieldLoc('delegatedRoleDefinitionIds'), kind: 'role' })
      )
    }
    const policy = auth.justInTimeAccessPolicy
    if (isObject(policy) && Array.isArray(policy.managedByTenantApprovers)) {
      policy.managedByTenantApprovers.forEach((approver, i) => {
        if (!isObject(approver)) return
        out.push({
          path: `${where}.justInTimeAccessPolicy.managedByTenantApprovers[${i}].principalId`,
          value: approver.principalId,
          loc: auth.fieldLoc('justInTimeAccessPolicy'),
          kind: 'principal'
        })
      })
    }
  }
  return out
}

/** Free-text fields where `<insert …>` placeholders also show up. */
export function textFields(def: ResolvedDefinition): GuidField[] {
  const out: GuidField[] = [
    {
      path: 'registrationDefinitionName',
      value: def.registrationDefinitionName,
      loc: def.fieldLoc('properties.registrationDefinitionName'),
      kind: 'tenant'
    }
  ]
  for (const auth of allAuthorizations(def)) {
    out.push({
      path: `${authLabel(auth)}.principalIdDisplayName`,
      value: auth.principalIdDisplayName,
      loc: auth.fieldLoc('principalIdDisplayName'),
      kind: 'principal'
    })
  }
  return out
}
