// `npm run bench`: every benchmark in turn (lint first: it needs only the committed bundles).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const here = path.dirname(new URL(import.meta.url).pathname)
const only = process.argv[2]
const benches = ['lint.mjs', 'fanout.mjs', 'billing.mjs'].filter((b) => !only || b.startsWith(only))
let failed = false
if (benches.some((b) => b !== 'lint.mjs')) {
  const built = spawnSync('npm', ['run', 'build:ts'], { stdio: 'inherit', cwd: path.join(here, '..', '..') })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
for (const bench of benches) {
  const file = path.join(here, bench)
  if (!existsSync(file)) continue
  console.log(`\n### ${bench}`)
  const r = spawnSync(process.execPath, ['--expose-gc', file], { stdio: 'inherit', env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(here, '..', '..', '__tests__', 'fixtures', 'tls', 'ca.pem') } })
  if (r.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
