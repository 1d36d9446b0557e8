/** The file-system boundary: reads that never leave the workspace or block, writes that never follow a symlink. */
import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { Boundary, BoundaryError, checkRegularFile, readRegularFile, readTextInside, staticPart, writeFileInside, writeRefusal } from '../../src/shared/fs-boundary.js'
import { tmpTree } from '../helpers/tmp-tree.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

/** A workspace and, beside it, a folder outside it holding a "secret". */
function layout(files: Record<string, string> = {}) {
  const tree = tmpTree({ 'ws/a.json': '{"a":1}', 'outside/secret.json': '{"token":"s3cr3t"}', ...files })
  cleanups.push(tree.cleanup)
  const ws = path.join(tree.dir, 'ws')
  return { root: tree.dir, ws, outside: path.join(tree.dir, 'outside'), boundary: Boundary.create(ws) }
}

const mkfifo = (file: string): void => {
  execFileSync('mkfifo', [file])
}

describe('readRegularFile', () => {
  it('reads a regular file inside the workspace', () => {
    const { ws, boundary } = layout()
    const read = readRegularFile(boundary, path.join(ws, 'a.json'), 1024)
    expect(read.ok && read.buffer.toString()).toBe('{"a":1}')
  })

  it('refuses a symlink to a file outside the workspace, and reads one that stays inside', () => {
    const { ws, outside, boundary } = layout({ 'ws/sub/b.json': '{"b":2}' })
    symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'x.parameters.json'))
    symlinkSync(path.join(ws, 'sub/b.json'), path.join(ws, 'inside.json'))
    const refused = readRegularFile(boundary, path.join(ws, 'x.parameters.json'), 1024)
    expect(refused).toEqual({ ok: false, refusal: { reason: 'outside', message: expect.stringMatching(/symbolic link to a file outside the workspace/) } })
    const inside = readRegularFile(boundary, path.join(ws, 'inside.json'), 1024)
    expect(inside.ok && inside.buffer.toString()).toBe('{"b":2}')
  })

  it('refuses a file in a folder that is a symlink leading outside', () => {
    const { ws, outside, boundary } = layout()
    symlinkSync(outside, path.join(ws, 'linked'))
    const read = readRegularFile(boundary, path.join(ws, 'linked', 'secret.json'), 1024)
    expect(!read.ok && read.refusal.reason).toBe('outside')
  })

  it('never blocks on a FIFO or a device, named directly or through a symlink', () => {
    const { ws, boundary } = layout()
    mkfifo(path.join(ws, 'fifo.json'))
    symlinkSync(path.join(ws, 'fifo.json'), path.join(ws, 'to-fifo.json'))
    // Nobody ever writes to these: a blocking open or read would hang the test until Jest's timeout.
    for (const name of ['fifo.json', 'to-fifo.json']) {
      const read = readRegularFile(boundary, path.join(ws, name), 1024)
      expect(!read.ok && read.refusal).toEqual({ reason: 'not-regular', message: expect.stringMatching(/not a regular file \(a FIFO\)/) })
    }
    const device = readRegularFile(null, '/dev/null', 1024)
    expect(!device.ok && device.refusal.reason).toBe('not-regular')
    symlinkSync('/dev/stdout', path.join(ws, 'stdout.json'))
    const stdout = readRegularFile(boundary, path.join(ws, 'stdout.json'), 1024)
    expect(stdout.ok).toBe(false)
  })

  it('refuses folders, missing files and files over the limit', () => {
    const { ws, boundary } = layout({ 'ws/big.json': 'x'.repeat(2048), 'ws/dir/c.json': '{}' })
    expect(readRegularFile(boundary, path.join(ws, 'dir'), 1024)).toMatchObject({ ok: false, refusal: { reason: 'not-regular' } })
    expect(readRegularFile(boundary, path.join(ws, 'nope.json'), 1024)).toMatchObject({ ok: false, refusal: { reason: 'missing' } })
    expect(readRegularFile(boundary, path.join(ws, 'big.json'), 1024)).toMatchObject({ ok: false, refusal: { reason: 'too-large', size: 2048 } })
    expect(checkRegularFile(boundary, path.join(ws, 'big.json'))).toBeNull()
  })

  it('without a boundary (the runner\'s own files) follows links but still refuses what is not a regular file', () => {
    const { ws, outside } = layout()
    symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'link.json'))
    const read = readRegularFile(null, path.join(ws, 'link.json'), 1024)
    expect(read.ok && read.buffer.toString()).toContain('s3cr3t')
  })

  it('readTextInside names the file and strips a BOM', () => {
    const { ws, outside, boundary } = layout({ 'ws/bom.json': '\ufeff{"x":1}' })
    expect(readTextInside(boundary, path.join(ws, 'bom.json'), 'bom')).toBe('{"x":1}')
    symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'link.json'))
    expect(() => readTextInside(boundary, path.join(ws, 'link.json'), 'targets file link.json')).toThrow(/^targets file link\.json: it is a symbolic link to a file outside the workspace; it was not read\.$/)
  })
})

describe('Boundary.create', () => {
  it('adds the folders of paths named outside the workspace, not those named inside', () => {
    const { root, ws, outside } = layout({ 'elsewhere/t.json': '{}' })
    symlinkSync(outside, path.join(ws, 'linked'))
    const boundary = Boundary.create(ws, ['linked/secret.json', path.join(root, 'elsewhere/t.json'), '../outside/**/*.json', ''])
    expect(boundary.roots).toEqual([realpathSync(ws), realpathSync(path.join(root, 'elsewhere')), realpathSync(outside)])
    // Named inside (through a symlink) joins nothing: the named path must resolve inside on its own.
    expect(Boundary.create(ws, ['linked/secret.json']).roots).toEqual([realpathSync(ws)])
  })

  it('takes the fixed part of a glob pattern as the folder it names', () => {
    expect(staticPart('templates/**/*.json')).toBe('templates')
    expect(staticPart('**/*.json')).toBe('.')
    expect(staticPart('/abs/dir/*.json')).toBe('/abs/dir')
    expect(staticPart('a/b.json')).toBe('a/b.json')
  })
})

describe('writeFileInside', () => {
  it('writes a new file, creating its folders inside the workspace', () => {
    const { ws, boundary } = layout()
    const written = writeFileInside(boundary, 'reports/out/x.sarif', '{"runs":[]}')
    expect(written).toBe(path.join(ws, 'reports/out/x.sarif'))
    expect(readFileSync(written, 'utf8')).toBe('{"runs":[]}')
  })

  it('replaces a symlink at the target instead of writing through it', () => {
    const { ws, outside, boundary } = layout()
    const victim = path.join(outside, 'secret.json')
    symlinkSync(victim, path.join(ws, 'lighthouse-pec.sarif'))
    writeFileInside(boundary, 'lighthouse-pec.sarif', 'SARIF')
    expect(readFileSync(victim, 'utf8')).toBe('{"token":"s3cr3t"}')
    expect(lstatSync(path.join(ws, 'lighthouse-pec.sarif')).isFile()).toBe(true)
    expect(readFileSync(path.join(ws, 'lighthouse-pec.sarif'), 'utf8')).toBe('SARIF')
  })

  it('refuses a folder that leads outside, a dangling folder link, a device and a folder in the way', () => {
    const { ws, outside, boundary } = layout()
    symlinkSync(outside, path.join(ws, 'out'))
    symlinkSync(path.join(ws, 'nowhere'), path.join(ws, 'dangling'))
    mkdirSync(path.join(ws, 'taken.sarif'))
    symlinkSync('/dev/null', path.join(ws, 'null.sarif'))
    expect(() => writeFileInside(boundary, 'out/x.sarif', 'x')).toThrow(/its folder leads outside the workspace/)
    expect(() => writeFileInside(boundary, 'out/new/x.sarif', 'x')).toThrow(BoundaryError)
    expect(() => writeFileInside(boundary, 'dangling/x.sarif', 'x')).toThrow(/leads nowhere/)
    expect(() => writeFileInside(boundary, 'null.sarif', 'x')).toThrow(/not a regular file \(a device\)/)
    expect(() => writeFileInside(boundary, 'taken.sarif', 'x')).toThrow(/not a regular file \(a folder\)/)
    expect(() => writeFileInside(boundary, '../outside/x.sarif', 'x')).toThrow(/outside the workspace/)
    expect(readFileSync(path.join(outside, 'secret.json'), 'utf8')).toBe('{"token":"s3cr3t"}')
  })

  it('refuses, with a clear reason, a path whose folder is a file (no bare ENOTDIR), before and when writing', () => {
    const { ws, boundary } = layout()
    writeFileSync(path.join(ws, 'README.md'), 'keep me')
    for (const file of ['README.md/x.sarif', 'README.md/deeper/x.sarif']) {
      expect(writeRefusal(boundary, file)).toMatchObject({ reason: 'not-regular', message: `${file}: a file stands where one of its folders should be; it was not written.` })
      expect(() => writeFileInside(boundary, file, 'x')).toThrow(`${file}: a file stands where one of its folders should be; it was not written.`)
    }
    expect(readFileSync(path.join(ws, 'README.md'), 'utf8')).toBe('keep me')
    expect(writeRefusal(boundary, 'reports/new/x.sarif')).toBeNull()
  })

  it('writes where a path named outside the workspace says (the user chose it)', () => {
    const { root, ws } = layout()
    const boundary = Boundary.create(ws, ['../reports/x.csv'])
    writeFileInside(boundary, '../reports/x.csv', 'a,b\n')
    expect(readFileSync(path.join(root, 'reports/x.csv'), 'utf8')).toBe('a,b\n')
  })

  it('an output named outside the workspace makes its folder writable, never readable', () => {
    // `sarif-file: ${{ runner.temp }}/x.sarif`: the runner's temporary folder holds the event payload and other
    // steps' files; a committed symlink into it must stay unread.
    const { root, ws, outside } = layout()
    symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'linked.json'))
    const boundary = Boundary.create(ws, [], [path.join(outside, 'x.sarif')])
    expect(boundary.roots).toEqual([realpathSync(ws)])
    expect(readRegularFile(boundary, path.join(ws, 'linked.json'), 1024)).toMatchObject({ ok: false, refusal: { reason: 'outside' } })
    writeFileInside(boundary, path.join(outside, 'x.sarif'), 'SARIF')
    expect(readFileSync(path.join(root, 'outside/x.sarif'), 'utf8')).toBe('SARIF')
  })

  it('leaves no temporary file behind', () => {
    const { ws, boundary } = layout()
    writeFileSync(path.join(ws, 'x.sarif'), 'old')
    writeFileInside(boundary, 'x.sarif', 'new')
    expect(execFileSync('ls', ['-A', ws], { encoding: 'utf8' }).split('\n').filter((n) => n.includes('.tmp'))).toEqual([])
  })
})
