/**
 * The built-in role catalogue, from the checked-in data that scripts/generate-roles.mjs writes. A static JSON import
 * so that ncc inlines it into the bundle: nothing is read from disk at run time.
 */
import data from './catalogue.generated.json' with { type: 'json' }
import type { RoleCatalogue, RoleInfo, RoleSource, RoleSourceId } from './catalogue.js'

export type { LighthouseUsability, RoleCatalogue, RoleInfo, RoleSource, RoleSourceId } from './catalogue.js'

export const OWNER_ROLE_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'
export const USER_ACCESS_ADMINISTRATOR_ROLE_ID = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'
export const SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID = 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e'
export const CONTRIBUTOR_ROLE_ID = 'b24988ac-6180-42a0-ab88-20f7382dd24c'
export const READER_ROLE_ID = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
export const REGISTRATION_DELETE_ROLE_ID = '91c1777a-f3dc-4fae-b103-61d183457e46'

const GUID_AT_END = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i

/**
 * The bare lower-case GUID of a role reference: `b24988ac-…`, `B24988AC-…` or
 * `/subscriptions/…/providers/Microsoft.Authorization/roleDefinitions/b24988ac-…`. Undefined when there is none.
 */
const roleGuidMemo = new Map<string, string | null>()

export function roleGuidOf(roleDefinitionId: string): string | undefined {
  // Every rule asks about the same few role IDs: parse each string once.
  const known = roleGuidMemo.get(roleDefinitionId)
  if (known !== undefined) return known ?? undefined
  if (roleGuidMemo.size >= 4096) roleGuidMemo.clear()
  const guid = parseRoleGuid(roleDefinitionId)
  roleGuidMemo.set(roleDefinitionId, guid ?? null)
  return guid
}

function parseRoleGuid(roleDefinitionId: string): string | undefined {
  const trimmed = roleDefinitionId.trim()
  // Anything with a path must name roleDefinitions: a GUID at the end of some other resource ID is not a role.
  if (trimmed.includes('/') && !/\/providers\/microsoft\.authorization\/roledefinitions\/[^/]+$/i.test(trimmed)) {
    return undefined
  }
  const match = GUID_AT_END.exec(trimmed)
  if (!match) return undefined
  const guid = match[1]!.toLowerCase()
  return trimmed.includes('/') || trimmed.length === guid.length ? guid : undefined
}

const NO_SOURCES = Object.freeze({}) as Readonly<Record<RoleSourceId, RoleSource>>

export function createRoleCatalogue(roles: readonly RoleInfo[], sources: Readonly<Record<RoleSourceId, RoleSource>> = NO_SOURCES): RoleCatalogue {
  const byId = new Map<string, RoleInfo>()
  for (const role of roles) byId.set(role.id.toLowerCase(), role)
  return {
    get(roleDefinitionId: string): RoleInfo | undefined {
      if (typeof roleDefinitionId !== 'string') return undefined
      // Almost every reference is a bare lower-case GUID: answer it without the regular expressions.
      const direct = byId.get(roleDefinitionId)
      if (direct) return direct
      const guid = roleGuidOf(roleDefinitionId)
      return guid === undefined ? undefined : byId.get(guid)
    },
    get size() {
      return byId.size
    },
    sources
  }
}

// scripts/generate-roles.mjs writes RoleInfo entries (its `lighthouse` and `from` strings are the unions' values): used as
// they are, not copied, since every CLI start-up builds this catalogue of 900-odd roles.
export const roleCatalogue: RoleCatalogue = createRoleCatalogue(data.roles as unknown as readonly RoleInfo[], data.sources as Record<RoleSourceId, RoleSource>)
