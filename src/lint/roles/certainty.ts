/**
 * How rules speak about role facts: which source and date a fact rests on, and how to settle one that is not a
 * certainty. Every role message that depends on the catalogue's data goes through here, so they all say it alike.
 */
import type { RoleCatalogue, RoleInfo } from './catalogue.js'

/** "the role data (Microsoft Learn's built-in roles pages, seen 2026-10-10)" */
export function permissionsSource(info: RoleInfo, catalogue: RoleCatalogue): string {
  const source = catalogue.sources[info.from]
  return `the role data (${source?.title ?? info.from}, seen ${info.seen})`
}

/** "the Partner Center PEC table of 2022-11-08" */
export function pecTableSource(catalogue: RoleCatalogue): string {
  const table = catalogue.sources['pec-table']
  return table ? `the Partner Center PEC table of ${table.seen}` : 'the Partner Center PEC table'
}

/** The DataActions a role record names: "Microsoft.X/y/action" or "Microsoft.X/y/action and 4 more". */
export function dataActionsText(info: RoleInfo): string {
  const shown = info.dataActions ?? []
  const more = (info.dataActionCount ?? shown.length) - shown.length
  if (shown.length === 0) return 'DataActions'
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '')
}

/**
 * Where a warning about unsettled role data sends the user: ARM validation settles any permission; the action's live
 * role check (src/azure/roles.ts, run before every validate/what-if/deploy) reads DataActions, not other actions.
 */
export function confirmRole(what: 'dataActions' | 'actions'): string {
  const validate = 'run the action with mode: validate or what-if (ARM rejects the delegation if the role has them)'
  return what === 'dataActions'
    ? `Confirm before relying on it: ${validate}; the action's live role check also reads the role's DataActions from Azure`
    : `Confirm before relying on it: ${validate}`
}
