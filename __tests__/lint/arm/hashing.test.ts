import { describe, it, expect } from '@jest/globals'
import { armGuid, uniqueString, uuidV5 } from '../../../src/lint/arm/index.js'
import { ev } from './helpers.js'

describe('guid()', () => {
  it('is RFC 4122 version 5: matches the Python documentation vector for uuid5(NAMESPACE_DNS, "python.org")', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
  })
  it("hashes the '-'-joined arguments in ARM's namespace", () => {
    // Values computed with Python's uuid.uuid5(UUID('11fb06fb-712d-4ddd-98c7-e71bbd588830'), name).
    expect(ev("[guid('a')]")).toBe('3703365d-5a9f-59b4-bca7-b9681389e4c1')
    expect(ev("[guid('sub', 'rg', 'x')]")).toBe('a58f6948-6c1c-55cc-9048-5900f224f31d')
    expect(armGuid(['sub-rg-x'])).toBe('a58f6948-6c1c-55cc-9048-5900f224f31d')
  })
  it('requires strings', () => {
    expect(() => ev('[guid(1)]')).toThrow(/guid\(\) expects argument 1 to be a string/)
  })
})

describe('uniqueString()', () => {
  // Outputs of real ARM deployments (published in KingslandConsulting/Kingsland.ArmLinter) and of Bicep
  // (published with a public bash re-implementation).
  it.each([
    [['aaa'], 'zavj67f3en4hc'],
    [['bbb'], 'w5eragfxe33cy'],
    [['zzz'], 'cryksdzzzawae'],
    [['xxx', 'yyy', 'zzz'], 'lghi7k5js7itq'],
    [['test'], 'rbgf3xv4ufgzg'],
    [['hello', 'world'], 'a7wkljktk6wne'],
    [['abc'], 'cgtzqvhu4i23s'],
    [['/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg'], 'bmg7c6xu4tw46'],
    [['foo', 'bar', 'baz'], 'xzi4ioaxtmth4']
  ])('uniqueString(%j) = %s', (args, expected) => {
    expect(uniqueString(args)).toBe(expected)
    expect(ev(`[uniqueString(${args.map((a) => `'${a}'`).join(', ')})]`)).toBe(expected)
  })
  it('covers every tail length (1-7 bytes past a block) with 13 base32 characters', () => {
    for (let n = 0; n < 20; n++) expect(uniqueString(['x'.repeat(n)])).toMatch(/^[a-z2-7]{13}$/)
    expect(new Set(Array.from({ length: 20 }, (_, n) => uniqueString(['x'.repeat(n)]))).size).toBe(20)
  })
})
