import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRoleCatalogue, roleCatalogue, roleGuidOf } from '../../../src/lint/roles/index.js'

const GENERATED = new URL('../../../src/lint/roles/catalogue.generated.json', import.meta.url)
const reference = path.resolve(process.cwd(), '..', 'shared', 'reference')
const referencePresent = existsSync(path.join(reference, 'builtin-roles.json')) && existsSync(path.join(reference, 'pec-roles.json'))

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

  it('records per role where its facts come from and when they were seen', () => {
    expect(roleCatalogue.get('b24988ac-6180-42a0-ab88-20f7382dd24c')).toMatchObject({ from: 'learn-docs', seen: '2026-10-10' })
    expect(roleCatalogue.sources['learn-docs'].seen).toBe('2026-10-10')
    expect(roleCatalogue.sources['pec-table'].seen).toBe('2022-11-08')
    // An undocumented role comes from the ARM dump of January 2026.
    const undocumented = roleCatalogue.get('76cc9ee4-d5d3-4a45-a930-26add3d73475')
    expect(undocumented).toMatchObject({ from: 'arm-dump', seen: '2026-01-31' })
    for (const id of ['b24988ac-6180-42a0-ab88-20f7382dd24c', '76cc9ee4-d5d3-4a45-a930-26add3d73475']) {
      const role = roleCatalogue.get(id)!
      expect(roleCatalogue.sources[role.from].title.length).toBeGreaterThan(5)
    }
  })

  it('marks facts that changed recently or that sources disagree on as unsettled, with their date', () => {
    const la = roleCatalogue.get('92aaf0da-9dab-42b6-94a3-d43ce8d16293')!
    expect(la.unsettled).toMatch(/sources disagree .*checked 2026-12-03/)
    expect(la.disputed).toMatch(/jobs\/export\/action/)
    expect(la.dataActions).toEqual(['Microsoft.OperationalInsights/workspaces/jobs/export/action'])
    expect(roleCatalogue.get('73c42c96-874c-492b-b04d-ab87d138a893')?.unsettled).toMatch(/sources disagree/)
    // Key Vault Reader's definition changed on 2026-06-03, four months before its record was last seen.
    expect(roleCatalogue.get('21090545-7ca7-4776-b22c-e363652d74d2')).toMatchObject({ changed: '2026-06-03', unsettled: 'its definition changed on 2026-06-03' })
    // Lab Creator: the 2022 PEC table found it usable, today's data lists a DataAction.
    expect(roleCatalogue.get('b97fb8bc-a8b2-4522-a38b-dd33c7e65ead')?.unsettled).toMatch(/PEC table of 2022-11-08/)
    // Settled: Owner and a long-stable DataAction role.
    expect(roleCatalogue.get('8e3af657-a8ff-443c-a75c-2fe8c4bcb635')?.unsettled).toBeUndefined()
    expect(roleCatalogue.get('6cef56e8-d556-48e5-a04f-b8e64114680f')).toMatchObject({ hasDataActions: true })
    expect(roleCatalogue.get('6cef56e8-d556-48e5-a04f-b8e64114680f')?.unsettled).toBeUndefined()
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
    const data = JSON.parse(readFileSync(GENERATED, 'utf8')) as { roles: Array<Record<string, unknown>>; sources: Record<string, unknown> }
    const required = ['from', 'hasDataActions', 'id', 'lighthouse', 'name', 'pecEligible', 'restrictedActions', 'seen']
    const optional = ['added', 'changed', 'dataActionCount', 'dataActions', 'disputed', 'unsettled']
    // One assertion over all roles: a thousand expect() calls would dominate the suite's time.
    const allowed = new Set([...required, ...optional])
    const problems = data.roles.flatMap((r) => [
      ...required.filter((key) => !(key in r)).map((key) => `${String(r.id)}: no ${key}`),
      ...Object.keys(r).filter((key) => !allowed.has(key)).map((key) => `${String(r.id)}: unexpected ${key}`),
      ...(r.id === String(r.id).toLowerCase() ? [] : [`${String(r.id)}: not lower-case`]),
      ...(String(r.from) in data.sources ? [] : [`${String(r.id)}: unknown source ${String(r.from)}`]),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(String(r.seen)) ? [] : [`${String(r.id)}: seen ${String(r.seen)}`])
    ])
    expect(problems).toEqual([])
  })

  ;(referencePresent ? it : it.skip)('is exactly what scripts/generate-roles.mjs writes from ../shared/reference (regenerate with npm run build:roles)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lpg-roles-'))
    try {
      const out = path.join(dir, 'catalogue.json')
      execFileSync(process.execPath, ['scripts/generate-roles.mjs', path.join(reference, 'pec-roles.json'), path.join(reference, 'builtin-roles.json'), out], { stdio: 'pipe' })
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(GENERATED, 'utf8'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('createRoleCatalogue indexes by lower-case id', () => {
    const c = createRoleCatalogue([
      { id: 'AAAAAAAA-0000-0000-0000-000000000001', name: 'x', pecEligible: null, lighthouse: null, hasDataActions: false, restrictedActions: [], from: 'arm-dump', seen: '2026-01-31' }
    ])
    expect(c.get('aaaaaaaa-0000-0000-0000-000000000001')?.name).toBe('x')
    expect(c.size).toBe(1)
  })
})
