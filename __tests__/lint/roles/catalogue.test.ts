import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRoleCatalogue, roleCatalogue, roleGuidOf } from '../../../src/lint/roles/index.js'

describe('roleCatalogue', () => {
  it('holds the built-in roles', () => {
    expect(roleCatalogue.size).toBeGreaterThan(800)
  })

  it('looks roles up in any case and with a roleDefinitions prefix', () => {
    expect(roleCatalogue.get('B24988AC-6180-42A0-AB88-20F7382DD24C')?.name).toBe('Contributor')
    expect(
      roleCatalogue.get(
        '/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c'
      )?.name
    ).toBe('Contributor')
    expect(roleCatalogue.get('/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7')?.name).toBe(
      'Reader'
    )
  })

  it('rejects what is not a role reference', () => {
    expect(roleCatalogue.get('Contributor')).toBeUndefined()
    expect(roleCatalogue.get('xb24988ac-6180-42a0-ab88-20f7382dd24c')).toBeUndefined()
    expect(roleGuidOf('/subscriptions/b24988ac-6180-42a0-ab88-20f7382dd24c')).toBeUndefined()
    expect(roleCatalogue.get(42 as unknown as string)).toBeUndefined()
  })

  it('prefers the built-in name over the PEC table name', () => {
    expect(roleCatalogue.get('7f951dda-4ed3-4680-a7ca-43fe172d538d')?.name).toBe('AcrPull')
  })

  it('carries the PEC table verdicts and Lighthouse usability', () => {
    expect(roleCatalogue.get('cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e')).toMatchObject({ pecEligible: true, lighthouse: 'yes' })
    expect(roleCatalogue.get('acdd72a7-3385-48ef-bd42-f606fba81ae7')).toMatchObject({ pecEligible: false })
    expect(roleCatalogue.get('8e3af657-a8ff-443c-a75c-2fe8c4bcb635')?.lighthouse).toBe('no-owner')
    expect(roleCatalogue.get('18d7d88d-d35e-4fb5-a5c3-7773c20a72d9')?.lighthouse).toBe('only-with-delegatedRoleDefinitionIds')
  })

  it('lets newer permission data overrule the 2022 table (Log Analytics Contributor gained a DataAction)', () => {
    expect(roleCatalogue.get('92aaf0da-9dab-42b6-94a3-d43ce8d16293')).toMatchObject({
      pecEligible: true,
      hasDataActions: true,
      lighthouse: 'no-data-actions'
    })
  })

  it('marks roles the PEC table does not list as unknown, not ineligible', () => {
    // Tag Contributor postdates the 2022 table.
    expect(roleCatalogue.get('4a9ae827-6dc8-4573-8ac7-8239d42aa03f')?.pecEligible).toBeNull()
  })

  it('computes restricted Authorization writes from actions minus notActions, policy writes excluded', () => {
    expect(roleCatalogue.get('b24988ac-6180-42a0-ab88-20f7382dd24c')?.restrictedActions).toEqual([])
    expect(roleCatalogue.get('36243c78-bf99-498c-9df9-86d9f8d28608')?.restrictedActions).toEqual([])
    expect(roleCatalogue.get('8e3af657-a8ff-443c-a75c-2fe8c4bcb635')?.restrictedActions).toContain(
      'Microsoft.Authorization/classicAdministrators/write'
    )
    // Role Based Access Control Administrator: roleAssignments writes without being Owner or UAA.
    const rbac = roleCatalogue.get('f58310d9-a9f6-439a-9e8d-f62e7b41a168')
    expect(rbac?.restrictedActions).toContain('Microsoft.Authorization/roleAssignments/write')
    expect(rbac?.lighthouse).toBe('no-restricted-actions')
  })

  it('keeps the generated data compact and lower-cased', () => {
    const raw = readFileSync(new URL('../../../src/lint/roles/catalogue.generated.json', import.meta.url), 'utf8')
    const roles = JSON.parse(raw) as Array<Record<string, unknown>>
    for (const r of roles) {
      expect(Object.keys(r).sort()).toEqual(['hasDataActions', 'id', 'lighthouse', 'name', 'pecEligible', 'restrictedActions'])
      expect(r.id).toBe(String(r.id).toLowerCase())
    }
  })

  it('createRoleCatalogue indexes by lower-case id', () => {
    const c = createRoleCatalogue([
      { id: 'AAAAAAAA-0000-0000-0000-000000000001', name: 'x', pecEligible: null, lighthouse: null, hasDataActions: false, restrictedActions: [] }
    ])
    expect(c.get('aaaaaaaa-0000-0000-0000-000000000001')?.name).toBe('x')
    expect(c.size).toBe(1)
  })
})
