/**
 * The proxy for a blob download, read from the same variables the Azure SDK pipeline honours for the Graph calls
 * (HTTPS_PROXY, ALL_PROXY, NO_PROXY): behind a corporate proxy the export must not succeed and its download fail.
 */
import type { Agent } from 'node:https'
import { HttpsProxyAgent } from 'https-proxy-agent'

export function proxyFor(url: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const proxy = env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy
  if (!proxy) return undefined
  const { hostname, port } = new URL(url)
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  const bypass = (env.NO_PROXY || env.no_proxy || '')
    .split(/[,\s]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true
      // `host:port` applies to that port only.
      const [name, entryPort] = entry.startsWith('[') ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]] : entry.split(':')
      if (entryPort && entryPort !== (port || '443')) return false
      const suffix = name!.replace(/^\*?\./, '')
      return host === suffix || host.endsWith(`.${suffix}`)
    })
  return bypass ? undefined : proxy
}

const agents = new Map<string, Agent>()

/** One agent per proxy URL (the proxy's credentials, if any, travel in it and never reach a log). */
export function proxyAgentFor(url: string, env: NodeJS.ProcessEnv = process.env): Agent | undefined {
  const proxy = proxyFor(url, env)
  if (!proxy) return undefined
  let agent = agents.get(proxy)
  if (!agent) agents.set(proxy, (agent = new HttpsProxyAgent(proxy)))
  return agent
}
