#!/usr/bin/env node
/**
 * Builds src/lint/roles/catalogue.generated.json from the reference data sets (Partner Center PEC table + Azure
 * built-in role definitions). The output is checked in, so neither the action nor CI needs the reference folder.
 *
 * Usage: node scripts/generate-roles.mjs [pec-roles.json] [builtin-roles.json] [out.json]
 *   or   PEC_ROLES=… BUILTIN_ROLES=… ROLES_OUT=… node scripts/generate-roles.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const pecPath = resolve(process.argv[2] ?? process.env.PEC_ROLES ?? resolve(root, '../shared/reference/pec-roles.json'))
const builtinPath = resolve(
  process.argv[3] ?? process.env.BUILTIN_ROLES ?? resolve(root, '../shared/reference/builtin-roles.json')
)
const outPath = resolve(process.argv[4] ?? process.env.ROLES_OUT ?? resolve(root, 'src/lint/roles/catalogue.generated.json'))

const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'
const UAA = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'

// Lighthouse's list of rejected Microsoft.Authorization operations; policy writes are deliberately absent
// (Resource Policy Contributor is supported and used in Microsoft's samples).
const RESTRICTED = ['roleAssignments', 'roleDefinitions', 'classicAdministrators', 'locks', 'denyAssignments'].flatMap(
  (t) => [`Microsoft.Authorization/${t}/write`, `Microsoft.Authorization/${t}/delete`]
)

/** ARM action patterns: `*` matches any run of characters, comparison is case-insensitive. */
function matches(pattern, action) {
  const re = new RegExp(
    '^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*') + '$',
    'i'
  )
  return re.test(action)
}

/**
 * Computed from actions minus notActions (so `*` and classicAdministrators count, which the data set's
 * effectiveAuthorizationWrites omits), united with that list: where the two disagree (a role whose condition
 * re-allows what notActions removes), the stricter answer is the one Lighthouse is likelier to give.
 */
function restrictedActionsOf(role) {
  const actions = Array.isArray(role.actions) ? role.actions : []
  const notActions = Array.isArray(role.notActions) ? role.notActions : []
  const listed = (Array.isArray(role.effectiveAuthorizationWrites) ? role.effectiveAuthorizationWrites : []).map((w) =>
    String(w).toLowerCase()
  )
  return RESTRICTED.filter(
    (op) =>
      (actions.some((a) => matches(a, op)) && !notActions.some((n) => matches(n, op))) || listed.includes(op.toLowerCase())
  )
}

const pec = JSON.parse(readFileSync(pecPath, 'utf8'))
const builtin = JSON.parse(readFileSync(builtinPath, 'utf8'))

/** @type {Map<string, {id:string,name:string,pecEligible:boolean|null,lighthouse:string|null,hasDataActions:boolean,restrictedActions:string[]}>} */
const out = new Map()

for (const role of builtin.roles) {
  const id = String(role.id).toLowerCase()
  const restrictedActions = restrictedActionsOf(role)
  let lighthouse
  if (id === OWNER) lighthouse = 'no-owner'
  else if (id === UAA) lighthouse = 'only-with-delegatedRoleDefinitionIds'
  else if (role.hasDataActions) lighthouse = 'no-data-actions'
  else if (restrictedActions.length > 0) lighthouse = 'no-restricted-actions'
  else lighthouse = 'yes'
  out.set(id, { id, name: role.name, pecEligible: null, lighthouse, hasDataActions: Boolean(role.hasDataActions), restrictedActions })
}

// Known built-ins whose permissions the data set lacks: listing them keeps them from being reported as custom roles,
// while lighthouse null says nobody has checked them.
for (const role of builtin.rolesWithoutPermissions ?? []) {
  const id = String(role.id).toLowerCase()
  if (out.has(id)) continue
  out.set(id, { id, name: role.name ?? role.nameKey, pecEligible: null, lighthouse: null, hasDataActions: false, restrictedActions: [] })
}

for (const row of pec.roles) {
  const id = String(row.roleDefinitionId).toLowerCase()
  const known = out.get(id)
  if (!known) {
    // Listed in the 2022 PEC table but gone from today's built-in list: keep the table's word.
    out.set(id, {
      id,
      name: row.name,
      pecEligible: row.pecEligible,
      lighthouse: row.lighthouse,
      hasDataActions: row.lighthouse === 'no-data-actions',
      restrictedActions: []
    })
    continue
  }
  // The table's "yes"/"yes-unverified" dates from 2022; if today's definition has DataActions or restricted writes
  // (Log Analytics Contributor, Lab Creator gained a DataAction in 2026) the newer data wins.
  let lighthouse = row.lighthouse
  if ((lighthouse === 'yes' || lighthouse === 'yes-unverified') && known.hasDataActions) lighthouse = 'no-data-actions'
  else if ((lighthouse === 'yes' || lighthouse === 'yes-unverified') && known.restrictedActions.length > 0)
    lighthouse = 'no-restricted-actions'
  // Built-in names are what the portal and the docs show today ("AcrPull", not the table's "ACRPull").
  out.set(id, { ...known, pecEligible: row.pecEligible, lighthouse })
}

const roles = [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
// One role per line: compact, yet diffs stay readable when the data is regenerated.
const text = '[\n' + roles.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n'
writeFileSync(outPath, text)
console.log(`wrote ${roles.length} roles to ${outPath}`)
