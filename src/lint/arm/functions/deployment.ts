import { ExpressionError } from '../errors.js'
import { Unknown, isUnknown } from '../unknown.js'
import { derivedUnknown, findKey, isInteger, isObject, newObject } from '../values.js'
import { argInt, argString, argumentError, define, typeError, type CallSite } from './types.js'

function defined(what: string, value: unknown): unknown {
  if (value === undefined) throw new ExpressionError('reference', `${what} has no value. Give it a value in the template or the parameters file.`)
  return value
}

function copyIndex(args: unknown[], site: CallSite): unknown {
  let loop: string | undefined
  let offset = 0
  if (args.length === 1) {
    if (typeof args[0] === 'string') loop = args[0]
    else offset = argInt(site, args, 0)
  } else if (args.length === 2) {
    loop = argString(site, args, 0)
    offset = argInt(site, args, 1)
  }
  const index = site.ctx.copyIndex(loop)
  if (isUnknown(index)) return offset === 0 ? index : derivedUnknown('copyIndex', site.text, [index])
  if (!isInteger(index)) throw new ExpressionError('reference', `copyIndex() is not available here (got ${String(index)}).`)
  return index + offset
}

const subscriptionIdText = 'subscription().subscriptionId'

function defaultSubscription(): unknown {
  const subscriptionId = new Unknown('subscriptionId', subscriptionIdText)
  return newObject([
    ['id', `/subscriptions/${subscriptionId.toString()}`],
    ['subscriptionId', subscriptionId],
    ['tenantId', new Unknown('tenantId', 'subscription().tenantId')],
    ['displayName', new Unknown('subscriptionName', 'subscription().displayName')]
  ])
}

function defaultResourceGroup(): unknown {
  const name = new Unknown('resourceGroupName', 'resourceGroup().name')
  return newObject([
    ['id', `/subscriptions/{${subscriptionIdText}}/resourceGroups/${name.toString()}`],
    ['name', name],
    ['type', 'Microsoft.Resources/resourceGroups'],
    ['location', new Unknown('location', 'resourceGroup().location')],
    ['tags', new Unknown('tags', 'resourceGroup().tags')],
    ['properties', newObject([['provisioningState', 'Succeeded']])]
  ])
}

function defaultTenant(): unknown {
  return newObject([
    ['id', new Unknown('tenantScopeId', 'tenant().id')],
    ['tenantId', new Unknown('tenantId', 'tenant().tenantId')],
    ['displayName', new Unknown('tenantName', 'tenant().displayName')],
    ['countryCode', new Unknown('countryCode', 'tenant().countryCode')]
  ])
}

function defaultDeployment(): unknown {
  return newObject([
    ['name', new Unknown('deploymentName', 'deployment().name')],
    ['location', new Unknown('location', 'deployment().location')],
    ['properties', new Unknown('deployment', 'deployment().properties')]
  ])
}

function scopeSegment(value: unknown, site: CallSite, index: number): string {
  if (typeof value === 'string') return value
  if (isUnknown(value)) return value.toString()
  throw typeError(site, index, 'a string', value)
}

function currentSubscriptionId(site: CallSite): string {
  // Offline (no subscription in the context) the answer is always the placeholder: skip building the object.
  if (!site.ctx.subscription) return `{${subscriptionIdText}}`
  const subscription = site.ctx.subscription() ?? defaultSubscription()
  if (isObject(subscription)) {
    const key = findKey(subscription, 'subscriptionId')
    const id = key === undefined ? undefined : subscription[key]
    if (typeof id === 'string' || isUnknown(id)) return id.toString()
  }
  return `{${subscriptionIdText}}`
}

/** `/providers/Microsoft.X/a/{n1}/b/{n2}` from a type with a trailing '/' tolerated, as ARM does. */
function providerPath(site: CallSite, args: unknown[], typeIndex: number): string {
  const rawType = args[typeIndex]
  if (typeof rawType !== 'string') throw typeError(site, typeIndex, "a resource type like 'Microsoft.ManagedServices/registrationDefinitions'", rawType)
  const type = rawType.replace(/\/+$/, '')
  const segments = type.split('/')
  const names = args.slice(typeIndex + 1)
  if (segments.length < 2 || segments.some((s) => s === '')) {
    throw argumentError(site, `'${rawType}' is not a resource type; expected 'Namespace/type', e.g. 'Microsoft.ManagedServices/registrationDefinitions'.`)
  }
  if (names.length !== segments.length - 1) {
    throw argumentError(
      site,
      `resource type '${type}' needs ${segments.length - 1} name${segments.length === 2 ? '' : 's'} after it, but ${names.length} ${names.length === 1 ? 'was' : 'were'} given.`
    )
  }
  let path = `/providers/${segments[0]}/${segments[1]}/${scopeSegment(names[0], site, typeIndex + 1)}`
  for (let i = 2; i < segments.length; i++) path += `/${segments[i]}/${scopeSegment(names[i - 1], site, typeIndex + i)}`
  return path
}

/** A name built from newGuid()/utcNow() must stay visibly non-deterministic, so it cannot hide inside a string. */
function nonDeterministic(args: unknown[], site: CallSite, kind: string): Unknown | undefined {
  return args.some((a) => isUnknown(a) && !a.deterministic) ? derivedUnknown(kind, site.text, args) : undefined
}

function resourceId(args: unknown[], site: CallSite): unknown {
  const hidden = nonDeterministic(args, site, 'resourceId')
  if (hidden) return hidden
  const typeIndex = args.findIndex((a) => typeof a === 'string' && a.includes('/'))
  if (typeIndex === -1) {
    if (args.some(isUnknown)) return derivedUnknown('resourceId', site.text, args)
    throw argumentError(site, "no resource type found; pass one like 'Microsoft.ManagedServices/registrationDefinitions' before the names.")
  }
  if (typeIndex > 2) throw argumentError(site, 'at most a subscription ID and a resource group name may come before the resource type.')
  const subscription = typeIndex === 2 ? scopeSegment(args[0], site, 0) : currentSubscriptionId(site)
  const group = typeIndex >= 1 ? `/resourceGroups/${scopeSegment(args[typeIndex - 1], site, typeIndex - 1)}` : ''
  return `/subscriptions/${subscription}${group}${providerPath(site, args, typeIndex)}`
}

function subscriptionResourceId(args: unknown[], site: CallSite): unknown {
  const hidden = nonDeterministic(args, site, 'subscriptionResourceId')
  if (hidden) return hidden
  const typeIndex = typeof args[0] === 'string' && args[0].includes('/') ? 0 : 1
  const subscription = typeIndex === 1 ? scopeSegment(args[0], site, 0) : currentSubscriptionId(site)
  return `/subscriptions/${subscription}${providerPath(site, args, typeIndex)}`
}

const managementGroupNameText = 'managementGroup().name'

/** `/providers/Microsoft.Management/managementGroups/{group}/providers/...`; the group defaults to the deployment's. */
function managementGroupResourceId(args: unknown[], site: CallSite): unknown {
  const hidden = nonDeterministic(args, site, 'managementGroupResourceId')
  if (hidden) return hidden
  const typeIndex = typeof args[0] === 'string' && args[0].includes('/') ? 0 : 1
  const group = typeIndex === 1 ? scopeSegment(args[0], site, 0) : new Unknown('managementGroupName', managementGroupNameText).toString()
  return `/providers/Microsoft.Management/managementGroups/${group}${providerPath(site, args, typeIndex)}`
}

function tenantResourceId(args: unknown[], site: CallSite): unknown {
  return nonDeterministic(args, site, 'tenantResourceId') ?? providerPath(site, args, 0)
}

function extensionResourceId(args: unknown[], site: CallSite): unknown {
  const hidden = nonDeterministic(args, site, 'extensionResourceId')
  if (hidden) return hidden
  return `${scopeSegment(args[0], site, 0).replace(/\/+$/, '')}${providerPath(site, args, 1)}`
}

export const deploymentFunctions = define(
  {
    name: 'parameters',
    borrows: true,
    min: 1,
    max: 1,
    call: (args, site) => {
      const name = argString(site, args, 0)
      return defined(`Parameter '${name}'`, site.ctx.parameter(name))
    }
  },
  {
    name: 'variables',
    borrows: true,
    min: 1,
    max: 1,
    call: (args, site) => {
      const name = argString(site, args, 0)
      return defined(`Variable '${name}'`, site.ctx.variable(name))
    }
  },
  { name: 'copyIndex', min: 0, max: 2, call: copyIndex },
  { name: 'subscription', min: 0, max: 0, call: (_args, site) => site.ctx.subscription?.() ?? defaultSubscription() },
  { name: 'resourceGroup', min: 0, max: 0, call: (_args, site) => site.ctx.resourceGroup?.() ?? defaultResourceGroup() },
  { name: 'tenant', min: 0, max: 0, call: (_args, site) => site.ctx.tenant?.() ?? defaultTenant() },
  { name: 'deployment', min: 0, max: 0, call: (_args, site) => site.ctx.deployment?.() ?? defaultDeployment() },
  { name: 'resourceId', min: 2, max: Infinity, unknowns: 'none', call: resourceId },
  { name: 'subscriptionResourceId', min: 2, max: Infinity, unknowns: 'none', call: subscriptionResourceId },
  { name: 'tenantResourceId', min: 2, max: Infinity, unknowns: 'none', call: tenantResourceId },
  { name: 'managementGroupResourceId', min: 2, max: Infinity, unknowns: 'none', call: managementGroupResourceId },
  { name: 'extensionResourceId', min: 3, max: Infinity, unknowns: 'none', call: extensionResourceId },
  { name: 'newGuid', min: 0, max: 0, call: (_args, site) => new Unknown('newGuid', site.text, false) },
  { name: 'utcNow', min: 0, max: 1, call: (_args, site) => new Unknown('utcNow', site.text, false) },
  { name: 'reference', min: 1, max: 3, unknowns: 'none', call: (_args, site) => new Unknown('reference', site.text) },
  // The runtime state of a resource collection (languageVersion 2.0), known only once it is deployed.
  { name: 'references', min: 1, max: 2, unknowns: 'none', call: (_args, site) => new Unknown('reference', site.text) },
  // Which zones a region offers for a resource type is live Azure data.
  { name: 'pickZones', min: 3, max: 5, call: (_args, site) => new Unknown('pickZones', site.text) },
  // Deprecated, but still accepted: returns live resource provider data.
  { name: 'providers', min: 1, max: 2, call: (_args, site) => new Unknown('providers', site.text) },
  { name: 'environment', min: 0, max: 0, call: (_args, site) => new Unknown('environment', site.text) },
  { name: 'managementGroup', min: 0, max: 1, unknowns: 'none', call: (_args, site) => new Unknown('managementGroup', site.text) },
  // The principal running the deployment (template-functions-deployment#deployer): known only then.
  { name: 'deployer', min: 0, max: 0, call: () => defaultDeployer() },
  // fail(message) stops the deployment with that message; Bicep's fail() compiles to it.
  { name: 'fail', min: 1, max: 1, call: failFunction },
  // Bicep functions that compile to ARM functions of the same name but that the ARM reference does not document:
  // known, so not reported as unknown, but what ARM computes is not guessed.
  { name: 'buildUri', min: 1, max: 1, call: (_args, site) => new Unknown('buildUri', site.text) },
  { name: 'parseUri', min: 1, max: 1, call: (_args, site) => new Unknown('parseUri', site.text) },
  // Zone mappings are per subscription: live data.
  { name: 'toLogicalZone', min: 4, max: 4, call: (_args, site) => new Unknown('zone', site.text) },
  { name: 'toLogicalZones', min: 4, max: 4, call: (_args, site) => new Unknown('zone', site.text) },
  { name: 'toPhysicalZone', min: 4, max: 4, call: (_args, site) => new Unknown('zone', site.text) },
  { name: 'toPhysicalZones', min: 4, max: 4, call: (_args, site) => new Unknown('zone', site.text) }
)

function defaultDeployer(): unknown {
  return newObject([
    ['objectId', new Unknown('deployerObjectId', 'deployer().objectId')],
    ['tenantId', new Unknown('tenantId', 'deployer().tenantId')],
    ['userPrincipalName', new Unknown('deployerName', 'deployer().userPrincipalName')]
  ])
}

function failFunction(args: unknown[]): never {
  const message = typeof args[0] === 'string' ? args[0] : String(args[0])
  throw new ExpressionError('fail', `The template calls fail(): "${message.length > 200 ? `${message.slice(0, 197)}...` : message}". ARM stops the deployment here`)
}
