/**
 * The attacker's host: a second HTTPS origin (another host name and port, same test CA) that a hostile ARM or Graph
 * answer points poll and page links at. It records every request with its Authorization header and answers each with
 * a body that would let a client carry on (a finished operation, an empty page), so a client that followed the link
 * would both leak its token here and look as if nothing happened.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const TLS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tls')

export interface AttackerRequest {
  method: string
  url: string
  authorization: string | null
}

export interface Attacker {
  /** `https://localhost:PORT`: not the emulators' `127.0.0.1`, and another port. */
  url: string
  requests: AttackerRequest[]
  /** Every Authorization header received (each one a leaked token). */
  tokens(): string[]
  close(): Promise<void>
}

export async function startAttacker(): Promise<Attacker> {
  const requests: AttackerRequest[] = []
  const server = createServer({ key: readFileSync(join(TLS_DIR, 'server.key')), cert: readFileSync(join(TLS_DIR, 'server.pem')) }, (req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', authorization: req.headers.authorization ?? null })
    req.resume()
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: 'Succeeded', value: [], properties: { provisioningState: 'Succeeded' } }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    // The test certificate names both 127.0.0.1 and localhost, so this is a valid TLS origin of its own.
    url: `https://localhost:${(server.address() as AddressInfo).port}`,
    requests,
    tokens: () => requests.flatMap((r) => (r.authorization ? [r.authorization] : [])),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
