/**
 * The `targets` input: `SUBSCRIPTION_ID` or `TENANT_ID/SUBSCRIPTION_ID` lines, management groups in ARM's own scope
 * syntax (`TENANT_ID/providers/Microsoft.Management/managementGroups/NAME`), or the path of a JSON / YAML file listing
 * {subscription | managementGroup, tenant?, template?, parameters?, name?}; plus `shard: K/N` slicing for workflow
 * matrices.
 */
import { dirname, isAbsolute, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { isGuid } from '../shared/ids.js'
import { Boundary, checkRegularFile, readTextInside } from '../shared/fs-boundary.js'

export interface Target {
  /** As written by the user (`SUB`, `TENANT/SUB`, `TENANT/providers/…/managementGroups/NAME`, or the file entry's name). */
  target: string
  tenant: string
  /** The subscription GUID; '' for a management-group target. */
  subscription: string
  /** Set for a management-group target (the group's ID, as ARM names it): deployed at management-group scope. */
  managementGroup?: string
  /** Absolute paths when the targets file names them; otherwise the run's units apply. */
  template?: string
  parameters?: string | null
}

export { isGuid } from '../shared/ids.js'

function checkGuid(value: string, what: string, where: string): string {
  if (!isGuid(value)) throw new Error(`targets ${where}: ${what} "${value}" is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`)
  return value.toLowerCase()
}

/** A management group ID: up to 90 letters, digits, hyphens, underscores, periods and parentheses (ARM's rule). */
const MG_NAME = /^[\w.()-]{1,90}$/
const MG_SCOPE = /^(?:([^/]*)\/)?\/?providers\/Microsoft\.Management\/managementGroups\/([^/]*)\/?$/i

export function isManagementGroupName(name: string): boolean {
  return MG_NAME.test(name) && !/^\.+$/.test(name)
}

function checkGroup(name: string, where: string): string {
  if (!isManagementGroupName(name)) throw new Error(`targets ${where}: management group "${name}" is not a management group ID (1–90 letters, digits, - _ . ( )).`)
  return name
}

/** `T/providers/Microsoft.Management/managementGroups/G` or `/providers/…/G` (the tenant-id input's tenant). */
function parseGroupItem(item: string, defaultTenant: string, where: string): Target | null {
  const m = MG_SCOPE.exec(item)
  if (!m) return null
  const tenantRaw = m[1] || defaultTenant
  if (!tenantRaw) throw new Error(`targets ${where}: "${item}" names no tenant and the tenant-id input is empty: write TENANT_ID/providers/Microsoft.Management/managementGroups/NAME or set tenant-id.`)
  return { target: item, tenant: checkGuid(tenantRaw, 'tenant ID', where), subscription: '', managementGroup: checkGroup(m[2]!, where) }
}

function parseLines(text: string, defaultTenant: string): Target[] {
  const out: Target[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim()
    if (!line) return
    for (const item of line.split(/[\s,]+/).filter(Boolean)) {
      const where = `line ${i + 1}`
      const group = parseGroupItem(item, defaultTenant, where)
      if (group) {
        out.push(group)
        continue
      }
      const parts = item.split('/')
      if (parts.length > 2) throw new Error(`targets ${where}: "${item}" must be SUBSCRIPTION_ID, TENANT_ID/SUBSCRIPTION_ID or TENANT_ID/providers/Microsoft.Management/managementGroups/NAME.`)
      const subscription = checkGuid(parts[parts.length - 1]!, 'subscription ID', where)
      const tenantRaw = parts.length === 2 ? parts[0]! : defaultTenant
      if (!tenantRaw) throw new Error(`targets ${where}: "${item}" names no tenant and the tenant-id input is empty: write TENANT_ID/${subscription} or set tenant-id.`)
      out.push({ target: item, tenant: checkGuid(tenantRaw, 'tenant ID', where), subscription })
    }
  })
  return out
}

function parseFile(path: string, defaultTenant: string, boundary: Boundary): Target[] {
  const text = readTextInside(boundary, path, `targets file ${path}`)
  let data: unknown
  try {
    data = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text)
  } catch (e) {
    throw new Error(`targets file ${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'} (${(e as Error).message.split('\n')[0]}).`)
  }
  const list = Array.isArray(data) ? data : (data as { targets?: unknown })?.targets
  if (!Array.isArray(list)) throw new Error(`targets file ${path}: expected a list of {subscription | managementGroup, tenant?, template?, parameters?, name?} (or {targets: [...]}).`)
  const base = dirname(path)
  return list.map((entry, i) => {
    const where = `file ${path} entry ${i + 1}`
    const e = (typeof entry === 'string' ? { subscription: entry } : entry) as Record<string, unknown>
    const group = e && typeof e.managementGroup === 'string' ? e.managementGroup : undefined
    if (e && group !== undefined && e.subscription !== undefined) throw new Error(`targets ${where}: give "subscription" or "managementGroup", not both.`)
    if (!e || (typeof e.subscription !== 'string' && group === undefined)) throw new Error(`targets ${where}: missing "subscription" (or "managementGroup").`)
    const tenantRaw = typeof e.tenant === 'string' && e.tenant ? e.tenant : defaultTenant
    if (!tenantRaw) throw new Error(`targets ${where}: no "tenant" and the tenant-id input is empty.`)
    const tenant = checkGuid(tenantRaw, 'tenant ID', where)
    const named = typeof e.name === 'string' && e.name ? e.name : null
    let t: Target
    if (group !== undefined) {
      const name = checkGroup(group, where)
      t = { target: named ?? `${tenant}/providers/Microsoft.Management/managementGroups/${name}`, tenant, subscription: '', managementGroup: name }
    } else {
      const subscription = checkGuid(e.subscription as string, 'subscription ID', where)
      t = { target: named ?? (typeof e.tenant === 'string' ? `${tenant}/${subscription}` : subscription), tenant, subscription }
    }
    // Paths only: loadUnit reads them through the boundary, so one bad entry fails its target, not the run.
    const rel = (p: unknown): string | undefined => (typeof p === 'string' && p ? (isAbsolute(p) ? p : resolve(base, p)) : undefined)
    const template = rel(e.template)
    if (template) {
      t.template = template
      t.parameters = rel(e.parameters) ?? null
    }
    return t
  })
}

/**
 * Parses the input. A single line naming a JSON or YAML file is read as a targets file (relative to `workspace`),
 * through the file-system boundary (default: the workspace, plus the targets path when it is named outside it); the
 * templates the file names are read through it later (loadUnit), so they must resolve inside it too.
 */
export function parseTargets(input: string, defaultTenant: string, workspace = process.cwd(), boundary?: Boundary): Target[] {
  const trimmed = input.trim()
  const tenant = defaultTenant.trim()
  if (trimmed && !trimmed.includes('\n') && /\.(json|ya?ml)$/i.test(trimmed)) {
    const path = isAbsolute(trimmed) ? trimmed : resolve(workspace, trimmed)
    const within = boundary ?? Boundary.create(workspace, [trimmed])
    const refusal = checkRegularFile(within, path)
    if (refusal?.reason === 'missing') throw new Error(`targets file not found: ${trimmed}`)
    if (refusal) throw new Error(`targets file ${trimmed}: ${refusal.message}`)
    return dedupe(parseFile(path, tenant, within))
  }
  return dedupe(parseLines(trimmed, tenant))
}

function dedupe(targets: Target[]): Target[] {
  // The same subscription twice would race two deployments of one name against each other.
  const seen = new Set<string>()
  for (const t of targets) {
    // Management group IDs are unique per tenant and compared case-insensitively, like every ARM name.
    const scope = t.managementGroup ? `mg:${t.tenant}/${t.managementGroup.toLowerCase()}` : t.subscription
    const key = `${scope}|${t.template ?? ''}|${t.parameters ?? ''}`
    if (seen.has(key)) throw new Error(`targets: ${t.managementGroup ? `management group ${t.managementGroup} of tenant ${t.tenant}` : `subscription ${t.subscription}`} is listed twice.`)
    seen.add(key)
  }
  return targets
}

/** `K/N` (1-based): every N-th target starting at K, stable by input order. Empty: all. */
export function applyShard<T>(items: T[], shard: string): T[] {
  const s = shard.trim()
  if (!s) return items
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(s)
  if (!m) throw new Error(`shard "${shard}" must be K/N, e.g. 1/4.`)
  const k = Number(m[1])
  const n = Number(m[2])
  if (n < 1 || k < 1 || k > n) throw new Error(`shard "${shard}": need 1 ≤ K ≤ N (got K=${k}, N=${n}).`)
  // Round-robin rather than contiguous blocks: shards stay balanced when targets are appended.
  return items.filter((_, i) => i % n === k - 1)
}
