/**
 * Every rule page shows a failing and a passing example. Where the example is a whole definition, resource or
 * template, lint it: the failing one must trigger the page's rule and the passing one must not, so the docs cannot
 * drift from the rules. An example of two code blocks is a template and its parameters file, linted as a pair.
 * Pages whose examples are fragments (an invalid file, a parameters-file excerpt, a lone `$schema`) are listed in
 * FRAGMENTS with the reason. Every page also says what the rule's certainty rests on.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'jsonc-parser'
import { lint } from '../../src/lint/engine.js'

const FRAGMENTS: Record<string, string> = {
  'parse-error': 'the failing example is deliberately not JSON',
  'file-not-read': 'the examples are shell commands that commit a symlink (see __tests__/lint/read/discovery.test.ts)',
  'expression-error': 'resources without a type, to keep the expression in focus',
  'lighthouse-assignment-unlinked': 'an assignment alone, without the definition it should point at',
  'lighthouse-schema': 'a lone $schema line',
  'lighthouse-placeholder-value': 'a parameters-file excerpt',
  'parameters-missing': 'a description of a file pair, not a template',
  'pec-principal-not-pinned': 'about the action input, not the template',
  'pec-no-eligible-authorization': 'only reported when no automation principal is pinned (checked below without one)'
}
const DOCS_PRINCIPAL = '11111111-2222-3333-4444-555555555555'
const SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#'
const dir = mkdtempSync(path.join(os.tmpdir(), 'lpg-docs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Example {
  template: unknown
  parameters?: unknown
}

/** The code blocks under `heading` (up to the next `## `): one template, or a template and its parameters file. */
function example(markdown: string, heading: string): Example | undefined {
  const at = markdown.indexOf(heading)
  if (at < 0) return undefined
  const rest = markdown.slice(at + heading.length)
  const end = rest.indexOf('\n## ')
  const blocks = [...(end < 0 ? rest : rest.slice(0, end)).matchAll(/```(?:jsonc?)?\n([\s\S]*?)```/g)].map((m) => parse(m[1]!))
  if (blocks.length === 0) return undefined
  return blocks.length > 1 ? { template: blocks[0], parameters: blocks[1] } : { template: blocks[0] }
}

function asTemplate(value: unknown): object {
  const v = value as Record<string, unknown>
  if (v.$schema || v.resources) return v
  if (v.type) return { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [v] }
  return { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [{ type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', ...v }] }
}

async function ruleIds(id: string, label: string, value: Example | undefined, principal: string | undefined): Promise<string[]> {
  const file = path.join(dir, `${id}.${label}.json`)
  writeFileSync(file, JSON.stringify(asTemplate(value!.template)))
  const parameterPairs: Array<{ template: string; parameters: string }> = []
  if (value!.parameters !== undefined) {
    const parameters = path.join(dir, `${id}.${label}.parameters.json`)
    writeFileSync(parameters, JSON.stringify(value!.parameters))
    parameterPairs.push({ template: file, parameters })
  }
  const report = await lint([file], { cwd: dir, automationPrincipalId: principal, parameterPairs })
  return report.results[0].findings.map((f) => f.ruleId)
}

const pages = readdirSync('docs/rules').map((f) => f.replace(/\.md$/, ''))

describe('rule docs examples', () => {
  it.each(pages.filter((id) => !(id in FRAGMENTS)))('%s: the failing example fails and the passing one passes', async (id) => {
    const markdown = readFileSync(`docs/rules/${id}.md`, 'utf8')
    const failing = example(markdown, '## Failing example')
    const passing = example(markdown, '## Passing example')
    expect(failing).toBeDefined()
    expect(passing).toBeDefined()
    expect(await ruleIds(id, 'failing', failing, DOCS_PRINCIPAL)).toContain(id)
    expect(await ruleIds(id, 'passing', passing, DOCS_PRINCIPAL)).not.toContain(id)
  })

  it('pec-no-eligible-authorization: its examples behave as documented when no principal is pinned', async () => {
    const markdown = readFileSync('docs/rules/pec-no-eligible-authorization.md', 'utf8')
    expect(await ruleIds('pec-no-eligible-authorization', 'failing', example(markdown, '## Failing example'), undefined)).toContain('pec-no-eligible-authorization')
    expect(await ruleIds('pec-no-eligible-authorization', 'passing', example(markdown, '## Passing example'), undefined)).not.toContain('pec-no-eligible-authorization')
  })

  it.each(pages)('%s: says what its certainty rests on', (id) => {
    const markdown = readFileSync(`docs/rules/${id}.md`, 'utf8')
    const section = /## Certainty\n([\s\S]*?)(?:\n## |$)/.exec(markdown)
    expect(section).not.toBeNull()
    // A documented behaviour with its source (a link), dated data (a date), or the plain statement that none is claimed.
    expect(section![1]).toMatch(/\]\(https:\/\/|\d{4}-\d{2}-\d{2}|No ARM or Lighthouse source is claimed/)
  })

  it('lists only pages that exist as fragments', () => {
    for (const id of Object.keys(FRAGMENTS)) expect(pages).toContain(id)
  })
})
