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
  info: string[]
  warning: string[]
  debug: string[]
  all(): string
}

export function captureLog(): PecReportOptions['log'] & CapturedLog {
  const info: string[] = []
  const warning: string[] = []
  const debug: string[] = []
  return {
    info,
    warning,
    debug,
    all: () => [...info, ...warning, ...debug].join('\n'),
    info_: undefined,
    ...{
      info: (m: string) => void info.push(m),
      warning: (m: string) => void warning.push(m),
      debug: (m: string) => void debug.push(m)
    }
  } as unknown as PecReportOptions['log'] & CapturedLog
}

/** Options every emulator test shares: fast polling, and SDK retries that do not wait long. */
export function baseOptions(emu: GraphEmulator, log = captureLog()): PecReportOptions & { log: ReturnType<typeof captureLog> } {
  return {
    credential: credentialFor(emu),
    graphEndpoint: emu.url,
    billingPeriod: 'current',
    log,
    pollIntervalMs: 20,
    pipelineOptions: { retryOptions: { retryDelayInMs: 20, maxRetryDelayInMs: 200 } }
  }
}
