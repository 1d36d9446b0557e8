/**
 * What `lighthouse-pec init` writes: an onboarding template and parameters file that lint with no error and no warning
 * (the automation principal with a permanent PEC-eligible role, a delete-role authorization, deterministic names,
 * current API versions), and two workflows: lint on pull requests, deploy on merge.
 */
import { REGISTRATION_DELETE_ROLE_ID, READER_ROLE_ID } from '../lint/roles/index.js'
import { CURRENT_API_VERSION, SUBSCRIPTION_SCHEMA } from '../fix/fixer.js'

/** Microsoft.Resources/deployments, for the resource-group assignment (template reference change log, 2024-03-01). */
const DEPLOYMENTS_API_VERSION = '2024-03-01'
const RESOURCE_GROUP_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'

export interface InitSettings {
  managingTenantId: string
  automationPrincipalId: string
  automationRoleId: string
  automationDisplayName: string
  offerName: string
  adminGroupId?: string
  scope: 'subscription' | 'resource-group'
  /** Repository-relative folder of the templates (forward slashes), for the workflows' paths. */
  templatesDir: string
}

export interface InitFile {
  /** Relative to --out, forward slashes. */
  path: string
  content: string
}

export function onboardingFiles(s: InitSettings): InitFile[] {
  return [
    { path: `${s.templatesDir}/onboarding.json`, content: template(s) },
    { path: `${s.templatesDir}/onboarding.parameters.json`, content: parameters(s) },
    { path: '.github/workflows/lighthouse-pec-lint.yml', content: lintWorkflow(s) },
    { path: '.github/workflows/lighthouse-pec-deploy.yml', content: deployWorkflow(s) }
  ]
}

function template(s: InitSettings): string {
  const parameters: Record<string, unknown> = {
    mspOfferName: { type: 'string', metadata: { description: 'Offer name the customer sees; also seeds the deterministic resource names. Changing it creates a new offer.' } },
    mspOfferDescription: { type: 'string', metadata: { description: 'Description the customer sees.' } },
    managedByTenantId: { type: 'string', metadata: { description: 'The managing (partner) tenant ID.' } },
    authorizations: { type: 'array', metadata: { description: 'Permanent authorizations: {principalId, principalIdDisplayName, roleDefinitionId}.' } }
  }
  if (s.scope === 'resource-group') parameters.rgName = { type: 'string', metadata: { description: 'The customer resource group to delegate.' } }
  const definition = {
    type: 'Microsoft.ManagedServices/registrationDefinitions',
    apiVersion: CURRENT_API_VERSION,
    name: "[variables('mspRegistrationName')]",
    properties: {
      registrationDefinitionName: "[parameters('mspOfferName')]",
      description: "[parameters('mspOfferDescription')]",
      managedByTenantId: "[parameters('managedByTenantId')]",
      authorizations: "[parameters('authorizations')]"
    }
  }
  const assignment = {
    type: 'Microsoft.ManagedServices/registrationAssignments',
    apiVersion: CURRENT_API_VERSION,
    name: "[variables('mspAssignmentName')]",
    ...(s.scope === 'subscription' ? { dependsOn: ["[resourceId('Microsoft.ManagedServices/registrationDefinitions', variables('mspRegistrationName'))]"] } : {}),
    properties: { registrationDefinitionId: "[resourceId('Microsoft.ManagedServices/registrationDefinitions', variables('mspRegistrationName'))]" }
  }
  const resources: unknown[] =
    s.scope === 'subscription'
      ? [definition, assignment]
      : [
          definition,
          {
            type: 'Microsoft.Resources/deployments',
            apiVersion: DEPLOYMENTS_API_VERSION,
            name: 'rgAssignment',
            resourceGroup: "[parameters('rgName')]",
            dependsOn: ["[resourceId('Microsoft.ManagedServices/registrationDefinitions', variables('mspRegistrationName'))]"],
            properties: {
              mode: 'Incremental',
              template: { $schema: RESOURCE_GROUP_SCHEMA, contentVersion: '1.0.0.0', parameters: {}, resources: [assignment] }
            }
          }
        ]
  const body = {
    $schema: SUBSCRIPTION_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters,
    variables: {
      mspRegistrationName: "[guid(parameters('mspOfferName'))]",
      mspAssignmentName: "[guid(parameters('mspOfferName'))]"
    },
    resources,
    outputs: { mspOfferName: { type: 'string', value: "[concat('Managed by', ' ', parameters('mspOfferName'))]" } }
  }
  const json = JSON.stringify(body, null, 2)
  const how =
    s.scope === 'subscription'
      ? 'az deployment sub create --location westeurope --template-file onboarding.json --parameters @onboarding.parameters.json'
      : 'az deployment sub create --location westeurope --template-file onboarding.json --parameters @onboarding.parameters.json (rgName names the resource group)'
  return `{\n  // Azure Lighthouse onboarding written by \`lighthouse-pec init\`. Deployed in the customer's subscription:\n  //   ${how}\n  // Names are guid(offer name): redeploying updates the offer in place. Lint: lighthouse-pec lint <folder>\n${json.slice(2)}\n`
}

function parameters(s: InitSettings): string {
  const authorizations: Array<Record<string, string>> = [
    {
      principalId: s.automationPrincipalId,
      principalIdDisplayName: s.automationDisplayName,
      roleDefinitionId: s.automationRoleId
    }
  ]
  if (s.adminGroupId) {
    authorizations.push(
      { principalId: s.adminGroupId, principalIdDisplayName: `${s.offerName} administrators`, roleDefinitionId: READER_ROLE_ID },
      { principalId: s.adminGroupId, principalIdDisplayName: `${s.offerName} administrators`, roleDefinitionId: REGISTRATION_DELETE_ROLE_ID }
    )
  } else {
    // Someone must be able to remove the delegation: without an admin group, the automation account can.
    authorizations.push({ principalId: s.automationPrincipalId, principalIdDisplayName: s.automationDisplayName, roleDefinitionId: REGISTRATION_DELETE_ROLE_ID })
  }
  const values: Record<string, unknown> = {
    mspOfferName: { value: s.offerName },
    mspOfferDescription: { value: `${s.offerName}, managed through Azure Lighthouse` },
    managedByTenantId: { value: s.managingTenantId },
    authorizations: { value: authorizations }
  }
  if (s.scope === 'resource-group') values.rgName = { value: 'rg-to-delegate' }
  const body = { $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentParameters.json#', contentVersion: '1.0.0.0', parameters: values }
  return `${JSON.stringify(body, null, 2)}\n`
}

function lintWorkflow(s: InitSettings): string {
  return `# Lints the Lighthouse onboarding on every pull request that changes it (written by \`lighthouse-pec init\`).
# Findings become annotations, a job summary and one sticky PR comment; fixes in the diff become one-click
# suggestions. Set the repository variable AUTOMATION_PRINCIPAL_ID to the Provider Automation Account's object ID.
name: Lighthouse PEC lint

on:
  pull_request:
    paths:
      - '${s.templatesDir}/**'

permissions: {}

jobs:
  lint:
    runs-on: ubuntu-latest
    permissions:
      contents: read # check out the templates
      pull-requests: write # the sticky comment and the suggested fixes (read-only on forks: both are skipped)
    steps:
      - uses: actions/checkout@v5
      - uses: lighthouse-pec-guard/lighthouse-pec-guard@v1
        with:
          templates: ${s.templatesDir}/
          automation-principal-id: \${{ vars.AUTOMATION_PRINCIPAL_ID }}
          suggestions: auto
`
}

function deployWorkflow(s: InitSettings): string {
  return `# Deploys the Lighthouse onboarding when it changes on main (written by \`lighthouse-pec init\`), behind the
# GitHub environment "customers" (add required reviewers to it). Azure login is GitHub OIDC: a multi-tenant app
# registration in the managing tenant with a federated credential for repo:OWNER/REPO:environment:customers,
# consented in each customer tenant. Repository variables: AZURE_CLIENT_ID, AZURE_TENANT_ID (the managing tenant),
# AUTOMATION_PRINCIPAL_ID, and LIGHTHOUSE_TARGETS (one customer subscription per line, or TENANT_ID/SUBSCRIPTION_ID).
name: Lighthouse onboarding deploy

on:
  push:
    branches: [main]
    paths:
      - '${s.templatesDir}/**'
  workflow_dispatch:

permissions: {}

concurrency:
  group: lighthouse-deploy
  cancel-in-progress: false

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: customers
    permissions:
      contents: read # check out the templates
      id-token: write # GitHub OIDC token for the Azure federated credential
    steps:
      - uses: actions/checkout@v5
      - uses: lighthouse-pec-guard/lighthouse-pec-guard@v1
        with:
          mode: deploy
          templates: ${s.templatesDir}/
          automation-principal-id: \${{ vars.AUTOMATION_PRINCIPAL_ID }}
          auth: oidc
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          targets: \${{ vars.LIGHTHOUSE_TARGETS }}
          allowed-refs: refs/heads/main
`
}
