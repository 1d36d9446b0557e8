// Generates a realistic onboarding corpus: subscription, resource-group (nested deployment) and multi-RG (copy loop)
// templates, each with a parameters file, 4–12 authorizations, and one in ten with a mistake that yields findings.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROLES = ['b24988ac-6180-42a0-ab88-20f7382dd24c', 'acdd72a7-3385-48ef-bd42-f606fba81ae7', 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e', '91c1777a-f3dc-4fae-b103-61d183457e46', '749f88d5-cbae-40b8-bcfc-e573ddc772fa']
export const AUTOMATION = '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10'

function guid(n, salt) {
  const h = ((n * 2654435761 + salt * 40503) >>> 0).toString(16).padStart(8, '0')
  return `${h}-${h.slice(0, 4)}-4${h.slice(1, 4)}-8${h.slice(5, 8)}-${h}${h.slice(0, 4)}`
}

const subscriptionTemplate = (i) => ({
  $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  parameters: {
    mspOfferName: { type: 'string', metadata: { description: 'Offer name' } },
    mspOfferDescription: { type: 'string', defaultValue: `Managed services ${i}` },
    managedByTenantId: { type: 'string' },
    authorizations: { type: 'array' }
  },
  variables: { mspRegistrationName: "[guid(parameters('mspOfferName'))]", mspAssignmentName: "[guid(parameters('mspOfferName'))]" },
  resources: [
    {
      type: 'Microsoft.ManagedServices/registrationDefinitions',
      apiVersion: '2022-10-01',
      name: "[variables('mspRegistrationName')]",
      properties: {
        registrationDefinitionName: "[parameters('mspOfferName')]",
        description: "[parameters('mspOfferDescription')]",
        managedByTenantId: "[parameters('managedByTenantId')]",
        authorizations: "[parameters('authorizations')]"
      }
    },
    {
      type: 'Microsoft.ManagedServices/registrationAssignments',
      apiVersion: '2022-10-01',
      name: "[variables('mspAssignmentName')]",
      dependsOn: ["[resourceId('Microsoft.ManagedServices/registrationDefinitions/', variables('mspRegistrationName'))]"],
      properties: { registrationDefinitionId: "[resourceId('Microsoft.ManagedServices/registrationDefinitions/', variables('mspRegistrationName'))]" }
    }
  ],
  outputs: { mspOfferName: { type: 'string', value: "[concat('Managed by', ' ', parameters('mspOfferName'))]" } }
})

const multiRgTemplate = (i) => {
  const t = subscriptionTemplate(i)
  t.parameters.resourceGroups = { type: 'array' }
  t.resources[0].name = "[guid(parameters('resourceGroups')[copyIndex()].rgName)]"
  t.resources[0].copy = { name: 'deploymentCopy', count: "[length(parameters('resourceGroups'))]" }
  t.resources[1] = {
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name: "[concat('rgAssignment', copyIndex())]",
    resourceGroup: "[parameters('resourceGroups')[copyIndex()].rgName]",
    copy: { name: 'deploymentCopy', count: "[length(parameters('resourceGroups'))]" },
    properties: {
      mode: 'Incremental',
      template: {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        resources: [
          {
            type: 'Microsoft.ManagedServices/registrationAssignments',
            apiVersion: '2022-10-01',
            name: "[guid(parameters('resourceGroups')[copyIndex()].rgName)]",
            properties: { registrationDefinitionId: "[resourceId('Microsoft.ManagedServices/registrationDefinitions/', guid(parameters('resourceGroups')[copyIndex()].rgName))]" }
          }
        ]
      }
    }
  }
  return t
}

function parameters(i, withRgs) {
  const broken = i % 10 === 0
  const auths = [
    { principalId: AUTOMATION, principalIdDisplayName: 'Provider Automation Account', roleDefinitionId: broken ? 'acdd72a7-3385-48ef-bd42-f606fba81ae7' : 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e' },
    { principalId: guid(i, 1), principalIdDisplayName: 'Operations', roleDefinitionId: '91c1777a-f3dc-4fae-b103-61d183457e46' }
  ]
  for (let k = 0; k < 2 + (i % 9); k++) auths.push({ principalId: guid(i, k + 2), principalIdDisplayName: `Team ${k}`, roleDefinitionId: ROLES[(i + k) % ROLES.length] })
  const p = {
    mspOfferName: { value: `Contoso offer ${i}` },
    managedByTenantId: { value: guid(i, 99) },
    authorizations: { value: auths }
  }
  if (withRgs) p.resourceGroups = { value: Array.from({ length: 1 + (i % 4) }, (_, k) => ({ rgName: `rg-${i}-${k}` })) }
  return { $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentParameters.json#', contentVersion: '1.0.0.0', parameters: p }
}

export function writeCorpus(dir, count) {
  mkdirSync(dir, { recursive: true })
  const files = []
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 100)))
    mkdirSync(sub, { recursive: true })
    const multi = i % 3 === 0
    const template = path.join(sub, `onboard-${i}.json`)
    const params = path.join(sub, `onboard-${i}.parameters.json`)
    writeFileSync(template, JSON.stringify(multi ? multiRgTemplate(i) : subscriptionTemplate(i), null, 2))
    writeFileSync(params, JSON.stringify(parameters(i, multi), null, 2))
    files.push(template, params)
  }
  return files
}
