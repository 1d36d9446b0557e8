// Deploy fan-out against the Azure emulator: BENCH_TARGETS (default 500) subscriptions, a fixed LRO latency
// (BENCH_LATENCY_MS, 200), max-parallel BENCH_PARALLEL (20), BENCH_THROTTLE (0.1) of ARM requests answered 429 —
// half with retry-after-ms, half bare. Prints wall time against the ideal (targets ÷ max-parallel × latency; goal
// ≤ 1.2×), requests, duplicates and lost deployments (both must be 0) and the client's peak RSS.
//
//   node scripts/bench/fanout.mjs            orchestrates: starts the emulator in a child process, runs lib/azure
//   node scripts/bench/fanout.mjs serve      the emulator process (TypeScript transpiled on the fly)
//
// Uses lib/ (`npm run build:ts`; `npm run bench fanout` does it), or LPG_BENCH_LIB=<dir of a compiled src/>.
// Waits are scaled like the latency: LRO polls every 40 ms, backoff base 20 ms, Retry-After 20 ms.
import { fork } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')
const TARGETS = Number(process.env.BENCH_TARGETS ?? 500)
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 200)
const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 20)
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 0.1)

const CLIENT_ID = '11111111-1111-4111-8111-111111111111'
const SECRET = 'bench-secret-value'
const MANAGING = 'aaaaaaaa-0000-4000-8000-00000000000a'
const CUSTOMER = 'bbbbbbbb-0000-4000-8000-000000000001'
const AUTOMATION = 'dddddddd-0000-4000-8000-00000000000a'
const sub = (n) => `cccccccc-0000-4000-8000-${String(n).padStart(12, '0')}`

async function serve() {
  const ts = (await import('typescript')).default
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lpg-emulator-'))
  const out = path.join(tmp, 'emulator')
  mkdirSync(out)
  mkdirSync(path.join(tmp, 'fixtures'))
  // The emulator finds its TLS material relative to itself.
  symlinkSync(path.join(root, '__tests__', 'fixtures', 'tls'), path.join(tmp, 'fixtures', 'tls'))
  const src = path.join(root, '__tests__', 'emulator')
  for (const f of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
    const js = ts.transpileModule(readFileSync(path.join(src, f), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
    writeFileSync(path.join(out, f.replace(/\.ts$/, '.js')), js)
  }
  const { startAzureEmulator } = await import(pathToFileURL(path.join(out, 'index.js')).href)
  const emu = await startAzureEmulator({
    apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION, [CUSTOMER]: 'dddddddd-0000-4000-8000-0000000000c1' } }],
    subscriptions: Array.from({ length: TARGETS }, (_, i) => ({ subscriptionId: sub(i + 1), tenantId: CUSTOMER })),
    lroLatencyMs: LATENCY
  })
  const arm = /^\/subscriptions\//
  emu.faults.add({ path: arm, status: 429, retryAfterMs: 20, every: THROTTLE / 2 })
  emu.faults.add({ path: arm, status: 429, every: THROTTLE / 2 / (1 - THROTTLE / 2) })
  process.on('message', (m) => {
    if (m === 'stats') {
      const deployments = [...emu.state.deployments.values()]
      const throttled = emu.faults.list.reduce((n, f) => n + f.hits, 0)
      process.send({
        requests: emu.requests.length,
        throttled,
        armRequests: emu.requests.filter((r) => arm.test(r.path)).length,
        deployments: deployments.length,
        succeeded: deployments.filter((d) => d.state === 'Succeeded').length,
        duplicates: deployments.filter((d) => d.puts > 1).length,
        peakActiveDeployments: emu.state.peakActiveDeployments
      })
    }
    if (m === 'close') emu.close().then(() => {
      rmSync(tmp, { recursive: true, force: true })
      process.exit(0)
    })
  })
  process.send({ url: emu.url, authorityHost: emu.authorityHost })
}

async function main() {
  const lib = process.env.LPG_BENCH_LIB ? path.resolve(process.env.LPG_BENCH_LIB) : path.join(root, 'lib')
  if (!existsSync(path.join(lib, 'azure', 'index.js'))) {
    console.error(`fanout: ${lib}/azure/index.js not found; run \`npm run build:ts\` first.`)
    process.exit(2)
  }
  if (!process.env.NODE_EXTRA_CA_CERTS) {
    console.error('fanout: set NODE_EXTRA_CA_CERTS=__tests__/fixtures/tls/ca.pem (npm run bench does).')
    process.exit(2)
  }
  process.env.LPG_POLL_INTERVAL_MS ??= '40'
  process.env.LPG_RETRY_BASE_MS ??= '20'
  const child = fork(new URL(import.meta.url).pathname, ['serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const next = () => new Promise((resolve) => child.once('message', resolve))
  const { url, authorityHost } = await next()
  const { runAzure } = await import(pathToFileURL(path.join(lib, 'azure', 'index.js')).href)
  const fixtures = path.join(root, '__tests__', 'azure', 'fixtures')
  let lines = 0
  const log = { info: () => lines++, warning: () => lines++, debug: () => lines++, setSecret: () => {} }
  const targets = Array.from({ length: TARGETS }, (_, i) => `${CUSTOMER}/${sub(i + 1)}`).join('\n')
  const inputs = {
    auth: 'secret', clientId: CLIENT_ID, tenantId: MANAGING, clientSecret: SECRET, azureEnvironment: 'AzureCloud',
    armEndpoint: url, authorityHost, targets, location: 'westeurope', shard: '', maxParallel: PARALLEL, timeoutMinutes: 30,
    partnerId: '', linkPartner: 'false', automationPrincipalId: AUTOMATION, workspace: fixtures
  }
  const units = [{ template: path.join(fixtures, 'delegation.json'), parameters: path.join(fixtures, 'delegation.parameters.json') }]
  const started = performance.now()
  const cpu0 = process.cpuUsage()
  const result = await runAzure({ mode: 'deploy', inputs, units, log })
  const wallMs = performance.now() - started
  const cpu = process.cpuUsage(cpu0)
  child.send('stats')
  const stats = await next()
  child.send('close')
  const ok = result.deployments.filter((d) => d.status === 'succeeded' && d.delegationVerified === true).length
  const ideal = (TARGETS / PARALLEL) * LATENCY
  const durations = result.deployments.map((d) => d.durationMs).sort((a, b) => a - b)
  const pct = (p) => durations[Math.min(durations.length - 1, Math.floor(p * durations.length))]
  const summary = {
    targets: TARGETS, maxParallel: PARALLEL, lroLatencyMs: LATENCY, throttleRate: THROTTLE,
    wallMs: Math.round(wallMs), idealMs: Math.round(ideal), ratio: Number((wallMs / ideal).toFixed(3)),
    succeeded: ok, lost: TARGETS - stats.succeeded, failed: result.deployments.filter((d) => d.status !== 'succeeded').length,
    duplicates: stats.duplicates, requests: stats.requests, armRequests: stats.armRequests, throttled: stats.throttled,
    perTargetMs: { p50: pct(0.5), p90: pct(0.9), max: durations[durations.length - 1] },
    peakActiveDeployments: stats.peakActiveDeployments, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    clientCpuMs: Math.round((cpu.user + cpu.system) / 1000), loadAverage: os.loadavg()[0].toFixed(2), cpus: os.cpus().length
  }
  for (const d of result.deployments.filter((x) => x.status !== 'succeeded').slice(0, 5)) console.log(`  not succeeded: ${d.subscription} ${d.status}: ${d.error}`)
  console.log(`fan-out: ${TARGETS} targets, max-parallel ${PARALLEL}, LRO ${LATENCY} ms, ${Math.round(THROTTLE * 100)}% throttled`)
  console.log(`  wall ${summary.wallMs} ms vs ideal ${summary.idealMs} ms → ${summary.ratio}× (goal ≤ 1.2×)`)
  console.log(`  requests ${summary.requests} (ARM ${summary.armRequests}, 429s ${summary.throttled}); succeeded ${ok}; lost ${summary.lost}; duplicates ${summary.duplicates}; peak running deployments ${summary.peakActiveDeployments}`)
  console.log(`  per target: p50 ${summary.perTargetMs.p50} ms, p90 ${summary.perTargetMs.p90} ms, max ${summary.perTargetMs.max} ms`)
  console.log(`  client peak RSS ${summary.peakRssMB} MB; client CPU ${summary.clientCpuMs} ms; load average ${summary.loadAverage} on ${summary.cpus} CPUs`)
  for (const d of result.deployments.filter((d) => d.status !== 'succeeded' || d.delegationVerified !== true).slice(0, 5)) {
    console.log(`  not ok: ${d.subscription} ${d.status} ${d.error ?? `delegationVerified ${d.delegationVerified}`}`)
  }
  console.log(JSON.stringify(summary))
  const pass = summary.lost === 0 && summary.duplicates === 0 && summary.failed === 0 && summary.ratio <= 1.2 && summary.peakActiveDeployments <= PARALLEL
  process.exit(pass ? 0 : 1)
}

if (process.argv[2] === 'serve') await serve()
else await main()
