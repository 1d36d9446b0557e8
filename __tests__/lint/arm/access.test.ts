import { describe, it, expect } from '@jest/globals'
import { ev, errorOf, context } from './helpers.js'

const ctx = context({
  authorizations: [
    { principalId: 'p1', roleDefinitionId: 'r1' },
    { principalId: 'p2', roleDefinitionId: 'r2' }
  ],
  plan: { name: 'gold', 'odd key': { deep: [10, 20] } }
})

describe('property and index access', () => {
  it('chains .property, [index] and [\'key\'] anywhere', () => {
    expect(ev("[parameters('authorizations')[1].principalId]", ctx)).toBe('p2')
    expect(ev("[parameters('plan')['odd key'].deep[1]]", ctx)).toBe(20)
    expect(ev("[parameters('authorizations')[sub(2, 1)]['roleDefinitionId']]", ctx)).toBe('r2')
    expect(ev("[first(parameters('authorizations')).principalId]", ctx)).toBe('p1')
    expect(ev("[createArray(createObject('a', 'x'))[0].a]")).toBe('x')
    expect(ev("[toUpper(parameters('plan').name)]", ctx)).toBe('GOLD')
  })
  it('property names are case-insensitive, as in ARM', () => {
    expect(ev("[parameters('plan').NAME]", ctx)).toBe('gold')
  })
  it('reports missing properties with a suggestion', () => {
    const error = errorOf(() => ev("[parameters('plan').nmae]", ctx))
    expect(error.code).toBe('reference')
    expect(error.message).toMatch(/property 'nmae' does not exist\. Did you mean 'name'\? Available properties: name, odd key\./)
  })
  it('reports out-of-range indexes and wrong index types', () => {
    expect(errorOf(() => ev("[parameters('authorizations')[2]]", ctx)).message).toMatch(/index 2 is out of range; the array has 2 items/)
    expect(errorOf(() => ev("[parameters('authorizations')['a']]", ctx)).code).toBe('type')
    expect(errorOf(() => ev("['abc'.length]", ctx)).code).toBe('type')
    expect(errorOf(() => ev("[json('null').x]", ctx)).message).toMatch(/cannot read property 'x' of null/)
  })
  it('never reaches Object.prototype through property access', () => {
    expect(errorOf(() => ev("[parameters('plan').constructor]", ctx)).code).toBe('reference')
    expect(errorOf(() => ev("[parameters('plan')['__proto__']]", ctx)).code).toBe('reference')
    expect(errorOf(() => ev("[createObject().toString]")).code).toBe('reference')
  })
})

describe('__proto__ keys', () => {
  it('json() keeps __proto__ as an own property', () => {
    const value = ev('[json(\'{"__proto__": 1, "a": {"__proto__": {"polluted": true}}}\')]') as Record<string, unknown>
    expect(Object.hasOwn(value, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(ev('[json(\'{"__proto__": 1}\')[\'__proto__\']]')).toBe(1)
  })
  it('createObject and union make own properties', () => {
    const created = ev("[createObject('__proto__', createObject('polluted', true()))]") as Record<string, unknown>
    expect(Object.hasOwn(created, '__proto__')).toBe(true)
    expect((created as { polluted?: unknown }).polluted).toBeUndefined()
    const merged = ev("[union(createObject('a', 1), json('{\"__proto__\": {\"polluted\": 1}}'))]") as Record<string, unknown>
    expect(Object.keys(merged)).toEqual(['a', '__proto__'])
    expect((merged as { polluted?: unknown }).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
