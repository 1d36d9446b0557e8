/** `--automation-role`: a built-in role by GUID or name that earns PEC and that Lighthouse accepts as written. */
import { roleCatalogue, roleGuidOf } from '../lint/roles/index.js'
import { pecStanding } from '../lint/rules/pec-verdict.js'
import type { ResolvedAuthorization } from '../lint/model.js'
import type { RoleInfo } from '../lint/roles/catalogue.js'
import { UsageError } from '../lint/errors.js'
import { DEFAULT_AUTOMATION_ROLE_ID } from './fixer.js'
import data from '../lint/roles/catalogue.generated.json' with { type: 'json' }

export function resolveAutomationRole(value: string | undefined): RoleInfo {
  const wanted = value?.trim() || DEFAULT_AUTOMATION_ROLE_ID
  const guid = roleGuidOf(wanted)
  const info = guid ? roleCatalogue.get(guid) : findByName(wanted)
  if (!info) throw new UsageError(`--automation-role '${wanted}' is not a built-in role (give its GUID or exact name, e.g. 'Support Request Contributor' or 'Contributor').`)
  // The same test the PEC rules apply to a permanent authorization (pec-verdict): only a role that surely earns it.
  const standing = pecStanding(info, { kind: 'permanent', delegatedRoleDefinitionIds: undefined } as unknown as ResolvedAuthorization, roleCatalogue)
  if (standing.kind !== 'earns') {
    throw new UsageError(
      `--automation-role ${info.name} (${info.id}) does not surely earn partner earned credit through Lighthouse: ${standing.why}. Choose a PEC-eligible role Lighthouse accepts, e.g. Support Request Contributor (${DEFAULT_AUTOMATION_ROLE_ID}) or Contributor.`
    )
  }
  return info
}

/** The catalogue is keyed by GUID; names are looked up only for this flag. */
function findByName(name: string): RoleInfo | undefined {
  const wanted = name.toLowerCase()
  const match = (data.roles as Array<{ id: string; name: string }>).find((r) => r.name.toLowerCase() === wanted)
  return match ? roleCatalogue.get(match.id) : undefined
}
