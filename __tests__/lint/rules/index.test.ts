import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { formatMessage, ruleById, rules } from '../../../src/lint/rules/index.js'

const root = new URL('../../../', import.meta.url)

describe('rule registry', () => {
  it('has unique kebab-case IDs', () => {
    const ids = rules.map((r) => r.meta.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/)
  })

  it('registers every rule file, each with a docs page and a test', () => {
    // Every module in the folder is a rule except these shared helpers: an unregistered rule file fails here.
    const helpers = ['index.ts', 'rule.ts', 'helpers.ts', 'fields.ts', 'iso-duration.ts', 'pec-verdict.ts', 'pec-messages.ts']
    const ruleFiles = readdirSync(new URL('src/lint/rules/', root))
      .filter((f) => f.endsWith('.ts') && !helpers.includes(f))
      .map((f) => f.replace(/\.ts$/, ''))
    expect(ruleFiles.sort()).toEqual(rules.map((r) => r.meta.id).sort())
    for (const rule of rules) {
      const doc = new URL(`docs/rules/${rule.meta.id}.md`, root)
      expect(existsSync(doc)).toBe(true)
      const text = readFileSync(doc, 'utf8')
      expect(text).toContain(`# ${rule.meta.id}`)
      expect(text).toContain(`**${rule.meta.level}**`)
      expect(existsSync(new URL(`__tests__/lint/rules/${rule.meta.id}.test.ts`, root))).toBe(true)
    }
  })

  it('keeps the public rule IDs', () => {
    for (const id of [
      'parse-error', 'expression-error', 'template-structure', 'parameters-missing',
      'pec-automation-jit-only', 'pec-role-not-eligible', 'pec-automation-missing', 'pec-uaa-undocumented', 'pec-no-eligible-authorization', 'pec-principal-not-pinned',
      'lighthouse-owner-role', 'lighthouse-role-data-actions', 'lighthouse-role-restricted-actions', 'lighthouse-uaa-delegated-roles',
      'lighthouse-eligible-service-principal', 'lighthouse-eligible-authorization', 'lighthouse-jit-policy', 'lighthouse-invalid-guid',
      'lighthouse-placeholder-value', 'lighthouse-duplicate-authorization', 'lighthouse-nondeterministic-name', 'lighthouse-assignment-unlinked',
      'lighthouse-eligible-api-version', 'lighthouse-schema', 'lighthouse-display-name-missing', 'lighthouse-delete-role-missing',
      'lighthouse-unknown-role', 'lighthouse-definition-shape'
    ]) {
      expect(ruleById(id)?.meta.id).toBe(id)
    }
    expect(ruleById('nope')).toBeUndefined()
  })

  it('levels and categories follow the prefix', () => {
    for (const r of rules) {
      if (r.meta.id.startsWith('pec-')) expect(r.meta.category).toBe('pec')
      if (r.meta.id.startsWith('lighthouse-')) expect(r.meta.category).toBe('lighthouse')
      expect(['error', 'warning', 'note']).toContain(r.meta.level)
    }
  })
})

describe('formatMessage', () => {
  const rule = ruleById('lighthouse-owner-role')!
  it('fills placeholders', () => {
    expect(formatMessage(rule, 'owner', { where: 'authorizations[0]', principal: 'X' })).toMatch(/^authorizations\[0\] grants Owner .* to X:/)
  })
  it('leaves unfilled placeholders visible and tolerates missing data', () => {
    expect(formatMessage(rule, 'owner')).toContain('{{where}}')
  })
  it('does not expand placeholders inside data', () => {
    expect(formatMessage(rule, 'owner', { where: '{{principal}}', principal: 'P' })).toMatch(/^\{\{principal\}\} grants/)
  })
  it('returns the ID for an unknown message', () => {
    expect(formatMessage(rule, 'nope', {})).toBe('nope')
  })
})
