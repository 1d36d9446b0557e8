import { describe, expect, it } from '@jest/globals'
import { clip, encodePathSegment, escapeMarkdown, oneLineText } from '../../src/report/escape.js'
import { formatText } from '../../src/report/text.js'

describe('escapeMarkdown', () => {
  it('neutralises HTML tags', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)><script>alert(2)</script>')
    expect(out).not.toMatch(/<[a-z/]/i)
    expect(out).toContain('&lt;img')
  })

  it('breaks @-mentions and team mentions', () => {
    const out = escapeMarkdown('ping @octocat and @org/team')
    expect(out).not.toMatch(/@[A-Za-z]/)
    expect(out).toContain('@\u200boctocat')
  })

  it('escapes links, images, emphasis, code and table pipes', () => {
    const out = escapeMarkdown('[click](https://evil.example) ![x](y) **bold** _it_ `code` a|b ~~s~~')
    expect(out).not.toMatch(/(^|[^\\])\[/)
    expect(out).not.toMatch(/(^|[^\\])\|/)
    expect(out).not.toMatch(/(^|[^\\])\*/)
    expect(out).not.toMatch(/(^|[^\\])`/)
    expect(out).not.toMatch(/(^|[^\\])_/)
    expect(out).not.toContain('https://')
  })

  it('keeps a hostile display name inside one table cell', () => {
    const out = escapeMarkdown('Contoso |\n| injected | row |\n# Heading')
    expect(out).not.toContain('\n')
    expect(out.split(/(?<!\\)\|/)).toHaveLength(1)
  })

  it('escapes block markers at the start of the text', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title')
    expect(escapeMarkdown('- item')).toBe('\\- item')
    expect(escapeMarkdown('1. item')).toBe('\\1. item')
  })

  it('neutralises entities and issue references', () => {
    expect(escapeMarkdown('&#64;octocat')).toBe('&amp;#\u200b64;octocat')
    expect(escapeMarkdown('see #12')).toBe('see #\u200b12')
    expect(escapeMarkdown('see GH-12 and gh-7')).toBe('see GH\u200b-12 and gh\u200b-7')
  })

  it('drops bidirectional overrides and C1 controls, which make text display other than it reads', () => {
    expect(escapeMarkdown('Contoso\u202egnp.exe\u2066x\u2069\u0085y\u009b')).toBe('Contosognp.exex y')
  })

  it('neutralises GitHub math and www. autolinks', () => {
    const out = escapeMarkdown('Contoso $\\color{red}{\\text{APPROVED}}$ see www.evil.example')
    expect(out).not.toMatch(/(^|[^\\])\$/)
    expect(out).not.toContain('www.')
    expect(out).toContain('www\u200b.evil.example')
  })

  it('drops control characters and leaves plain text readable', () => {
    expect(escapeMarkdown('Fabrikam\u0000 Automation\u0007')).toBe('Fabrikam Automation')
    expect(escapeMarkdown(null)).toBe('')
  })
})

describe('oneLineText', () => {
  it('keeps text from files on one line with no terminal escapes', () => {
    expect(oneLineText('Evil\n::add-mask::Contoso\r\n::error::fake\u2028x\u001b[31m')).toBe('Evil ::add-mask::Contoso ::error::fake x[31m')
  })

  it('keeps workflow commands out of the CLI text report (a `run:` step would execute them)', () => {
    const hostile = 'Evil\n::add-mask::Contoso\n::warning file=x::fake'
    const text = formatText(
      {
        results: [{ template: 'a\n::error::t.json', parameters: null, pec: 'fail', findings: [{ ruleId: 'x', level: 'error', message: hostile, file: 'a\n::error::t.json', line: 1, column: 1 }] }],
        summary: { templates: 1, errors: 1, warnings: 0, notes: 0 }
      },
      { color: false }
    )
    expect(text.split('\n').filter((line) => line.startsWith('::'))).toEqual([])
    expect(text).toContain('Evil ::add-mask::Contoso ::warning file=x::fake')
  })
})

describe('encodePathSegment', () => {
  it('encodes the characters that could end a markdown link early', () => {
    expect(encodePathSegment("x)~~hidden~~**bold**(!'")).toBe('x%29%7E%7Ehidden%7E%7E%2A%2Abold%2A%2A%28%21%27')
    expect(decodeURIComponent(encodePathSegment('a b(c).json'))).toBe('a b(c).json')
  })
})

describe('clip', () => {
  it('cuts long text and marks the cut', () => {
    expect(clip('abcdef', 4)).toBe('abc…')
    expect(clip('abc', 4)).toBe('abc')
  })
})
