/** Shared setup for the Azure tests: a seeded emulator, inputs pointing at it, and a logger that keeps everything. */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startAzureEmulator, type AzureEmulator, type EmulatorOptions } from '../emulator/index.js'
import type { AzureInputs, AzureLogger } from '../../src/azure/index.js'

// Scaled-down waits so retries and LRO polls take milliseconds, not seconds.
process.env.LPG_RETRY_BASE_MS = '5'
process.env.LPG_POLL_INTERVAL_MS = '10'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
export const TEMPLATE = join(FIXTURES, 'delegation.json')
export const PARAMS = join(FIXTURES, 'delegation.parameters.json')

export const MANAGING = 'aaaaaaaa-0000-4000-8000-00000000000a'
export const CUSTOMER1 = 'bbbbbbbb-0000-4000-8000-000000000001'
export const CUSTOMER2 = 'bbbbbbbb-0000-4000-8000-000000000002'
export const AUTOMATION_OID = 'dddddddd-0000-4000-8000-00000000000a'
export const CLIENT_ID = '11111111-1111-4111-8111-111111111111'
export const SECRET = 'Sup3r~Secret.Value_42'

export const sub = (n: number): string => `cccccccc-0000-4000-8000-${String(n).padStart(12, '0')}`

export async function emulator(extra: EmulatorOptions = {}, subscriptions = 6): Promise<AzureEmulator> {
  return startAzureEmulator({
    apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION_OID, [CUSTOMER1]: 'dddddddd-0000-4000-8000-0000000000c1', [CUSTOMER2]: 'dddddddd-0000-4000-8000-0000000000c2' } }],
    subscriptions: [
      ...Array.from({ length: subscriptions }, (_, i) => ({ subscriptionId: sub(i + 1), tenantId: i % 2 === 0 ? CUSTOMER1 : CUSTOMER2, displayName: `Customer sub ${i + 1}` })),
      { subscriptionId: sub(900), tenantId: MANAGING, displayName: 'Partner own subscription' }
    ],
    lroLatencyMs: 30,
    ...extra
  })
}

export function inputs(emu: AzureEmulator, over: Partial<AzureInputs> = {}): AzureInputs {
  return {
    auth: 'secret',
    clientId: CLIENT_ID,
    tenantId: MANAGING,
    clientSecret: SECRET,
    azureEnvironment: 'AzureCloud',
    armEndpoint: emu.url,
    authorityHost: emu.authorityHost,
    targets: '',
    location: 'westeurope',
    shard: '',
    maxParallel: 4,
    timeoutMinutes: 1,
    partnerId: '',
    linkPartner: 'false',
    automationPrincipalId: AUTOMATION_OID,
    workspace: FIXTURES,
    ...over
  }
}

export interface CapturingLogger extends AzureLogger {
  lines: string[]
  secrets: string[]
}

export function capture(): CapturingLogger {
  const lines: string[] = []
  const secrets: string[] = []
  return {
    lines,
    secrets,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
    setSecret: (s) => secrets.push(s)
  }
}

/** Every token the emulator issued or received, and the client secret: none may appear in logs or results. */
export function leaks(emu: AzureEmulator, text: string): string[] {
  const sensitive = [SECRET, ...emu.state.issuedTokens.keys(), ...emu.state.assertions]
  return sensitive.filter((s) => text.includes(s))
}

/** `customer/sub` lines for the first n subscriptions. */
export function targetLines(n: number, from = 1): string {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i
    return `${(k - 1) % 2 === 0 ? CUSTOMER1 : CUSTOMER2}/${sub(k)}`
  }).join('\n')
}
