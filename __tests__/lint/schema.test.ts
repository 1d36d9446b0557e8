import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import schema from '../../src/lint/schema/registration-definition.schema.json' with { type: 'json' }

describe('registration-definition.schema.json', () => {
  // The runtime skips meta-schema validation for a faster cold start; this is where the schema itself is checked.
  it('is a valid JSON Schema', () => {
    const ajv = new Ajv({ strict: true, allErrors: true })
    expect(ajv.validateSchema(schema)).toBe(true)
    expect(ajv.errors ?? null).toBeNull()
  })
})

describe('the standalone validator', () => {
  it('is what the schema compiles to (run `npm run build:validator` after editing the schema)', async () => {
    const { execFileSync } = await import('node:child_process')
    expect(() => execFileSync(process.execPath, ['scripts/generate-validator.mjs', '--check'], { stdio: 'pipe' })).not.toThrow()
  })
})
