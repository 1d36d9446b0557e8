/** `--automation-role`: a built-in role by GUID or name that earns PEC and that Lighthouse accepts as written. */
import { roleCatalogue, roleGuidOf, USER_ACCESS_ADMINISTRATOR_ROLE_ID } from '../lint/roles/index.js'
import type { RoleInfo } from '../lint/roles/catalogue.js'
import { UsageError } from '../lint/errors.js'
import { DEFAULT_AUTOMATION_ROLE_ID } from './fixer.js'
import data from '../lint/roles/catalogue.generated.json' with { type: 'json' }

export function resolveAutomationRole(value: string | undefined): RoleInfo {
  const wanted = value?.trim() || DEFAULT_AUTOMATION_ROLE_ID
  const guid = roleGuidOf(wanted)
  const info = guid ? roleCatalogue.get(guid) : findByName(wanted)
  if (!info) throw new UsageError(`--automation-role '${wanted}' is not a built-in role (give its GUID or exact name, e.g. 'Support Request Contributor' or 'Contributor').`)
  const usable = info.lighthouse === 'yes' || info.lighthouse === 'yes-unverified'
  if (info.pecEligible !== true || !usable || info.id === USER_ACCESS_ADMINISTRATOR_ROLE_ID) {
    const why = info.pecEligible !== true ? 'is not PEC-eligible in the Partner Center table' : 'is not usable in an Azure Lighthouse authorization as written'
    throw new UsageError(`--automation-role ${info.name} (${info.id}) ${why}. Choose a PEC-eligible role Lighthouse accepts, e.g. Support Request Contributor (${DEFAULT_AUTOMATION_ROLE_ID}) or Contributor.`)
  }
  return info
}

/** The catalogue is keyed by GUID; names are looked up only for this flag. */
function findByName(name: string): RoleInfo | undefined {
  const wanted = name.toLowerCase()
  const match = (data as Array<{ id: string; name: string }>).find((r) => r.name.toLowerCase() === wanted)
  return match ? roleCatalogue.get(match.id) : undefined
}
