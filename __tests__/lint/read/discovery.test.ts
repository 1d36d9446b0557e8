/**
 * Discovery through the file-system boundary: extensions in any casing, nothing skipped silently (every file found
 * but not linted is counted with its reason), templates without Microsoft.ManagedServices skipped before parsing,
 * and symlinks, FIFOs and devices that never leak or block.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { lint } from '../../../src/lint/engine.js'
import { readLintUnit } from '../../../src/lint/read/discover.js'
import { SkipLedger } from '../../../src/lint/read/skips.js'
import { formatJson } from '../../../src/report/json.js'
import { formatText } from '../../../src/report/text.js'
import { tmpTree } from '../../helpers/tmp-tree.js'
import { AUTOMATION, SUBSCRIPTION_SCHEMA, goodParameters, parameterizedTemplate } from '../../helpers/templates.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

function tree(files: Record<string, string | object>): string {
  const t = tmpTree(files)
  cleanups.push(t.cleanup)
  return t.dir
}

/** An ARM template with no Lighthouse resource. */
const storageTemplate = { $schema: SUBSCRIPTION_SCHEMA, contentVersion: '1.0.0.0', resources: [{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'x' }] }

describe('folder search', () => {
  it('finds templates whatever the casing of their extension (.JSON, .Json, .jsonc), by folder and by pattern', async () => {
    const dir = tree({
      'a/ONBOARD.JSON': parameterizedTemplate(),
      'a/ONBOARD.parameters.JSON': goodParameters(),
      'b/onboard.Json': parameterizedTemplate(),
      'c/onboard.jsonc': `// comment\n${JSON.stringify(parameterizedTemplate())}`
    })
    const byFolder = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(byFolder.results.map((r) => [r.template, r.parameters])).toEqual([
      ['a/ONBOARD.JSON', 'a/ONBOARD.parameters.JSON'],
      ['b/onboard.Json', null],
      ['c/onboard.jsonc', null]
    ])
    const byPattern = await lint(['**/*.json'], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(byPattern.results.map((r) => r.template)).toEqual(['a/ONBOARD.JSON', 'b/onboard.Json'])
  })

  it('counts what it skipped and why', async () => {
    const dir = tree({
      'onboard.json': parameterizedTemplate(),
      'onboard.parameters.json': goodParameters(),
      'package.json': { name: 'x', version: '1.0.0' },
      'storage.json': storageTemplate,
      'orphan.parameters.json': goodParameters(),
      'params-by-schema.json': { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: {} }
    })
    const report = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(report.results.map((r) => r.template)).toEqual(['onboard.json'])
    expect(report.skippedFiles).toEqual({
      count: 4,
      reasons: { 'not-arm-template': 1, 'no-lighthouse-resource': 1, 'parameters-file': 2 },
      files: []
    })
    const json = JSON.parse(formatJson(report))
    expect(json.skipped).toEqual({ count: 4, reasons: { 'parameters-file': 2, 'not-arm-template': 1, 'no-lighthouse-resource': 1 }, files: [] })
    expect(formatText(report, { color: false })).toContain(
      '4 file(s) skipped: 2 parameters files without a template, 1 without a Lighthouse resource, 1 not ARM templates'
    )
  })

  it('skips a template that never mentions Microsoft.ManagedServices before parsing it (a broken one gets no parse-error)', async () => {
    const dir = tree({ 'broken-storage.json': `{"$schema": "${SUBSCRIPTION_SCHEMA}", "resources": [ {"type": "Microsoft.Storage/storageAccounts",, } ] }` })
    const report = await lint(['.'], { cwd: dir })
    expect(report.results).toEqual([])
    expect(report.skippedFiles?.reasons).toEqual({ 'no-lighthouse-resource': 1 })
    // Named explicitly, the same file is read and parsed as always.
    const named = await lint(['broken-storage.json'], { cwd: dir })
    expect(named.results[0]!.findings.map((f) => f.ruleId)).toEqual(['parse-error'])
  })

  it('parses a template whose text spells the type with a JSON \\u escape', async () => {
    const escaped = JSON.stringify(parameterizedTemplate()).replaceAll('Microsoft.ManagedServices', 'Microsoft.\\u004danagedServices')
    expect(escaped).not.toMatch(/managedservices/i)
    const dir = tree({ 'onboard.json': escaped, 'onboard.parameters.json': goodParameters() })
    const report = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(report.results.map((r) => [r.template, r.pec])).toEqual([['onboard.json', 'ok']])
  })

  it('a template parsed only for a \\u escape that still names no Lighthouse resource is skipped before it is resolved', async () => {
    const escaped = JSON.stringify(storageTemplate).replace('storageAccounts', 'storage\\u0041ccounts')
    const dir = tree({ 'vm.json': escaped })
    const report = await lint(['.'], { cwd: dir })
    expect(report.results).toEqual([])
    expect(report.skippedFiles?.reasons).toEqual({ 'no-lighthouse-resource': 1 })
    // The reader itself skips it: the engine never resolves it.
    const skips = new SkipLedger()
    expect(readLintUnit({ templatePath: path.join(dir, 'vm.json'), parametersPath: null, explicit: false }, null, { skips })).toBeNull()
    expect(skips.summary((f) => f).count).toBe(1)
  })

  it('counts the units only-changed leaves out', async () => {
    const dir = tree({ 'a.json': parameterizedTemplate(), 'b.json': parameterizedTemplate() })
    const report = await lint(['.'], { cwd: dir, changedFiles: ['a.json'] })
    expect(report.results.map((r) => r.template)).toEqual(['a.json'])
    expect(report.skipped).toBe(1)
    expect(report.skippedFiles?.reasons).toEqual({ unchanged: 1 })
  })
})

describe('symlinks, FIFOs and devices in the checkout', () => {
  /** A workspace with a template whose parameters file is a symlink to a secret outside it, and more traps. */
  function hostileCheckout(): { ws: string; outside: string } {
    const root = tree({
      'ws/templates/onboard.json': parameterizedTemplate(),
      'outside/secret.parameters.json': goodParameters([{ principalId: 'LEAKED-PRINCIPAL-VALUE', roleDefinitionId: 'LEAKED-ROLE-VALUE' }], { mspOfferName: 'LEAKED-OFFER-NAME' }),
      'outside/other/onboard.json': parameterizedTemplate()
    })
    const ws = path.join(root, 'ws')
    const outside = path.join(root, 'outside')
    symlinkSync(path.join(outside, 'secret.parameters.json'), path.join(ws, 'templates/onboard.parameters.json'))
    symlinkSync(path.join(outside, 'other'), path.join(ws, 'templates/other-tree'))
    symlinkSync('/', path.join(ws, 'templates/root'))
    symlinkSync('/dev/stdout', path.join(ws, 'templates/stdout.json'))
    execFileSync('mkfifo', [path.join(ws, 'templates/fifo.json')])
    return { ws, outside }
  }

  it('a folder search reads nothing outside, enters no symlinked folder, never blocks, and counts each', async () => {
    const { ws } = hostileCheckout()
    const report = await lint(['templates'], { cwd: ws, automationPrincipalId: AUTOMATION })
    const text = JSON.stringify(report)
    expect(text).not.toMatch(/LEAKED/)
    expect(report.results.map((r) => [r.template, r.parameters])).toEqual([['templates/onboard.json', 'templates/onboard.parameters.json']])
    const refused = report.results[0]!.findings.find((f) => f.ruleId === 'file-not-read')
    expect(refused).toMatchObject({ level: 'error', file: 'templates/onboard.parameters.json', message: expect.stringMatching(/symbolic link to a file outside the workspace; it was not read/) })
    // /dev/stdout resolves outside the workspace on a terminal, and to nothing readable on a pipe (as under Jest).
    const stdoutReason = report.skippedFiles!.files.find((f) => f.file === 'templates/stdout.json')!.reason
    expect(['outside-workspace', 'unreadable']).toContain(stdoutReason)
    expect(report.skippedFiles).toEqual({
      count: 4,
      reasons: { 'symlinked-folder': 2, 'not-regular-file': 1, [stdoutReason]: 1 },
      files: expect.arrayContaining([
        { file: 'templates/other-tree', reason: 'symlinked-folder' },
        { file: 'templates/root', reason: 'symlinked-folder' },
        { file: 'templates/fifo.json', reason: 'not-regular-file' },
        { file: 'templates/stdout.json', reason: stdoutReason }
      ])
    })
  })

  it('a path named explicitly that is refused gets a file-not-read finding, and the others are still linted', async () => {
    const { ws } = hostileCheckout()
    writeFileSync(path.join(ws, 'templates/good.json'), JSON.stringify(parameterizedTemplate()))
    const report = await lint(['templates/root', 'templates/other-tree', 'templates/root/**/*.json', 'templates/fifo.json', 'templates/good.json'], { cwd: ws })
    const byTemplate = Object.fromEntries(report.results.map((r) => [r.template, r.findings.map((f) => f.ruleId)]))
    expect(byTemplate).toMatchObject({
      'templates/root': ['file-not-read'],
      'templates/other-tree': ['file-not-read'],
      'templates/fifo.json': ['file-not-read'],
      'templates/good.json': expect.not.arrayContaining(['file-not-read'])
    })
    expect(report.summary.errors).toBeGreaterThanOrEqual(3)
  })

  it('an explicit pair whose parameters file leads outside is refused with a finding', async () => {
    const { ws } = hostileCheckout()
    const report = await lint(['templates/onboard.json'], { cwd: ws, parameterPairs: [{ template: 'templates/onboard.json', parameters: 'templates/onboard.parameters.json' }] })
    expect(JSON.stringify(report)).not.toMatch(/LEAKED/)
    expect(report.results[0]!.findings.map((f) => f.ruleId)).toContain('file-not-read')
  })

  it('a symlink that stays inside the workspace is read as usual, and a path named outside joins the boundary', async () => {
    const root = tree({ 'ws/shared/common.parameters.json': goodParameters(), 'ws/t/onboard.json': parameterizedTemplate(), 'elsewhere/onboard.json': parameterizedTemplate() })
    const ws = path.join(root, 'ws')
    symlinkSync('../shared/common.parameters.json', path.join(ws, 't/onboard.parameters.json'))
    const inside = await lint(['t'], { cwd: ws, automationPrincipalId: AUTOMATION })
    expect(inside.results.map((r) => [r.template, r.parameters, r.pec])).toEqual([['t/onboard.json', 't/onboard.parameters.json', 'ok']])
    mkdirSync(path.join(root, 'elsewhere/sub'))
    const named = await lint(['../elsewhere'], { cwd: ws })
    expect(named.results.map((r) => r.template)).toEqual(['../elsewhere/onboard.json'])
  })
})
