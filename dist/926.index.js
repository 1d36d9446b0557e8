export const id = 926;
export const ids = [926,273,769];
export const modules = {

/***/ 97769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveCloud: () => (/* binding */ resolveCloud)
/* harmony export */ });
const CLOUDS = {
    azurecloud: { arm: 'https://management.azure.com', authorityHost: 'https://login.microsoftonline.com', oidcAudience: 'api://AzureADTokenExchange' },
    azureusgovernment: { arm: 'https://management.usgovcloudapi.net', authorityHost: 'https://login.microsoftonline.us', oidcAudience: 'api://AzureADTokenExchangeUSGov' },
    azurechinacloud: { arm: 'https://management.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn', oidcAudience: 'api://AzureADTokenExchangeChina' }
};
const trimSlash = (s) => s.trim().replace(/\/+$/, '');
function resolveCloud(environment, armEndpoint, authorityHost) {
    const key = (environment || 'AzureCloud').trim().toLowerCase();
    const cloud = CLOUDS[key];
    if (!cloud)
        throw new Error(`Unknown azure-environment "${environment}": use AzureCloud, AzureUSGovernment or AzureChinaCloud (or set arm-endpoint and authority-host).`);
    const arm = trimSlash(armEndpoint) || cloud.arm;
    const authority = trimSlash(authorityHost) || cloud.authorityHost;
    for (const [name, value] of [['arm-endpoint', arm], ['authority-host', authority]]) {
        if (!/^https:\/\//i.test(value))
            throw new Error(`${name} must be an https:// URL (got "${value}"): Azure tokens are never sent over plain HTTP.`);
    }
    return {
        arm,
        authorityHost: authority,
        armScope: `${arm}/.default`,
        disableInstanceDiscovery: trimSlash(authorityHost) !== '',
        oidcAudience: cloud.oidcAudience
    };
}


/***/ }),

/***/ 18273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OIDC_AUDIENCE: () => (/* binding */ OIDC_AUDIENCE),
/* harmony export */   cachedAssertion: () => (/* binding */ cachedAssertion),
/* harmony export */   chooseAuth: () => (/* binding */ chooseAuth),
/* harmony export */   createCredentialProvider: () => (/* binding */ createCredentialProvider)
/* harmony export */ });
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73016);
/* harmony import */ var _jwt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85646);


const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
function chooseAuth(s, env = process.env) {
    if (s.auth !== 'auto')
        return s.auth;
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL)
        return 'oidc';
    if (s.clientSecret)
        return 'secret';
    return 'cli';
}
async function defaultGetIdToken(audience) {
    const core = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 88179));
    return core.getIDToken(audience);
}
function cachedAssertion(getIdToken, setSecret, renewBeforeSeconds = 60, audience = OIDC_AUDIENCE) {
    let current = null;
    let pending = null;
    return async () => {
        const now = Date.now() / 1000;
        if (current && current.exp !== null && current.exp - now > renewBeforeSeconds)
            return current.token;
        if (!pending) {
            pending = getIdToken(audience)
                .then((token) => {
                setSecret(token);
                current = { token, exp: (0,_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .jwtExpiry */ .lo)(token) };
                return token;
            })
                .finally(() => {
                pending = null;
            });
        }
        return pending;
    };
}
class MaskingCredential {
    inner;
    setSecret;
    cache = new Map();
    pending = new Map();
    constructor(inner, setSecret) {
        this.inner = inner;
        this.setSecret = setSecret;
    }
    async getToken(scopes, options) {
        if (options?.claims || options?.tenantId)
            return this.fetch(scopes, options);
        const key = [].concat(scopes).join(' ');
        const cached = this.cache.get(key);
        const refreshAt = cached ? (cached.refreshAfterTimestamp ?? cached.expiresOnTimestamp - 5 * 60_000) : 0;
        if (cached && Date.now() < refreshAt)
            return cached;
        let p = this.pending.get(key);
        if (!p) {
            p = this.fetch(scopes, options)
                .then((t) => {
                if (t)
                    this.cache.set(key, t);
                return t;
            })
                .finally(() => this.pending.delete(key));
            this.pending.set(key, p);
        }
        return p;
    }
    async fetch(scopes, options) {
        const token = await this.inner.getToken(scopes, options);
        if (token?.token)
            this.setSecret(token.token);
        return token;
    }
}
function createCredentialProvider(s) {
    const kind = chooseAuth(s);
    if (s.clientSecret)
        s.setSecret(s.clientSecret);
    if ((kind === 'oidc' || kind === 'secret') && !s.clientId)
        throw new Error(`auth: ${kind} needs client-id.`);
    if (kind === 'secret' && !s.clientSecret)
        throw new Error('auth: secret needs client-secret.');
    const common = {
        authorityHost: s.cloud.authorityHost,
        disableInstanceDiscovery: s.cloud.disableInstanceDiscovery
    };
    const assertion = kind === 'oidc' ? cachedAssertion(s.getIdToken ?? defaultGetIdToken, s.setSecret, s.oidcRenewBeforeSeconds, s.cloud.oidcAudience ?? OIDC_AUDIENCE) : null;
    const cache = new Map();
    return {
        kind,
        forTenant(tenantId) {
            const key = tenantId.toLowerCase();
            let cred = cache.get(key);
            if (!cred) {
                const inner = kind === 'oidc'
                    ? new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientAssertionCredential */ .XI(key, s.clientId, assertion, common)
                    : kind === 'secret'
                        ? new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientSecretCredential */ .HC(key, s.clientId, s.clientSecret, common)
                        : new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .AzureCliCredential */ .nG(key ? { tenantId: key } : {});
                cred = new MaskingCredential(inner, s.setSecret);
                cache.set(key, cred);
            }
            return cred;
        }
    };
}


/***/ }),

/***/ 71623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iD: () => (/* binding */ formatArmError),
/* harmony export */   zf: () => (/* binding */ isAbortError)
/* harmony export */ });
/* unused harmony export armErrorOf */
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45396);
/* harmony import */ var _jwt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85646);
/* harmony import */ var _origin_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93009);



const HINTS = {
    AuthorizationFailed: 'The identity lacks permission in this subscription. Onboarding a customer needs Owner (or User Access Administrator + Contributor at subscription scope) for the deploying identity in the customer tenant.',
    InvalidAuthenticationTokenTenant: 'The token is from another tenant than the subscription. Write the target as TENANT_ID/SUBSCRIPTION_ID so the action signs in to the customer tenant.',
    SubscriptionNotFound: 'The subscription does not exist or the identity cannot see it. Check the subscription ID and the tenant in targets.',
    InvalidTemplate: 'ARM rejected the template. Run the lint (mode: lint) and fix the reported expression or schema error.',
    InvalidTemplateDeployment: 'ARM preflight rejected the deployment; the inner error says which resource.',
    MissingSubscriptionRegistration: 'The customer subscription has not registered the resource provider. Register Microsoft.ManagedServices: `az provider register --namespace Microsoft.ManagedServices --subscription SUB`.',
    RoleDefinitionHasDataActions: 'Azure Lighthouse does not support roles with DataActions: choose another built-in role.',
    ExpiredAuthenticationToken: 'The access token expired during the run; re-run, and prefer auth: oidc or secret for long fan-outs.',
    AuthenticationFailed: 'ARM rejected the access token. Check client-id, tenant-id and the credential.',
    DeploymentActive: 'A deployment with this name is still running in the subscription: wait for it to finish, then re-run.'
};
const AADSTS = [
    [/AADSTS700024/, 'The GitHub OIDC token used as client assertion expired (AADSTS700024). The action renews it; if this persists, check the runner clock and that `permissions: id-token: write` is set.'],
    [/AADSTS70021/, 'No federated credential matches this workflow (AADSTS70021). Add a federated credential to the app registration for issuer https://token.actions.githubusercontent.com and this repository, branch or environment subject.'],
    [/AADSTS7000215/, 'Invalid client secret (AADSTS7000215): use the secret value, not its ID, and check it has not expired.'],
    [/AADSTS7000222/, 'The client secret has expired (AADSTS7000222): create a new one and update the workflow secret.'],
    [/AADSTS700016/, 'The application is not found in this tenant (AADSTS700016). For customer tenants the multi-tenant app needs admin consent there; otherwise check client-id and tenant-id.'],
    [/AADSTS90002/, 'The tenant was not found (AADSTS90002): check tenant-id and the TENANT_ID/ part of targets.'],
    [/AADSTS500011/, 'The resource principal was not found in the tenant (AADSTS500011): check arm-endpoint / azure-environment.']
];
function record(e) {
    return e && typeof e === 'object' ? e : {};
}
function armErrorOf(e) {
    const r = record(e);
    const details = record(r.details);
    if (details.error && typeof details.error === 'object')
        return details.error;
    if (typeof details.code === 'string')
        return details;
    if (typeof r.code === 'string')
        return { code: r.code, message: typeof r.message === 'string' ? r.message : undefined };
    return null;
}
function formatArmError(info, depth = 0) {
    const own = [info.code, info.message].filter(Boolean).join(': ');
    const inner = (info.details ?? []).filter((d) => d && (d.code || d.message)).map((d) => formatArmError(d, depth + 1));
    const text = inner.length ? `${own}${own ? ' — ' : ''}${inner.join('; ')}` : own;
    if (depth > 0)
        return text;
    const hintCode = [info.code, ...(info.details ?? []).map((d) => d.code)].find((c) => c && HINTS[c]);
    return hintCode ? `${text} ${HINTS[hintCode]}` : text;
}
function isAbortError(e) {
    const r = record(e);
    return r.name === 'AbortError' || r.code === 'ABORT_ERR';
}
function describeError(e) {
    const r = record(e);
    const name = typeof r.name === 'string' ? r.name : '';
    const message = typeof r.message === 'string' ? r.message : String(e);
    if (isAbortError(e))
        return 'Cancelled: the overall timeout (timeout-minutes) was reached.';
    if ((0,_origin_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .isOffOriginError */ .sk)(e))
        return e.message;
    if (name === 'AggregateAuthenticationError' && Array.isArray(r.errors))
        return r.errors.map(describeError).join(' / ');
    if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_URL/.test(message)) {
        return 'No GitHub OIDC token for auth: oidc: give the job `permissions: id-token: write` (a pull request from a fork never gets one), or use auth: secret.';
    }
    if (name === 'AuthenticationError' || name === 'CredentialUnavailableError' || /AADSTS\d+/.test(message)) {
        const hint = AADSTS.find(([re]) => re.test(message));
        if (hint)
            return hint[1];
        if (name === 'CredentialUnavailableError') {
            return `No Azure credential available: ${(0,_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(firstLine(message))} With auth: cli, run azure/login earlier in the job; or use auth: oidc / secret.`;
        }
        return `Sign-in failed: ${(0,_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(firstLine(message))}`;
    }
    if (r.code === _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .THROTTLE_BUDGET_CODE */ .LF && typeof r.message === 'string')
        return r.message;
    const arm = armErrorOf(e);
    const status = typeof r.statusCode === 'number' ? r.statusCode : undefined;
    if (arm && (arm.code || arm.message)) {
        const text = formatArmError(arm);
        return (0,_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(status ? `${text} (HTTP ${status})` : text);
    }
    if (status === 429)
        return 'Throttled by Azure Resource Manager (HTTP 429) after every retry; lower max-parallel or re-run later.';
    if (status)
        return (0,_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`HTTP ${status}: ${firstLine(message)}`);
    if (typeof r.code === 'string' && /^E[A-Z]+$/.test(r.code))
        return `Network error ${r.code} talking to Azure after retries: ${(0,_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(firstLine(message))}`;
    return (0,_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(firstLine(message));
}
function firstLine(s) {
    return s.split(/\r?\n/)[0].trim();
}


/***/ }),

/***/ 4926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeError: () => (/* reexport */ azure_errors/* describeError */.Uc),
  parseTargets: () => (/* reexport */ parseTargets),
  runAzure: () => (/* binding */ runAzure)
});

// UNUSED EXPORTS: applyShard, deploymentName, scopeMismatch

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./lib/lint/roles/index.js + 1 modules
var roles = __webpack_require__(31229);
;// CONCATENATED MODULE: ./lib/azure/delegation.js

const REGISTRATION_API = '2022-10-01';
const RESOURCE_GROUPS_API = '2021-04-01';
async function readAssignmentsAt(rest, scope, signal) {
    return rest.list(`${scope}/providers/Microsoft.ManagedServices/registrationAssignments?$expandRegistrationDefinition=true&api-version=${REGISTRATION_API}`, signal);
}
async function readAssignments(rest, subscription, signal) {
    return readAssignmentsAt(rest, `/subscriptions/${subscription}`, signal);
}
function resourceGroupScope(subscription, resourceGroup) {
    return `/subscriptions/${subscription}/resourceGroups/${encodeURIComponent(resourceGroup)}`;
}
async function listResourceGroups(rest, subscription, signal) {
    const groups = await rest.list(`/subscriptions/${subscription}/resourcegroups?api-version=${RESOURCE_GROUPS_API}`, signal);
    return groups.flatMap((g) => (typeof g.name === 'string' && g.name ? [g.name] : []));
}
const RG_SCOPE = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)\/providers\/microsoft\.managedservices\/registrationassignments\//i;
function assignmentResourceGroup(a) {
    const m = RG_SCOPE.exec(a.id ?? '');
    if (!m)
        return null;
    try {
        return decodeURIComponent(m[1]);
    }
    catch {
        return m[1];
    }
}
function roleLabel(roleDefinitionId) {
    const info = roles/* roleCatalogue */.wW.get(roleDefinitionId);
    return info ? info.name : roleDefinitionId;
}
function isPecEligible(roleDefinitionId) {
    return roles/* roleCatalogue */.wW.get(roleDefinitionId)?.pecEligible === true;
}
const same = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
function principalRoles(assignments, principalId, managedByTenantId) {
    const out = { offerNames: [], permanent: [], eligible: [], pecOk: false, pecUnknown: false };
    for (const a of assignments) {
        const def = a.properties?.registrationDefinition?.properties;
        if (!def)
            continue;
        if (managedByTenantId && !same(def.managedByTenantId, managedByTenantId))
            continue;
        if (def.registrationDefinitionName)
            out.offerNames.push(def.registrationDefinitionName);
        for (const auth of def.authorizations ?? []) {
            if (!same(auth.principalId, principalId) || !auth.roleDefinitionId)
                continue;
            out.permanent.push(roleLabel(auth.roleDefinitionId));
            if (isPecEligible(auth.roleDefinitionId))
                out.pecOk = true;
            else if ((roles/* roleCatalogue */.wW.get(auth.roleDefinitionId)?.pecEligible ?? null) === null)
                out.pecUnknown = true;
        }
        for (const auth of def.eligibleAuthorizations ?? []) {
            if (same(auth.principalId, principalId) && auth.roleDefinitionId)
                out.eligible.push(roleLabel(auth.roleDefinitionId));
        }
    }
    if (out.pecOk)
        out.pecUnknown = false;
    return out;
}

// EXTERNAL MODULE: ./lib/azure/errors.js
var azure_errors = __webpack_require__(71623);
;// CONCATENATED MODULE: ./lib/azure/audit.js



const SUGGESTED = 'Support Request Contributor (cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e)';
async function runAudit(o) {
    const subs = await o.rest.list('/subscriptions?api-version=2022-12-01', o.signal);
    const managing = o.managingTenantId.toLowerCase();
    const only = o.only?.map((s) => s.toLowerCase());
    const delegated = subs.filter((s) => {
        if (!s.subscriptionId)
            return false;
        if (only?.length)
            return only.includes(s.subscriptionId.toLowerCase());
        return (s.tenantId ?? '').toLowerCase() !== managing || (s.managedByTenants ?? []).some((t) => t.tenantId?.toLowerCase() === managing);
    });
    const parallel = Math.max(1, o.maxParallel);
    const limit = (0,p_limit/* default */.A)(parallel);
    const groupLimit = (0,p_limit/* default */.A)(parallel);
    const perSubscription = await Promise.all(delegated.map((s) => limit(async () => {
        const read = await readScopes(o, s.subscriptionId, groupLimit);
        return entriesOf(o, s, read, managing);
    })));
    return perSubscription.flat();
}
async function readScopes(o, subscription, groupLimit) {
    const [own, list] = await Promise.allSettled([readAssignments(o.rest, subscription, o.signal), listResourceGroups(o.rest, subscription, o.signal)]);
    const out = { subscription: own.status === 'fulfilled' ? { assignments: own.value } : { assignments: [], error: own.reason }, groups: [] };
    if (list.status === 'rejected') {
        out.groupsError = list.reason;
        return out;
    }
    out.groups = await Promise.all(list.value.map((name) => groupLimit(async () => {
        try {
            return { name, assignments: await readAssignmentsAt(o.rest, resourceGroupScope(subscription, name), o.signal) };
        }
        catch (error) {
            return { name, assignments: [], error };
        }
    })));
    return out;
}
function isForbidden(e) {
    return e?.statusCode === 403;
}
function entriesOf(o, s, read, managing) {
    const subscription = s.subscriptionId;
    const tenant = s.tenantId ?? null;
    const own = read.subscription.assignments.filter((a) => !assignmentResourceGroup(a));
    const groupEntries = [];
    for (const g of [...read.groups].sort((a, b) => a.name.localeCompare(b.name))) {
        const here = [...g.assignments, ...read.subscription.assignments].filter((a) => (assignmentResourceGroup(a) ?? '').toLowerCase() === g.name.toLowerCase());
        const unique = [...new Map(here.map((a, i) => [(a.id ?? '').toLowerCase() || `#${i}`, a])).values()];
        if (g.error) {
            const error = `Could not read the delegations of resource group ${g.name}: ${(0,azure_errors/* describeError */.Uc)(g.error)}`;
            groupEntries.push({ subscription, tenant, scope: 'resourceGroup', resourceGroup: g.name, offerName: null, pecOk: false, roles: [], fix: `${error} Re-run the audit.`, error });
            continue;
        }
        const held = principalRoles(unique, o.principalId, managing || null);
        if (!held.offerNames.length)
            continue;
        groupEntries.push({ subscription, tenant, scope: 'resourceGroup', resourceGroup: g.name, ...judged(o, held, `resource group ${g.name}`) });
    }
    const delegatedGroups = groupEntries.filter((e) => !e.error).map((e) => e.resourceGroup);
    const extra = {
        ...(delegatedGroups.length ? { delegatedResourceGroups: delegatedGroups } : {}),
        ...(read.groupsError ? { resourceGroupsError: `Could not list the resource groups: ${(0,azure_errors/* describeError */.Uc)(read.groupsError)}` } : {})
    };
    let subEntry;
    const ownError = read.subscription.error;
    if (ownError && !(isForbidden(ownError) && delegatedGroups.length)) {
        const error = `Could not read the delegations: ${(0,azure_errors/* describeError */.Uc)(ownError)}`;
        subEntry = { subscription, tenant, scope: 'subscription', offerName: null, pecOk: false, roles: [], fix: `${error} Re-run the audit.`, error, ...extra };
    }
    else {
        const held = principalRoles(own, o.principalId, managing || null);
        if (!held.offerNames.length && delegatedGroups.length) {
            const fix = `Only resource group${delegatedGroups.length > 1 ? 's' : ''} ${delegatedGroups.join(', ')} ${delegatedGroups.length > 1 ? 'are' : 'is'} delegated, not the whole subscription: usage in its other resource groups earns no PEC. Delegate them too (or the subscription) with a permanent authorization for ${o.principalId} with a PEC-eligible role such as ${SUGGESTED}.`;
            subEntry = { subscription, tenant, scope: 'subscription', offerName: null, pecOk: false, roles: [], fix, ...extra };
        }
        else
            subEntry = { subscription, tenant, scope: 'subscription', ...judged(o, held, 'this subscription'), ...extra };
    }
    return [subEntry, ...groupEntries];
}
function judged(o, held, where) {
    const offerName = held.offerNames.length ? [...new Set(held.offerNames)].join(', ') : null;
    const roles = [...held.permanent, ...held.eligible.map((r) => `${r} (eligible only)`)];
    let fix = null;
    if (!held.pecOk) {
        if (!held.offerNames.length)
            fix = `No delegation from the managing tenant on ${where}: onboard it with a template granting ${o.principalId} ${SUGGESTED} permanently.`;
        else if (held.eligible.length && !held.permanent.length)
            fix = `${o.principalId} holds only eligible (just-in-time) roles here; PEC needs a permanent authorization: redeploy offer "${offerName}" adding ${SUGGESTED} in authorizations.`;
        else
            fix = `Redeploy offer "${offerName}" with a permanent authorization for ${o.principalId} with a PEC-eligible role such as ${SUGGESTED}, or link the Partner ID from a principal that already holds one.`;
    }
    return { offerName, pecOk: held.pecOk, roles, fix };
}

// EXTERNAL MODULE: ./node_modules/@azure/core-client/dist/esm/index.js + 16 modules
var esm = __webpack_require__(95738);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var dist_esm = __webpack_require__(20690);
// EXTERNAL MODULE: ./lib/azure/origin-guard.js
var origin_guard = __webpack_require__(93009);
// EXTERNAL MODULE: ./lib/azure/retry-policy.js
var retry_policy = __webpack_require__(45396);
;// CONCATENATED MODULE: ./lib/azure/clients.js




function createArmContext(cloud, credentials, onThrottle) {
    const retryBaseMs = (0,retry_policy/* envNumber */.dc)('LPG_RETRY_BASE_MS', 1000);
    return {
        cloud,
        credentials,
        httpClient: (0,dist_esm/* createDefaultHttpClient */.fl)(),
        throttlePolicy: (0,retry_policy/* throttleRetryPolicy */.VB)({ baseDelayMs: retryBaseMs, onRetry: (i) => onThrottle?.(i.url, i.delayMs) }),
        budgetPolicy: (0,retry_policy/* throttleBudgetPolicy */.oW)(),
        originGuard: (0,origin_guard/* originGuardPolicy */.GB)({ endpoint: cloud.arm, service: 'ARM' }),
        pollIntervalMs: (0,retry_policy/* envNumber */.dc)('LPG_POLL_INTERVAL_MS', 5000),
        retryBaseMs,
        onThrottle
    };
}
function clientOptions(ctx, budget) {
    const throttle = budget ? (0,retry_policy/* throttleRetryPolicy */.VB)({ baseDelayMs: ctx.retryBaseMs, budget, onRetry: (i) => ctx.onThrottle?.(i.url, i.delayMs) }) : ctx.throttlePolicy;
    return {
        endpoint: ctx.cloud.arm,
        credentials: { scopes: [ctx.cloud.armScope] },
        credentialScopes: [ctx.cloud.armScope],
        additionalPolicies: [
            { policy: throttle, position: 'perCall' },
            { policy: ctx.budgetPolicy, position: 'perRetry' },
            { policy: ctx.originGuard, position: 'perRetry' }
        ],
        retryOptions: { maxRetries: 3, retryDelayInMs: ctx.retryBaseMs, maxRetryDelayInMs: Math.max(ctx.retryBaseMs * 64, 1) },
        httpClient: ctx.httpClient
    };
}
class ArmRest {
    ctx;
    client;
    constructor(ctx, credential) {
        this.ctx = ctx;
        const { endpoint, credentialScopes, additionalPolicies, retryOptions, httpClient } = clientOptions(ctx);
        this.client = new esm/* ServiceClient */.Nl({ credential, endpoint, credentialScopes, additionalPolicies, retryOptions, httpClient });
    }
    async get(pathOrUrl, abortSignal) {
        const url = /^[a-z][a-z\d+.-]*:/i.test(pathOrUrl) ? pathOrUrl : `${this.ctx.cloud.arm}${pathOrUrl}`;
        const response = await this.client.sendRequest((0,dist_esm/* createPipelineRequest */.G6)({ url, method: 'GET', abortSignal }));
        let body = undefined;
        try {
            body = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
        }
        catch {
            body = undefined;
        }
        if (response.status >= 400) {
            const err = body?.error;
            const e = new dist_esm/* RestError */.pj(err?.message ?? `HTTP ${response.status}`, { code: err?.code, statusCode: response.status });
            e.details = body;
            throw e;
        }
        return body;
    }
    async list(path, abortSignal) {
        const out = [];
        let next = path;
        while (next) {
            let page;
            try {
                page = await this.get(next, abortSignal);
            }
            catch (e) {
                throw next !== path && (0,origin_guard/* isOffOriginError */.sk)(e) ? e.as('a next link') : e;
            }
            out.push(...(page.value ?? []));
            next = page.nextLink || undefined;
        }
        return out;
    }
}

// EXTERNAL MODULE: ./lib/azure/clouds.js
var clouds = __webpack_require__(97769);
// EXTERNAL MODULE: ./lib/azure/credentials.js
var azure_credentials = __webpack_require__(18273);
// EXTERNAL MODULE: ./node_modules/@azure/arm-resourcesdeployments/dist/esm/index.js + 37 modules
var arm_resourcesdeployments_dist_esm = __webpack_require__(35766);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./lib/shared/fs-boundary.js
var fs_boundary = __webpack_require__(69157);
// EXTERNAL MODULE: ./lib/lint/arm/parser.js + 1 modules
var parser = __webpack_require__(43620);
// EXTERNAL MODULE: ./lib/lint/rules/lighthouse-schema.js
var lighthouse_schema = __webpack_require__(1442);
;// CONCATENATED MODULE: ./lib/azure/deployment-body.js






const ASSIGNMENTS = 'microsoft.managedservices/registrationassignments';
const DEFINITIONS = 'microsoft.managedservices/registrationdefinitions';
const resourcesOf = (t) => {
    const r = t?.resources;
    return Array.isArray(r) ? r.filter((x) => !!x && typeof x === 'object') : [];
};
const typeOf = (r) => String(r.type ?? '').toLowerCase();
function delegatesResourceGroups(template, depth = 0) {
    if (depth > 8)
        return false;
    for (const r of resourcesOf(template)) {
        if (typeOf(r) !== 'microsoft.resources/deployments')
            continue;
        const inner = r.properties?.template;
        if (r.resourceGroup !== undefined && resourcesOf(inner).some((x) => typeOf(x) === ASSIGNMENTS))
            return true;
        if (delegatesResourceGroups(inner, depth + 1))
            return true;
    }
    return false;
}
function isPolicyOnboarding(template) {
    return resourcesOf(template).some((r) => typeOf(r) === 'microsoft.authorization/policydefinitions' && JSON.stringify(r.properties ?? {}).toLowerCase().includes(DEFINITIONS));
}
const READ_LIMIT = 8 * 1024 * 1024;
async function readJsonc(path, boundary) {
    const text = (0,fs_boundary/* readTextInside */.YA)(boundary, path, path, READ_LIMIT);
    const errors = [];
    const value = (0,main.parse)(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length) {
        const e = errors[0];
        throw new Error(`${path}: ${(0,main.printParseErrorCode)(e.error)} at offset ${e.offset}`);
    }
    return { text, value };
}
function offerNameOf(template, parameters) {
    const resources = Array.isArray(template.resources) ? template.resources : [];
    const def = resources.find((r) => String(r?.type).toLowerCase() === 'microsoft.managedservices/registrationdefinitions');
    const raw = def?.properties?.registrationDefinitionName;
    return resolveSimple(raw, template, parameters);
}
function resolveSimple(raw, template, parameters) {
    if (typeof raw !== 'string')
        return null;
    if (!(0,parser/* isExpression */.BH)(raw))
        return (0,parser/* unescapeLiteral */.CK)(raw);
    const m = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i.exec(raw);
    if (!m)
        return null;
    const name = m[1];
    const given = parameters[name]?.value;
    const declared = (template.parameters ?? {})[name]?.defaultValue;
    const value = given ?? declared;
    return typeof value === 'string' && !value.startsWith('[') ? value : null;
}
function slug(s) {
    return s
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
function deploymentName(label, templateText, parametersText, location = '') {
    const hasher = (0,external_node_crypto_.createHash)('sha256').update(templateText).update('\0').update(parametersText);
    if (location)
        hasher.update('\0').update(location.toLowerCase().replace(/\s+/g, ''));
    const hash = hasher.digest('hex').slice(0, 12);
    const room = 64 - 'lh-'.length - 1 - hash.length;
    const s = slug(label).slice(0, room).replace(/-+$/, '') || 'onboarding';
    return `lh-${s}-${hash}`;
}
async function loadUnit(template, parameters, location = '', boundary = null) {
    const t = await readJsonc(template, boundary);
    const p = parameters ? await readJsonc(parameters, boundary) : { text: '', value: {} };
    const templateJson = (t.value ?? {});
    if (typeof templateJson !== 'object' || Array.isArray(templateJson))
        throw new Error(`${template}: not a JSON object`);
    const pv = (p.value ?? {});
    const parametersJson = (pv.parameters && typeof pv.parameters === 'object' ? pv.parameters : pv);
    const offerName = offerNameOf(templateJson, parametersJson);
    const label = offerName ?? (0,external_node_path_.basename)(template).replace(/\.json$/i, '');
    const scope = typeof templateJson.$schema === 'string' ? (0,lighthouse_schema/* schemaScope */.qH)(templateJson.$schema) : undefined;
    return {
        template,
        parameters,
        templateJson,
        parametersJson,
        deploymentName: deploymentName(label, t.text, p.text, location),
        offerName,
        ...(scope ? { scope } : {}),
        ...(delegatesResourceGroups(templateJson) ? { delegatesResourceGroups: true } : {}),
        ...(isPolicyOnboarding(templateJson) ? { policyOnboarding: true } : {})
    };
}
function deploymentBody(unit, location) {
    return { location, properties: { mode: 'Incremental', template: unit.templateJson, parameters: unit.parametersJson } };
}

// EXTERNAL MODULE: ./lib/shared/sleep.js
var sleep = __webpack_require__(94026);
;// CONCATENATED MODULE: ./lib/azure/deploy.js










function scopeOps(client, target) {
    const d = client.deployments;
    const group = target.managementGroup;
    if (group) {
        return {
            validate: (n, b, o) => d.validateAtManagementGroupScope(group, n, { ...b, location: b.location }, o),
            whatIf: (n, b, o) => d.whatIfAtManagementGroupScope(group, n, b, o),
            createOrUpdate: (n, b, o) => d.createOrUpdateAtManagementGroupScope(group, n, { ...b, location: b.location }, o),
            get: (n, o) => d.getAtManagementGroupScope(group, n, o),
            operations: (n, o) => client.deploymentOperations.listAtManagementGroupScope(group, n, o)
        };
    }
    return {
        validate: (n, b, o) => d.validateAtSubscriptionScope(n, b, o),
        whatIf: (n, b, o) => d.whatIfAtSubscriptionScope(n, b, o),
        createOrUpdate: (n, b, o) => d.createOrUpdateAtSubscriptionScope(n, b, o),
        get: (n, o) => d.getAtSubscriptionScope(n, o),
        operations: (n, o) => client.deploymentOperations.listAtSubscriptionScope(n, o)
    };
}
const POLICY_NOTE = 'Policy-based onboarding: the policy is in place, but the delegations appear in each subscription under the management group only when the policy is assigned and its remediation task has run (DeployIfNotExists); run mode audit after remediation to verify them.';
const MANAGEMENT_GROUP_NOTE = 'Deployed at management-group scope: the delegations it creates are not read back here; run mode audit to verify them.';
const TIMED_OUT = 'Not finished within timeout-minutes. A deployment already submitted keeps running in Azure; re-run to check it.';
async function fanOut(o) {
    const deadline = new AbortController();
    const parallel = Math.max(1, Math.floor(o.maxParallel) || 1);
    (0,external_node_events_.setMaxListeners)(parallel * 8 + 16, deadline.signal);
    const timer = setTimeout(() => deadline.abort(), o.timeoutMs);
    const onOuterAbort = () => deadline.abort();
    if (o.signal?.aborted)
        deadline.abort();
    else
        o.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const limit = (0,p_limit/* default */.A)(parallel);
    try {
        const signIn = await signInPerTenant(o, deadline.signal, parallel);
        return await Promise.all(o.jobs.map((job) => limit(async () => {
            const error = signIn.get(job.target.tenant);
            const r = error ? { ...baseOf(o, job), status: 'failed', error, durationMs: 0 } : await runJob(o, job, deadline.signal);
            o.onResult?.(r);
            return r;
        })));
    }
    finally {
        clearTimeout(timer);
        o.signal?.removeEventListener('abort', onOuterAbort);
    }
}
async function signInPerTenant(o, signal, parallel) {
    const failures = new Map();
    const tenants = [...new Set(o.jobs.map((j) => j.target.tenant))];
    const limit = (0,p_limit/* default */.A)(parallel);
    await Promise.all(tenants.map((tenant) => limit(async () => {
        try {
            await o.ctx.credentials.forTenant(tenant).getToken(o.ctx.cloud.armScope, { abortSignal: signal });
        }
        catch (e) {
            if (!signal.aborted)
                failures.set(tenant, `Sign-in to tenant ${tenant} failed: ${(0,azure_errors/* describeError */.Uc)(e)}`);
        }
    })));
    return failures;
}
function baseOf(o, { target, unit }) {
    return {
        target: target.target,
        tenant: target.tenant,
        subscription: target.subscription,
        ...(target.managementGroup ? { managementGroup: target.managementGroup } : {}),
        deploymentName: unit.deploymentName,
        template: o.displayPath ? o.displayPath(unit.template) : unit.template
    };
}
async function runJob(o, job, signal) {
    const started = Date.now();
    const { target, unit } = job;
    const base = baseOf(o, job);
    if (signal.aborted)
        return { ...base, status: 'timed-out', error: TIMED_OUT, durationMs: 0 };
    const credential = o.ctx.credentials.forTenant(target.tenant);
    let rejected = null;
    const keepErrorBody = {
        name: 'lpgKeepArmErrorBody',
        async sendRequest(request, next) {
            const response = await next(request);
            if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
                rejected = errorBodyOf(response.bodyAsText ?? null) ?? rejected;
            }
            return response;
        }
    };
    const options = clientOptions(o.ctx, new retry_policy/* ThrottleBudget */._Q());
    const clientOpts = { ...options, additionalPolicies: [...options.additionalPolicies, { policy: keepErrorBody, position: 'perCall' }] };
    const client = target.managementGroup ? new arm_resourcesdeployments_dist_esm/* DeploymentsClient */.oF(credential, clientOpts) : new arm_resourcesdeployments_dist_esm/* DeploymentsClient */.oF(credential, target.subscription, clientOpts);
    const ops = scopeOps(client, target);
    const opts = { abortSignal: signal, updateIntervalInMs: o.ctx.pollIntervalMs };
    const explain = (e) => {
        if ((0,origin_guard/* isOffOriginError */.sk)(e))
            return e.as('a polling link').message;
        const status = e.statusCode;
        const body = rejected;
        if (body && (typeof status !== 'number' || (body.details?.length ?? 0) > 0))
            return (0,azure_errors/* formatArmError */.iD)(body) + (typeof status === 'number' ? ` (HTTP ${status})` : '');
        return (0,azure_errors/* describeError */.Uc)(e);
    };
    const body = deploymentBody(unit, o.location);
    const finish = (r) => ({ ...base, ...r, durationMs: Date.now() - started });
    try {
        if (o.mode === 'validate') {
            const result = await ops.validate(unit.deploymentName, body, opts).pollUntilDone({ abortSignal: signal });
            if (result.error)
                return finish({ status: 'failed', error: (0,azure_errors/* formatArmError */.iD)(result.error) });
            return finish({ status: 'validated', error: null });
        }
        if (o.mode === 'what-if') {
            const result = await ops
                .whatIf(unit.deploymentName, { location: o.location, properties: { ...body.properties, whatIfSettings: { resultFormat: 'FullResourcePayloads' } } }, opts)
                .pollUntilDone({ abortSignal: signal });
            if (result.error)
                return finish({ status: 'failed', error: (0,azure_errors/* formatArmError */.iD)(result.error) });
            return finish({ status: 'what-if', error: null, changes: (result.changes ?? []).map(renderChange) });
        }
        try {
            await ops.createOrUpdate(unit.deploymentName, body, opts).pollUntilDone({ abortSignal: signal });
        }
        catch (e) {
            if ((0,azure_errors/* isAbortError */.zf)(e) || signal.aborted || (0,origin_guard/* isOffOriginError */.sk)(e))
                throw e;
            const state = isTransient(e) ? await awaitDeployment(ops, unit.deploymentName, o.ctx.pollIntervalMs, o.ctx.retryBaseMs, signal) : null;
            if (state !== 'Succeeded') {
                const hasStatus = state === null && typeof e.statusCode === 'number';
                const cause = hasStatus ? explain(e) : ((await failureCause(ops, unit.deploymentName, signal)) ?? explain(e));
                return finish({ status: 'failed', error: cause });
            }
        }
        if (target.managementGroup) {
            return finish({ status: 'succeeded', error: null, delegationVerified: null, note: unit.policyOnboarding ? POLICY_NOTE : MANAGEMENT_GROUP_NOTE });
        }
        const readBack = await verifyDelegation(o, job, credential, signal);
        return finish({ status: 'succeeded', error: null, ...readBack });
    }
    catch (e) {
        if ((0,azure_errors/* isAbortError */.zf)(e) || signal.aborted)
            return finish({ status: 'timed-out', error: TIMED_OUT });
        return finish({ status: 'failed', error: explain(e) });
    }
}
const TERMINAL_STATES = new Set(['Succeeded', 'Failed', 'Canceled']);
function isTransient(e) {
    const status = e.statusCode;
    if (typeof status === 'number')
        return status === 408 || status === 429 || status >= 500;
    const code = e.code;
    return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|REQUEST_SEND_ERROR)$/.test(code);
}
async function awaitDeployment(ops, name, intervalMs, retryBaseMs, signal) {
    for (let errors = 0; errors <= 8;) {
        try {
            const deployment = await ops.get(name, { abortSignal: signal });
            const state = deployment.properties?.provisioningState;
            if (state && TERMINAL_STATES.has(state))
                return state;
            await (0,sleep/* sleep */.y)(intervalMs, signal);
        }
        catch (e) {
            if ((0,azure_errors/* isAbortError */.zf)(e) || signal.aborted)
                throw e;
            if (!isTransient(e))
                return null;
            await (0,sleep/* sleep */.y)((0,retry_policy/* backoffDelay */.EY)(errors++, retryBaseMs, 60_000), signal);
        }
    }
    return null;
}
function errorBodyOf(body) {
    let value = body;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return null;
        }
    }
    const err = value?.error;
    return err && (err.code || err.message) ? err : null;
}
async function failureCause(ops, name, signal) {
    try {
        const causes = [];
        for await (const op of ops.operations(name, { abortSignal: signal })) {
            const p = op.properties;
            if (p?.provisioningState !== 'Failed')
                continue;
            const err = p.statusMessage?.error;
            const where = p.targetResource?.resourceType ? `${p.targetResource.resourceType}${p.targetResource.resourceName ? ` '${p.targetResource.resourceName}'` : ''}: ` : '';
            if (err && (err.code || err.message))
                causes.push(where + (0,azure_errors/* formatArmError */.iD)(err));
            else if (p.statusCode)
                causes.push(`${where}${p.statusCode}`);
        }
        if (causes.length)
            return causes.join(' | ');
        const d = await ops.get(name, { abortSignal: signal });
        const err = d.properties?.error;
        return err ? (0,azure_errors/* formatArmError */.iD)(err) : null;
    }
    catch (e) {
        return (0,origin_guard/* isOffOriginError */.sk)(e) ? e.as('a next link').message : null;
    }
}
const restClients = new WeakMap();
function restFor(ctx, tenant, credential) {
    let byTenant = restClients.get(ctx);
    if (!byTenant)
        restClients.set(ctx, (byTenant = new Map()));
    let rest = byTenant.get(tenant);
    if (!rest)
        byTenant.set(tenant, (rest = new ArmRest(ctx, credential)));
    return rest;
}
async function verifyDelegation(o, job, credential, signal) {
    if (!o.automationPrincipalId)
        return { delegationVerified: null };
    const { target, unit } = job;
    const rest = restFor(o.ctx, target.tenant, credential);
    const judge = (assignments) => {
        const held = principalRoles(assignments, o.automationPrincipalId, o.managingTenantId || null);
        return held.pecOk ? true : held.pecUnknown ? null : false;
    };
    try {
        if (!unit.delegatesResourceGroups)
            return { delegationVerified: judge((await readAssignments(rest, target.subscription, signal)).filter((a) => !assignmentResourceGroup(a))) };
        const groups = await listResourceGroups(rest, target.subscription, signal);
        const limit = (0,p_limit/* default */.A)(RG_READS);
        const read = await Promise.all(groups.map((g) => limit(async () => ({ group: g, assignments: await readAssignmentsAt(rest, resourceGroupScope(target.subscription, g), signal) }))));
        const managing = o.managingTenantId.toLowerCase();
        const delegated = read
            .map((r) => ({ group: r.group, assignments: r.assignments.filter((a) => (assignmentResourceGroup(a) ?? '').toLowerCase() === r.group.toLowerCase()) }))
            .filter((r) => principalRoles(r.assignments, '', managing || null).offerNames.length > 0);
        if (!delegated.length)
            return { delegationVerified: false, resourceGroups: [] };
        const verdicts = delegated.map((r) => judge(r.assignments));
        const delegationVerified = verdicts.includes(false) ? false : verdicts.includes(null) ? null : true;
        return { delegationVerified, resourceGroups: delegated.map((r) => r.group) };
    }
    catch {
        return { delegationVerified: null };
    }
}
const RG_READS = 4;
function deploy_short(v) {
    const s = JSON.stringify(v);
    return s === undefined ? '∅' : s.length > 120 ? `${s.slice(0, 117)}…` : s;
}
function renderDelta(d, prefix = '') {
    const path = prefix ? `${prefix}.${d.path}` : d.path;
    if (d.children?.length)
        return d.children.flatMap((c) => renderDelta(c, path));
    switch (d.propertyChangeType) {
        case 'Create':
            return [`+ ${path}: ${deploy_short(d.after)}`];
        case 'Delete':
            return [`- ${path}: ${deploy_short(d.before)}`];
        case 'NoEffect':
            return [`= ${path}`];
        default:
            return [`~ ${path}: ${deploy_short(d.before)} → ${deploy_short(d.after)}`];
    }
}
function renderChange(c) {
    const details = (c.delta ?? []).flatMap((d) => renderDelta(d));
    return { resourceId: c.resourceId ?? c.symbolicName ?? '(unknown resource)', changeType: c.changeType, ...(details.length ? { details } : {}) };
}

// EXTERNAL MODULE: ./lib/azure/jwt.js
var jwt = __webpack_require__(85646);
// EXTERNAL MODULE: ./node_modules/@azure/arm-managementpartner/dist/index.js
var dist = __webpack_require__(16557);
// EXTERNAL MODULE: ./lib/report/model.js
var model = __webpack_require__(5747);
// EXTERNAL MODULE: ./lib/shared/ids.js
var ids = __webpack_require__(56095);
;// CONCATENATED MODULE: ./lib/azure/partner.js






async function identityOf(ctx, tenantId, signal) {
    const token = await ctx.credentials.forTenant(tenantId).getToken(ctx.cloud.armScope, { abortSignal: signal });
    const claims = token ? (0,jwt/* jwtClaims */.vE)(token.token) : null;
    return { objectId: typeof claims?.oid === 'string' ? claims.oid : null, tenantId: typeof claims?.tid === 'string' ? claims.tid : null };
}
const isNotFound = (e) => e?.statusCode === 404;
async function checkPartner(o) {
    const partnerId = o.partnerId.trim();
    const base = { partnerId, linkedPartnerId: null, objectId: null, tenantId: null };
    if (!ids/* PARTNER_ID_PATTERN */.GT.test(partnerId))
        return { ...base, status: 'error', message: `partner-id "${partnerId}" must be the digits of the Associated Partner ID (PartnerID / MPN ID), e.g. 1234567.` };
    if (!o.managingTenantId)
        return { ...base, status: 'error', message: 'partner-id is set but tenant-id is empty: the Partner ID link is checked as the identity in the managing tenant.' };
    const abortSignal = o.signal;
    let identity;
    try {
        identity = await identityOf(o.ctx, o.managingTenantId, abortSignal);
    }
    catch (e) {
        return { ...base, status: 'error', message: `Could not sign in to the managing tenant to check the Partner ID: ${(0,azure_errors/* describeError */.Uc)(e)}` };
    }
    Object.assign(base, identity);
    const mismatch = o.automationPrincipalId && identity.objectId && identity.objectId.toLowerCase() !== o.automationPrincipalId.toLowerCase()
        ? `The running identity (object ID ${identity.objectId}) is not automation-principal-id ${o.automationPrincipalId}: PEC follows the principal that holds the delegated role AND is linked to the Partner ID. Run the action as that principal, or link the Partner ID from it.`
        : undefined;
    const extra = mismatch ? { principalMismatch: mismatch } : {};
    const client = new dist/* ACEProvisioningManagementPartnerAPI */.o9(o.ctx.credentials.forTenant(o.managingTenantId), clientOptions(o.ctx));
    const cli = (verb) => `\`az managementpartner ${verb} --partner-id ${partnerId}\` signed in as this identity`;
    try {
        let current;
        try {
            current = await client.partners.get({ abortSignal });
        }
        catch (e) {
            if (!isNotFound(e))
                throw e;
            current = null;
        }
        if (!current) {
            if (o.linkPartner !== 'false') {
                const made = await client.partner.create(partnerId, { abortSignal });
                return { ...base, ...extra, status: 'linked-now', linkedPartnerId: made.partnerId ?? partnerId, message: `Linked this identity to Partner ID ${partnerId}.` };
            }
            return { ...base, ...extra, status: 'not-linked', message: `This identity is not linked to any Partner ID. Run with link-partner: true, or ${cli('create')}.` };
        }
        const linked = current.partnerId ?? null;
        if (linked !== partnerId) {
            if (o.linkPartner === 'replace') {
                const made = await client.partner.update(partnerId, { abortSignal });
                return { ...base, ...extra, status: 'replaced', linkedPartnerId: made.partnerId ?? partnerId, message: `Changed the link of this identity from Partner ID ${linked} to ${partnerId}.` };
            }
            return { ...base, ...extra, status: 'other-partner', linkedPartnerId: linked, message: `This identity is linked to Partner ID ${linked}, not ${partnerId}. To change it run with link-partner: replace, or ${cli('update')}.` };
        }
        if (current.state && current.state !== 'Active') {
            if (o.linkPartner !== 'false') {
                const made = await client.partner.update(partnerId, { abortSignal });
                return { ...base, ...extra, status: 'linked-now', linkedPartnerId: made.partnerId ?? partnerId, message: `Re-activated the link to Partner ID ${partnerId} (state was ${current.state}).` };
            }
            return { ...base, ...extra, status: 'inactive', linkedPartnerId: linked, message: `The link to Partner ID ${partnerId} is in state ${current.state}, not Active. Run with link-partner: true, or ${cli('update')}.` };
        }
        return { ...base, ...extra, status: 'linked', linkedPartnerId: linked, message: `This identity is linked to Partner ID ${partnerId}.` };
    }
    catch (e) {
        return { ...base, ...extra, status: 'error', message: `Partner ID check failed: ${(0,azure_errors/* describeError */.Uc)(e)}` };
    }
}
const partnerFailed = (r) => !(0,model/* partnerLinkOk */.F)(r);

;// CONCATENATED MODULE: ./lib/azure/roles.js




const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function resolveValue(raw, unit) {
    if (typeof raw !== 'string')
        return raw;
    if (!(0,parser/* isExpression */.BH)(raw))
        return (0,parser/* unescapeLiteral */.CK)(raw);
    const m = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i.exec(raw);
    if (!m)
        return undefined;
    const given = unit.parametersJson[m[1]]?.value;
    return given ?? (unit.templateJson.parameters ?? {})[m[1]]?.defaultValue;
}
function automationRoles(units, principalId) {
    const out = new Set();
    for (const unit of units) {
        const resources = Array.isArray(unit.templateJson.resources) ? unit.templateJson.resources : [];
        for (const r of resources) {
            if (String(r?.type).toLowerCase() !== 'microsoft.managedservices/registrationdefinitions')
                continue;
            const auths = resolveValue(r.properties?.authorizations, unit);
            if (!Array.isArray(auths))
                continue;
            for (const a of auths) {
                const pid = resolveSimple(a?.principalId, unit.templateJson, unit.parametersJson);
                const role = resolveSimple(a?.roleDefinitionId, unit.templateJson, unit.parametersJson);
                if (!role || !GUID.test(role))
                    continue;
                if (principalId && pid?.toLowerCase() !== principalId.toLowerCase())
                    continue;
                out.add(GUID.exec(role)[0].toLowerCase());
            }
        }
    }
    return [...out];
}
async function checkRoles(rest, roleIds, signal) {
    const limit = (0,p_limit/* default */.A)(4);
    return Promise.all(roleIds.map((id) => limit(async () => {
        try {
            const def = await rest.get(`/providers/Microsoft.Authorization/roleDefinitions/${id}?api-version=2022-04-01`, signal);
            const p = def.properties ?? {};
            const roleName = p.roleName ?? null;
            const builtIn = (p.roleType ?? p.type) === 'BuiltInRole';
            const dataActions = (p.permissions ?? []).flatMap((x) => x.dataActions ?? []);
            const problems = [];
            if (!builtIn)
                problems.push('is not a built-in role (Lighthouse accepts built-in roles only)');
            if (dataActions.length)
                problems.push(`now has DataActions (${dataActions.slice(0, 3).join(', ')}${dataActions.length > 3 ? ', …' : ''}), which Lighthouse rejects`);
            const label = `${roleName ?? 'Role'} (${id})`;
            return { roleDefinitionId: id, roleName, builtIn, dataActions, ok: problems.length === 0, message: problems.length ? `${label} ${problems.join(' and ')}: choose another role.` : `${label} is a built-in role without DataActions.` };
        }
        catch (e) {
            const notFound = e.statusCode === 404;
            return { roleDefinitionId: id, roleName: null, builtIn: notFound ? false : null, dataActions: [], ok: !notFound, message: notFound ? `Role ${id} does not exist in Azure: use a built-in role GUID.` : `Could not check role ${id} live: ${(0,azure_errors/* describeError */.Uc)(e)}` };
        }
    })));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./lib/azure/targets.js





function checkGuid(value, what, where) {
    if (!(0,ids/* isGuid */.W_)(value))
        throw new Error(`targets ${where}: ${what} "${value}" is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
    return value.toLowerCase();
}
const MG_NAME = /^[\w.()-]{1,90}$/;
const MG_SCOPE = /^(?:([^/]*)\/)?\/?providers\/Microsoft\.Management\/managementGroups\/([^/]*)\/?$/i;
function isManagementGroupName(name) {
    return MG_NAME.test(name) && !/^\.+$/.test(name);
}
function checkGroup(name, where) {
    if (!isManagementGroupName(name))
        throw new Error(`targets ${where}: management group "${name}" is not a management group ID (1–90 letters, digits, - _ . ( )).`);
    return name;
}
function parseGroupItem(item, defaultTenant, where) {
    const m = MG_SCOPE.exec(item);
    if (!m)
        return null;
    const tenantRaw = m[1] || defaultTenant;
    if (!tenantRaw)
        throw new Error(`targets ${where}: "${item}" names no tenant and the tenant-id input is empty: write TENANT_ID/providers/Microsoft.Management/managementGroups/NAME or set tenant-id.`);
    return { target: item, tenant: checkGuid(tenantRaw, 'tenant ID', where), subscription: '', managementGroup: checkGroup(m[2], where) };
}
function parseLines(text, defaultTenant) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            return;
        for (const item of line.split(/[\s,]+/).filter(Boolean)) {
            const where = `line ${i + 1}`;
            const group = parseGroupItem(item, defaultTenant, where);
            if (group) {
                out.push(group);
                continue;
            }
            const parts = item.split('/');
            if (parts.length > 2)
                throw new Error(`targets ${where}: "${item}" must be SUBSCRIPTION_ID, TENANT_ID/SUBSCRIPTION_ID or TENANT_ID/providers/Microsoft.Management/managementGroups/NAME.`);
            const subscription = checkGuid(parts[parts.length - 1], 'subscription ID', where);
            const tenantRaw = parts.length === 2 ? parts[0] : defaultTenant;
            if (!tenantRaw)
                throw new Error(`targets ${where}: "${item}" names no tenant and the tenant-id input is empty: write TENANT_ID/${subscription} or set tenant-id.`);
            out.push({ target: item, tenant: checkGuid(tenantRaw, 'tenant ID', where), subscription });
        }
    });
    return out;
}
function parseFile(path, defaultTenant, boundary) {
    const text = (0,fs_boundary/* readTextInside */.YA)(boundary, path, `targets file ${path}`);
    let data;
    try {
        data = /\.ya?ml$/i.test(path) ? (0,yaml_dist/* parse */.qg)(text) : JSON.parse(text);
    }
    catch (e) {
        throw new Error(`targets file ${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'} (${e.message.split('\n')[0]}).`);
    }
    const list = Array.isArray(data) ? data : data?.targets;
    if (!Array.isArray(list))
        throw new Error(`targets file ${path}: expected a list of {subscription | managementGroup, tenant?, template?, parameters?, name?} (or {targets: [...]}).`);
    const base = (0,external_node_path_.dirname)(path);
    return list.map((entry, i) => {
        const where = `file ${path} entry ${i + 1}`;
        const e = (typeof entry === 'string' ? { subscription: entry } : entry);
        const group = e && typeof e.managementGroup === 'string' ? e.managementGroup : undefined;
        if (e && group !== undefined && e.subscription !== undefined)
            throw new Error(`targets ${where}: give "subscription" or "managementGroup", not both.`);
        if (!e || (typeof e.subscription !== 'string' && group === undefined))
            throw new Error(`targets ${where}: missing "subscription" (or "managementGroup").`);
        const tenantRaw = typeof e.tenant === 'string' && e.tenant ? e.tenant : defaultTenant;
        if (!tenantRaw)
            throw new Error(`targets ${where}: no "tenant" and the tenant-id input is empty.`);
        const tenant = checkGuid(tenantRaw, 'tenant ID', where);
        const named = typeof e.name === 'string' && e.name ? e.name : null;
        let t;
        if (group !== undefined) {
            const name = checkGroup(group, where);
            t = { target: named ?? `${tenant}/providers/Microsoft.Management/managementGroups/${name}`, tenant, subscription: '', managementGroup: name };
        }
        else {
            const subscription = checkGuid(e.subscription, 'subscription ID', where);
            t = { target: named ?? (typeof e.tenant === 'string' ? `${tenant}/${subscription}` : subscription), tenant, subscription };
        }
        const rel = (p) => (typeof p === 'string' && p ? ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(base, p)) : undefined);
        const template = rel(e.template);
        if (template) {
            t.template = template;
            t.parameters = rel(e.parameters) ?? null;
        }
        return t;
    });
}
function parseTargets(input, defaultTenant, workspace = process.cwd(), boundary) {
    const trimmed = input.trim();
    const tenant = defaultTenant.trim();
    if (trimmed && !trimmed.includes('\n') && /\.(json|ya?ml)$/i.test(trimmed)) {
        const path = (0,external_node_path_.isAbsolute)(trimmed) ? trimmed : (0,external_node_path_.resolve)(workspace, trimmed);
        const within = boundary ?? fs_boundary/* Boundary */.l$.create(workspace, [trimmed]);
        const refusal = (0,fs_boundary/* checkRegularFile */.Ew)(within, path);
        if (refusal?.reason === 'missing')
            throw new Error(`targets file not found: ${trimmed}`);
        if (refusal)
            throw new Error(`targets file ${trimmed}: ${refusal.message}`);
        return dedupe(parseFile(path, tenant, within));
    }
    return dedupe(parseLines(trimmed, tenant));
}
function dedupe(targets) {
    const seen = new Set();
    for (const t of targets) {
        const scope = t.managementGroup ? `mg:${t.tenant}/${t.managementGroup.toLowerCase()}` : t.subscription;
        const key = `${scope}|${t.template ?? ''}|${t.parameters ?? ''}`;
        if (seen.has(key))
            throw new Error(`targets: ${t.managementGroup ? `management group ${t.managementGroup} of tenant ${t.tenant}` : `subscription ${t.subscription}`} is listed twice.`);
        seen.add(key);
    }
    return targets;
}
function applyShard(items, shard) {
    const s = shard.trim();
    if (!s)
        return items;
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(s);
    if (!m)
        throw new Error(`shard "${shard}" must be K/N, e.g. 1/4.`);
    const k = Number(m[1]);
    const n = Number(m[2]);
    if (n < 1 || k < 1 || k > n)
        throw new Error(`shard "${shard}": need 1 ≤ K ≤ N (got K=${k}, N=${n}).`);
    return items.filter((_, i) => i % n === k - 1);
}

;// CONCATENATED MODULE: ./lib/azure/index.js
















function safeLogger(log) {
    const secrets = new Set();
    const clean = (m) => {
        let out = (0,jwt/* redact */.E$)(m);
        for (const s of secrets)
            if (s.length >= 4)
                out = out.split(s).join('***');
        return out;
    };
    return {
        secrets,
        info: (m) => log.info(clean(m)),
        warning: (m) => log.warning(clean(m)),
        debug: (m) => log.debug(clean(m)),
        setSecret: (s) => {
            if (!s || secrets.has(s))
                return;
            secrets.add(s);
            log.setSecret(s);
        }
    };
}
const DEPLOY_MODES = new Set(['validate', 'what-if', 'deploy']);
const DEFAULT_LOCATION = 'westeurope';
async function runAzure(options) {
    const { inputs, mode } = options;
    const log = safeLogger(options.log);
    const result = { notices: [], failed: false };
    const fail = (notice) => {
        log.warning(notice);
        result.notices.push(notice);
        markFailed(result, notice);
        return result;
    };
    const managingTenant = inputs.tenantId.trim().toLowerCase();
    const boundary = options.boundary ?? (inputs.workspace ? fs_boundary/* Boundary */.l$.create(inputs.workspace, [inputs.targets.trim()]) : null);
    const deadline = AbortSignal.timeout(Math.max(1, inputs.timeoutMinutes * 60_000));
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    let ctx;
    try {
        const cloud = (0,clouds.resolveCloud)(inputs.azureEnvironment, inputs.armEndpoint, inputs.authorityHost);
        const credentials = (0,azure_credentials.createCredentialProvider)({ auth: inputs.auth, clientId: inputs.clientId.trim(), clientSecret: inputs.clientSecret, cloud, setSecret: log.setSecret, getIdToken: options.getIdToken });
        ctx = createArmContext(cloud, credentials, (url, delayMs) => log.debug(`HTTP 429 without Retry-After on ${new URL(url).pathname}; retrying in ${delayMs} ms`));
        log.debug(`Azure: auth ${credentials.kind}, ARM ${cloud.arm}`);
    }
    catch (e) {
        return fail((0,azure_errors/* describeError */.Uc)(e));
    }
    if (inputs.partnerId.trim()) {
        const partner = await checkPartner({ ctx, partnerId: inputs.partnerId, managingTenantId: managingTenant, linkPartner: inputs.linkPartner, automationPrincipalId: inputs.automationPrincipalId.trim(), signal });
        result.partner = partner;
        (partnerFailed(partner) ? log.warning : log.info)(`Partner ID: ${partner.message}`);
        if (partnerFailed(partner)) {
            markFailed(result, partner.message);
            result.notices.push(partner.message);
        }
        if (partner.principalMismatch) {
            log.warning(partner.principalMismatch);
            result.notices.push(partner.principalMismatch);
        }
    }
    if (mode === 'partner')
        return result;
    if (mode === 'audit')
        return audit(options, ctx, log, result, managingTenant, signal);
    if (!DEPLOY_MODES.has(mode))
        return fail(`Unknown Azure mode "${mode}".`);
    if (options.units.length === 0 && mode === 'deploy')
        return fail('deploy refused: no lint-clean templates to deploy.');
    let targets;
    try {
        const all = parseTargets(inputs.targets, managingTenant, inputs.workspace, boundary ?? undefined);
        if (!all.length)
            return fail(`mode ${mode} needs targets: one SUBSCRIPTION_ID, TENANT_ID/SUBSCRIPTION_ID or TENANT_ID/providers/Microsoft.Management/managementGroups/NAME per line, or a targets file.`);
        targets = applyShard(all, inputs.shard);
        if (!targets.length) {
            result.notices.push(`Shard ${inputs.shard} has no targets (${all.length} in all).`);
            result.deployments = [];
            return result;
        }
    }
    catch (e) {
        return fail(e.message);
    }
    const units = new Map();
    const unitOf = (template, parameters) => {
        const key = `${template}\0${parameters ?? ''}`;
        if (!units.has(key))
            units.set(key, loadUnit(template, parameters, inputs.location || DEFAULT_LOCATION, boundary));
        return units.get(key);
    };
    const jobs = [];
    const linted = new Set(options.units.map((u) => `${u.template}\0${u.parameters ?? ''}`));
    const unlinted = [];
    const unreadable = [];
    const candidates = [];
    for (const target of targets) {
        const list = target.template ? [{ template: target.template, parameters: target.parameters ?? null }] : options.units;
        if (mode === 'deploy' && target.template && !linted.has(`${target.template}\0${target.parameters ?? ''}`)) {
            unlinted.push(target);
            continue;
        }
        for (const u of list) {
            try {
                candidates.push({ target, unit: await unitOf(u.template, u.parameters), named: !!target.template });
            }
            catch (e) {
                unreadable.push({ target, template: u.template, error: e.message });
            }
        }
    }
    const placed = new Set(candidates.filter((c) => scopeMismatch(c.unit, c.target) === null).map((c) => c.unit));
    const misfits = [];
    for (const c of candidates) {
        const why = scopeMismatch(c.unit, c.target);
        if (why === null)
            jobs.push({ target: c.target, unit: c.unit });
        else if (c.named || !placed.has(c.unit))
            misfits.push({ target: c.target, template: c.unit.template, error: why });
    }
    const display = (p) => (inputs.workspace ? (0,external_node_path_.relative)(inputs.workspace, p) || p : p);
    const refusal = (t, template, error) => ({
        target: t.target,
        tenant: t.tenant,
        subscription: t.subscription,
        ...(t.managementGroup ? { managementGroup: t.managementGroup } : {}),
        deploymentName: '',
        template: display(template),
        status: 'failed',
        error,
        durationMs: 0
    });
    const refused = [
        ...unlinted.map((t) => refusal(t, t.template, `Not deployed: lint did not check ${display(t.template)}${t.parameters ? ` with ${display(t.parameters)}` : ''}. Add it to the \`templates\` (and \`parameters\`) inputs so lint checks it.`)),
        ...unreadable.map((u) => refusal(u.target, u.template, `Could not read a template or parameters file: ${u.error}`)),
        ...misfits.map((m) => refusal(m.target, m.template, `Not sent: ${m.error}`))
    ];
    if (!jobs.length && !refused.length)
        return fail(`mode ${mode}: no templates to ${mode} (no lint units, and the targets file names none).`);
    const loaded = (await Promise.allSettled(units.values())).flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    await liveRoleCheck(ctx, log, result, loaded, inputs.automationPrincipalId.trim(), managingTenant || targets[0].tenant, signal);
    for (const r of refused)
        log.warning(`${r.target}: ${r.error}`);
    const groups = targets.filter((t) => t.managementGroup).length;
    log.info(`Azure ${mode}: ${jobs.length} deployment(s) over ${targets.length - groups} subscription(s)${groups ? ` and ${groups} management group(s)` : ''}, max-parallel ${inputs.maxParallel}.`);
    const deployments = await fanOut({
        ctx,
        mode: mode,
        jobs,
        location: inputs.location || DEFAULT_LOCATION,
        maxParallel: inputs.maxParallel,
        timeoutMs: Math.max(1, inputs.timeoutMinutes * 60_000),
        automationPrincipalId: inputs.automationPrincipalId.trim(),
        managingTenantId: managingTenant,
        signal,
        displayPath: display,
        onResult: (r) => (r.status === 'failed' || r.status === 'timed-out' ? log.warning : log.info)(`${r.target} ${r.deploymentName}: ${r.status}${r.error ? ` — ${r.error}` : ''}${r.note ? ` — ${r.note}` : ''} (${r.durationMs} ms)`)
    });
    deployments.unshift(...refused);
    result.deployments = deployments;
    const policyNoted = deployments.filter((d) => d.note && d.status === 'succeeded' && d.managementGroup);
    if (policyNoted.length)
        result.notices.push(`${policyNoted.length} management-group deployment(s): ${policyNoted[0].note}`);
    const bad = deployments.filter((d) => d.status === 'failed' || d.status === 'timed-out');
    if (bad.length) {
        const notice = `${bad.length} of ${deployments.length} ${mode} operation(s) failed or timed out.`;
        markFailed(result, notice);
        result.notices.push(notice);
    }
    const unverified = deployments.filter((d) => d.delegationVerified === false);
    if (unverified.length) {
        const where = (d) => (d.resourceGroups && !d.resourceGroups.length ? `${d.subscription} (no delegated resource group found)` : d.resourceGroups?.length ? `${d.subscription} (resource groups ${d.resourceGroups.join(', ')})` : d.subscription);
        const notice = `${unverified.length} deployment(s) succeeded but the delegation read back gives ${inputs.automationPrincipalId} no permanent PEC-eligible role: ${unverified.map(where).join(', ')}.`;
        markFailed(result, notice);
        result.notices.push(notice);
    }
    return result;
}
const SCOPE_LABEL = {
    resourceGroup: 'a resource-group template',
    subscription: 'a subscription template',
    managementGroup: 'a management-group template',
    tenant: 'a tenant template'
};
function scopeMismatch(unit, target) {
    const scope = unit.scope;
    if (!scope)
        return null;
    const file = unit.template.split(/[\\/]/).pop();
    if (target.managementGroup) {
        if (scope === 'managementGroup')
            return null;
        return `${file} is ${SCOPE_LABEL[scope]} (its $schema), and the target is a management group: deploy it to a subscription (SUBSCRIPTION_ID or TENANT_ID/SUBSCRIPTION_ID), or use a managementGroupDeploymentTemplate schema.`;
    }
    if (scope === 'subscription' || scope === 'resourceGroup')
        return null;
    if (scope === 'managementGroup') {
        return `${file} is ${SCOPE_LABEL[scope]} (its $schema names managementGroupDeploymentTemplate), and the target is a subscription: target a management group as TENANT_ID/providers/Microsoft.Management/managementGroups/NAME (or managementGroup in a targets file).`;
    }
    return `${file} is ${SCOPE_LABEL[scope]} (its $schema names tenantDeploymentTemplate): this action deploys at subscription and management-group scope only.`;
}
function markFailed(result, reason) {
    result.failed = true;
    result.failureReason ??= reason;
}
async function liveRoleCheck(ctx, log, result, units, principalId, tenant, signal) {
    const roleIds = automationRoles(units, principalId);
    if (!roleIds.length)
        return;
    const checks = await checkRoles(new ArmRest(ctx, ctx.credentials.forTenant(tenant)), roleIds, signal);
    result.roleChecks = checks;
    for (const c of checks) {
        if (c.ok)
            log.debug(c.message);
        else {
            log.warning(c.message);
            result.notices.push(c.message);
            if (c.builtIn === false || c.dataActions.length)
                markFailed(result, c.message);
        }
    }
}
async function audit(options, ctx, log, result, managingTenant, signal) {
    const { inputs } = options;
    if (!managingTenant) {
        markFailed(result, 'audit needs tenant-id (the managing tenant).');
        result.notices.push('audit needs tenant-id (the managing tenant).');
        return result;
    }
    try {
        let principalId = inputs.automationPrincipalId.trim() || result.partner?.objectId || '';
        if (!principalId)
            principalId = (await identityOf(ctx, managingTenant, signal)).objectId ?? '';
        if (!principalId)
            throw new Error('could not tell the identity object ID; set automation-principal-id.');
        let only;
        if (inputs.targets.trim())
            only = applyShard(parseTargets(inputs.targets, managingTenant, inputs.workspace, options.boundary), inputs.shard).flatMap((t) => (t.subscription ? [t.subscription] : []));
        const entries = await runAudit({ rest: new ArmRest(ctx, ctx.credentials.forTenant(managingTenant)), principalId, managingTenantId: managingTenant, maxParallel: inputs.maxParallel, signal, only });
        result.audit = entries;
        const subs = entries.filter((e) => e.scope !== 'resourceGroup');
        const groups = entries.filter((e) => e.scope === 'resourceGroup');
        const ok = subs.filter((e) => e.pecOk).length;
        const unread = entries.filter((e) => e.error).length;
        for (const e of entries) {
            const where = e.scope === 'resourceGroup' ? `${e.subscription} resource group ${e.resourceGroup}` : e.subscription;
            (e.pecOk ? log.info : log.warning)(`${where}: ${e.pecOk ? `PEC-eligible (${e.roles.join(', ')})` : e.fix}`);
            if (e.resourceGroupsError)
                log.warning(`${e.subscription}: ${e.resourceGroupsError}; its resource-group delegations are not known.`);
        }
        const groupNote = groups.length ? `; ${groups.filter((e) => e.pecOk).length} of ${groups.length} resource-group delegation(s) do` : '';
        result.notices.push(`Audit: ${ok} of ${subs.length} delegated subscription(s) give ${principalId} a permanent PEC-eligible role${groupNote}${unread ? `; ${unread} could not be read (re-run to know)` : ''}.`);
    }
    catch (e) {
        const notice = `Audit failed: ${(0,azure_errors/* describeError */.Uc)(e)}`;
        markFailed(result, notice);
        result.notices.push(notice);
    }
    return result;
}


/***/ }),

/***/ 85646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   lo: () => (/* binding */ jwtExpiry),
/* harmony export */   vE: () => (/* binding */ jwtClaims)
/* harmony export */ });
function jwtClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return null;
    try {
        const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return value && typeof value === 'object' ? value : null;
    }
    catch {
        return null;
    }
}
function jwtExpiry(token) {
    const exp = jwtClaims(token)?.exp;
    return typeof exp === 'number' ? exp : null;
}
const JWT_LIKE = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
function redact(text) {
    return text.replace(JWT_LIKE, '***');
}


/***/ }),

/***/ 93009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ originGuardPolicy),
/* harmony export */   dp: () => (/* binding */ assertSameOrigin),
/* harmony export */   sk: () => (/* binding */ isOffOriginError)
/* harmony export */ });
/* unused harmony exports ORIGIN_GUARD_POLICY_NAME, OffOriginError */
const ORIGIN_GUARD_POLICY_NAME = 'lpgTokenStaysHomePolicy';
const OFF_ORIGIN = 'OffOriginError';
class OffOriginError extends Error {
    service;
    refused;
    allowed;
    link;
    constructor(service, refused, allowed, link = 'a link') {
        super(`${service} answered with ${link} on another host (${refused}); refused to send the token there (only ${allowed} receives it).`);
        this.service = service;
        this.refused = refused;
        this.allowed = allowed;
        this.link = link;
        this.name = OFF_ORIGIN;
    }
    as(link) {
        return new OffOriginError(this.service, this.refused, this.allowed, link);
    }
}
function isOffOriginError(e) {
    return !!e && typeof e === 'object' && e.name === OFF_ORIGIN && typeof e.refused === 'string';
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return null;
    }
}
function assertSameOrigin(url, endpoint, service, link) {
    const allowed = originOf(endpoint);
    if (allowed === null || allowed === 'null')
        throw new Error(`${service} endpoint "${endpoint}" is not a URL.`);
    const origin = originOf(url);
    if (origin !== allowed)
        throw new OffOriginError(service, origin && origin !== 'null' ? origin : JSON.stringify(url.slice(0, 80)), allowed, link);
}
function originGuardPolicy(o) {
    assertSameOrigin(o.endpoint, o.endpoint, o.service);
    return {
        name: ORIGIN_GUARD_POLICY_NAME,
        async sendRequest(request, next) {
            assertSameOrigin(request.url, o.endpoint, o.service);
            return next(request);
        }
    };
}


/***/ }),

/***/ 45396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   LF: () => (/* binding */ THROTTLE_BUDGET_CODE),
/* harmony export */   VB: () => (/* binding */ throttleRetryPolicy),
/* harmony export */   _Q: () => (/* binding */ ThrottleBudget),
/* harmony export */   dc: () => (/* binding */ envNumber),
/* harmony export */   oW: () => (/* binding */ throttleBudgetPolicy)
/* harmony export */ });
/* unused harmony exports ThrottleBudgetError, THROTTLE_RETRY_POLICY_NAME, hasRetryHeader, retryHeaderDelay, THROTTLE_BUDGET_POLICY_NAME */
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20690);
/* harmony import */ var _shared_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94026);


class ThrottleBudget {
    maxRetries;
    maxWaitMs;
    retries = 0;
    waitedMs = 0;
    refusedMs;
    constructor(maxRetries = envNumber('LPG_THROTTLE_MAX_RETRIES', 20), maxWaitMs = envNumber('LPG_THROTTLE_MAX_WAIT_MS', 300_000)) {
        this.maxRetries = maxRetries;
        this.maxWaitMs = maxWaitMs;
    }
    take(delayMs) {
        if (this.retries + 1 > this.maxRetries || this.waitedMs + delayMs > this.maxWaitMs)
            return false;
        this.retries++;
        this.waitedMs += delayMs;
        return true;
    }
}
const THROTTLE_BUDGET_CODE = 'ThrottleBudgetExceeded';
class ThrottleBudgetError extends _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .RestError */ .pj {
    constructor(service, budget, askedMs) {
        const asked = askedMs !== undefined && budget.waitedMs + askedMs > budget.maxWaitMs ? `, and it asked to wait ${Math.ceil(askedMs / 1000)} s more` : '';
        super(`Throttled by ${service} (HTTP 429) beyond the retry budget: ${budget.retries} retries and ${Math.round(budget.waitedMs / 1000)} s of waiting (at most ${budget.maxRetries} retries and ${Math.round(budget.maxWaitMs / 1000)} s)${asked}. Lower max-parallel or re-run later.`, { code: THROTTLE_BUDGET_CODE, statusCode: 429 });
        this.name = 'ThrottleBudgetError';
    }
}
const budgets = new WeakMap();
const THROTTLE_RETRY_POLICY_NAME = 'lpgThrottleWithoutRetryAfterPolicy';
const RETRY_HEADERS = ['retry-after', 'retry-after-ms', 'x-ms-retry-after-ms'];
function hasRetryHeader(response) {
    return RETRY_HEADERS.some((h) => response.headers.get(h) !== undefined);
}
function retryHeaderDelay(response, now = Date.now()) {
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const ms = Number(response.headers.get(name));
        if (response.headers.get(name) !== undefined && Number.isFinite(ms) && ms >= 0)
            return ms;
    }
    const after = response.headers.get('retry-after');
    if (after === undefined)
        return undefined;
    const seconds = Number(after);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(after);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function backoffDelay(attempt, base, cap, random = Math.random) {
    const ceiling = Math.min(cap, base * 2 ** attempt);
    return Math.floor(random() * ceiling);
}
function envNumber(name, fallback) {
    const v = Number(process.env[name]);
    return Number.isFinite(v) && v >= 0 && process.env[name] !== '' ? v : fallback;
}
function throttleRetryPolicy(options = {}) {
    const maxRetries = options.maxRetries ?? 6;
    const base = options.baseDelayMs ?? envNumber('LPG_RETRY_BASE_MS', 1000);
    const cap = options.maxDelayMs ?? 60_000;
    const service = options.service ?? 'Azure Resource Manager';
    return {
        name: THROTTLE_RETRY_POLICY_NAME,
        async sendRequest(request, next) {
            const budget = options.budget ?? new ThrottleBudget();
            budgets.set(request, budget);
            for (let attempt = 0;; attempt++) {
                let response;
                try {
                    response = await next(request);
                }
                catch (e) {
                    const failed = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(e) ? e.response : undefined;
                    if (!failed || failed.status !== 429 || attempt >= maxRetries)
                        throw e;
                    response = failed;
                }
                if (response.status === 429 && budget.refusedMs !== undefined)
                    throw new ThrottleBudgetError(service, budget, budget.refusedMs);
                if (response.status !== 429 || attempt >= maxRetries)
                    return response;
                const delayMs = retryHeaderDelay(response) ?? backoffDelay(attempt, base, cap, options.random);
                if (!budget.take(delayMs))
                    throw new ThrottleBudgetError(service, budget, delayMs);
                options.onRetry?.({ attempt: attempt + 1, delayMs, url: request.url });
                await (0,_shared_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .y)(delayMs, request.abortSignal);
            }
        }
    };
}
const THROTTLE_BUDGET_POLICY_NAME = 'lpgThrottleBudgetPolicy';
function throttleBudgetPolicy() {
    return {
        name: THROTTLE_BUDGET_POLICY_NAME,
        async sendRequest(request, next) {
            const response = await next(request);
            const budget = budgets.get(request);
            if (!budget || response.status !== 429)
                return response;
            const delayMs = retryHeaderDelay(response);
            if (delayMs === undefined)
                return response;
            if (!budget.take(delayMs)) {
                budget.refusedMs = delayMs;
                for (const h of RETRY_HEADERS)
                    response.headers.delete(h);
            }
            return response;
        }
    };
}


/***/ }),

/***/ 94026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const aborted = () => signal?.reason ?? Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
        if (signal?.aborted)
            return reject(aborted());
        const onAbort = () => {
            clearTimeout(timer);
            reject(aborted());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener?.('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener?.('abort', onAbort, { once: true });
    });
}


/***/ })

};
