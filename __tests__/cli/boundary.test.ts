/**
 * The CLI through the file-system boundary and the inert output channel: `--output` never writes through a link,
 * a refused path is a finding (exit 1) or a message (exit 2), and what it prints is never a workflow command.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { run } from '../../src/cli/run.js'
import { runnerCommands } from '../helpers/runner-commands.js'
import { tmpTree } from '../helpers/tmp-tree.js'
import { AUTOMATION, parameterizedTemplate } from '../helpers/templates.js'

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

function sink(): Writable & { text: string } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk))
      done()
    }
  }) as Writable & { text: string }
  Object.defineProperty(stream, 'text', { get: () => chunks.join('') })
  return stream
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink()
  const stderr = sink()
  const code = await run(args, { stdout, stderr, cwd })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

describe('--output', () => {
  it('replaces a symlink at the output path instead of writing through it', async () => {
    const root = tree({ 'ws/a.json': parameterizedTemplate(), 'victim.txt': 'keep me' })
    const ws = path.join(root, 'ws')
    symlinkSync(path.join(root, 'victim.txt'), path.join(ws, 'report.json'))
    const r = await cli(['lint', 'a.json', '--format', 'json', '--output', 'report.json'], ws)
    expect(r.code).toBe(0)
    expect(readFileSync(path.join(root, 'victim.txt'), 'utf8')).toBe('keep me')
    expect(lstatSync(path.join(ws, 'report.json')).isSymbolicLink()).toBe(false)
    expect(JSON.parse(readFileSync(path.join(ws, 'report.json'), 'utf8')).summary.templates).toBe(1)
  })

  it('refuses a folder that leads out of the working directory and a device, with a message and exit 2', async () => {
    const root = tree({ 'ws/a.json': parameterizedTemplate(), 'elsewhere/.keep': '' })
    const ws = path.join(root, 'ws')
    symlinkSync(path.join(root, 'elsewhere'), path.join(ws, 'out'))
    const outside = await cli(['lint', 'a.json', '--output', 'out/report.txt'], ws)
    expect(outside).toMatchObject({ code: 2, stderr: 'lighthouse-pec: out/report.txt: its folder leads outside the workspace (a symbolic link); it was not written.\n' })
    const device = await cli(['lint', 'a.json', '--output', '/dev/null'], ws)
    expect(device).toMatchObject({ code: 2, stderr: expect.stringMatching(/^lighthouse-pec: \/dev\/null: it is not a regular file \(a device\)/) })
    // A folder named outside on purpose is the user's choice.
    mkdirSync(path.join(root, 'reports'))
    expect((await cli(['lint', 'a.json', '--output', '../reports/r.txt'], ws)).code).toBe(0)
    expect(readFileSync(path.join(root, 'reports/r.txt'), 'utf8')).toContain('1 template')
  })
})

describe('what the CLI prints is never a workflow command', () => {
  it('a file named like a command, and a message quoting ##[ from the file, stay text', async () => {
    const template = parameterizedTemplate() as { resources: Array<{ properties: Record<string, string> }> }
    template.resources[0]!.properties.managedByTenantId = 'x ##[add-mask]INJECTED'
    const dir = tree({ '::error::INJECTED.json': template })
    mkdirSync(path.join(dir, '::stop-commands::INJECTED'))
    writeFileSync(path.join(dir, '::stop-commands::INJECTED', 'b.json'), JSON.stringify(template))
    for (const format of ['text', 'json', 'sarif']) {
      const r = await cli(['lint', '.', '--format', format, '--automation-principal-id', AUTOMATION], dir)
      expect(r.code).toBe(1)
      // The text is there (so this can fail), as text.
      expect(r.stdout).toContain('INJECTED')
      expect(runnerCommands(r.stdout + r.stderr)).toEqual([])
    }
    const missing = await cli(['lint', '::error::INJECTED-missing.json\n::add-mask::x'], dir)
    expect(missing.code).toBe(2)
    expect(runnerCommands(missing.stderr)).toEqual([])
  })
})
