import { ClientSecretCredential } from '@azure/identity'
import type { GraphEmulator } from '../emulator/graph.js'
import type { PecReportOptions } from '../../src/billing/index.js'

export function credentialFor(emu: GraphEmulator): ClientSecretCredential {
  return new ClientSecretCredential(emu.tenantId, emu.clientId, emu.clientSecret, {
    authorityHost: emu.authorityHost,
    disableInstanceDiscovery: true
  })
}

export interface CapturedLog {
  info(m: string): void
  warning(m: string): void
  debug(m: string): void
  infos: string[]
  warnings: string[]
  debugs: string[]
  all(): string
}

export function captureLog(): CapturedLog {
  const infos: string[] = []
  const warnings: string[] = []
  const debugs: string[] = []
  return {
    info: (m) => void infos.push(m),
    warning: (m) => void warnings.push(m),
    debug: (m) => void debugs.push(m),
    infos,
    warnings,
    debugs,
    all: () => [...infos, ...warnings, ...debugs].join('\n')
  }
}

/** Options every emulator test shares: fast polling, and SDK retries that do not wait long. */
export function baseOptions(emu: GraphEmulator, log = captureLog()): PecReportOptions & { log: CapturedLog } {
  return {
    credential: credentialFor(emu),
    graphEndpoint: emu.url,
    billingPeriod: 'current',
    log,
    pollIntervalMs: 20,
    pipelineOptions: { retryOptions: { retryDelayInMs: 20, maxRetryDelayInMs: 200 } }
  }
}
