import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { streamBlobLines } from '../../src/billing/blobs.js'
import { proxyFor } from '../../src/billing/proxy.js'

const TLS = path.resolve('__tests__/fixtures/tls')
const closers: Array<() => Promise<void>> = []
/** Tunnel sockets are not the servers' connections any more: close() would wait for them. */
const sockets: net.Socket[] = []
const saved = { HTTPS_PROXY: process.env.HTTPS_PROXY, NO_PROXY: process.env.NO_PROXY }
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  for (const close of closers.splice(0)) await close()
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v
})

const listen = (server: http.Server | net.Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    closers.push(() => new Promise((done) => { (server as http.Server).closeAllConnections?.(); server.close(() => done()) }))
    resolve((server.address() as AddressInfo).port)
  }))

/** A blob store over HTTPS (the test CA) and an HTTP CONNECT proxy that records what it tunnels to. */
async function setUp(): Promise<{ blobUrl: string; proxyUrl: string; tunnels: string[] }> {
  const blob = https.createServer({ key: readFileSync(path.join(TLS, 'server.key')), cert: readFileSync(path.join(TLS, 'server.pem')) }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    res.end(gzipSync('{"a":1}\n{"a":2}\n{"a":3}\n'))
  })
  const blobPort = await listen(blob)
  const tunnels: string[] = []
  const proxy = http.createServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    const [host, port] = (req.url ?? '').split(':')
    const upstream = net.connect(Number(port), host, () => {
      sockets.push(upstream, client)
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  const proxyPort = await listen(proxy)
  return { blobUrl: `https://127.0.0.1:${blobPort}/export/part-0.json.gz?sig=SECRET`, proxyUrl: `http://127.0.0.1:${proxyPort}`, tunnels }
}

describe('blob downloads behind a proxy', () => {
  it('go through HTTPS_PROXY, as the Graph calls do', async () => {
    const { blobUrl, proxyUrl, tunnels } = await setUp()
    process.env.HTTPS_PROXY = proxyUrl
    delete process.env.NO_PROXY
    const lines: string[] = []
    await streamBlobLines({ name: 'part-0.json.gz', url: blobUrl }, (line) => lines.push(line), AbortSignal.timeout(10_000))
    expect(lines).toEqual(['{"a":1}', '{"a":2}', '{"a":3}'])
    expect(tunnels).toEqual([new URL(blobUrl).host])
  })

  it('skip the proxy for hosts in NO_PROXY', async () => {
    const { blobUrl, proxyUrl, tunnels } = await setUp()
    process.env.HTTPS_PROXY = proxyUrl
    process.env.NO_PROXY = 'example.com,127.0.0.1'
    const lines: string[] = []
    await streamBlobLines({ name: 'part-0.json.gz', url: blobUrl }, (line) => lines.push(line), AbortSignal.timeout(10_000))
    expect(lines).toHaveLength(3)
    expect(tunnels).toEqual([])
  })
})

describe('proxyFor', () => {
  const url = 'https://store.blob.core.windows.net/x?sig=1'
  it('reads HTTPS_PROXY / ALL_PROXY and honours NO_PROXY suffixes, wildcards and ports', () => {
    expect(proxyFor(url, {})).toBeUndefined()
    expect(proxyFor(url, { HTTPS_PROXY: 'http://p:8080' })).toBe('http://p:8080')
    expect(proxyFor(url, { all_proxy: 'http://q:3128' })).toBe('http://q:3128')
    expect(proxyFor(url, { HTTPS_PROXY: 'http://p:8080', NO_PROXY: '.core.windows.net' })).toBeUndefined()
    expect(proxyFor(url, { HTTPS_PROXY: 'http://p:8080', NO_PROXY: '*.windows.net' })).toBeUndefined()
    expect(proxyFor(url, { HTTPS_PROXY: 'http://p:8080', NO_PROXY: 'blob.core.windows.net:443' })).toBeUndefined()
    expect(proxyFor(url, { HTTPS_PROXY: 'http://p:8080', NO_PROXY: 'blob.core.windows.net:8443' })).toBe('http://p:8080')
    expect(proxyFor(url, { HTTPS_PROXY: 'http://p:8080', NO_PROXY: 'windows.com' })).toBe('http://p:8080')
    expect(proxyFor(url, { HTTPS_PROXY: 'http://p:8080', no_proxy: '*' })).toBeUndefined()
  })
})
