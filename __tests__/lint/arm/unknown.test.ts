import { describe, it, expect } from '@jest/globals'
import { Unknown, isUnknown } from '../../../src/lint/arm/index.js'
import { ev, context } from './helpers.js'

const ctx = context({
  tenant: new Unknown('parameter', "parameters('tenant')"),
  obj: new Unknown('parameter', "parameters('obj')"),
  flag: new Unknown('parameter', "parameters('flag')"),
  list: ['a', new Unknown('parameter', "parameters('x')")]
})

function unknown(value: unknown): Unknown {
  if (!isUnknown(value)) throw new Error(`expected an Unknown, got ${JSON.stringify(value)}`)
  return value
}

describe('Unknown propagation', () => {
  it('newGuid() and utcNow() are non-deterministic Unknowns', () => {
    expect(unknown(ev('[newGuid()]'))).toMatchObject({ kind: 'newGuid', text: 'newGuid()', deterministic: false })
    expect(unknown(ev("[utcNow('u')]"))).toMatchObject({ kind: 'utcNow', text: "utcNow('u')", deterministic: false })
  })
  it('non-determinism survives every function it flows through', () => {
    for (const text of [
      "[concat('x-', newGuid())]",
      "[format('{0}', newGuid())]",
      '[guid(newGuid())]',
      "[guid('a', toLower(newGuid()))]",
      '[uniqueString(utcNow())]',
      "[replace(newGuid(), '-', '')]",
      '[string(createArray(newGuid()))]',
      "[resourceId('Microsoft.ManagedServices/registrationDefinitions', newGuid())]",
      "[if(parameters('flag'), newGuid(), 'x')]",
      '[newGuid().foo]',
      "[substring(concat(utcNow(), 'x'), 0, 3)]"
    ]) {
      expect([text, unknown(ev(text, ctx)).deterministic]).toEqual([text, false])
    }
  })
  it('a function needing an Unknown value returns an Unknown named after the call', () => {
    expect(unknown(ev("[toLower(parameters('tenant'))]", ctx))).toMatchObject({
      kind: 'toLower',
      text: "toLower(parameters('tenant'))",
      deterministic: true
    })
    expect(unknown(ev("[guid(parameters('tenant'), 'x')]", ctx))).toMatchObject({ kind: 'guid', deterministic: true })
    expect(unknown(ev("[length(parameters('tenant'))]", ctx)).kind).toBe('length')
    expect(unknown(ev("[equals(parameters('tenant'), 'x')]", ctx)).kind).toBe('equals')
  })
  it('property access on an Unknown keeps its kind and shows the whole chain', () => {
    expect(unknown(ev("[parameters('obj').a.b[0]]", ctx))).toMatchObject({ kind: 'parameter', text: "parameters('obj').a.b[0]" })
    expect(unknown(ev('[subscription().subscriptionId]'))).toMatchObject({
      kind: 'subscriptionId',
      text: 'subscription().subscriptionId',
      deterministic: true
    })
    expect(unknown(ev('[tenant().tenantId]')).kind).toBe('tenantId')
    expect(unknown(ev('[deployment().name]')).kind).toBe('deploymentName')
  })
  it('containers keep Unknown elements instead of becoming Unknown', () => {
    const list = ev("[concat(parameters('list'), createArray('b'))]", ctx) as unknown[]
    expect(list).toHaveLength(3)
    expect(isUnknown(list[1])).toBe(true)
    expect(ev("[length(parameters('list'))]", ctx)).toBe(2)
    expect(ev("[first(parameters('list'))]", ctx)).toBe('a')
    expect(isUnknown((ev("[createObject('t', parameters('tenant'))]", ctx) as Record<string, unknown>)['t'])).toBe(true)
  })
  it('if with an Unknown condition is Unknown unless both branches agree', () => {
    expect(ev("[if(parameters('flag'), 'same', 'same')]", ctx)).toBe('same')
    expect(unknown(ev("[if(parameters('flag'), 'a', 'b')]", ctx))).toMatchObject({ kind: 'if', deterministic: true })
    expect(unknown(ev("[if(parameters('flag'), 'a', parameters('missing'))]", ctx)).kind).toBe('if')
  })
  it('and/or settle when a known operand decides', () => {
    expect(ev("[and(parameters('flag'), false())]", ctx)).toBe(false)
    expect(ev("[or(true(), parameters('flag'))]", ctx)).toBe(true)
    expect(isUnknown(ev("[and(parameters('flag'), true())]", ctx))).toBe(true)
  })
  it('coalesce with a leading Unknown is Unknown', () => {
    expect(isUnknown(ev("[coalesce(parameters('tenant'), 'x')]", ctx))).toBe(true)
    expect(ev("[coalesce(null(), 'x', parameters('tenant'))]", ctx)).toBe('x')
  })
  it('reference() and list*() are Unknown references', () => {
    expect(unknown(ev("[reference('x', '2020-01-01').outputs]"))).toMatchObject({ kind: 'reference', text: "reference('x', '2020-01-01').outputs" })
    expect(unknown(ev("[listKeys('x', '2020-01-01').keys[0].value]")).kind).toBe('reference')
  })
  it('Unknown in an index expression yields an Unknown', () => {
    expect(isUnknown(ev("[createArray(1, 2)[parameters('tenant')]]", ctx))).toBe(true)
  })
})

describe('Unknowns inside built values', () => {
  it('createObject keeps Unknown values but an Unknown key makes the object Unknown', () => {
    const built = ev("[createObject('id', parameters('tenant'))]", ctx) as Record<string, unknown>
    expect(isUnknown(built['id'])).toBe(true)
    expect(unknown(ev("[createObject(parameters('tenant'), 1)]", ctx)).kind).toBe('createObject')
  })
  it('union keeps objects with Unknown values', () => {
    const merged = ev("[union(createObject('a', parameters('tenant')), createObject('b', 1))]", ctx) as Record<string, unknown>
    expect(Object.keys(merged)).toEqual(['a', 'b'])
    expect(isUnknown(merged['a'])).toBe(true)
  })
})
