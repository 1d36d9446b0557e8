import { describe, expect, it } from '@jest/globals'
import { clip, escapeMarkdown } from '../../src/report/escape.js'

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

describe('clip', () => {
  it('cuts long text and marks the cut', () => {
    expect(clip('abcdef', 4)).toBe('abc…')
    expect(clip('abc', 4)).toBe('abc')
  })
})
