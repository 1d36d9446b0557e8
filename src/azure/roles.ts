/**
 * Live role check: the static catalogue goes stale (roles gain DataActions), so confirm with ARM that each role the
 * automation principal is granted is still a built-in role without DataActions, as Lighthouse requires.
 */
import pLimit from 'p-limit'
import type { RoleCheckResult } from '../report/model.js'
import type { ArmRest } from './clients.js'
import type { DeploymentUnit } from './deployment-body.js'
import { resolveSimple } from './deployment-body.js'
import { isExpression, unescapeLiteral } from '../lint/arm/parser.js'
import { describeError } from './errors.js'

/** The reporters' shape (src/report/model.ts), so a check goes into the RunReport as it is. */
export type RoleCheck = RoleCheckResult

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function resolveValue(raw: unknown, unit: DeploymentUnit): unknown {
  if (typeof raw !== 'string') return raw
  if (!isExpression(raw)) return unescapeLiteral(raw)
  const m = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i.exec(raw)
  if (!m) return undefined
  const given = (unit.parametersJson[m[1]!] as { value?: unknown } | undefined)?.value
  return given ?? ((unit.templateJson.parameters ?? {}) as Record<string, { defaultValue?: unknown }>)[m[1]!]?.defaultValue
}

/** Role GUIDs of the permanent authorizations for `principalId` (all of them when it is empty), where resolvable. */
export function automationRoles(units: DeploymentUnit[], principalId: string): string[] {
  const out = new Set<string>()
  for (const unit of units) {
    const resources = Array.isArray(unit.templateJson.resources) ? (unit.templateJson.resources as Array<Record<string, unknown>>) : []
    for (const r of resources) {
      if (String(r?.type).toLowerCase() !== 'microsoft.managedservices/registrationdefinitions') continue
      const auths = resolveValue((r.properties as Record<string, unknown> | undefined)?.authorizations, unit)
      if (!Array.isArray(auths)) continue
      for (const a of auths as Array<Record<string, unknown>>) {
        const pid = resolveSimple(a?.principalId, unit.templateJson, unit.parametersJson)
        const role = resolveSimple(a?.roleDefinitionId, unit.templateJson, unit.parametersJson)
        if (!role || !GUID.test(role)) continue
        if (principalId && pid?.toLowerCase() !== principalId.toLowerCase()) continue
        out.add(GUID.exec(role)![0].toLowerCase())
      }
    }
  }
  return [...out]
}

interface RoleDefinitionWire {
  properties?: { roleName?: string; type?: string; roleType?: string; permissions?: Array<{ dataActions?: string[] }> }
}

export async function checkRoles(rest: ArmRest, roleIds: string[], signal?: AbortSignal): Promise<RoleCheck[]> {
  const limit = pLimit(4)
  return Promise.all(
    roleIds.map((id) =>
      limit(async (): Promise<RoleCheck> => {
        try {
          const def = await rest.get<RoleDefinitionWire>(`/providers/Microsoft.Authorization/roleDefinitions/${id}?api-version=2022-04-01`, signal)
          const p = def.properties ?? {}
          const roleName = p.roleName ?? null
          const builtIn = (p.roleType ?? p.type) === 'BuiltInRole'
          const dataActions = (p.permissions ?? []).flatMap((x) => x.dataActions ?? [])
          const problems: string[] = []
          if (!builtIn) problems.push('is not a built-in role (Lighthouse accepts built-in roles only)')
          if (dataActions.length) problems.push(`now has DataActions (${dataActions.slice(0, 3).join(', ')}${dataActions.length > 3 ? ', …' : ''}), which Lighthouse rejects`)
          const label = `${roleName ?? 'Role'} (${id})`
          return { roleDefinitionId: id, roleName, builtIn, dataActions, ok: problems.length === 0, message: problems.length ? `${label} ${problems.join(' and ')}: choose another role.` : `${label} is a built-in role without DataActions.` }
        } catch (e) {
          const notFound = (e as { statusCode?: number }).statusCode === 404
          return { roleDefinitionId: id, roleName: null, builtIn: notFound ? false : null, dataActions: [], ok: !notFound, message: notFound ? `Role ${id} does not exist in Azure: use a built-in role GUID.` : `Could not check role ${id} live: ${describeError(e)}` }
        }
      })
    )
  )
}
