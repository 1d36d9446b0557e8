import { describe, expect, it } from '@jest/globals'
import { InputError, listInput, parseParameterPairs, readInputs } from '../../src/action/inputs.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readInputs', () => {
  it('applies the action.yml defaults when inputs are empty', () => {
    const inputs = readInputs(reader({}))
    expect(inputs).toMatchObject({
      mode: 'lint',
      templates: ['.'],
      failOn: 'error',
      comment: 'auto',
      onlyChanged: false,
      maxParallel: 8,
      timeoutMinutes: 60,
      shard: null,
      linkPartner: 'false',
      csvFile: 'pec-report.csv'
    })
    expect(inputs.automationPrincipalId).toBeUndefined()
  })

  it.each([
    ['fail-on', 'errors', /`fail-on` must be one of `error`, `warning`, `never` \(got "errors"\)/],
    ['mode', 'deploy-now', /`mode` must be one of `lint`, `validate`/],
    ['automation-principal-id', 'not-a-guid', /`automation-principal-id` must be a GUID/],
    ['comment', 'yes', /`comment` must be one of/],
    ['only-changed', 'yes', /`only-changed` must be `true` or `false`/],
    ['shard', '3/2', /`shard` must be `K\/N`/],
    ['max-parallel', '0', /`max-parallel` must be a positive whole number/],
    ['partner-id', 'PID-12', /`partner-id` must be the Associated Partner ID's digits/],
    ['arm-endpoint', 'http://127.0.0.1', /`arm-endpoint` must use https/],
    ['link-partner', 'force', /`link-partner` must be one of/]
  ])('rejects %s = %s with a clear message', (name, value, message) => {
    expect(() => readInputs(reader({ [name]: value }))).toThrow(InputError)
    expect(() => readInputs(reader({ [name]: value }))).toThrow(message)
  })

  it('normalises a GUID to lower case and parses shard and lists', () => {
    const inputs = readInputs(
      reader({
        'automation-principal-id': '11111111-2222-3333-4444-55555555555A',
        shard: '2/4',
        templates: 'a/*.json\nb.json, c.json\n# comment',
        'allowed-refs': 'refs/heads/main',
        'only-changed': 'true'
      })
    )
    expect(inputs.automationPrincipalId).toBe('11111111-2222-3333-4444-55555555555a')
    expect(inputs.shard).toEqual({ index: 2, count: 4 })
    expect(inputs.templates).toEqual(['a/*.json', 'b.json', 'c.json'])
    expect(inputs.allowedRefs).toEqual(['refs/heads/main'])
    expect(inputs.onlyChanged).toBe(true)
  })
})

describe('comment-key', () => {
  const read = (key: string) => readInputs((name) => (name === 'comment-key' ? key : ''))
  it('accepts a short key and defaults to none', () => {
    expect(read('shard-1').commentKey).toBe('shard-1')
    expect(read('').commentKey).toBe('')
  })
  it('rejects characters that could end the hidden HTML comment', () => {
    expect(() => read('a -->')).toThrow(InputError)
    expect(() => read('x'.repeat(65))).toThrow(/at most 64/)
  })
})

describe('billing-currency', () => {
  const read = (value: string) => readInputs((name) => (name === 'billing-currency' ? value : ''))
  it('defaults to USD and upper-cases a code', () => {
    expect(read('').billingCurrency).toBe('USD')
    expect(read(' eur ').billingCurrency).toBe('EUR')
  })
  it('rejects what is not an ISO 4217 code', () => {
    expect(() => read('euro')).toThrow(InputError)
    expect(() => read('€')).toThrow(/three-letter ISO 4217 code/)
  })
})

describe('parseParameterPairs', () => {
  it('reads one pair per line, even with Windows drive letters', () => {
    expect(parseParameterPairs('a.json: p/a.params.json\nC:\\x\\t.jsonc : C:\\x\\p.json\n\n')).toEqual([
      { template: 'a.json', parameters: 'p/a.params.json' },
      { template: 'C:\\x\\t.jsonc', parameters: 'C:\\x\\p.json' }
    ])
  })

  it('rejects a line without a separator', () => {
    expect(() => parseParameterPairs('just-a-file.json')).toThrow(/each line must be `template.json: parameters.json`/)
  })
})

describe('listInput', () => {
  it('splits lines and commas and drops blanks', () => {
    expect(listInput(' a ,b\n\n c ')).toEqual(['a', 'b', 'c'])
  })
})
