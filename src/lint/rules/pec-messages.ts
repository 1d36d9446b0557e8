/** Wording the PEC rules share, so every PEC message proposes the same fix. */
import type { ResolvedDefinition } from '../model.js'
import type { RoleCatalogue } from '../roles/catalogue.js'
import { SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID } from '../roles/index.js'
import { defLabel } from './helpers.js'

export const SUGGESTED_ROLE = `'${SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID}' (Support Request Contributor)`

/** The offer name when it is a string, else where the definition is. */
export function definitionName(def: ResolvedDefinition): string {
  const name = def.registrationDefinitionName
  return typeof name === 'string' && name.trim() !== '' ? `'${name}'` : defLabel(def)
}

export function roleName(roleId: string, catalogue: RoleCatalogue): string {
  return catalogue.get(roleId)?.name ?? roleId
}
