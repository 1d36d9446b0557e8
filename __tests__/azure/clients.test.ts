import { describe, expect, it } from '@jest/globals'
import { createHttpHeaders, type HttpClient, type PipelineRequest } from '@azure/core-rest-pipeline'
import type { TokenCredential } from '@azure/identity'
import { ArmRest, createArmContext } from '../../src/azure/clients.js'
import { resolveCloud } from '../../src/azure/clouds.js'

function fakes(pages: Record<string, unknown>) {
  const sent: string[] = []
  const tokens: string[] = []
  const credential: TokenCredential = {
    getToken: async () => {
      tokens.push('t')
      return { token: 'eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.sig', expiresOnTimestamp: Date.now() + 3_600_000 }
    }
  }
  const httpClient: HttpClient = {
    sendRequest: async (request: PipelineRequest) => {
      sent.push(`${request.url} ${request.headers.get('authorization') ? 'signed' : 'unsigned'}`)
      const body = pages[new URL(request.url).pathname] ?? {}
      return { request, status: 200, headers: createHttpHeaders({ 'content-type': 'application/json' }), bodyAsText: JSON.stringify(body) }
    }
  }
  const ctx = { ...createArmContext(resolveCloud('AzureCloud', '', ''), { kind: 'secret' as const, forTenant: () => credential }), httpClient }
  return { rest: new ArmRest(ctx, credential), sent }
}

describe('ArmRest', () => {
  it('follows a nextLink on the ARM host', async () => {
    const { rest, sent } = fakes({
      '/subscriptions': { value: [1], nextLink: 'https://management.azure.com/page2' },
      '/page2': { value: [2] }
    })
    expect(await rest.list('/subscriptions')).toEqual([1, 2])
    expect(sent).toHaveLength(2)
  })

  it('never sends the bearer token to a nextLink on another host', async () => {
    const { rest, sent } = fakes({ '/subscriptions': { value: [1], nextLink: 'https://collector.example.net/steal' } })
    await expect(rest.list('/subscriptions')).rejects.toThrow(/^ARM answered with a next link on another host \(https:\/\/collector\.example\.net\); refused to send the token there \(only https:\/\/management\.azure\.com receives it\)/)
    expect(sent.some((s) => s.includes('collector.example.net'))).toBe(false)
  })
})
