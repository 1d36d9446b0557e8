/** The one channel for untrusted text on its way to a log: a single line the runner never runs as a command. */
import { describe, expect, it } from '@jest/globals'
import { inertJson, inertLine, logLine } from '../../src/report/escape.js'
import { runnerCommands } from '../helpers/runner-commands.js'

const HOSTILE = [
  'Contoso\n::error title=Pwned::owned',
  'x\r\n::add-mask::INJECTED',
  '::stop-commands::INJECTED-TOKEN',
  '   ::set-output name=result::pass',
  '\u00a0\u2003::warning::nbsp-indented',
  '\u0085::debug::next-line-char',
  '\u200b::notice::zero-width-first',
  '\t\u001c::error::control-first',
  'offer ##[add-mask]INJECTED-V1',
  '##[error]legacy at the start',
  'a\u2028::error::line-separator',
  'text %0A::error::percent-encoded stays text'
]

describe('logLine', () => {
  it.each(HOSTILE)('makes %j one line that the runner does not run', (text) => {
    const line = logLine(text)
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1)
    expect(runnerCommands(line)).toEqual([])
  })

  it('the same texts, unescaped, are commands to the runner (the test can fail)', () => {
    // All but four: the zero-width space, the control character and U+2028 are there in case a runner trims more.
    expect(runnerCommands(HOSTILE.join('\n'))).toHaveLength(HOSTILE.length - 4)
  })

  it('leaves ordinary text as it reads, including :: inside a line', () => {
    expect(logLine('Partner ID: linked to 1234567 (Fabrikam).')).toBe('Partner ID: linked to 1234567 (Fabrikam).')
    expect(logLine('[System.Guid]::NewGuid() failed')).toBe('[System.Guid]::NewGuid() failed')
    expect(logLine('fe80::1 # x')).toBe('fe80::1 # x')
  })
})

describe('inertLine', () => {
  it('keeps colour escapes (a line starting with ESC is no command) and breaks only what the runner reads', () => {
    const coloured = '\u001b[4mtemplates/::error::x.json\u001b[24m  PEC ok'
    expect(inertLine(coloured)).toBe(coloured)
    expect(inertLine('::error::x.json  PEC ok')).toBe(':\u200b:error::x.json  PEC ok')
  })
})

describe('inertJson', () => {
  it('writes ##[ as ##\\u005b: the same value to a JSON parser, no command to the runner', () => {
    const json = JSON.stringify({ message: 'value ##[add-mask]secret' }, null, 2)
    const inert = inertJson(json)
    expect(runnerCommands(json)).toHaveLength(1)
    expect(runnerCommands(inert)).toEqual([])
    expect(JSON.parse(inert)).toEqual(JSON.parse(json))
  })
})
