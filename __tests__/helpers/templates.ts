/** Small onboarding templates for tests (our own fixtures; Microsoft's samples stay in ../shared). */
export const AUTOMATION = '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10'
export const TENANT = '9d3a2c1b-4e5f-4a6b-8c7d-0e1f2a3b4c5d'
export const OPS_GROUP = '6a2f8e14-0b7c-4d39-a5e1-7c3b9d2f4e81'
export const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c'
export const SUPPORT_REQUEST_CONTRIBUTOR = 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e'
export const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
export const DELETE_ROLE = '91c1777a-f3dc-4fae-b103-61d183457e46'
export const SUBSCRIPTION_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#'
export const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentParameters.json#'

export interface Auth {
  principalId: unknown
  roleDefinitionId: unknown
  principalIdDisplayName?: unknown
  [key: string]: unknown
}

export const goodAuthorizations = (): Auth[] => [
  { principalId: AUTOMATION, principalIdDisplayName: 'Automation', roleDefinitionId: SUPPORT_REQUEST_CONTRIBUTOR },
  { principalId: OPS_GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: CONTRIBUTOR },
  { principalId: OPS_GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: DELETE_ROLE }
]

/** A template that reads everything from parameters, like Microsoft's samples. */
export function parameterizedTemplate(extra: { eligible?: boolean } = {}): object {
  const properties: Record<string, string> = {
    registrationDefinitionName: "[parameters('mspOfferName')]",
    managedByTenantId: "[parameters('managedByTenantId')]",
    authorizations: "[parameters('authorizations')]"
  }
  const parameters: Record<string, object> = {
    mspOfferName: { type: 'string' },
    managedByTenantId: { type: 'string' },
    authorizations: { type: 'array' }
  }
  if (extra.eligible) {
    properties.eligibleAuthorizations = "[parameters('eligibleAuthorizations')]"
    parameters.eligibleAuthorizations = { type: 'array', defaultValue: [] }
  }
  return {
    $schema: SUBSCRIPTION_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters,
    resources: [
      { type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: "[guid(parameters('mspOfferName'))]", properties },
      {
        type: 'Microsoft.ManagedServices/registrationAssignments',
        apiVersion: '2022-10-01',
        name: "[guid(parameters('mspOfferName'))]",
        properties: { registrationDefinitionId: "[resourceId('Microsoft.ManagedServices/registrationDefinitions', guid(parameters('mspOfferName')))]" }
      }
    ]
  }
}

export function parametersFile(values: Record<string, unknown>): object {
  const parameters: Record<string, { value: unknown }> = {}
  for (const [k, v] of Object.entries(values)) parameters[k] = { value: v }
  return { $schema: PARAMETERS_SCHEMA, contentVersion: '1.0.0.0', parameters }
}

export const goodParameters = (authorizations: Auth[] = goodAuthorizations(), more: Record<string, unknown> = {}): object =>
  parametersFile({ mspOfferName: 'Contoso', managedByTenantId: TENANT, authorizations, ...more })
