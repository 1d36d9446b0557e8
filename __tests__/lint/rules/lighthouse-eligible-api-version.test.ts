import { rule } from '../../../src/lint/rules/lighthouse-eligible-api-version.js'
import { USER, ROLE, Unknown, definition, ruleTester, template } from './rule-tester.js'

const eligible = [{ principalId: USER, roleDefinitionId: ROLE.contributor }]
const withApi = (apiVersion: unknown, e: unknown = eligible) => template({ definitions: [definition({ apiVersion, eligibleAuthorizations: e })] })

ruleTester(rule, {
  valid: [
    { name: '2020-02-01-preview', template: withApi('2020-02-01-preview') },
    { name: '2022-10-01', template: withApi('2022-10-01') },
    { name: 'old API without eligible authorizations', template: withApi('2019-06-01', []) },
    { name: 'unknown API version', template: withApi(new Unknown('parameter', 'p')) },
    { name: 'junk API version', template: withApi('latest') }
  ],
  invalid: [
    {
      name: '2019-09-01',
      template: withApi('2019-09-01'),
      errors: [{ messageId: 'tooOld', level: 'error', loc: 'definitions[0].apiVersion', includes: ['2019-09-01', '2022-10-01'] }]
    },
    { name: '2020-01-31 stable', template: withApi('2020-01-31'), errors: [{ messageId: 'tooOld' }] },
    { name: 'eligible list known only at deployment', template: withApi('2019-06-01', new Unknown('parameter', 'p')), errors: [{ messageId: 'tooOld' }] }
  ]
})
