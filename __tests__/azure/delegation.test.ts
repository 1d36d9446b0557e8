/** Reading a delegation back for PEC: a role the 2022 PEC table does not list is unknown, not "no PEC role". */
import { describe, expect, it } from '@jest/globals'
import { principalRoles, type Assignment } from '../../src/azure/delegation.js'

const ME = '11111111-2222-3333-4444-555555555555'
const assignment = (roleDefinitionId: string): Assignment => ({
  properties: { registrationDefinition: { properties: { registrationDefinitionName: 'SOC', managedByTenantId: 't', authorizations: [{ principalId: ME, roleDefinitionId }] } } }
})

describe('principalRoles', () => {
  it('marks a role absent from the PEC table as unknown (Microsoft Sentinel Contributor)', () => {
    expect(principalRoles([assignment('ab8e14d6-4a74-4a29-9ba8-549422addade')], ME)).toMatchObject({ pecOk: false, pecUnknown: true })
  })

  it('a role the table lists as not eligible is a plain no (Reader)', () => {
    expect(principalRoles([assignment('acdd72a7-3385-48ef-bd42-f606fba81ae7')], ME)).toMatchObject({ pecOk: false, pecUnknown: false })
  })

  it('an eligible role settles it (Contributor beside Sentinel Contributor)', () => {
    const held = principalRoles([assignment('ab8e14d6-4a74-4a29-9ba8-549422addade'), assignment('b24988ac-6180-42a0-ab88-20f7382dd24c')], ME)
    expect(held).toMatchObject({ pecOk: true, pecUnknown: false })
  })
})
