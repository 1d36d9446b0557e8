import { describe, it, expect } from '@jest/globals'
import { ExpressionError, Unknown, evaluateExpression, isUnknown, type EvalContext } from '../../../src/lint/arm/index.js'
import { ev, errorOf, context } from './helpers.js'

describe('parameters, variables, copyIndex', () => {
  it('reads parameters and variables through the context', () => {
    const ctx = context({ a: 'A' }, { v: { x: 1 } })
    expect(ev("[parameters('a')]", ctx)).toBe('A')
    expect(ev("[variables('v').x]", ctx)).toBe(1)
    expect(errorOf(() => ev("[parameters('b')]", ctx)).code).toBe('reference')
  })
  it('passes a cycle error from the resolver through unchanged', () => {
    const ctx: EvalContext = {
      ...context(),
      variable: () => {
        throw new ExpressionError('cycle', "Variable 'a' refers to itself: a → b → a.")
      }
    }
    const error = errorOf(() => ev("[variables('a')]", ctx))
    expect(error.code).toBe('cycle')
    expect(error.message).toBe("Variable 'a' refers to itself: a → b → a.")
  })
  it('converts non-ExpressionErrors from the context', () => {
    const ctx: EvalContext = {
      ...context(),
      parameter: () => {
        throw new TypeError('boom')
      }
    }
    const error = errorOf(() => ev("[parameters('a')]", ctx))
    expect(error).toBeInstanceOf(ExpressionError)
    expect(error.message).toMatch(/boom/)
  })
  it('copyIndex with offset and loop name', () => {
    const seen: (string | undefined)[] = []
    const ctx: EvalContext = {
      ...context(),
      copyIndex: (loop) => {
        seen.push(loop)
        return 2
      }
    }
    expect(ev('[copyIndex()]', ctx)).toBe(2)
    expect(ev('[copyIndex(1)]', ctx)).toBe(3)
    expect(ev("[copyIndex('rgLoop')]", ctx)).toBe(2)
    expect(ev("[copyIndex('rgLoop', 10)]", ctx)).toBe(12)
    expect(seen).toEqual([undefined, undefined, 'rgLoop', 'rgLoop'])
    expect(errorOf(() => ev('[copyIndex()]', context())).code).toBe('reference')
  })
})

describe('scope functions', () => {
  it('default to Unknown placeholders', () => {
    const subscription = ev('[subscription()]') as Record<string, unknown>
    expect(subscription['id']).toBe('/subscriptions/{subscription().subscriptionId}')
    expect(isUnknown(subscription['tenantId'])).toBe(true)
    expect(isUnknown(ev('[resourceGroup().name]'))).toBe(true)
  })
  it('tenant() has an Unknown id like its other fields', () => {
    const tenant = ev('[tenant()]') as Record<string, unknown>
    expect(Object.keys(tenant)).toEqual(['id', 'tenantId', 'displayName', 'countryCode'])
    expect(tenant['id']).toMatchObject({ kind: 'tenantScopeId', text: 'tenant().id', deterministic: true })
    expect(isUnknown(ev('[tenant().id]'))).toBe(true)
  })
  it('pickZones, providers and references are Unknown placeholders', () => {
    expect(ev("[pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')]")).toMatchObject({ kind: 'pickZones', text: "pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')" })
    expect(ev("[providers('Microsoft.Web', 'sites').apiVersions[0]]")).toMatchObject({ kind: 'providers' })
    expect(ev("[references('containerWorkers', 'full')]")).toMatchObject({ kind: 'reference' })
    expect(errorOf(() => ev("[pickZones('Microsoft.Compute', 'virtualMachines')]")).code).toBe('argument')
  })
  it('use the context overrides when given', () => {
    const ctx: EvalContext = { ...context(), subscription: () => ({ subscriptionId: '0000-sub', id: '/subscriptions/0000-sub' }) }
    expect(ev('[subscription().subscriptionId]', ctx)).toBe('0000-sub')
    expect(ev("[resourceId('Microsoft.ManagedServices/registrationDefinitions', 'def')]", ctx)).toBe(
      '/subscriptions/0000-sub/providers/Microsoft.ManagedServices/registrationDefinitions/def'
    )
  })
})

describe('resource IDs', () => {
  it('resourceId at subscription scope, with a trailing slash in the type', () => {
    expect(ev("[resourceId('Microsoft.ManagedServices/registrationDefinitions/', 'abc')]")).toBe(
      '/subscriptions/{subscription().subscriptionId}/providers/Microsoft.ManagedServices/registrationDefinitions/abc'
    )
  })
  it('resourceId with resource group and subscription', () => {
    expect(ev("[resourceId('rg1', 'Microsoft.Storage/storageAccounts', 'sa')]")).toBe(
      '/subscriptions/{subscription().subscriptionId}/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/sa'
    )
    expect(ev("[resourceId('sub1', 'rg1', 'Microsoft.Network/virtualNetworks/subnets', 'vnet', 'default')]")).toBe(
      '/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default'
    )
  })
  it('embeds Unknown names as {text}', () => {
    const ctx = context({ name: new Unknown('parameter', "parameters('name')") })
    expect(ev("[resourceId('Microsoft.ManagedServices/registrationDefinitions', parameters('name'))]", ctx)).toBe(
      "/subscriptions/{subscription().subscriptionId}/providers/Microsoft.ManagedServices/registrationDefinitions/{parameters('name')}"
    )
  })
  it('checks the number of names', () => {
    const error = errorOf(() => ev("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet')]"))
    expect(error.code).toBe('argument')
    expect(error.message).toMatch(/needs 2 names after it, but 1 was given/)
    expect(errorOf(() => ev("[resourceId('a', 'b')]")).message).toMatch(/no resource type found/)
  })
  it('subscriptionResourceId, tenantResourceId, extensionResourceId', () => {
    expect(ev("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')]")).toBe(
      '/subscriptions/{subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7'
    )
    expect(ev("[subscriptionResourceId('s1', 'Microsoft.Authorization/roleDefinitions', 'r')]")).toBe(
      '/subscriptions/s1/providers/Microsoft.Authorization/roleDefinitions/r'
    )
    expect(ev("[tenantResourceId('Microsoft.Management/managementGroups', 'mg')]")).toBe('/providers/Microsoft.Management/managementGroups/mg')
    expect(ev("[extensionResourceId('/subscriptions/s1', 'Microsoft.Authorization/locks', 'l')]")).toBe(
      '/subscriptions/s1/providers/Microsoft.Authorization/locks/l'
    )
  })
  it('managementGroupResourceId with and without the management group', () => {
    expect(ev("[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'LocationRestriction')]")).toBe(
      '/providers/Microsoft.Management/managementGroups/{managementGroup().name}/providers/Microsoft.Authorization/policyDefinitions/LocationRestriction'
    )
    expect(ev("[managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'LocationRestriction')]")).toBe(
      '/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/LocationRestriction'
    )
    expect(errorOf(() => ev("[managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions')]")).message).toMatch(/needs 1 name after it, but 0 were given/)
    expect((ev("[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', newGuid())]") as { deterministic: boolean }).deterministic).toBe(false)
  })
})

describe('a Lighthouse template in miniature', () => {
  it('resolves the usual definition/assignment names', () => {
    const ctx = context({ mspOfferName: 'Contoso offer', managedByTenantId: '00000000-0000-0000-0000-000000000001' })
    const definitionName = evaluateExpression("[guid(parameters('mspOfferName'))]", ctx)
    expect(definitionName).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const variables = { mspRegistrationName: definitionName }
    const ctx2 = context({}, variables)
    const id = evaluateExpression("[resourceId('Microsoft.ManagedServices/registrationDefinitions/', variables('mspRegistrationName'))]", ctx2)
    expect((id as string).split('/').pop()).toBe(definitionName)
    const assignmentName = evaluateExpression("[guid(parameters('mspOfferName'), subscription().subscriptionId)]", ctx)
    expect(isUnknown(assignmentName) && assignmentName.deterministic).toBe(true)
  })
})
