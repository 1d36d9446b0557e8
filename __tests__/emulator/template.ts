/**
 * Just enough of ARM's template language for the emulator to store the delegations a deployed Lighthouse template
 * creates: parameters(), variables(), concat(), guid(), resourceId(), subscription(), length(), copyIndex(), string and
 * integer literals, `.property` and `[index]` accessors; `copy` loops; nested deployments aimed at a resource group
 * (`resourceGroup` on a `Microsoft.Resources/deployments`, inner expressions evaluated in the outer scope as ARM's
 * default `outer` evaluation does). Anything else is kept verbatim.
 */
import { createHash } from 'node:crypto'

export interface Delegation {
  definitionName: string
  assignmentName: string | null
  /** The resource group the assignment is created in (a nested deployment's `resourceGroup`), null at subscription scope. */
  resourceGroup: string | null
  properties: Record<string, unknown>
}

export interface Ctx {
  params: Record<string, unknown>
  vars: Record<string, unknown>
  sub: string
  copyIndex?: number
}

/** A tiny recursive-descent reader of one expression (the text between `[` and `]`). */
class Reader {
  i = 0
  constructor(
    readonly s: string,
    readonly ctx: Ctx
  ) {}

  ws(): void {
    while (this.s[this.i] === ' ') this.i++
  }

  value(): unknown {
    this.ws()
    let v = this.primary()
    for (;;) {
      this.ws()
      const c = this.s[this.i]
      if (c === '.') {
        this.i++
        const m = /^[A-Za-z0-9_$]+/.exec(this.s.slice(this.i))
        if (!m) throw new Error('bad property')
        this.i += m[0].length
        v = (v as Record<string, unknown> | undefined)?.[m[0]]
      } else if (c === '[') {
        this.i++
        const k = this.value()
        this.ws()
        if (this.s[this.i] !== ']') throw new Error('bad index')
        this.i++
        v = (v as Record<string, unknown> | undefined)?.[String(k)]
      } else return v
    }
  }

  primary(): unknown {
    const c = this.s[this.i]
    if (c === "'") {
      let out = ''
      this.i++
      for (;;) {
        const ch = this.s[this.i++]
        if (ch === undefined) throw new Error('unterminated string')
        if (ch === "'") {
          if (this.s[this.i] === "'") {
            out += "'"
            this.i++
            continue
          }
          return out
        }
        out += ch
      }
    }
    const num = /^-?\d+/.exec(this.s.slice(this.i))
    if (num) {
      this.i += num[0].length
      return Number(num[0])
    }
    const name = /^[A-Za-z][A-Za-z0-9]*/.exec(this.s.slice(this.i))
    if (!name) throw new Error(`unexpected ${c}`)
    this.i += name[0].length
    this.ws()
    if (this.s[this.i] !== '(') throw new Error('expected (')
    this.i++
    const args: unknown[] = []
    this.ws()
    if (this.s[this.i] === ')') this.i++
    else {
      for (;;) {
        args.push(this.value())
        this.ws()
        const sep = this.s[this.i++]
        if (sep === ')') break
        if (sep !== ',') throw new Error('expected , or )')
      }
    }
    return call(name[0].toLowerCase(), args, this.ctx)
  }
}

function call(name: string, args: unknown[], ctx: Ctx): unknown {
  switch (name) {
    case 'parameters':
      return ctx.params[String(args[0])]
    case 'variables':
      return ctx.vars[String(args[0])]
    case 'concat':
      return args.every(Array.isArray) ? (args as unknown[][]).flat() : args.map(String).join('')
    case 'guid': {
      const h = createHash('sha1').update(args.map(String).join('|')).digest('hex')
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
    }
    case 'resourceid':
      return `/subscriptions/${ctx.sub}/providers/${String(args[0]).replace(/\/+$/, '')}/${args.slice(1).map(String).join('/')}`
    case 'subscription':
      return { subscriptionId: ctx.sub, id: `/subscriptions/${ctx.sub}` }
    case 'length':
      return Array.isArray(args[0]) || typeof args[0] === 'string' ? (args[0] as unknown[]).length : Object.keys(args[0] ?? {}).length
    case 'copyindex':
      return (ctx.copyIndex ?? 0) + (typeof args[args.length - 1] === 'number' ? (args[args.length - 1] as number) : 0)
    default:
      throw new Error(`unsupported function ${name}`)
  }
}

function evalExpr(src: string, ctx: Ctx): unknown {
  try {
    const r = new Reader(src.trim(), ctx)
    const v = r.value()
    r.ws()
    return r.i === r.s.length ? v : src
  } catch {
    return src
  }
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

type Resource = Record<string, unknown>
const typeOf = (r: Resource): string => String(r.type ?? '').toLowerCase()
const resourcesOf = (t: unknown): Resource[] => ((t as { resources?: unknown })?.resources && Array.isArray((t as { resources: unknown[] }).resources) ? ((t as { resources: Resource[] }).resources) : [])

/** Each resource once, or once per `copy` iteration with copyIndex() set. */
function* expand(resources: Resource[], ctx: Ctx): Generator<[Resource, Ctx]> {
  for (const r of resources) {
    const copy = r.copy as { count?: unknown } | undefined
    if (!copy) {
      yield [r, ctx]
      continue
    }
    const count = Number(evaluate(copy.count, ctx))
    for (let i = 0; i < (Number.isFinite(count) ? Math.min(count, 800) : 0); i++) yield [r, { ...ctx, copyIndex: i }]
  }
}

export function contextOf(template: Record<string, unknown>, parameters: Record<string, { value?: unknown }>, sub: string): Ctx {
  const params: Record<string, unknown> = {}
  const declared = (template.parameters ?? {}) as Record<string, { defaultValue?: unknown }>
  const ctx: Ctx = { params, vars: {}, sub }
  for (const [k, d] of Object.entries(declared)) params[k] = evaluate(d?.defaultValue, ctx)
  for (const [k, v] of Object.entries(parameters ?? {})) params[k] = v?.value
  for (const [k, v] of Object.entries((template.variables ?? {}) as Record<string, unknown>)) ctx.vars[k] = evaluate(v, ctx)
  return ctx
}

/**
 * The registration definitions (with their assignment, if the template makes one, at subscription scope or in a
 * resource group through a nested deployment) a subscription-scope template creates.
 */
export function delegationsOf(template: Record<string, unknown>, parameters: Record<string, { value?: unknown }>, sub: string): Delegation[] {
  const ctx = contextOf(template, parameters, sub)
  const defs: Array<{ name: string; properties: Record<string, unknown> }> = []
  const assigns: Array<{ name: string; definitionId: string; resourceGroup: string | null }> = []
  for (const [r, c] of expand(resourcesOf(template), ctx)) {
    const type = typeOf(r)
    if (type === 'microsoft.managedservices/registrationdefinitions') {
      defs.push({ name: String(evaluate(r.name, c)), properties: evaluate(r.properties, c) as Record<string, unknown> })
    } else if (type === 'microsoft.managedservices/registrationassignments') {
      assigns.push({ name: String(evaluate(r.name, c)), definitionId: String((evaluate(r.properties, c) as Record<string, unknown>)?.registrationDefinitionId ?? ''), resourceGroup: null })
    } else if (type === 'microsoft.resources/deployments') {
      const rg = r.resourceGroup === undefined ? null : String(evaluate(r.resourceGroup, c))
      const inner = (r.properties as { template?: unknown } | undefined)?.template
      for (const [x, xc] of expand(resourcesOf(inner), c)) {
        if (typeOf(x) !== 'microsoft.managedservices/registrationassignments') continue
        assigns.push({ name: String(evaluate(x.name, xc)), definitionId: String((evaluate(x.properties, xc) as Record<string, unknown>)?.registrationDefinitionId ?? ''), resourceGroup: rg })
      }
    }
  }
  const out: Delegation[] = []
  for (const d of defs) {
    const mine = assigns.filter((a) => a.definitionId.toLowerCase().replace(/\/+$/, '').endsWith(`/${d.name.toLowerCase()}`))
    if (!mine.length) out.push({ definitionName: d.name, assignmentName: null, resourceGroup: null, properties: d.properties })
    for (const a of mine) out.push({ definitionName: d.name, assignmentName: a.name, resourceGroup: a.resourceGroup, properties: d.properties })
  }
  return out
}

/** The policy definitions a management-group template creates, evaluated (one `[[` escape level is left as `[`). */
export function policyDefinitionsOf(template: Record<string, unknown>, parameters: Record<string, { value?: unknown }>): Array<{ name: string; properties: Record<string, unknown> }> {
  const ctx = contextOf(template, parameters, '')
  const out: Array<{ name: string; properties: Record<string, unknown> }> = []
  for (const [r, c] of expand(resourcesOf(template), ctx)) {
    if (typeOf(r) === 'microsoft.authorization/policydefinitions') out.push({ name: String(evaluate(r.name, c)), properties: evaluate(r.properties, c) as Record<string, unknown> })
  }
  return out
}

/**
 * What a DeployIfNotExists policy's remediation deploys in one subscription: the embedded template with the policy
 * parameters' values (their defaults; the emulator does not model policy assignments' own values).
 */
export function remediationOf(policy: Record<string, unknown>, sub: string): Delegation[] {
  const details = ((policy.policyRule as { then?: { details?: Record<string, unknown> } } | undefined)?.then?.details ?? {}) as Record<string, unknown>
  if (String(details.type ?? '').toLowerCase() !== 'microsoft.managedservices/registrationdefinitions') return []
  const deployment = (details.deployment as { properties?: { template?: Record<string, unknown>; parameters?: Record<string, unknown> } } | undefined)?.properties
  if (!deployment?.template) return []
  const policyParams: Record<string, unknown> = {}
  for (const [k, d] of Object.entries((policy.parameters ?? {}) as Record<string, { defaultValue?: unknown }>)) policyParams[k] = d?.defaultValue
  const values = evaluate(deployment.parameters ?? {}, { params: policyParams, vars: {}, sub }) as Record<string, { value?: unknown }>
  return delegationsOf(deployment.template, values, sub)
}
