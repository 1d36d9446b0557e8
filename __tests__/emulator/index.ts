/** The Azure emulator for tests and e2e runs: ARM + Entra ID over HTTPS on 127.0.0.1 (see azure.ts). */
export { startAzureEmulator, ROLE } from './azure.js'
export type { AzureEmulator, EmulatorOptions, EmulatorApp, EmulatorSubscription, EmulatorState, ErrorInfo, PartnerLink, RequestRecord, RoleDefinitionSeed, StoredDeployment } from './azure.js'
export { Faults } from './faults.js'
export type { Fault, FaultSpec } from './faults.js'
export { makeJwt, readJwt, fakeGitHubIdToken } from './tokens.js'
export { startAttacker } from './attacker.js'
export type { Attacker, AttackerRequest } from './attacker.js'
