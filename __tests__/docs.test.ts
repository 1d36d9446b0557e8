/** The README is the users' reference: every input, output and rule must be in it, and every rule needs its page. */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { rules } from '../src/lint/rules/index.js'

const readme = readFileSync('README.md', 'utf8')
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { description: string }>; outputs: Record<string, { description: string }> }

describe('README', () => {
  it.each(Object.keys(action.inputs))('documents input %s', (name) => {
    expect(readme).toContain(`| \`${name}\` |`)
    expect(action.inputs[name].description.length).toBeGreaterThan(10)
  })

  it.each(Object.keys(action.outputs))('documents output %s', (name) => {
    expect(readme).toContain(`| \`${name}\` |`)
  })

  it.each(rules.map((r) => r.meta.id))('lists rule %s with its level and docs page', (id) => {
    const rule = rules.find((r) => r.meta.id === id)!
    expect(readme).toContain(`| [\`${id}\`](docs/rules/${id}.md) | ${rule.meta.level} |`)
    expect(existsSync(`docs/rules/${id}.md`)).toBe(true)
  })

  it('has the two quick-start commands', () => {
    expect(readme).toMatch(/node dist\/cli\/index\.js lint examples/)
    expect(readme).toMatch(/npm ci && npm test/)
  })
})
