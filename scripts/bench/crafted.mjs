// Crafted templates that ask the evaluator for unbounded work (issue 9 §5): tests check each becomes a finding on its
// own template, the lint benchmark measures what the budgets cost.

const SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#'
const DEFINITION = 'Microsoft.ManagedServices/registrationDefinitions'

/**
 * Variables that double an array `levels` times (a_n = [a_{n-1}, a_{n-1}]), twice over, compared with `op` in the
 * definition's offer name: a few kilobytes of template, 2^levels items if walked as a tree.
 */
export function doublingTemplate(levels = 60, op = 'equals') {
  const variables = { a0: '[createArray(1)]', b0: '[createArray(1)]' }
  for (let i = 1; i <= levels; i++) {
    variables[`a${i}`] = `[createArray(variables('a${i - 1}'), variables('a${i - 1}'))]`
    variables[`b${i}`] = `[createArray(variables('b${i - 1}'), variables('b${i - 1}'))]`
  }
  const compare = {
    equals: `equals(variables('a${levels}'), variables('b${levels}'))`,
    union: `equals(length(union(variables('a${levels}'), variables('b${levels}'))), 1)`,
    string: `equals(length(string(variables('a${levels}'))), 0)`,
    contains: `contains(createArray(variables('a${levels}')), variables('b${levels}'))`
  }[op]
  return {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    variables,
    resources: [
      {
        type: DEFINITION,
        apiVersion: '2022-10-01',
        name: '8a3b4e1f-2c5d-4e6f-8a9b-0c1d2e3f4a5b',
        properties: {
          registrationDefinitionName: `[if(${compare}, 'same', 'different')]`,
          managedByTenantId: '9d3a2c1b-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
          authorizations: [{ principalId: '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10', principalIdDisplayName: 'Automation', roleDefinitionId: 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e' }]
        }
      }
    ]
  }
}

/**
 * `outer` nested deployments (a resource copy loop), each deploying `inner` registration definitions (a copy loop of
 * its own): a 1 KB template ARM accepts as written (each deployment stays within 800 resources).
 */
export function nestedCopyTemplate(outer = 800, inner = 800) {
  return {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    resources: [
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: "[concat('rg-', copyIndex())]",
        copy: { name: 'outer', count: outer },
        properties: {
          mode: 'Incremental',
          expressionEvaluationOptions: { scope: 'inner' },
          template: {
            $schema: SCHEMA,
            contentVersion: '1.0.0.0',
            resources: [
              {
                type: DEFINITION,
                apiVersion: '2022-10-01',
                name: "[guid('offer', string(copyIndex()))]",
                copy: { name: 'inner', count: inner },
                properties: {
                  registrationDefinitionName: "[concat('offer ', copyIndex())]",
                  managedByTenantId: '9d3a2c1b-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
                  authorizations: [{ principalId: '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10', principalIdDisplayName: 'Automation', roleDefinitionId: 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e' }]
                }
              }
            ]
          }
        }
      }
    ]
  }
}

/** Lambdas over ranges, nested: many steps, little memory. */
export function busyTemplate() {
  return {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    variables: {
      grid: "[map(range(0, 1000), lambda('i', map(range(0, 1000), lambda('j', add(lambdaVariables('i'), lambdaVariables('j'))))))]",
      grid2: "[map(range(0, 1000), lambda('i', map(range(0, 1000), lambda('j', mul(lambdaVariables('i'), lambdaVariables('j'))))))]",
      grid3: "[map(range(0, 1000), lambda('i', map(range(0, 1000), lambda('j', sub(lambdaVariables('i'), lambdaVariables('j'))))))]"
    },
    resources: [
      {
        type: DEFINITION,
        apiVersion: '2022-10-01',
        name: '8a3b4e1f-2c5d-4e6f-8a9b-0c1d2e3f4a5b',
        properties: {
          registrationDefinitionName: "[string(length(concat(variables('grid'), variables('grid2'), variables('grid3'))))]",
          managedByTenantId: '9d3a2c1b-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
          authorizations: []
        }
      }
    ]
  }
}

/**
 * `count` calls (a lambda over a range) of a function that reads a large argument: `big`, a 4 MB string, or `arr`,
 * 10,000 numbers. Each call costs milliseconds while it is one expression node: 10,000 guid() calls on `big` ran for
 * minutes before arguments were charged by their size.
 */
export const BIG_INPUT_CALLS = {
  guid: "guid(variables('big'), string(lambdaVariables('i')))",
  uniqueString: "uniqueString(variables('big'), string(lambdaVariables('i')))",
  toLower: "length(toLower(variables('big')))",
  json: "length(json(concat('\"', variables('big'), '\"')))",
  equals: "equals(createArray(variables('big')), createArray(variables('big2')))",
  indexOf: "indexOf(variables('arr'), -1)",
  max: "max(variables('arr'))"
}

export function bigInputTemplate(call = 'guid', count = 10_000) {
  return {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    variables: { big: "[padLeft('a', 4000000, 'x')]", big2: "[padLeft('b', 4000000, 'x')]", arr: '[range(0, 10000)]' },
    resources: [
      {
        type: DEFINITION,
        apiVersion: '2022-10-01',
        name: '8a3b4e1f-2c5d-4e6f-8a9b-0c1d2e3f4a5b',
        properties: {
          registrationDefinitionName: `[string(length(map(range(0, ${count}), lambda('i', ${BIG_INPUT_CALLS[call]}))))]`,
          managedByTenantId: '9d3a2c1b-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
          authorizations: [{ principalId: '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10', principalIdDisplayName: 'Automation', roleDefinitionId: 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e' }]
        }
      }
    ]
  }
}

/** `levels` chained intersections of 10,000 numbers: 44 s when every item was compared with every other. */
export function intersectionTemplate(levels = 300) {
  const variables = { s0: '[range(0, 10000)]' }
  for (let i = 1; i < levels; i++) variables[`s${i}`] = `[intersection(variables('s${i - 1}'), variables('s0'))]`
  const template = bigInputTemplate('guid', 1)
  template.variables = variables
  template.resources[0].properties.registrationDefinitionName = `[string(length(variables('s${levels - 1}')))]`
  return template
}
