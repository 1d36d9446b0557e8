// Lint throughput and cold start, as ratios to what Node needs anyway (see README "Performance").
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { writeCorpus, AUTOMATION } from './corpus.mjs'
import { bigInputTemplate, busyTemplate, doublingTemplate, intersectionTemplate, nestedCopyTemplate } from './crafted.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')
const cli = path.join(root, 'dist', 'cli', 'index.js')
const COUNT = Number(process.env.BENCH_TEMPLATES ?? 2000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function time(cmd, args, opts = {}) {
  const start = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0 && r.status !== 1) throw new Error(`${path.basename(cmd)} ${args.slice(0, 2).join(' ')}… exited ${r.status ?? r.signal}: ${r.stderr ?? r.error}`)
  return ms
}

const realWorld = path.resolve(root, '..', 'shared', 'samples', 'real-world')
const listFiles = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(d, e.name)) : /\.jsonc?$/.test(e.name) ? [path.join(d, e.name)] : []))
/** A process that reads and JSON.parses the files named in `list` (one per line): the floor every ratio is taken against. */
const readParse = (list) => `const fs=require('fs');let n=0;for(const f of fs.readFileSync(${JSON.stringify(list)},'utf8').split('\\n')){n+=Object.keys(JSON.parse(fs.readFileSync(f,'utf8'))).length}`
/** Runs the CLI on `args` and reports its time and peak RSS (the CLI exits with process.exit, so 'exit' reports). */
function measured(args, opts = {}) {
  const script = `process.on('exit',()=>{require('fs').writeSync(2,'\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n')});process.argv=[process.argv[0],${JSON.stringify(cli)},...${JSON.stringify(args)}];import(${JSON.stringify(pathToFileURL(cli).href)})`
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 30, ...opts })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0 && r.status !== 1) throw new Error(`lint ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr}`)
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0)
  return { ms, rssMB: Math.round(rss / 1024), stdout: r.stdout }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'lpg-bench-'))
try {
  const files = writeCorpus(dir, COUNT)
  // The baseline: the same files read and JSON.parse'd in one node process (the file list itself is given to it).
  const list = path.join(dir, 'files.list')
  writeFileSync(list, files.join('\n'))
  const baselineScript = `const fs=require('fs');let n=0;for(const f of fs.readFileSync(${JSON.stringify(list)},'utf8').split('\\n')){n+=Object.keys(JSON.parse(fs.readFileSync(f,'utf8'))).length}`
  // The floor: what any linter of these files must do besides linting — find them, read and parse them, load its own
  // code (the CLI bundle, imported but not run) and write a report — with no expression evaluated and no rule run.
  const floorScript = `import(${JSON.stringify(pathToFileURL(cli).href)}).catch(()=>{}).finally(()=>{const fs=require('fs'),path=require('path');const files=[];const walk=(d)=>{for(const e of fs.readdirSync(d,{withFileTypes:true})){const p=path.join(d,e.name);if(e.isDirectory())walk(p);else if(p.endsWith('.json'))files.push(p)}};walk(${JSON.stringify(dir)});files.sort();const results=[];for(const f of files){const v=JSON.parse(fs.readFileSync(f,'utf8'));results.push({template:f,parameters:null,findings:[],keys:Object.keys(v).length})}fs.writeFileSync(${JSON.stringify(path.join(dir, 'floor.json'))},JSON.stringify({results}))})`
  const baseline = [], linted = [], nodeOnly = [], cold = [], floor = []
  for (let i = 0; i < RUNS; i++) {
    baseline.push(time(process.execPath, ['-e', baselineScript]))
    floor.push(time(process.execPath, ['-e', floorScript, 'cli', '--help'], { stdio: ['ignore', 'ignore', 'pipe'] }))
    linted.push(time(process.execPath, [cli, 'lint', dir, '--automation-principal-id', AUTOMATION, '--format', 'json', '--output', path.join(dir, 'out.json')]))
  }
  // Cold start in a loop of its own, each run beside a bare `node -e 0`: measured between 2,000-template runs, both
  // numbers carried the noise of the big run before them (the kernel reclaiming its memory) and the ratio wandered.
  for (let i = 0; i < Math.max(15, RUNS * 3); i++) {
    nodeOnly.push(time(process.execPath, ['-e', '0']))
    cold.push(time(process.execPath, [cli, 'lint', path.join(root, 'examples', 'passing', 'delegation.json'), '--automation-principal-id', AUTOMATION, '--format', 'json'], { cwd: root }))
  }
  const out = JSON.parse(execFileSync(process.execPath, ['-e', `process.stdout.write(require('fs').readFileSync(${JSON.stringify(path.join(dir, 'out.json'))},'utf8'))`], { encoding: 'utf8', maxBuffer: 1 << 30 }))
  const b = median(baseline), l = median(linted), n = median(nodeOnly), c = median(cold), f = median(floor)

  // Real repositories: Microsoft's 368 compiled CARML modules, one of them a Lighthouse module (../shared, if present).
  let realWorldResult = 'skipped: ../shared/samples/real-world is absent'
  if (existsSync(realWorld)) {
    const rwFiles = listFiles(realWorld).sort()
    const rwList = path.join(dir, 'real-world.list')
    writeFileSync(rwList, rwFiles.join('\n'))
    const rwBase = [], rwFolder = [], rwExplicit = []
    for (let i = 0; i < RUNS; i++) {
      rwBase.push(time(process.execPath, ['-e', readParse(rwList)]))
      rwFolder.push(time(process.execPath, [cli, 'lint', realWorld, '--format', 'json', '--output', path.join(dir, 'rw-folder.json')]))
      rwExplicit.push(time(process.execPath, [cli, 'lint', ...rwFiles, '--format', 'json', '--output', path.join(dir, 'rw-explicit.json')]))
    }
    const rb = median(rwBase)
    realWorldResult = {
      files: rwFiles.length, readAndParseMs: Math.round(rb),
      folder: { lintMs: Math.round(median(rwFolder)), ratio: +(median(rwFolder) / rb).toFixed(2), goal: '<= 1.5' },
      explicit: { lintMs: Math.round(median(rwExplicit)), ratio: +(median(rwExplicit) / rb).toFixed(2), goal: '<= 3.0' }
    }
  }

  // Budgets (issue 9 §5): crafted templates that ask for unbounded work, each linted on its own; time and peak memory.
  const crafted = {
    'doubled 60 times, compared with equals()': doublingTemplate(60, 'equals'),
    'doubled 60 times, union()': doublingTemplate(60, 'union'),
    'doubled 60 times, string()': doublingTemplate(60, 'string'),
    '800 × 800 nested copy loops': nestedCopyTemplate(800, 800),
    'lambdas over 3 × 10^6 items': busyTemplate(),
    '10,000 guid() calls on a 4 MB string': bigInputTemplate('guid'),
    '10,000 toLower() calls on a 4 MB string': bigInputTemplate('toLower'),
    '10,000 indexOf() calls on 10,000 numbers': bigInputTemplate('indexOf'),
    '300 chained intersection() of 10,000 numbers': intersectionTemplate(300)
  }
  const budgets = {}
  for (const [name, template] of Object.entries(crafted)) {
    const file = path.join(dir, `crafted-${Object.keys(budgets).length}.json`)
    writeFileSync(file, JSON.stringify(template))
    const runs = [0, 1, 2].map(() => measured(['lint', file, '--format', 'json']))
    const out = JSON.parse(runs[0].stdout)
    budgets[name] = {
      templateBytes: statSync(file).size, ms: Math.round(median(runs.map((r) => r.ms))), peakRssMB: Math.max(...runs.map((r) => r.rssMB)),
      findings: [...new Set(out.results[0].findings.filter((x) => x.ruleId === 'expression-error').map((x) => `${x.level}: ${x.message.slice(0, 70)}…`))]
    }
  }
  const size = (p) => { try { return statSync(p).size } catch { return 0 } }
  const chunks = readdirSync(path.join(root, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f))
  console.log(JSON.stringify({
    lint: {
      templates: COUNT, files: files.length, lintedUnits: out.summary.templates, findings: out.summary,
      readAndParseMs: Math.round(b), lintMs: Math.round(l), ratio: +(l / b).toFixed(2), goal: '<= 4.0 (long-run aim 2.0)',
      floorMs: Math.round(f), floorRatio: +(f / b).toFixed(2),
      perTemplateUs: Math.round((l - c) * 1000 / COUNT)
    },
    realWorld: realWorldResult,
    coldStart: { nodeMs: Math.round(n), lintOneTemplateMs: Math.round(c), ratio: +(c / n).toFixed(2), goal: '<= 2.0' },
    budgets,
    bundles: {
      'dist/index.js': size(path.join(root, 'dist', 'index.js')),
      'dist/cli/index.js': size(path.join(root, 'dist', 'cli', 'index.js')),
      'dist lazy chunks (Azure, billing)': chunks.reduce((s, f) => s + size(path.join(root, 'dist', f)), 0)
    },
    runs: RUNS
  }, null, 2))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
