/**
 * The Partner ID link (Microsoft.ManagementPartner) of the identity running in the managing tenant: verify it, create
 * it (`link-partner: true`), or move it to another ID (`link-partner: replace`); and say when that identity is not the
 * automation principal the templates grant.
 */
import { ACEProvisioningManagementPartnerAPI } from '@azure/arm-managementpartner'
import { partnerLinkOk, type PartnerLinkResult } from '../report/model.js'
import { clientOptions, type ArmContext } from './clients.js'
import { describeError } from './errors.js'
import { jwtClaims } from './jwt.js'
import { PARTNER_ID_PATTERN } from '../shared/ids.js'

export interface PartnerOptions {
  ctx: ArmContext
  partnerId: string
  managingTenantId: string
  linkPartner: 'false' | 'true' | 'replace'
  automationPrincipalId: string
  signal?: AbortSignal
}

export interface Identity {
  objectId: string | null
  tenantId: string | null
}

/** The identity behind a credential, from the claims of an ARM token (the token itself is never kept). */
export async function identityOf(ctx: ArmContext, tenantId: string, signal?: AbortSignal): Promise<Identity> {
  const token = await ctx.credentials.forTenant(tenantId).getToken(ctx.cloud.armScope, { abortSignal: signal })
  const claims = token ? jwtClaims(token.token) : null
  return { objectId: typeof claims?.oid === 'string' ? claims.oid : null, tenantId: typeof claims?.tid === 'string' ? claims.tid : null }
}

const isNotFound = (e: unknown): boolean => (e as { statusCode?: number })?.statusCode === 404

export async function checkPartner(o: PartnerOptions): Promise<PartnerLinkResult> {
  const partnerId = o.partnerId.trim()
  const base = { partnerId, linkedPartnerId: null as string | null, objectId: null as string | null, tenantId: null as string | null }
  if (!PARTNER_ID_PATTERN.test(partnerId)) return { ...base, status: 'error', message: `partner-id "${partnerId}" must be the digits of the Associated Partner ID (PartnerID / MPN ID), e.g. 1234567.` }
  if (!o.managingTenantId) return { ...base, status: 'error', message: 'partner-id is set but tenant-id is empty: the Partner ID link is checked as the identity in the managing tenant.' }
  const abortSignal = o.signal
  let identity: Identity
  try {
    identity = await identityOf(o.ctx, o.managingTenantId, abortSignal)
  } catch (e) {
    return { ...base, status: 'error', message: `Could not sign in to the managing tenant to check the Partner ID: ${describeError(e)}` }
  }
  Object.assign(base, identity)
  const mismatch =
    o.automationPrincipalId && identity.objectId && identity.objectId.toLowerCase() !== o.automationPrincipalId.toLowerCase()
      ? `The running identity (object ID ${identity.objectId}) is not automation-principal-id ${o.automationPrincipalId}: PEC follows the principal that holds the delegated role AND is linked to the Partner ID. Run the action as that principal, or link the Partner ID from it.`
      : undefined
  const extra = mismatch ? { principalMismatch: mismatch } : {}
  const client = new ACEProvisioningManagementPartnerAPI(o.ctx.credentials.forTenant(o.managingTenantId), clientOptions(o.ctx))
  const cli = (verb: 'create' | 'update') => `\`az managementpartner ${verb} --partner-id ${partnerId}\` signed in as this identity`
  try {
    let current
    try {
      current = await client.partners.get({ abortSignal })
    } catch (e) {
      if (!isNotFound(e)) throw e
      current = null
    }
    if (!current) {
      if (o.linkPartner !== 'false') {
        const made = await client.partner.create(partnerId, { abortSignal })
        return { ...base, ...extra, status: 'linked-now', linkedPartnerId: made.partnerId ?? partnerId, message: `Linked this identity to Partner ID ${partnerId}.` }
      }
      return { ...base, ...extra, status: 'not-linked', message: `This identity is not linked to any Partner ID. Run with link-partner: true, or ${cli('create')}.` }
    }
    const linked = current.partnerId ?? null
    if (linked !== partnerId) {
      if (o.linkPartner === 'replace') {
        const made = await client.partner.update(partnerId, { abortSignal })
        return { ...base, ...extra, status: 'replaced', linkedPartnerId: made.partnerId ?? partnerId, message: `Changed the link of this identity from Partner ID ${linked} to ${partnerId}.` }
      }
      return { ...base, ...extra, status: 'other-partner', linkedPartnerId: linked, message: `This identity is linked to Partner ID ${linked}, not ${partnerId}. To change it run with link-partner: replace, or ${cli('update')}.` }
    }
    if (current.state && current.state !== 'Active') {
      if (o.linkPartner !== 'false') {
        const made = await client.partner.update(partnerId, { abortSignal })
        return { ...base, ...extra, status: 'linked-now', linkedPartnerId: made.partnerId ?? partnerId, message: `Re-activated the link to Partner ID ${partnerId} (state was ${current.state}).` }
      }
      return { ...base, ...extra, status: 'inactive', linkedPartnerId: linked, message: `The link to Partner ID ${partnerId} is in state ${current.state}, not Active. Run with link-partner: true, or ${cli('update')}.` }
    }
    return { ...base, ...extra, status: 'linked', linkedPartnerId: linked, message: `This identity is linked to Partner ID ${partnerId}.` }
  } catch (e) {
    return { ...base, ...extra, status: 'error', message: `Partner ID check failed: ${describeError(e)}` }
  }
}

export const partnerFailed = (r: PartnerLinkResult): boolean => !partnerLinkOk(r)
