import { rule } from '../../../src/lint/rules/parameters-invalid-value.js'
import { describe, expect, it } from '@jest/globals'
import { runRule, ruleTester, template } from './rule-tester.js'

const with1 = (declaration: Record<string, unknown>, entry: unknown) => template({ declared: { p: declaration }, supplied: { p: entry } })

ruleTester(rule, {
  valid: [
    { name: 'a string for a string', template: with1({ type: 'string' }, { value: 'x' }) },
    { name: 'type names are case-insensitive', template: with1({ type: 'SecureString' }, { value: 'x' }) },
    { name: 'an int for an int', template: with1({ type: 'int', minValue: 1, maxValue: 3 }, { value: 2 }) },
    { name: 'a bool for a bool', template: with1({ type: 'bool' }, { value: false }) },
    { name: 'an object for a secureObject', template: with1({ type: 'secureObject' }, { value: { a: 1 } }) },
    { name: 'an array for an array', template: with1({ type: 'array', minLength: 1, maxLength: 2 }, { value: [1] }) },
    { name: 'allowedValues compare strings case-insensitively (as ARM does)', template: with1({ type: 'string', allowedValues: ['Azure', 'None'] }, { value: 'azure' }) },
    { name: 'each item of an array is one of allowedValues', template: with1({ type: 'array', allowedValues: ['a', 'b', 'c'] }, { value: ['a', 'c'] }) },
    { name: 'an array that is itself one of allowedValues', template: with1({ type: 'array', allowedValues: [['a', 'b']] }, { value: ['a', 'b'] }) },
    { name: 'a Key Vault reference is an unknown value, not a wrong type', template: with1({ type: 'securestring', minLength: 12 }, { reference: { keyVault: { id: 'x' }, secretName: 's' } }) },
    { name: 'null: nullable in languageVersion 2.0, undocumented otherwise', template: with1({ type: 'string', nullable: true }, { value: null }) },
    { name: 'a value written as an expression is not judged', template: with1({ type: 'int' }, { value: "[parameters('x')]" }) },
    { name: 'a $ref type (languageVersion 2.0) is not judged', template: with1({ $ref: '#/definitions/t' }, { value: 1 }) },
    { name: 'an undeclared entry is parameters-undeclared, not this rule', template: template({ declared: {}, supplied: { p: { value: 1 } } }) },
    { name: 'an entry without value is another rule', template: with1({ type: 'string' }, { valu: 'x' }) },
    { name: 'a length limit that is not a number is ignored', template: with1({ type: 'string', maxLength: '2' }, { value: 'long' }) }
  ],
  invalid: [
    {
      name: 'a numeric string for an int',
      template: with1({ type: 'int' }, { value: '5' }),
      errors: [{ messageId: 'wrongType', level: 'error', loc: 'parameters.p.value', includes: ["Expected 'Integer'. Actual 'String'", '"5"', 'without quotes'] }]
    },
    { name: 'a fraction for an int', template: with1({ type: 'int' }, { value: 1.5 }), errors: [{ messageId: 'wrongType', includes: ["Actual 'Float'"] }] },
    { name: 'a string for a bool', template: with1({ type: 'bool' }, { value: 'true' }), errors: [{ messageId: 'wrongType', includes: ["Expected 'Boolean'"] }] },
    { name: 'a number for a string', template: with1({ type: 'string' }, { value: 5 }), errors: [{ messageId: 'wrongType', includes: ["Expected 'String, Uri'. Actual 'Integer'"] }] },
    {
      // Shaped like onboarding parameter files that give one authorization object instead of the array.
      name: 'an object for an array',
      template: with1({ type: 'array' }, { value: { principalId: 'x', roleDefinitionId: 'y' } }),
      errors: [{ messageId: 'wrongType', includes: ["Expected 'Array'. Actual 'Object'"] }]
    },
    {
      name: 'a secure value is never shown',
      template: with1({ type: 'securestring' }, { value: 12345 }),
      errors: [{ messageId: 'wrongType', includes: ['a value of kind Integer'] }]
    },
    {
      name: 'not one of allowedValues',
      template: with1({ type: 'string', allowedValues: ['Azure', 'None'] }, { value: 'MFA' }),
      errors: [{ messageId: 'notAllowed', includes: ['"MFA"', '"Azure", "None"', 'not part of the allowed value(s)'] }]
    },
    {
      name: 'an array item that is not one of allowedValues',
      template: with1({ type: 'array', allowedValues: ['a', 'b'] }, { value: ['a', 'z'] }),
      errors: [{ messageId: 'itemNotAllowed', includes: ['"z"'] }]
    },
    { name: 'too short', template: with1({ type: 'string', minLength: 3 }, { value: 'ab' }), errors: [{ messageId: 'tooShort', includes: ['2 character(s)', 'minLength of 3'] }] },
    { name: 'too long', template: with1({ type: 'string', maxLength: 3 }, { value: 'abcd' }), errors: [{ messageId: 'tooLong', includes: ['4 character(s)'] }] },
    { name: 'too many items', template: with1({ type: 'array', maxLength: 1 }, { value: [1, 2] }), errors: [{ messageId: 'tooLong', includes: ['2 item(s)'] }] },
    { name: 'below minValue', template: with1({ type: 'int', minValue: 1 }, { value: 0 }), errors: [{ messageId: 'tooSmall', includes: ['minValue of 1'] }] },
    { name: 'above maxValue', template: with1({ type: 'int', maxValue: 10 }, { value: 11 }), errors: [{ messageId: 'tooLarge', includes: ['maxValue of 10'] }] },
    {
      name: 'a secure value outside its limits is not shown either',
      template: with1({ type: 'securestring', minLength: 12 }, { value: 'short' }),
      errors: [{ messageId: 'tooShort', includes: ['5 character(s)'] }]
    },
    {
      name: 'several limits broken at once are each reported',
      template: with1({ type: 'string', allowedValues: ['abcdef'], maxLength: 3 }, { value: 'abcd' }),
      errors: [{ messageId: 'notAllowed' }, { messageId: 'tooLong' }]
    }
  ]
})

describe('secure parameters', () => {
  it('never put the secret into a message', () => {
    const secret = 'hunter2-Secret'
    const cases = [
      with1({ type: 'securestring', minLength: 40 }, { value: secret }),
      with1({ type: 'securestring', maxLength: 3 }, { value: secret }),
      with1({ type: 'securestring', allowedValues: ['a', 'b'] }, { value: secret }),
      with1({ type: 'secureObject' }, { value: [secret] })
    ]
    for (const spec of cases) {
      const reports = runRule(rule, spec)
      expect(reports).toHaveLength(1)
      expect(reports[0]!.message).not.toContain(secret)
    }
  })
})
