import { describe, expect, it } from '@jest/globals'
import { rule } from '../../../src/lint/rules/lighthouse-api-version.js'
import { compareApiVersions } from '../../../src/lint/rules/helpers.js'
import { definition, ruleTester, template } from './rule-tester.js'

ruleTester(rule, {
  valid: [
    { name: '2019-06-01', template: template({ definitions: [definition({ apiVersion: '2019-06-01' })] }) },
    { name: 'number apiVersion is not this rule', template: template({ definitions: [definition({ apiVersion: 2019 })] }) }
  ],
  invalid: [
    {
      name: 'previews before 2019-06-01',
      template: template({ definitions: [definition({ apiVersion: '2019-04-01-preview' })], assignments: [{ apiVersion: '2018-06-01-preview' }] }),
      errors: [
        { messageId: 'old', level: 'warning', loc: 'definitions[0].apiVersion' },
        { messageId: 'old', loc: 'assignments[0].apiVersion' }
      ]
    }
  ]
})

describe('compareApiVersions', () => {
  it('orders by date, then preview before stable', () => {
    expect(compareApiVersions('2020-02-01-preview', '2020-02-01')).toBeLessThan(0)
    expect(compareApiVersions('2020-02-01', '2020-02-01-preview')).toBeGreaterThan(0)
    expect(compareApiVersions('2020-02-01-preview', '2020-02-01-preview')).toBe(0)
    expect(compareApiVersions('2019-09-01', '2020-02-01-preview')).toBeLessThan(0)
    expect(compareApiVersions('2022-01-01-preview', '2020-02-01')).toBeGreaterThan(0)
    expect(compareApiVersions(null, '2020-02-01')).toBeUndefined()
    expect(compareApiVersions('v2', '2020-02-01')).toBeUndefined()
  })
})
