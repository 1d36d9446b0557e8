// Prints the README's inputs and outputs tables from action.yml (the single source of truth), so they never drift.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'))
const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
const lines = ['| input | default | description |', '|---|---|---|']
for (const [name, input] of Object.entries(action.inputs)) {
  const def = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``
  lines.push(`| \`${name}\` | ${def} | ${cell(input.description)} |`)
}
lines.push('', '| output | description |', '|---|---|')
for (const [name, output] of Object.entries(action.outputs)) lines.push(`| \`${name}\` | ${cell(output.description)} |`)
console.log(lines.join('\n'))
