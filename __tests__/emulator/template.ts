/**
 * Just enough of ARM's template language for the emulator to store the delegations a deployed Lighthouse template
 * creates: parameters(), variables(), concat(), guid(), resourceId(), string literals. Anything else is kept verbatim.
 */
import { createHash } from 'node:crypto'

export interface Delegation {
  definitionName: string
  assignmentName: string | null
  properties: Record<string, unknown>
}

interface Ctx {
  params: Record<string, unknown>
  vars: Record<string, unknown>
  sub: string
}

function splitArgs(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let quote = false
  let cur = ''
  for (const ch of s) {
    if (ch === "'") quote = !quote
    if (!quote && ch === '(') depth++
    if (!quote && ch === ')') depth--
    if (!quote && depth === 0 && ch === ',') {
      out.push(cur.trim())
      cur = ''
    } else cur += ch
  }
  if (cur.trim()) out.push(cur.trim())
  return out
}

function evalExpr(src: string, ctx: Ctx): unknown {
  const s = src.trim()
  if (s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'")
  if (/^-?\d+$/.test(s)) return Number(s)
  const m = /^([A-Za-z]+)\((.*)\)((?:\.[A-Za-z0-9_]+)*)$/s.exec(s)
  if (!m) return s
  const args = splitArgs(m[2]!).map((a) => evalExpr(a, ctx))
  let value: unknown
  switch (m[1]!.toLowerCase()) {
    case 'parameters':
      value = ctx.params[String(args[0])]
      break
    case 'variables':
      value = ctx.vars[String(args[0])]
      break
    case 'concat':
      value = args.every(Array.isArray) ? (args as unknown[][]).flat() : args.map(String).join('')
      break
    case 'guid': {
      const h = createHash('sha1').update(args.map(String).join('|')).digest('hex')
      value = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
      break
    }
    case 'resourceid':
      value = `/subscriptions/${ctx.sub}/providers/${String(args[0])}/${args.slice(1).map(String).join('/')}`
      break
    case 'subscription':
      value = { subscriptionId: ctx.sub, id: `/subscriptions/${ctx.sub}` }
      break
    default:
      value = s
  }
  for (const prop of (m[3] ?? '').split('.').filter(Boolean)) value = (value as Record<string, unknown> | undefined)?.[prop]
  return value
}

export function evaluate(value: unknown, ctx: Ctx): unknown {
  if (typeof value === 'string') {
    if (value.startsWith('[[')) return value.slice(1)
    if (value.startsWith('[') && value.endsWith(']')) return evaluate(evalExpr(value.slice(1, -1), ctx), ctx)
    return value
  }
  if (Array.isArray(value)) return value.map((v) => evaluate(v, ctx))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, ctx)]))
  }
  return value
}

/** The registration definitions (with their assignment, if the template makes one) a subscription-scope template creates. */
export function delegationsOf(template: Record<string, unknown>, parameters: Record<string, { value?: unknown }>, sub: string): Delegation[] {
  const params: Record<string, unknown> = {}
  const declared = (template.parameters ?? {}) as Record<string, { defaultValue?: unknown }>
  for (const [k, d] of Object.entries(declared)) params[k] = d?.defaultValue
  for (const [k, v] of Object.entries(parameters ?? {})) params[k] = v?.value
  const ctx: Ctx = { params, vars: {}, sub }
  for (const [k, v] of Object.entries((template.variables ?? {}) as Record<string, unknown>)) ctx.vars[k] = evaluate(v, ctx)
  const resources = (Array.isArray(template.resources) ? template.resources : []) as Array<Record<string, unknown>>
  const defs = resources.filter((r) => String(r.type).toLowerCase() === 'microsoft.managedservices/registrationdefinitions')
  const assigns = resources.filter((r) => String(r.type).toLowerCase() === 'microsoft.managedservices/registrationassignments')
  return defs.map((d) => {
    const definitionName = String(evaluate(d.name, ctx))
    const assignment = assigns.find((a) => String((evaluate(a.properties, ctx) as Record<string, unknown>)?.registrationDefinitionId ?? '').toLowerCase().endsWith(definitionName.toLowerCase()))
    return {
      definitionName,
      assignmentName: assignment ? String(evaluate(assignment.name, ctx)) : null,
      properties: evaluate(d.properties, ctx) as Record<string, unknown>
    }
  })
}
