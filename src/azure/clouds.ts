/** Endpoints per Azure cloud, with the `arm-endpoint` / `authority-host` overrides used by private clouds and tests. */

export interface CloudEndpoints {
  /** ARM base URL, no trailing slash. */
  arm: string
  /** Entra ID authority host, no trailing slash. */
  authorityHost: string
  /** Token scope for ARM. */
  armScope: string
  /** A custom authority cannot be discovered through login.microsoftonline.com. */
  disableInstanceDiscovery: boolean
  /**
   * The audience of the GitHub OIDC token exchanged for an Entra ID token (workload identity federation): each cloud's
   * Entra ID accepts its own, and the app's federated credential must name the same one.
   */
  oidcAudience: string
}

/**
 * Endpoints and token-exchange audiences per cloud. The audiences are the ones Microsoft's Entra documentation lists
 * for federated identity credentials ("Configure an application to trust a managed identity": public cloud
 * api://AzureADTokenExchange, Fairfax (US Government) api://AzureADTokenExchangeUSGov, Mooncake (China)
 * api://AzureADTokenExchangeChina).
 */
const CLOUDS: Record<string, { arm: string; authorityHost: string; oidcAudience: string }> = {
  azurecloud: { arm: 'https://management.azure.com', authorityHost: 'https://login.microsoftonline.com', oidcAudience: 'api://AzureADTokenExchange' },
  azureusgovernment: { arm: 'https://management.usgovcloudapi.net', authorityHost: 'https://login.microsoftonline.us', oidcAudience: 'api://AzureADTokenExchangeUSGov' },
  azurechinacloud: { arm: 'https://management.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn', oidcAudience: 'api://AzureADTokenExchangeChina' }
}

const trimSlash = (s: string): string => s.trim().replace(/\/+$/, '')

export function resolveCloud(environment: string, armEndpoint: string, authorityHost: string): CloudEndpoints {
  const key = (environment || 'AzureCloud').trim().toLowerCase()
  const cloud = CLOUDS[key]
  if (!cloud) throw new Error(`Unknown azure-environment "${environment}": use AzureCloud, AzureUSGovernment or AzureChinaCloud (or set arm-endpoint and authority-host).`)
  const arm = trimSlash(armEndpoint) || cloud.arm
  const authority = trimSlash(authorityHost) || cloud.authorityHost
  for (const [name, value] of [['arm-endpoint', arm], ['authority-host', authority]] as const) {
    if (!/^https:\/\//i.test(value)) throw new Error(`${name} must be an https:// URL (got "${value}"): Azure tokens are never sent over plain HTTP.`)
  }
  return {
    arm,
    authorityHost: authority,
    // ARM accepts tokens for its own host; the scope must follow a custom endpoint, or tokens carry the wrong audience.
    armScope: `${arm}/.default`,
    disableInstanceDiscovery: trimSlash(authorityHost) !== '',
    // A custom arm-endpoint / authority-host keeps its azure-environment's audience (private stamps of a cloud).
    oidcAudience: cloud.oidcAudience
  }
}
