/**
 * `lighthouse-pec fix` on fixtures of our own: every PEC failure of the fixable kinds becomes a pass, comments, line
 * endings, byte-order mark and indentation survive, a second run changes nothing, a passing file is not touched, and
 * what cannot be edited safely (expressions, who-may-do-what changes) is said, not done.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, renameSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Writable } from 'node:stream'
import { parse as parseJsonc } from 'jsonc-parser'
import { run } from '../../src/cli/run.js'
import { lint } from '../../src/lint/engine.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const AUTOMATION = '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10'
const SRC_ROLE = 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e'
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c'

let dirs: string[] = []
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})

function copy(...names: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lpg-fix-'))
  dirs.push(dir)
  for (const name of names) cpSync(path.join(FIXTURES, name), path.join(dir, name), { recursive: true })
  return dir
}

function sink(): Writable & { text: string } {
  const chunks: string[] = []
  const stream = new Writable({ write: (chunk, _e, done) => (chunks.push(String(chunk)), done()) }) as Writable & { text: string }
  Object.defineProperty(stream, 'text', { get: () => chunks.join('') })
  return stream
}

async function cli(args: string[], cwd: string) {
  const stdout = sink()
  const stderr = sink()
  const code = await run(args, { stdout, stderr, cwd })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

function files(dir: string, name: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {}
  for (const f of ['onboarding.json', 'onboarding.parameters.json']) {
    try {
      out[f] = readFileSync(path.join(dir, name, f))
    } catch {
      /* the fixture has no parameters file */
    }
  }
  return out
}

function comments(text: string): string[] {
  // Comments start a line here (a '//' inside a URL is not one).
  return text.match(/(?<=^[ \t]*)(\/\/[^\r\n]*|\/\*[\s\S]*?\*\/)/gm) ?? []
}

describe.each(['jit-only', 'template-literal', 'role-not-eligible'])('fix %s', (name) => {
  it('turns every finding into a pass, keeps comments, and a second run changes nothing', async () => {
    const dir = copy(name)
    const before = files(dir, name)
    const first = await cli(['fix', name, '--automation-principal-id', AUTOMATION], dir)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^Fixed \d+ problem\(s\) in 1 file\(s\):/)
    const after = files(dir, name)
    expect(Object.keys(after)).toEqual(Object.keys(before))
    expect(Object.values(after).some((b, i) => !b.equals(Object.values(before)[i]!))).toBe(true)
    for (const [f, bytes] of Object.entries(before)) {
      for (const c of comments(bytes.toString('utf8'))) expect(after[f]!.toString('utf8')).toContain(c)
    }
    const report = await lint([name], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(report.summary).toEqual({ templates: 1, errors: 0, warnings: 0, notes: 0 })
    expect(report.results[0]!.pec).toBe('ok')

    const second = await cli(['fix', name, '--automation-principal-id', AUTOMATION], dir)
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/^Nothing to fix automatically\./)
    const again = files(dir, name)
    for (const f of Object.keys(after)) expect(again[f]!.equals(after[f]!)).toBe(true)
  })
})

describe('what the file looked like stays', () => {
  it('keeps the byte-order mark and CRLF line endings of the parameters file, and moves the automation account', async () => {
    const dir = copy('jit-only')
    await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    const text = readFileSync(path.join(dir, 'jit-only/onboarding.parameters.json'), 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const value = parseJsonc(text.slice(1)).parameters
    const permanent = value.authorizations.value as Array<Record<string, string>>
    // Moved with its role (Contributor is PEC-eligible) and its display name; gone from the eligible list.
    expect(permanent).toContainEqual({ principalId: AUTOMATION, principalIdDisplayName: 'Contoso PEC automation', roleDefinitionId: CONTRIBUTOR })
    expect(JSON.stringify(value.eligibleAuthorizations.value)).not.toContain(AUTOMATION)
    expect(value.eligibleAuthorizations.value[0].justInTimeAccessPolicy.maximumActivationDuration).toBe('PT30M')
    // The template, where nothing is written, is untouched.
    expect(readFileSync(path.join(dir, 'jit-only/onboarding.json')).equals(readFileSync(path.join(FIXTURES, 'jit-only/onboarding.json')))).toBe(true)
  })

  it('keeps tab indentation and one-line objects, and names the template deterministically', async () => {
    const dir = copy('template-literal')
    await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    const text = readFileSync(path.join(dir, 'template-literal/onboarding.json'), 'utf8')
    for (const line of text.split('\n').filter((l) => /^\s/.test(l))) expect(line).toMatch(/^\t+\S/)
    expect(text).toContain(`{ "principalId": "${AUTOMATION}", "principalIdDisplayName": "Provider Automation Account", "roleDefinitionId": "${SRC_ROLE}" }`)
    expect(text).toContain(`"registrationName": { "type": "string", "defaultValue": "[guid(parameters('mspOfferName'))]" }`)
    expect(text).not.toContain('newGuid')
    expect(text).toContain('"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#"')
    expect(text.match(/"apiVersion": "2022-10-01"/g)).toHaveLength(2)
    expect(text).toContain('"maximumActivationDuration": "PT8H"')
  })

  it('does not touch a file that passes, byte for byte and not even its modification time', async () => {
    const dir = copy('passing')
    const file = path.join(dir, 'passing/onboarding.parameters.json')
    const before = statSync(file).mtimeMs
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Nothing to fix automatically\./)
    expect(statSync(file).mtimeMs).toBe(before)
    expect(readFileSync(file).equals(readFileSync(path.join(FIXTURES, 'passing/onboarding.parameters.json')))).toBe(true)
  })
})

describe('the automation principal eligible only, with a role that earns no credit', () => {
  const ADMIN = '6a2f8e14-0b7c-4d39-a5e1-7c3b9d2f4e81'
  const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
  const template = {
    $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources: [
      {
        type: 'Microsoft.ManagedServices/registrationDefinitions',
        apiVersion: '2022-10-01',
        name: "[guid('fabrikam-offer')]",
        properties: {
          registrationDefinitionName: 'Fabrikam offer',
          managedByTenantId: '0c6c4e2d-9f0a-4b7e-8f1d-2a3b4c5d6e7f',
          authorizations: [
            { principalId: ADMIN, principalIdDisplayName: 'Admins', roleDefinitionId: '91c1777a-f3dc-4fae-b103-61d183457e46' },
            { principalId: ADMIN, principalIdDisplayName: 'Admins', roleDefinitionId: CONTRIBUTOR }
          ],
          eligibleAuthorizations: [
            {
              principalId: AUTOMATION,
              principalIdDisplayName: 'Fabrikam automation',
              roleDefinitionId: READER,
              justInTimeAccessPolicy: { multiFactorAuthProvider: 'Azure', maximumActivationDuration: 'PT1H' }
            }
          ]
        }
      },
      {
        type: 'Microsoft.ManagedServices/registrationAssignments',
        apiVersion: '2022-10-01',
        name: "[guid('fabrikam-offer')]",
        dependsOn: ["[resourceId('Microsoft.ManagedServices/registrationDefinitions/', guid('fabrikam-offer'))]"],
        properties: { registrationDefinitionId: "[resourceId('Microsoft.ManagedServices/registrationDefinitions/', guid('fabrikam-offer'))]" }
      }
    ]
  }

  function workspace(text: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lpg-fix-'))
    dirs.push(dir)
    writeFileSync(path.join(dir, 'onboarding.json'), text)
    return dir
  }

  it('is moved out of eligibleAuthorizations and granted --automation-role permanently: the file then passes', async () => {
    // Lint reports pec-role-not-eligible and lighthouse-eligible-service-principal; both must be gone after one fix.
    const dir = workspace(`// Fabrikam onboarding\n${JSON.stringify(template, null, 2)}\n`)
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.code).toBe(0)
    const text = readFileSync(path.join(dir, 'onboarding.json'), 'utf8')
    expect(text.startsWith('// Fabrikam onboarding\n')).toBe(true)
    const props = parseJsonc(text).resources[0].properties
    expect(props.authorizations).toContainEqual({ principalId: AUTOMATION, principalIdDisplayName: 'Fabrikam automation', roleDefinitionId: SRC_ROLE })
    expect(JSON.stringify(props.eligibleAuthorizations)).not.toContain(AUTOMATION)
    const report = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(report.results.flatMap((u) => u.findings).filter((f) => f.level !== 'note')).toEqual([])
    const again = readFileSync(path.join(dir, 'onboarding.json'))
    expect((await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)).code).toBe(0)
    expect(readFileSync(path.join(dir, 'onboarding.json')).equals(again)).toBe(true)
  })

  it('a minified template stays on one line: only the changed bytes change', async () => {
    const minified = JSON.stringify(template)
    const dir = workspace(minified)
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.code).toBe(0)
    const text = readFileSync(path.join(dir, 'onboarding.json'), 'utf8')
    expect(text).not.toMatch(/[\r\n]/)
    // Everything before the authorizations is as it was.
    const head = minified.slice(0, minified.indexOf('"authorizations"'))
    expect(text.startsWith(head)).toBe(true)
    const props = parseJsonc(text).resources[0].properties
    expect(props.authorizations).toContainEqual({ principalId: AUTOMATION, principalIdDisplayName: 'Fabrikam automation', roleDefinitionId: SRC_ROLE })
    expect(props.eligibleAuthorizations).toEqual([])
  })

  it('a minified template without $schema gets one without being reformatted', async () => {
    const { $schema: _schema, ...rest } = template
    const dir = workspace(JSON.stringify({ ...rest, resources: [template.resources[1]] }))
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.stdout).toContain('lighthouse-schema')
    const text = readFileSync(path.join(dir, 'onboarding.json'), 'utf8')
    expect(text).not.toMatch(/[\r\n]/)
    expect(parseJsonc(text).$schema).toBe(template.$schema)
  })
})

describe('PEC not assured', () => {
  it('a role the PEC table does not list (a warning) gets a permanent role that surely earns the credit', async () => {
    const dir = copy('role-not-eligible')
    const file = path.join(dir, 'role-not-eligible/onboarding.parameters.json')
    // Tag Contributor: usable in Lighthouse, absent from the 2022 PEC table.
    writeFileSync(file, readFileSync(file, 'utf8').replace('acdd72a7-3385-48ef-bd42-f606fba81ae7', '4a9ae827-6dc8-4573-8ac7-8239d42aa03f'))
    const before = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(before.results[0]!.findings.map((f) => f.ruleId)).toEqual(['pec-role-not-assured'])
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION, '--fail-on', 'warning'], dir)
    expect(r.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain(`"Northwind automation", "roleDefinitionId": "${SRC_ROLE}" }`)
    expect((await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })).summary).toEqual({ templates: 1, errors: 0, warnings: 0, notes: 0 })
  })
})

describe('one template, several parameters files', () => {
  it('fixes the shared template once and each parameters file on its own', async () => {
    const dir = copy('role-not-eligible')
    const folder = path.join(dir, 'role-not-eligible')
    const params = readFileSync(path.join(folder, 'onboarding.parameters.json'), 'utf8')
    renameSync(path.join(folder, 'onboarding.parameters.json'), path.join(folder, 'onboarding.parameters.dev.json'))
    writeFileSync(path.join(folder, 'onboarding.parameters.prod.json'), params.replace('Northwind automation', 'Northwind automation (prod)'))
    const template = path.join(folder, 'onboarding.json')
    writeFileSync(template, readFileSync(template, 'utf8').replace('2018-05-01/subscriptionDeploymentTemplate', '2019-08-01/subscriptionDeploymentTemplate'))
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Fixed 3 problem\(s\) in 3 file\(s\):/)
    expect(readFileSync(template, 'utf8').match(/2018-05-01\/subscriptionDeploymentTemplate/g)).toHaveLength(1)
    expect(readFileSync(path.join(folder, 'onboarding.parameters.prod.json'), 'utf8')).toContain(`"Northwind automation (prod)", "roleDefinitionId": "${SRC_ROLE}" }`)
    const report = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(report.summary).toEqual({ templates: 2, errors: 0, warnings: 0, notes: 0 })
  })
})

describe('--dry-run', () => {
  it('prints a unified diff that git apply takes, and changes nothing', async () => {
    const dir = copy('jit-only', 'template-literal', 'role-not-eligible', 'passing')
    const snapshot = ['jit-only', 'template-literal', 'role-not-eligible', 'passing'].map((n) => files(dir, n))
    const r = await cli(['fix', '.', '--dry-run', '--automation-principal-id', AUTOMATION], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^diff --git a\/jit-only\/onboarding.parameters.json b\/jit-only\/onboarding.parameters.json\n--- a\//)
    expect(r.stdout).not.toContain('passing/')
    expect(r.stderr).toMatch(/^Would fix \d+ problem\(s\) in 3 file\(s\):/)
    expect(['jit-only', 'template-literal', 'role-not-eligible', 'passing'].map((n) => files(dir, n))).toEqual(snapshot)

    // The diff, applied, is exactly what a real run writes.
    const patched = copy('jit-only', 'template-literal', 'role-not-eligible', 'passing')
    writeFileSync(path.join(patched, 'fix.patch'), r.stdout)
    execFileSync('git', ['apply', 'fix.patch'], { cwd: patched })
    await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    for (const n of ['jit-only', 'template-literal', 'role-not-eligible']) expect(files(patched, n)).toEqual(files(dir, n))
  })
})

describe('what is not fixed', () => {
  it('says so when the authorizations are built by an expression (map/lambda), and edits nothing', async () => {
    const dir = copy('expression')
    const before = files(dir, 'expression')
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Not fixed (no safe edit):')
    expect(r.stdout).toMatch(/expression\/onboarding\.json:\d+:\d+ {2}pec-automation-missing {2}properties\.authorizations is built by an expression the fixer cannot edit safely: add \{"principalId":"3f9b6c2e/)
    expect(files(dir, 'expression')).toEqual(before)
  })

  it('offers Owner → Contributor and removing a DataActions role as suggestions, never applied', async () => {
    const dir = copy('suggest')
    const before = files(dir, 'suggest')
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION, '--format', 'json'], dir)
    expect(r.code).toBe(1)
    expect(files(dir, 'suggest')).toEqual(before)
    const out = JSON.parse(r.stdout)
    expect(out.applied).toEqual([])
    const findings = out.results[0].findings as Array<{ ruleId: string; fix?: unknown; suggestions?: Array<{ description: string; file: string; edits: unknown[] }> }>
    const owner = findings.find((f) => f.ruleId === 'lighthouse-owner-role')!
    expect(owner.fix).toBeUndefined()
    expect(owner.suggestions).toEqual([expect.objectContaining({ file: 'suggest/onboarding.parameters.json', description: expect.stringMatching(/^Grant Contributor \(b24988ac/) })])
    // The suggestion is a real edit: applied by hand, the Owner error is gone.
    const text = before['onboarding.parameters.json']!.toString('utf8')
    const edit = (owner.suggestions![0]!.edits as Array<{ offset: number; length: number; content: string }>)[0]!
    const applied = text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length)
    expect(applied).not.toContain('8e3af657-a8ff-443c-a75c-2fe8c4bcb635')
    expect(applied).toContain(`"roleDefinitionId": "${CONTRIBUTOR}"`)
    const data = findings.find((f) => f.ruleId === 'lighthouse-role-data-actions')!
    expect(data.suggestions![0]!.description).toMatch(/^Remove authorizations\[2\]/)
  })

  it('refuses to write through a symbolic link and says which file', async () => {
    const dir = copy('role-not-eligible')
    const real = path.join(dir, 'real.parameters.json')
    const link = path.join(dir, 'role-not-eligible/onboarding.parameters.json')
    renameSync(link, real)
    symlinkSync(real, link)
    const before = readFileSync(real)
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/not written: .*onboarding\.parameters\.json is a symbolic link/)
    expect(readFileSync(real).equals(before)).toBe(true)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
  })
})

describe('--automation-role', () => {
  it('grants the role named (by name or GUID) and refuses one that earns no credit or that Lighthouse rejects', async () => {
    const dir = copy('role-not-eligible')
    const r = await cli(['fix', '.', '--automation-principal-id', AUTOMATION, '--automation-role', 'contributor'], dir)
    expect(r.code).toBe(0)
    expect(readFileSync(path.join(dir, 'role-not-eligible/onboarding.parameters.json'), 'utf8')).toContain(`"principalIdDisplayName": "Northwind automation", "roleDefinitionId": "${CONTRIBUTOR}" }`)
    const reader = await cli(['fix', '.', '--automation-principal-id', AUTOMATION, '--automation-role', 'acdd72a7-3385-48ef-bd42-f606fba81ae7'], dir)
    expect(reader.code).toBe(2)
    expect(reader.stderr).toMatch(/--automation-role Reader \(acdd72a7-3385-48ef-bd42-f606fba81ae7\) does not surely earn partner earned credit through Lighthouse: not PEC-eligible/)
    const owner = await cli(['fix', '.', '--automation-role', 'Owner'], dir)
    expect(owner.code).toBe(2)
    expect(owner.stderr).toMatch(/Lighthouse rejects Owner/)
    expect((await cli(['fix', '.', '--automation-role', 'Nope'], dir)).stderr).toMatch(/'Nope' is not a built-in role/)
  })

  it('lint says how many findings fix can fix', async () => {
    const dir = copy('template-literal')
    const r = await cli(['lint', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.stdout).toContain('8 finding(s) fixable with `lighthouse-pec fix` (--dry-run shows the diff)')
  })

  it('a path that does not exist is a usage error, as for lint', async () => {
    const dir = copy('passing')
    const r = await cli(['fix', 'missing-folder'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^lighthouse-pec: Path not found: missing-folder/)
  })
})
