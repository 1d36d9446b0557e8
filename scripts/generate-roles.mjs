#!/usr/bin/env node
/**
 * Builds src/lint/roles/catalogue.generated.json from the reference data sets (Partner Center PEC table + Azure
 * built-in role definitions). The output is checked in, so neither the action nor CI needs the reference folder; it
 * holds no timestamp of its own, so the same inputs always give the same bytes (a test compares them).
 *
 * Every role records where its facts come from and when they were seen (`from`, `seen`, `changed`), and, when they
 * are not a certainty, why (`unsettled`): the rules turn such facts into warnings instead of errors.
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

/**
 * A change to a role's definition seen this many days (or fewer) before its record was last confirmed makes its
 * permission facts unsettled: role data has changed back and forth within months (Log Analytics Reader/Contributor).
 */
const RECENT_CHANGE_DAYS = 183

/** How many DataActions a role record names (the count is kept): enough for a message, small enough to bundle. */
const DATA_ACTIONS_SHOWN = 1

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

const DATE = /^\d{4}-\d{2}-\d{2}/

function daysBetween(earlier, later) {
  return Math.round((Date.parse(later) - Date.parse(earlier)) / 86_400_000)
}

function fail(message) {
  console.error(`generate-roles: ${message}`)
  process.exit(1)
}

const pec = JSON.parse(readFileSync(pecPath, 'utf8'))
const builtin = JSON.parse(readFileSync(builtinPath, 'utf8'))

/**
 * The sources the built-in data set merges. Its records carry no source of their own, only `asOf`; each source has
 * one such date, so the date names the source. The counts are checked against the data set's own, so a new data set
 * with other dates fails here instead of being attributed wrongly.
 */
const SOURCES = {
  'learn-docs': {
    title: "Microsoft Learn's built-in roles pages",
    ref: 'learn.microsoft.com/azure/role-based-access-control/built-in-roles'
  },
  'arm-dump': {
    title: 'a dump of ARM role definitions (roles Microsoft Learn does not document)',
    ref: 'github.com/philomath213/azure-roles-analyzer src/assets/data/AzureBuiltinRoles.json'
  },
  'third-party-blog': {
    title: 'a third-party blog (not Microsoft)',
    ref: 'see builtin-roles.json "source"'
  },
  'pec-table': {
    title: "the Partner Center table 'Roles and permissions required to receive partner earned credit'",
    ref: 'learn.microsoft.com/partner-center/billing/azure-roles-perms-pec'
  }
}

function sourceSeen() {
  const seen = {}
  const text = String(builtin.source ?? '')
  const learn = /as of (\d{4}-\d{2}-\d{2})/.exec(text)
  const dump = /ARM dump, (\d{4}-\d{2}-\d{2})/.exec(text)
  const blog = /third-party blog \((\d{4}-\d{2}-\d{2})\)/.exec(text)
  if (!learn || !dump || !blog) fail('builtin-roles.json "source" no longer names the three sources with their dates')
  seen['learn-docs'] = learn[1]
  seen['arm-dump'] = dump[1]
  seen['third-party-blog'] = blog[1]
  const table = /page dated (\d{4}-\d{2}-\d{2})/.exec(String(pec.about ?? ''))
  if (!table) fail('pec-roles.json "about" no longer gives the date of the PEC table page')
  seen['pec-table'] = table[1]
  return seen
}

const seenOf = sourceSeen()
const sourceByDate = new Map(['learn-docs', 'arm-dump', 'third-party-blog'].map((s) => [seenOf[s], s]))
const counted = { 'learn-docs': 0, 'arm-dump': 0, 'third-party-blog': 0 }

/** Why a role's permission facts are not a certainty, or undefined when they are. */
function unsettledReason(role, from, seen, changed) {
  if (role.volatile || role.sourcesDisagree) {
    const checked = /checked (\d{4}-\d{2}-\d{2})/.exec(String(role.sourcesDisagree ?? ''))
    return `sources disagree about its permissions${checked ? ` (checked ${checked[1]})` : ''}, and they changed back and forth`
  }
  if (changed && daysBetween(changed, seen) <= RECENT_CHANGE_DAYS) return `its definition changed on ${changed}`
  if (from === 'third-party-blog') return `only ${SOURCES[from].title} describes its permissions`
  return undefined
}

/** @type {Map<string, Record<string, unknown>>} */
const out = new Map()

for (const role of builtin.roles) {
  const id = String(role.id).toLowerCase()
  const seen = String(role.asOf ?? '')
  const from = sourceByDate.get(seen)
  if (!from) fail(`role ${role.name} (${id}) has asOf ${seen}, which names no known source`)
  counted[from]++
  const restrictedActions = restrictedActionsOf(role)
  let lighthouse
  if (id === OWNER) lighthouse = 'no-owner'
  else if (id === UAA) lighthouse = 'only-with-delegatedRoleDefinitionIds'
  else if (role.hasDataActions) lighthouse = 'no-data-actions'
  else if (restrictedActions.length > 0) lighthouse = 'no-restricted-actions'
  else lighthouse = 'yes'
  const lastChange = String(role.lastChangeSeen ?? '')
  // "2026-04-17 (snapshot)" is the date of the first snapshot, not a change; "(added)" is the role's first record.
  const changed = DATE.test(lastChange) && !/\((snapshot|added)\)/.test(lastChange) ? lastChange.slice(0, 10) : undefined
  const added = /\(added\)/.test(lastChange) ? lastChange.slice(0, 10) : undefined
  const dataActions = Array.isArray(role.dataActions) ? role.dataActions.map(String) : []
  const record = {
    id,
    name: role.name,
    pecEligible: null,
    lighthouse,
    hasDataActions: Boolean(role.hasDataActions),
    restrictedActions,
    from,
    seen,
    ...(changed ? { changed } : {}),
    ...(added ? { added } : {}),
    ...(dataActions.length > 0 ? { dataActions: dataActions.slice(0, DATA_ACTIONS_SHOWN), dataActionCount: dataActions.length } : {}),
    ...(role.sourcesDisagree ? { disputed: String(role.sourcesDisagree) } : {})
  }
  const unsettled = unsettledReason(role, from, seen, changed)
  if (unsettled) record.unsettled = unsettled
  out.set(id, record)
}

for (const [source, count] of Object.entries(builtin.counts?.bySource ?? {})) {
  if (counted[source] !== count) fail(`${count} roles should come from ${source}, but ${counted[source] ?? 0} have its date`)
}

// Known built-ins whose permissions the data set lacks: listing them keeps them from being reported as custom roles,
// while lighthouse null says nobody has checked them.
for (const role of builtin.rolesWithoutPermissions ?? []) {
  const id = String(role.id).toLowerCase()
  if (out.has(id)) continue
  const seen = String(role.firstSeenInMicrosoftAzureRoles ?? seenOf['arm-dump'])
  out.set(id, {
    id,
    name: role.name ?? role.nameKey,
    pecEligible: null,
    lighthouse: null,
    hasDataActions: false,
    restrictedActions: [],
    from: 'arm-dump',
    seen,
    unsettled: 'its permissions are not in the data set'
  })
}

for (const row of pec.roles) {
  const id = String(row.roleDefinitionId).toLowerCase()
  const known = out.get(id)
  if (!known) {
    // Listed in the 2022 PEC table but gone from today's built-in list: keep the table's word, dated 2022.
    out.set(id, {
      id,
      name: row.name,
      pecEligible: row.pecEligible,
      lighthouse: row.lighthouse,
      hasDataActions: row.lighthouse === 'no-data-actions',
      restrictedActions: [],
      from: 'pec-table',
      seen: seenOf['pec-table'],
      unsettled: `only ${SOURCES['pec-table'].title} of ${seenOf['pec-table']} describes it; today's built-in role data does not list it`
    })
    continue
  }
  // The table's "yes"/"yes-unverified" dates from 2022; if today's definition has DataActions or restricted writes
  // (Log Analytics Contributor, Lab Creator gained a DataAction) the newer data wins, but the two sources disagree.
  let lighthouse = row.lighthouse
  let disagree = false
  if ((lighthouse === 'yes' || lighthouse === 'yes-unverified') && known.hasDataActions) {
    lighthouse = 'no-data-actions'
    disagree = true
  } else if ((lighthouse === 'yes' || lighthouse === 'yes-unverified') && known.restrictedActions.length > 0) {
    lighthouse = 'no-restricted-actions'
    disagree = true
  }
  const record = { ...known, pecEligible: row.pecEligible, lighthouse }
  if (disagree && !record.unsettled) {
    record.unsettled = `the PEC table of ${seenOf['pec-table']} found it usable in Lighthouse, so it gained these permissions since`
  }
  // Built-in names are what the portal and the docs show today ("AcrPull", not the table's "ACRPull").
  out.set(id, record)
}

const roles = [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
const head = {
  about:
    'Generated by scripts/generate-roles.mjs; do not edit. Per role: pecEligible from the PEC table (null: the table does not list it, ' +
    'which means unknown, not ineligible); hasDataActions, dataActions (the first few of dataActionCount), restrictedActions and the ' +
    'derived lighthouse usability from the source `from`, as last seen on `seen` (`changed`: a change to the definition seen that day; ' +
    '`added`: first seen that day; `disputed`: what the sources say when they disagree). `unsettled` says why the permission facts are ' +
    'not a certainty; rules then warn instead of erring.',
  recentChangeDays: RECENT_CHANGE_DAYS,
  sources: Object.fromEntries(Object.entries(SOURCES).map(([key, s]) => [key, { ...s, seen: seenOf[key] }]))
}
// One role per line: compact, yet diffs stay readable when the data is regenerated.
const text =
  '{\n' +
  Object.entries(head)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
    .join('') +
  '"roles": [\n' +
  roles.map((r) => JSON.stringify(r)).join(',\n') +
  '\n]\n}\n'
writeFileSync(outPath, text)
console.log(`wrote ${roles.length} roles to ${outPath}`)
