// pec-report throughput, memory and limits, each case an export served over HTTPS by a Graph stand-in in a separate
// process and processed by lib/billing (run `npm run build:ts` first; `npm run bench billing` does):
//   throughput    BENCH_BILLING_LINES (default 1,000,000) usage lines in BENCH_BILLING_BLOBS gzip'd JSON Lines blobs:
//                 lines/s and the client's peak RSS
//   keys          the attack: one line per distinct CustomerId, BENCH_BILLING_KEYS (default 3,000,000) of
//                 them in a ~20 MB export: time and memory until the subscription bound stops it
//   zero-bomb     1 MB of gzip that inflates to 1 GiB of zeros: time until the inflation-ratio bound stops it
//   newline-bomb  256 KB of gzip that inflates to 256 MiB of newlines: time until the line bound stops it
//   line-bomb     (opt-in, minutes) one valid usage line repeated, ~190x, under the ratio bound: time until the
//                 per-blob inflated-size bound (16 GiB) stops it
// BENCH_BILLING_CASES=throughput,keys,... picks cases (default all but line-bomb).
//
//   node scripts/bench/billing.mjs                    orchestrates: per case generate blobs, start server, run client
//   node scripts/bench/billing.mjs serve DIR          the Graph + blob stand-in (plain JS, no token checks)
//   node scripts/bench/billing.mjs client URL [CASE]  runs runPecReport against URL and prints its measurements
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, createReadStream } from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import { createGzip, gzipSync } from 'node:zlib'
import { randomUUID } from 'node:crypto'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')
const tls = path.join(root, '__tests__', 'fixtures', 'tls')
const LINES = Number(process.env.BENCH_BILLING_LINES ?? 1_000_000)
const BLOBS = Number(process.env.BENCH_BILLING_BLOBS ?? 8)
const SUBS = Number(process.env.BENCH_BILLING_SUBSCRIPTIONS ?? 2000)
const DAYS = 30
const KEYS = Number(process.env.BENCH_BILLING_KEYS ?? 3_000_000)
const CASES = (process.env.BENCH_BILLING_CASES ?? 'throughput,keys,zero-bomb,newline-bomb').split(',').map((c) => c.trim()).filter(Boolean)

const guid = (n, p) => `${p.repeat(8)}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
const day = (d) => new Date(Date.UTC(2024, 5, 1 + d)).toISOString().slice(0, 10)

/** About 1.3 KB per line, the full attribute set's shape; both casings, both PEC scales, some lines without PEC. */
function line(i) {
  const s = i % SUBS
  const d = Math.floor(i / SUBS) % DAYS
  const pec = !(s % 5 === 0 && d % 7 === 0)
  const rec = {
    PartnerId: '3b33e682-00c3-41ee-9dd2-a548adf56438', PartnerName: 'Contoso Partner', CustomerId: guid(s % 300, 'c'),
    CustomerName: `Customer ${s % 300}`, CustomerDomainName: 'customer.onmicrosoft.com', CustomerCountry: 'US', MpnId: '1234567',
    Tier2MpnId: '', InvoiceNumber: '', ProductId: 'DZH318Z0BCGF', SkuId: 'DZH318Z0BQ3Q', AvailabilityId: 'DZH318Z0BTTQ',
    SkuName: 'Azure plan', ProductName: 'Azure plan', PublisherName: 'Microsoft', PublisherId: '', SubscriptionDescription: 'Azure plan',
    SubscriptionId: '9e1a5f3c-0000-4000-8000-00000000b111', ChargeStartDate: '2024-06-01T00:00:00', ChargeEndDate: '2024-06-30T00:00:00',
    UsageDate: `${day(d)}T00:00:00`, MeterType: '1 Compute Hour', MeterCategory: 'Virtual Machines',
    MeterId: 'e0d5ab7d-0d08-4cb8-a84b-5f6a8a6b9f2e', MeterSubCategory: 'Dv3/DSv3 Series', MeterName: 'D2 v3/D2s v3', MeterRegion: 'EU West',
    Unit: '1 Hour', ResourceLocation: 'westeurope', ConsumedService: 'Microsoft.Compute', ResourceGroup: 'rg-app',
    ResourceURI: `/subscriptions/${guid(s, 'a')}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm${i % 7}`,
    ChargeType: 'new', UnitPrice: 0.11, Quantity: 24, UnitType: '1 Hour', BillingPreTaxTotal: 2.64, BillingCurrency: 'USD',
    PricingPreTaxTotal: 2.64, PricingCurrency: 'USD', ServiceInfo1: '', ServiceInfo2: '', Tags: '{"env":"prod"}',
    AdditionalInfo: '{"ImageType":null,"ServiceType":"Standard_D2s_v3","VMName":null}', EffectiveUnitPrice: 0.0935,
    PCToBCExchangeRate: 1, PCToBCExchangeRateDate: '2024-06-01T00:00:00', EntitlementId: guid(s, 'a'),
    EntitlementDescription: 'Azure subscription 1', PartnerEarnedCreditPercentage: pec ? (i % 3 ? 15 : 0.15) : 0,
    CreditPercentage: 0, CreditType: 'Credit Not Applied', BenefitOrderID: '', BenefitID: '', BenefitType: ''
  }
  if (i % 2 === 0) return JSON.stringify(rec)
  const out = {}
  for (const k in rec) out[k[0].toLowerCase() + k.slice(1)] = rec[k]
  return JSON.stringify(out)
}

async function generate(dir, count = LINES, blobs = BLOBS, lineOf = line) {
  const per = Math.ceil(count / blobs)
  let raw = 0
  for (let b = 0; b < blobs; b++) {
    const gz = createGzip({ level: 1 })
    const done = once(gz.pipe(createWriteStream(path.join(dir, `part-${String(b).padStart(5, '0')}.json.gz`))), 'finish')
    let buf = ''
    for (let i = b * per; i < Math.min(count, (b + 1) * per); i++) {
      buf += `${lineOf(i)}\n`
      if (buf.length > 1 << 20) {
        raw += buf.length
        if (!gz.write(buf)) await once(gz, 'drain')
        buf = ''
      }
    }
    raw += buf.length
    gz.end(buf)
    await done
  }
  return raw
}

/** The shortest line that still counts: what an export with millions of distinct free-text CustomerIds looks like. */
const keyLine = (i) => `{"EntitlementId":"aaaaaaaa-0000-4000-8000-000000000001","CustomerId":"${i}","UsageDate":"2024-06-01","BillingPreTaxTotal":1}`

/** gzip members concatenated (gunzip reads them all): `mib` MiB of `fill` bytes from about 1 KB per MiB. */
function writeBomb(file, mib, fill) {
  const member = gzipSync(Buffer.alloc(1 << 20, fill), { level: 9 })
  const out = createWriteStream(file)
  for (let i = 0; i < mib; i++) out.write(member)
  out.end()
  return once(out, 'finish').then(() => mib * 2 ** 20)
}

/** One valid usage line repeated to 64 MiB, gzip -9'd once (~190x), the member written enough times to pass 16 GiB. */
async function writeLineBomb(file) {
  const one = `${line(7)}\n`
  const member = gzipSync(Buffer.from(one.repeat(Math.floor(2 ** 26 / one.length))), { level: 9 })
  const out = createWriteStream(file)
  const count = 17 * 16
  for (let i = 0; i < count; i++) if (!out.write(member)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
  return count * Math.floor(2 ** 26 / one.length) * one.length
}

const GENERATORS = {
  throughput: (dir) => generate(dir),
  keys: (dir) => generate(dir, KEYS, 1, keyLine),
  'zero-bomb': (dir) => writeBomb(path.join(dir, 'part-00000.json.gz'), 1024, 0),
  'newline-bomb': (dir) => writeBomb(path.join(dir, 'part-00000.json.gz'), 256, 0x0a),
  'line-bomb': (dir) => writeLineBomb(path.join(dir, 'part-00000.json.gz'))
}

function serve(dir) {
  const ops = new Map()
  const server = https.createServer({ key: readFileSync(path.join(tls, 'server.key')), cert: readFileSync(path.join(tls, 'server.pem')) }, (req, res) => {
    const base = `https://127.0.0.1:${server.address().port}`
    const p = new URL(req.url, base).pathname
    const json = (status, body, headers = {}) => { res.writeHead(status, { 'content-type': 'application/json', ...headers }); res.end(JSON.stringify(body)) }
    if (req.method === 'POST' && p.endsWith('/usage/unbilled/export')) {
      const id = randomUUID()
      ops.set(id, 0)
      res.writeHead(202, { location: `${base}/v1.0/reports/partners/billing/operations/${id}`, 'retry-after': '0' })
      return res.end()
    }
    const op = /\/operations\/(.+)$/.exec(p)
    if (op) {
      const n = ops.get(op[1]) ?? 0
      ops.set(op[1], n + 1)
      if (n < 1) return json(200, { id: op[1], status: 'running' }, { 'retry-after': '0' })
      const blobs = readdirSync(dir).filter((f) => f.endsWith('.json.gz')).sort().map((name) => ({ name, partitionValue: name }))
      return json(200, { id: op[1], status: 'succeeded', resourceLocation: { id: op[1], rootDirectory: `${base}/blobs`, sasToken: 'sv=2020-10-02&se=2099-01-01&sig=BENCH', blobCount: blobs.length, blobs } })
    }
    const blob = /^\/blobs\/([\w.-]+)$/.exec(p)
    if (blob) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      return createReadStream(path.join(dir, blob[1])).pipe(res)
    }
    json(404, { error: { code: 'NotFound', message: p } })
  })
  server.listen(0, '127.0.0.1', () => process.send?.({ url: `https://127.0.0.1:${server.address().port}` }))
}

async function client(url, kase = 'throughput') {
  // BENCH_LIB: a private build output, when other builds may be rewriting lib/ meanwhile.
  const { runPecReport } = await import(path.join(process.env.BENCH_LIB ?? path.join(root, 'lib'), 'billing', 'index.js'))
  globalThis.gc?.()
  const startRss = process.memoryUsage().rss
  let peak = startRss
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 10)
  const quiet = { info() {}, warning: (m) => console.error(m), debug() {} }
  const credential = { getToken: async () => ({ token: 'bench', expiresOnTimestamp: Date.now() + 3_600_000 }) }
  const t0 = process.hrtime.bigint()
  let r
  let error = null
  try {
    r = await runPecReport({ credential, graphEndpoint: url, billingPeriod: 'current', log: quiet, pollIntervalMs: 10, now: new Date('2024-07-15T00:00:00Z') })
  } catch (e) {
    error = e instanceof Error ? e.message : String(e)
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  if (kase !== 'throughput') {
    // A limit case: it must end with the bound's error, and how fast and at what memory is the measurement.
    process.stdout.write(JSON.stringify({ error, secondsToError: +(ms / 1000).toFixed(2), rssBeforeMiB: +(startRss / 2 ** 20).toFixed(1), peakRssMiB: +(peak / 2 ** 20).toFixed(1), maxRssMiB: +(process.resourceUsage().maxRSS / 1024).toFixed(1) }))
    return
  }
  if (error) throw new Error(error)
  // What stays reachable: the report and its aggregates, which grow with subscriptions × days, not with lines.
  globalThis.gc?.()
  const retained = process.memoryUsage().heapUsed
  process.stdout.write(JSON.stringify({
    linesRead: r.linesRead, entries: r.entries.length, lostCredit: r.lostCredit, seconds: +(ms / 1000).toFixed(2),
    linesPerSecond: Math.round(r.linesRead / (ms / 1000)), rssBeforeMiB: +(startRss / 2 ** 20).toFixed(1),
    peakRssMiB: +(peak / 2 ** 20).toFixed(1), heapAfterGcMiB: +(retained / 2 ** 20).toFixed(1), maxRssMiB: +(process.resourceUsage().maxRSS / 1024).toFixed(1)
  }))
}

async function runCase(kase) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `lpg-billing-bench-${kase}-`))
  let server
  try {
    const t0 = Date.now()
    const raw = await GENERATORS[kase](dir)
    const generateSeconds = Math.round((Date.now() - t0) / 1000)
    const gz = readdirSync(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0)
    server = spawn(process.execPath, [new URL(import.meta.url).pathname, 'serve', dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    const [{ url }] = await once(server, 'message')
    const c = spawn(process.execPath, [...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), '--expose-gc', new URL(import.meta.url).pathname, 'client', url, kase], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(tls, 'ca.pem') }
    })
    let out = ''
    c.stdout.on('data', (d) => (out += d))
    const [code] = await once(c, 'exit')
    if (code !== 0) throw new Error(`bench client exited ${code} (${kase})`)
    const result = JSON.parse(out)
    const size = { uncompressedMiB: Math.round(raw / 2 ** 20), gzipMiB: +(gz / 2 ** 20).toFixed(1), generateSeconds }
    if (kase === 'throughput') {
      if (result.linesRead !== LINES) throw new Error(`read ${result.linesRead} lines, expected ${LINES}`)
      return { lines: LINES, blobs: BLOBS, subscriptions: SUBS, days: DAYS, ...size, ...result }
    }
    if (!result.error) throw new Error(`${kase}: the export was read without hitting a bound`)
    return { ...(kase === 'keys' ? { distinctCustomerIds: KEYS } : {}), ...size, ...result }
  } finally {
    server?.kill()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  const out = {}
  for (const kase of CASES) {
    if (!GENERATORS[kase]) throw new Error(`unknown case ${kase}: ${Object.keys(GENERATORS).join(', ')}`)
    out[kase] = await runCase(kase)
  }
  console.log(JSON.stringify({ billing: { ...out, node: process.version } }, null, 2))
}

const [mode, arg] = process.argv.slice(2)
if (mode === 'serve') serve(arg)
else if (mode === 'client') await client(arg, process.argv[4])
else await main()
