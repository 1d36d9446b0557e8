/** Small, total functions the rules share: every value may be an Unknown or of the wrong type. */
import { showValue } from '../show-value.js'
import { isUnknown } from '../arm/unknown.js'
import type { ResolvedAuthorization, ResolvedDefinition, ResolvedTemplate } from '../model.js'
import type { RoleCatalogue, RoleInfo } from '../roles/catalogue.js'
import { roleGuidOf } from '../roles/index.js'
import { memoOn } from '../../shared/memo.js'

export { GUID_PATTERN as GUID_RE, isGuid } from '../../shared/ids.js'
import { isGuid } from '../../shared/ids.js'
export const ZERO_GUID = '00000000-0000-0000-0000-000000000000'

const guidMemo = new Map<string, string | null>()

/**
 * Lower-cased GUID, or undefined for anything that is not a GUID string. Memoised: a dozen rules ask it of the same
 * few IDs, and a lint run is mostly unoptimised code, where a native Map lookup beats a 36-character loop.
 */
export function guidOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  let guid = guidMemo.get(value)
  if (guid === undefined) {
    if (guidMemo.size >= 8192) guidMemo.clear()
    guidMemo.set(value, (guid = isGuid(value) ? value.toLowerCase() : null))
  }
  return guid ?? undefined
}

export function isZeroGuid(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === ZERO_GUID
}

/**
 * Text Microsoft's samples leave for the user to fill in: `<insert managing tenant id>`, `<principal id>`, `{tenantId}`,
 * `TODO`, `xxxxxxxx-...`. The all-zero GUID is handled separately (it is a valid GUID).
 */
export function isPlaceholderText(value: unknown): boolean {
  if (typeof value !== 'string') return false
  // Nearly every value is a real GUID or name: only text with a bracket, or one of the few words below, can qualify.
  if (isGuid(value as unknown)) return false
  const v = value.trim()
  if (v.length === 0) return false
  // Every pattern below needs a '<', a leading '{', one of the short words, or the 36-character x-GUID.
  if (v.length > 11 && v.length !== 36 && v.charCodeAt(0) !== 123 && !v.includes('<')) return false
  if (ANGLED.test(v) || INSERT_HINT.test(v)) return true
  if (BRACED.test(v)) return true
  if (PLACEHOLDER_WORD.test(v)) return true
  return X_GUID.test(v)
}

// Module constants, not literals in the function: each evaluation of a regular expression literal makes a new object.
const ANGLED = /^<[^<>]*>$/
const INSERT_HINT = /<\s*(insert|enter|your|add|replace|put)\b[^>]*>/i
const BRACED = /^\{[a-z][\w .-]*\}$/i
const PLACEHOLDER_WORD = /^(todo|tbd|changeme|placeholder)$/i
const X_GUID = /^x{8}-x{4}-x{4}-x{4}-x{12}$/i

/** The lower-case role GUID of a roleDefinitionId value (bare or with a roleDefinitions path), else undefined. */
export function roleIdOf(value: unknown): string | undefined {
  return typeof value === 'string' ? roleGuidOf(value) : undefined
}

/** The catalogue's entry for an authorization's role (its `roleGuid`), else undefined. */
export function roleOf(auth: Pick<ResolvedAuthorization, 'roleGuid'>, catalogue: RoleCatalogue): RoleInfo | undefined {
  return auth.roleGuid === undefined ? undefined : catalogue.get(auth.roleGuid)
}

export function roleInfoOf(value: unknown, catalogue: RoleCatalogue): RoleInfo | undefined {
  const id = roleIdOf(value)
  return id === undefined ? undefined : catalogue.get(id)
}

/** How to show any value to a person (shared with the resolver's messages). */
export function show(value: unknown): string {
  return showValue(value)
}

/** A string quoted as JSON writes it, cut to `max` characters: what the user typed, visibly delimited. */
export function quoted(text: string, max = 120): string {
  const json = JSON.stringify(text)
  return json.length > max ? `${json.slice(0, max - 4)}..."` : json
}

/** `'Display Name' (guid)` or just the GUID / value. */
export function describePrincipal(auth: Pick<ResolvedAuthorization, 'principalId' | 'principalIdDisplayName'>): string {
  const name = auth.principalIdDisplayName
  const id = show(auth.principalId)
  return typeof name === 'string' && name.trim() !== '' ? `'${name}' (${id})` : id
}

/** `Contributor (b24988ac-…)`, or the raw value flagged as missing from the catalogue. */
export function describeRole(value: unknown, catalogue: RoleCatalogue): string {
  const info = roleInfoOf(value, catalogue)
  if (info) return `${info.name} (${info.id})`
  const id = roleIdOf(value)
  return id === undefined ? show(value) : `${id} (not in the built-in role catalogue)`
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const ALL = Symbol('allAuthorizations')

/** Permanent then eligible authorizations; one array per definition, shared by the rules (do not mutate it). */
export function allAuthorizations(def: ResolvedDefinition): ResolvedAuthorization[] {
  return memoOn(def, ALL, (d) =>
    (Array.isArray(d.authorizations) ? d.authorizations : []).concat(Array.isArray(d.eligibleAuthorizations) ? d.eligibleAuthorizations : [])
  )
}

export function authLabel(auth: ResolvedAuthorization): string {
  return `${auth.kind === 'eligible' ? 'eligibleAuthorizations' : 'authorizations'}[${auth.index}]`
}

/** Where a definition is: its path and, for copy loops, the iteration. */
export function defLabel(def: ResolvedDefinition): string {
  return def.copyIndex === undefined ? def.path : `${def.path} (copy ${def.copyIndex})`
}

/**
 * True when the resolver could not expand the list (a parameter without a value, a `reference()`): an empty
 * authorizations array then means "unknown", not "none".
 */
export function listIsUnknown(def: ResolvedDefinition, key: 'authorizations' | 'eligibleAuthorizations'): boolean {
  if (isUnknown(def.properties)) return true
  return isObject(def.properties) && isUnknown(def.properties[key])
}

/**
 * True when the list is written but is not an array (an object, a string): ARM refuses the definition for its shape,
 * which lighthouse-definition-shape reports as the error it is. Its resolved list is then empty, and "no role found"
 * would be a second, false claim about a list nobody can read.
 */
export function listIsMalformed(def: ResolvedDefinition, key: 'authorizations' | 'eligibleAuthorizations'): boolean {
  if (!isObject(def.properties)) return false
  const value = def.properties[key]
  return value !== undefined && value !== null && !isUnknown(value) && !Array.isArray(value)
}

export function hasLighthouseResources(template: ResolvedTemplate): boolean {
  return template.definitions.length > 0 || template.assignments.length > 0
}

/**
 * Compares ARM API versions `YYYY-MM-DD[-suffix]`: by date, then a preview sorts before the stable version of that
 * date. Undefined when either is not an API version string.
 */
export function compareApiVersions(a: unknown, b: string): number | undefined {
  if (typeof a !== 'string') return undefined
  const ma = parseApiVersion(a)
  const mb = parseApiVersion(b)
  if (!ma || !mb) return undefined
  if (ma.date !== mb.date) return ma.date < mb.date ? -1 : 1
  return Number(!ma.preview) - Number(!mb.preview)
}

const API_VERSION = /^(\d{4}-\d{2}-\d{2})(-[a-z0-9.-]+)?$/i
/** Every template names the same few API versions: parse each once. */
const apiVersions = new Map<string, { date: string; preview: boolean } | null>()

function parseApiVersion(text: string): { date: string; preview: boolean } | null {
  let parsed = apiVersions.get(text)
  if (parsed === undefined) {
    const match = API_VERSION.exec(text.trim())
    parsed = match ? { date: match[1]!, preview: !!match[2] } : null
    if (apiVersions.size >= 1024) apiVersions.clear()
    apiVersions.set(text, parsed)
  }
  return parsed
}
