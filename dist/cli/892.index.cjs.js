"use strict";
exports.id = 892;
exports.ids = [892];
exports.modules = {

/***/ 5892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INIT_USAGE: () => (/* binding */ INIT_USAGE),
  runInitCommand: () => (/* binding */ runInitCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/lint/errors.js
var errors = __webpack_require__(3186);
// EXTERNAL MODULE: ./lib/shared/ids.js
var ids = __webpack_require__(6095);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/fix/automation-role.js
var automation_role = __webpack_require__(53);
// EXTERNAL MODULE: ./lib/fix/fixer.js + 1 modules
var fixer = __webpack_require__(5312);
// EXTERNAL MODULE: ./lib/fix/files.js
var fix_files = __webpack_require__(4520);
// EXTERNAL MODULE: ./lib/shared/fs-boundary.js
var fs_boundary = __webpack_require__(9157);
// EXTERNAL MODULE: ./lib/lint/roles/index.js
var roles = __webpack_require__(5403);
;// CONCATENATED MODULE: ./lib/init/onboarding.js


const DEPLOYMENTS_API_VERSION = '2024-03-01';
const RESOURCE_GROUP_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
function onboardingFiles(s) {
    return [
        { path: `${s.templatesDir}/onboarding.json`, content: template(s) },
        { path: `${s.templatesDir}/onboarding.parameters.json`, content: parameters(s) },
        { path: '.github/workflows/lighthouse-pec-lint.yml', content: lintWorkflow(s) },
        { path: '.github/workflows/lighthouse-pec-deploy.yml', content: deployWorkflow(s) }
    ];
}
function template(s) {
    const parameters = {
        mspOfferName: { type: 'string', metadata: { description: 'Offer name the customer sees; also seeds the deterministic resource names. Changing it creates a new offer.' } },
        mspOfferDescription: { type: 'string', metadata: { description: 'Description the customer sees.' } },
        managedByTenantId: { type: 'string', metadata: { description: 'The managing (partner) tenant ID.' } },
        authorizations: { type: 'array', metadata: { description: 'Permanent authorizations: {principalId, principalIdDisplayName, roleDefinitionId}.' } }
    };
    if (s.scope === 'resource-group')
        parameters.rgName = { type: 'string', metadata: { description: 'The customer resource group to delegate.' } };
    const definition = {
        type: 'Microsoft.ManagedServices/registrationDefinitions',
        apiVersion: fixer/* CURRENT_API_VERSION */.ab,
        name: "[variables('mspRegistrationName')]",
        properties: {
            registrationDefinitionName: "[parameters('mspOfferName')]",
            description: "[parameters('mspOfferDescription')]",
            managedByTenantId: "[parameters('managedByTenantId')]",
            authorizations: "[parameters('authorizations')]"
        }
    };
    const assignment = {
        type: 'Microsoft.ManagedServices/registrationAssignments',
        apiVersion: fixer/* CURRENT_API_VERSION */.ab,
        name: "[variables('mspAssignmentName')]",
        ...(s.scope === 'subscription' ? { dependsOn: ["[resourceId('Microsoft.ManagedServices/registrationDefinitions', variables('mspRegistrationName'))]"] } : {}),
        properties: { registrationDefinitionId: "[resourceId('Microsoft.ManagedServices/registrationDefinitions', variables('mspRegistrationName'))]" }
    };
    const resources = s.scope === 'subscription'
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
        ];
    const body = {
        $schema: fixer/* SUBSCRIPTION_SCHEMA */.iD,
        contentVersion: '1.0.0.0',
        parameters,
        variables: {
            mspRegistrationName: "[guid(parameters('mspOfferName'))]",
            mspAssignmentName: "[guid(parameters('mspOfferName'))]"
        },
        resources,
        outputs: { mspOfferName: { type: 'string', value: "[concat('Managed by', ' ', parameters('mspOfferName'))]" } }
    };
    const json = JSON.stringify(body, null, 2);
    const how = s.scope === 'subscription'
        ? 'az deployment sub create --location westeurope --template-file onboarding.json --parameters @onboarding.parameters.json'
        : 'az deployment sub create --location westeurope --template-file onboarding.json --parameters @onboarding.parameters.json (rgName names the resource group)';
    return `{\n  // Azure Lighthouse onboarding written by \`lighthouse-pec init\`. Deployed in the customer's subscription:\n  //   ${how}\n  // Names are guid(offer name): redeploying updates the offer in place. Lint: lighthouse-pec lint <folder>\n${json.slice(2)}\n`;
}
function parameters(s) {
    const authorizations = [
        {
            principalId: s.automationPrincipalId,
            principalIdDisplayName: s.automationDisplayName,
            roleDefinitionId: s.automationRoleId
        }
    ];
    if (s.adminGroupId) {
        authorizations.push({ principalId: s.adminGroupId, principalIdDisplayName: `${s.offerName} administrators`, roleDefinitionId: roles/* READER_ROLE_ID */.Z_ }, { principalId: s.adminGroupId, principalIdDisplayName: `${s.offerName} administrators`, roleDefinitionId: roles/* REGISTRATION_DELETE_ROLE_ID */.Jq });
    }
    else {
        authorizations.push({ principalId: s.automationPrincipalId, principalIdDisplayName: s.automationDisplayName, roleDefinitionId: roles/* REGISTRATION_DELETE_ROLE_ID */.Jq });
    }
    const values = {
        mspOfferName: { value: s.offerName },
        mspOfferDescription: { value: `${s.offerName}, managed through Azure Lighthouse` },
        managedByTenantId: { value: s.managingTenantId },
        authorizations: { value: authorizations }
    };
    if (s.scope === 'resource-group')
        values.rgName = { value: 'rg-to-delegate' };
    const body = { $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentParameters.json#', contentVersion: '1.0.0.0', parameters: values };
    return `${JSON.stringify(body, null, 2)}\n`;
}
function lintWorkflow(s) {
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
`;
}
function deployWorkflow(s) {
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
`;
}

;// CONCATENATED MODULE: ./lib/cli/init.js











const INIT_USAGE = `Usage: lighthouse-pec init --managing-tenant-id GUID --automation-principal-id GUID --offer-name NAME [options]

Writes an Azure Lighthouse onboarding template and parameters file that earn partner earned credit and lint clean
(lighthouse/onboarding.json, lighthouse/onboarding.parameters.json), and the workflows that lint it on pull requests
and deploy it on merge (.github/workflows/lighthouse-pec-lint.yml, lighthouse-pec-deploy.yml).

Options:
  --managing-tenant-id GUID       The partner (managing) tenant
  --automation-principal-id GUID  Object ID of the Provider Automation Account (a service principal in that tenant)
  --offer-name NAME               Offer name the customer sees
  --admin-group-id GUID           Security group granted Reader and the delegation delete role
                                  (without it, the automation account gets the delete role)
  --scope subscription|resource-group   What is delegated (default: subscription)
  --automation-role ROLE          PEC-eligible role of the automation account (default: Support Request Contributor)
  --out DIR                       Repository root to write into (default: .)
  --force                         Replace files that exist (never through a symbolic link)

Exit codes: 0 written, 2 usage error or files exist (nothing written).
`;
async function runInitCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: false,
            strict: true,
            options: {
                'managing-tenant-id': { type: 'string' },
                'automation-principal-id': { type: 'string' },
                'offer-name': { type: 'string' },
                'admin-group-id': { type: 'string' },
                scope: { type: 'string', default: 'subscription' },
                'automation-role': { type: 'string' },
                'automation-display-name': { type: 'string' },
                out: { type: 'string', default: '.' },
                force: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false }
            }
        });
    }
    catch (error) {
        throw new errors/* UsageError */.e(`${error.message}\n\n${INIT_USAGE}`);
    }
    const { values } = parsed;
    if (values.help) {
        io.stdout.write(INIT_USAGE);
        return 0;
    }
    const guid = (flag, value, required) => {
        if (value === undefined || value.trim() === '') {
            if (required)
                throw new errors/* UsageError */.e(`--${flag} is required.\n\n${INIT_USAGE}`);
            return undefined;
        }
        if (!(0,ids/* isGuid */.W_)(value.trim()))
            throw new errors/* UsageError */.e(`--${flag} must be a GUID, not '${value}'.`);
        return value.trim().toLowerCase();
    };
    const managingTenantId = guid('managing-tenant-id', values['managing-tenant-id'], true);
    const automationPrincipalId = guid('automation-principal-id', values['automation-principal-id'], true);
    const adminGroupId = guid('admin-group-id', values['admin-group-id'], false);
    const offerName = (0,report_escape/* oneLineText */.gs)(values['offer-name'] ?? '').trim();
    if (!offerName)
        throw new errors/* UsageError */.e(`--offer-name is required (the offer name your customers see).\n\n${INIT_USAGE}`);
    if (offerName.length > 200)
        throw new errors/* UsageError */.e('--offer-name is longer than 200 characters.');
    const scope = values.scope;
    if (scope !== 'subscription' && scope !== 'resource-group')
        throw new errors/* UsageError */.e(`--scope must be subscription or resource-group, not '${scope}'.`);
    if (adminGroupId && adminGroupId === automationPrincipalId)
        throw new errors/* UsageError */.e('--admin-group-id must be a security group, not the automation principal.');
    const role = (0,automation_role/* resolveAutomationRole */.y)(values['automation-role']);
    const automationDisplayName = (0,report_escape/* oneLineText */.gs)(values['automation-display-name'] ?? '').trim() || fixer/* DEFAULT_AUTOMATION_DISPLAY_NAME */.BO;
    const out = external_node_path_.resolve(io.cwd, values.out);
    if ((await external_node_fs_.promises.stat(out).catch(() => null))?.isFile()) {
        throw new errors/* UsageError */.e(`--out ${(0,report_escape/* oneLineText */.gs)(values.out)} is a file, not a folder: name the repository's folder. Nothing was written.`);
    }
    const files = onboardingFiles({
        managingTenantId,
        automationPrincipalId,
        automationRoleId: role.id,
        automationDisplayName,
        offerName,
        adminGroupId,
        scope,
        templatesDir: 'lighthouse'
    });
    const existing = [];
    for (const file of files) {
        if (await external_node_fs_.promises.lstat(external_node_path_.join(out, file.path)).catch(() => null))
            existing.push(file.path);
    }
    if (existing.length > 0 && !values.force) {
        throw new errors/* UsageError */.e(`These files exist: ${existing.join(', ')}. Nothing was written; use --force to replace them.`);
    }
    const boundary = fs_boundary/* Boundary */.l$.create(io.cwd, [], [values.out]);
    for (const file of files) {
        const target = external_node_path_.join(out, file.path);
        const refusal = (0,fs_boundary/* writeRefusal */.sH)(boundary, target);
        if (refusal)
            throw new errors/* UsageError */.e(`Could not write ${file.path}: ${refusal.detail.replace(/; it was not written$/, '')}. Nothing was written.`);
        if ((await external_node_fs_.promises.lstat(target).catch(() => null))?.isSymbolicLink())
            throw new errors/* UsageError */.e(`Could not write ${file.path}: ${file.path} is a symbolic link: not written. Nothing was written.`);
    }
    for (const file of files) {
        try {
            (0,fix_files/* writeTextFile */.Tl)(boundary, external_node_path_.join(out, file.path), file.content, { replace: values.force });
        }
        catch (error) {
            throw new errors/* UsageError */.e(`Could not write ${file.path}: ${error instanceof fix_files/* FileRefusal */.Hv ? error.message : (error.code ?? String(error))}.`);
        }
    }
    io.stdout.write(`Wrote ${files.length} files under ${out}:\n${files.map((f) => `  ${f.path}`).join('\n')}\n\n` +
        'Next: lint it (lighthouse-pec lint lighthouse --automation-principal-id ' +
        `${automationPrincipalId}), commit, and set the repository variables the workflows name.\n`);
    return 0;
}


/***/ }),

/***/ 53:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ resolveAutomationRole)
/* harmony export */ });
/* harmony import */ var _lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5403);
/* harmony import */ var _lint_rules_pec_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8173);
/* harmony import */ var _lint_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3186);
/* harmony import */ var _fixer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5312);
/* harmony import */ var _lint_roles_catalogue_generated_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3028);





function resolveAutomationRole(value) {
    const wanted = value?.trim() || _fixer_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_AUTOMATION_ROLE_ID */ .VR;
    const guid = (0,_lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .roleGuidOf */ .VA)(wanted);
    const info = guid ? _lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .roleCatalogue */ .wW.get(guid) : findByName(wanted);
    if (!info)
        throw new _lint_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--automation-role '${wanted}' is not a built-in role (give its GUID or exact name, e.g. 'Support Request Contributor' or 'Contributor').`);
    const standing = (0,_lint_rules_pec_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .pecStanding */ .D4)(info, { kind: 'permanent', delegatedRoleDefinitionIds: undefined }, _lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .roleCatalogue */ .wW);
    if (standing.kind !== 'earns') {
        throw new _lint_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--automation-role ${info.name} (${info.id}) does not surely earn partner earned credit through Lighthouse: ${standing.why}. Choose a PEC-eligible role Lighthouse accepts, e.g. Support Request Contributor (${_fixer_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_AUTOMATION_ROLE_ID */ .VR}) or Contributor.`);
    }
    return info;
}
function findByName(name) {
    const wanted = name.toLowerCase();
    const match = _lint_roles_catalogue_generated_json__WEBPACK_IMPORTED_MODULE_3__/* .roles */ .Ot.find((r) => r.name.toLowerCase() === wanted);
    return match ? _lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .roleCatalogue */ .wW.get(match.id) : undefined;
}


/***/ }),

/***/ 4520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ FileRefusal),
/* harmony export */   Tl: () => (/* binding */ writeTextFile),
/* harmony export */   ty: () => (/* binding */ readTextForEdit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9157);



class FileRefusal extends Error {
    name = 'FileRefusal';
}
const EDIT_LIMIT = 32 * 1024 * 1024;
function readTextForEdit(boundary, file) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
        throw new FileRefusal(`${file} is a symbolic link: not edited (edit the file it points to)`);
    }
    const outcome = (0,_shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(boundary, file, EDIT_LIMIT);
    if (!outcome.ok)
        throw new FileRefusal(`${file}: ${outcome.refusal.message}`);
    const text = outcome.buffer.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(outcome.buffer))
        throw new FileRefusal(`${file} is not valid UTF-8: not edited, so no byte of it changes`);
    return text;
}
function writeTextFile(boundary, file, text, options) {
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file, { throwIfNoEntry: false });
    if (existing && !options.replace)
        throw new FileRefusal(`${file} exists`);
    if (existing?.isSymbolicLink())
        throw new FileRefusal(`${file} is a symbolic link: not written`);
    try {
        (0,_shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileInside */ .gE)(boundary, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(boundary.base, file), text);
    }
    catch (error) {
        if (error instanceof _shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundaryError */ .BV)
            throw new FileRefusal(error.message.replace(/\.$/, ''));
        throw error;
    }
}


/***/ })

};
;