export const id = 84;
export const ids = [84,273,769];
export const modules = {

/***/ 97769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveCloud: () => (/* binding */ resolveCloud)
/* harmony export */ });
/** Endpoints per Azure cloud, with the `arm-endpoint` / `authority-host` overrides used by private clouds and tests. */
const CLOUDS = {
    azurecloud: { arm: 'https://management.azure.com', authorityHost: 'https://login.microsoftonline.com' },
    azureusgovernment: { arm: 'https://management.usgovcloudapi.net', authorityHost: 'https://login.microsoftonline.us' },
    azurechinacloud: { arm: 'https://management.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn' }
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
        // ARM accepts tokens for its own host; the scope must follow a custom endpoint, or tokens carry the wrong audience.
        armScope: `${arm}/.default`,
        disableInstanceDiscovery: trimSlash(authorityHost) !== ''
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
/**
 * Credentials for ARM, one per tenant: GitHub OIDC (federated client assertion), client secret, or the Azure CLI
 * of an earlier azure/login step. Every token seen is registered as a secret so the runner masks it.
 */


const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
function chooseAuth(s, env = process.env) {
    if (s.auth !== 'auto')
        return s.auth;
    // Only the runner says whether an OIDC token can be had (`permissions: id-token: write`); the action always passes
    // a way to ask for one, so its presence says nothing.
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
/**
 * The GitHub OIDC token as a client assertion: MSAL asks for one on every token request, and a token lives only a
 * few minutes, so keep one until shortly before its `exp` and then fetch a fresh one (long fan-outs would otherwise
 * fail with AADSTS700024). Concurrent callers share one fetch.
 */
function cachedAssertion(getIdToken, setSecret, renewBeforeSeconds = 60) {
    let current = null;
    let pending = null;
    return async () => {
        const now = Date.now() / 1000;
        if (current && current.exp !== null && current.exp - now > renewBeforeSeconds)
            return current.token;
        if (!pending) {
            pending = getIdToken(OIDC_AUDIENCE)
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
/**
 * Registers every access token as a secret before anything else can see it, and shares tokens between the many
 * clients of a fan-out: each client has its own bearer policy, and concurrent first calls would each reach Entra ID.
 */
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
        // Claims challenges and per-call tenants must reach the real credential.
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
    const assertion = kind === 'oidc' ? cachedAssertion(s.getIdToken ?? defaultGetIdToken, s.setSecret, s.oidcRenewBeforeSeconds) : null;
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

/***/ 58084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeError: () => (/* reexport */ describeError),
  parseTargets: () => (/* reexport */ parseTargets),
  runAzure: () => (/* binding */ runAzure)
});

// UNUSED EXPORTS: applyShard, deploymentName

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./lib/lint/roles/index.js + 1 modules
var roles = __webpack_require__(31229);
;// CONCATENATED MODULE: ./lib/azure/delegation.js
/**
 * Reading Lighthouse delegations back from a subscription and judging them for PEC: does a principal hold a
 * permanent (not just-in-time) authorization with a PEC-eligible built-in role?
 */

const REGISTRATION_API = '2022-10-01';
async function readAssignments(rest, subscription, signal) {
    return rest.list(`/subscriptions/${subscription}/providers/Microsoft.ManagedServices/registrationAssignments?$expandRegistrationDefinition=true&api-version=${REGISTRATION_API}`, signal);
}
function roleLabel(roleDefinitionId) {
    const info = roles/* roleCatalogue */.wW.get(roleDefinitionId);
    return info ? info.name : roleDefinitionId;
}
function isPecEligible(roleDefinitionId) {
    return roles/* roleCatalogue */.wW.get(roleDefinitionId)?.pecEligible === true;
}
const same = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
/** What a principal holds across the assignments (optionally only those managed by one tenant). */
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

// EXTERNAL MODULE: ./lib/azure/jwt.js
var jwt = __webpack_require__(85646);
;// CONCATENATED MODULE: ./lib/azure/errors.js
/**
 * The one place that turns Azure failures (ARM RestErrors, Entra ID AADSTS errors, LRO failures, aborts) into a
 * sentence a partner can act on. Never returns stack traces; anything token-shaped is redacted.
 */

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
/** The ARM `error` object carried by an SDK error, whichever client family threw it. */
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
/** `CODE: message` with nested details, innermost first where they say more. */
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
/** A clear one-line message for any error thrown by the SDK clients or credentials. */
function describeError(e) {
    const r = record(e);
    const name = typeof r.name === 'string' ? r.name : '';
    const message = typeof r.message === 'string' ? r.message : String(e);
    if (isAbortError(e))
        return 'Cancelled: the overall timeout (timeout-minutes) was reached.';
    if (name === 'AggregateAuthenticationError' && Array.isArray(r.errors))
        return r.errors.map(describeError).join(' / ');
    if (name === 'AuthenticationError' || name === 'CredentialUnavailableError' || /AADSTS\d+/.test(message)) {
        const hint = AADSTS.find(([re]) => re.test(message));
        if (hint)
            return hint[1];
        if (name === 'CredentialUnavailableError') {
            return `No Azure credential available: ${(0,jwt/* redact */.E$)(firstLine(message))} With auth: cli, run azure/login earlier in the job; or use auth: oidc / secret.`;
        }
        return `Sign-in failed: ${(0,jwt/* redact */.E$)(firstLine(message))}`;
    }
    const arm = armErrorOf(e);
    const status = typeof r.statusCode === 'number' ? r.statusCode : undefined;
    if (arm && (arm.code || arm.message)) {
        const text = formatArmError(arm);
        return (0,jwt/* redact */.E$)(status ? `${text} (HTTP ${status})` : text);
    }
    if (status === 429)
        return 'Throttled by Azure Resource Manager (HTTP 429) after every retry; lower max-parallel or re-run later.';
    if (status)
        return (0,jwt/* redact */.E$)(`HTTP ${status}: ${firstLine(message)}`);
    if (typeof r.code === 'string' && /^E[A-Z]+$/.test(r.code))
        return `Network error ${r.code} talking to Azure after retries: ${(0,jwt/* redact */.E$)(firstLine(message))}`;
    return (0,jwt/* redact */.E$)(firstLine(message));
}
function firstLine(s) {
    // Entra ID descriptions carry trace / correlation IDs on later lines: useful in logs, noise in a summary.
    return s.split(/\r?\n/)[0].trim();
}

;// CONCATENATED MODULE: ./lib/azure/audit.js
/**
 * Audit of delegations already in place: every subscription the identity sees through Lighthouse, and whether a
 * delegation there gives the linked identity a permanent PEC-eligible role (else the Partner ID earns nothing there).
 */



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
        // Subscriptions of the managing tenant itself are not customers.
        return (s.tenantId ?? '').toLowerCase() !== managing || (s.managedByTenants ?? []).some((t) => t.tenantId?.toLowerCase() === managing);
    });
    const limit = (0,p_limit/* default */.A)(Math.max(1, o.maxParallel));
    return Promise.all(delegated.map((s) => limit(async () => {
        const subscription = s.subscriptionId;
        const tenant = s.tenantId ?? null;
        try {
            const assignments = await readAssignments(o.rest, subscription, o.signal);
            const held = principalRoles(assignments, o.principalId, managing || null);
            const offerName = held.offerNames.length ? [...new Set(held.offerNames)].join(', ') : null;
            const roles = [...held.permanent, ...held.eligible.map((r) => `${r} (eligible only)`)];
            let fix = null;
            if (!held.pecOk) {
                if (!held.offerNames.length)
                    fix = `No delegation from the managing tenant on this subscription: onboard it with a template granting ${o.principalId} ${SUGGESTED} permanently.`;
                else if (held.eligible.length && !held.permanent.length)
                    fix = `${o.principalId} holds only eligible (just-in-time) roles here; PEC needs a permanent authorization: redeploy offer "${offerName}" adding ${SUGGESTED} in authorizations.`;
                else
                    fix = `Redeploy offer "${offerName}" with a permanent authorization for ${o.principalId} with a PEC-eligible role such as ${SUGGESTED}, or link the Partner ID from a principal that already holds one.`;
            }
            return { subscription, tenant, offerName, pecOk: held.pecOk, roles, fix };
        }
        catch (e) {
            const error = `Could not read the delegations: ${describeError(e)}`;
            return { subscription, tenant, offerName: null, pecOk: false, roles: [], fix: `${error} Re-run the audit.`, error };
        }
    })));
}

// EXTERNAL MODULE: ./node_modules/@azure/core-client/dist/esm/index.js + 16 modules
var esm = __webpack_require__(95738);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var dist_esm = __webpack_require__(20690);
// EXTERNAL MODULE: ./lib/azure/retry-policy.js
var retry_policy = __webpack_require__(45396);
;// CONCATENATED MODULE: ./lib/azure/clients.js
/**
 * Client construction in one place: every ARM client gets the same endpoint, token scope, retry settings, the bare-429
 * policy and one shared HTTP client (one connection pool for the whole fan-out, not one per subscription).
 */



function createArmContext(cloud, credentials, onThrottle) {
    const retryBaseMs = (0,retry_policy/* envNumber */.dc)('LPG_RETRY_BASE_MS', 1000);
    return {
        cloud,
        credentials,
        httpClient: (0,dist_esm/* createDefaultHttpClient */.fl)(),
        throttlePolicy: (0,retry_policy/* throttleRetryPolicy */.VB)({ baseDelayMs: retryBaseMs, onRetry: (i) => onThrottle?.(i.url, i.delayMs) }),
        // Deployments of a delegation take tens of seconds; polling every 5 s costs few requests and little latency.
        pollIntervalMs: (0,retry_policy/* envNumber */.dc)('LPG_POLL_INTERVAL_MS', 5000),
        retryBaseMs,
        onThrottle
    };
}
/** Options shared by the modular (rest-level) and classic (core-client) SDK clients. */
function clientOptions(ctx) {
    return {
        endpoint: ctx.cloud.arm,
        // Modular clients read `credentials.scopes`, classic ones `credentialScopes`; both default to public Azure.
        credentials: { scopes: [ctx.cloud.armScope] },
        credentialScopes: [ctx.cloud.armScope],
        additionalPolicies: [{ policy: ctx.throttlePolicy, position: 'perCall' }],
        retryOptions: { maxRetries: 3, retryDelayInMs: ctx.retryBaseMs, maxRetryDelayInMs: Math.max(ctx.retryBaseMs * 64, 1) },
        httpClient: ctx.httpClient
    };
}
/** Plain ARM GETs for APIs without an SDK package (registration assignments, role definitions, subscriptions). */
class ArmRest {
    ctx;
    client;
    constructor(ctx, credential) {
        this.ctx = ctx;
        const { endpoint, credentialScopes, additionalPolicies, retryOptions, httpClient } = clientOptions(ctx);
        this.client = new esm/* ServiceClient */.Nl({ credential, endpoint, credentialScopes, additionalPolicies, retryOptions, httpClient });
    }
    async get(pathOrUrl, abortSignal) {
        const url = /^https:\/\//i.test(pathOrUrl) ? pathOrUrl : `${this.ctx.cloud.arm}${pathOrUrl}`;
        // A nextLink is followed verbatim and the bearer policy signs whatever it is given: keep the token on ARM.
        if (new URL(url).origin !== new URL(this.ctx.cloud.arm).origin) {
            throw new Error(`ARM returned a link outside ${new URL(this.ctx.cloud.arm).origin} (${new URL(url).origin}); not followed.`);
        }
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
    /** Every item of a paged list, following nextLink. */
    async list(path, abortSignal) {
        const out = [];
        let next = path;
        while (next) {
            const page = await this.get(next, abortSignal);
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./lib/lint/arm/parser.js + 1 modules
var parser = __webpack_require__(43620);
;// CONCATENATED MODULE: ./lib/azure/deployment-body.js
/**
 * What is sent to ARM for one lint unit: the template and parameters read from disk (JSON with comments, optional
 * BOM), and the deterministic deployment name that makes re-runs of the same content re-deploy in place.
 */





async function readJsonc(path) {
    const text = (await (0,promises_.readFile)(path, 'utf8')).replace(/^\uFEFF/, '');
    const errors = [];
    const value = (0,main.parse)(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length) {
        const e = errors[0];
        throw new Error(`${path}: ${(0,main.printParseErrorCode)(e.error)} at offset ${e.offset}`);
    }
    return { text, value };
}
/** The offer name if it is a literal or a plain parameter reference; null otherwise. */
function offerNameOf(template, parameters) {
    const resources = Array.isArray(template.resources) ? template.resources : [];
    const def = resources.find((r) => String(r?.type).toLowerCase() === 'microsoft.managedservices/registrationdefinitions');
    const raw = def?.properties?.registrationDefinitionName;
    return resolveSimple(raw, template, parameters);
}
/** `[parameters('x')]` → the parameter's value or default; literals as is; anything else null. */
function resolveSimple(raw, template, parameters) {
    if (typeof raw !== 'string')
        return null;
    // ARM's own rule, shared with the linter: only "[…]" as a whole is an expression ("[[…]" escapes one).
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
/**
 * `lh-<slug>-<12 hex of sha256(template + parameters + location)>`, at most 64 characters of [a-z0-9-]. The location
 * is in the hash because ARM refuses a subscription deployment name it has already seen in another location
 * (InvalidDeploymentLocation).
 */
function deploymentName(label, templateText, parametersText, location = '') {
    const hasher = (0,external_node_crypto_.createHash)('sha256').update(templateText).update('\0').update(parametersText);
    if (location)
        hasher.update('\0').update(location.toLowerCase().replace(/\s+/g, ''));
    const hash = hasher.digest('hex').slice(0, 12);
    const room = 64 - 'lh-'.length - 1 - hash.length;
    const s = slug(label).slice(0, room).replace(/-+$/, '') || 'onboarding';
    return `lh-${s}-${hash}`;
}
async function loadUnit(template, parameters, location = '') {
    const t = await readJsonc(template);
    const p = parameters ? await readJsonc(parameters) : { text: '', value: {} };
    const templateJson = (t.value ?? {});
    if (typeof templateJson !== 'object' || Array.isArray(templateJson))
        throw new Error(`${template}: not a JSON object`);
    const pv = (p.value ?? {});
    // Parameter files wrap values in {$schema, contentVersion, parameters}; ARM wants the inner object only.
    const parametersJson = (pv.parameters && typeof pv.parameters === 'object' ? pv.parameters : pv);
    const offerName = offerNameOf(templateJson, parametersJson);
    const label = offerName ?? (0,external_node_path_.basename)(template).replace(/\.json$/i, '');
    return { template, parameters, templateJson, parametersJson, deploymentName: deploymentName(label, t.text, p.text, location), offerName };
}
function deploymentBody(unit, location) {
    return { location, properties: { mode: 'Incremental', template: unit.templateJson, parameters: unit.parametersJson } };
}

// EXTERNAL MODULE: ./lib/shared/sleep.js
var sleep = __webpack_require__(94026);
;// CONCATENATED MODULE: ./lib/azure/deploy.js
/**
 * validate / what-if / deploy of each (target, unit) at subscription scope, fanned out with bounded concurrency and
 * an overall deadline. Every job yields a result; one job's failure never stops or hides another's.
 */









const TIMED_OUT = 'Not finished within timeout-minutes. A deployment already submitted keeps running in Azure; re-run to check it.';
async function fanOut(o) {
    const deadline = new AbortController();
    const parallel = Math.max(1, Math.floor(o.maxParallel) || 1);
    // Each in-flight job listens on the deadline (pollers, retry waits): not a leak, just many listeners.
    (0,external_node_events_.setMaxListeners)(parallel * 8 + 16, deadline.signal);
    const timer = setTimeout(() => deadline.abort(), o.timeoutMs);
    const onOuterAbort = () => deadline.abort();
    // A listener never fires for a signal that is already aborted (the partner check may have used up the time).
    if (o.signal?.aborted)
        deadline.abort();
    else
        o.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const limit = (0,p_limit/* default */.A)(parallel);
    try {
        const signIn = await signInPerTenant(o, deadline.signal, parallel);
        return await Promise.all(o.jobs.map((job) => limit(async () => {
            const error = signIn.get(job.target.tenant);
            const r = error
                ? { target: job.target.target, tenant: job.target.tenant, subscription: job.target.subscription, deploymentName: job.unit.deploymentName, template: o.displayPath ? o.displayPath(job.unit.template) : job.unit.template, status: 'failed', error, durationMs: 0 }
                : await runJob(o, job, deadline.signal);
            o.onResult?.(r);
            return r;
        })));
    }
    finally {
        clearTimeout(timer);
        o.signal?.removeEventListener('abort', onOuterAbort);
    }
}
/**
 * One sign-in per tenant before the fan-out: the first wave of workers would otherwise all ask Entra ID at once, and
 * a tenant that refuses the app (no consent, wrong secret) fails its targets with one clear message.
 */
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
                failures.set(tenant, `Sign-in to tenant ${tenant} failed: ${describeError(e)}`);
        }
    })));
    return failures;
}
async function runJob(o, job, signal) {
    const started = Date.now();
    const { target, unit } = job;
    const base = {
        target: target.target,
        tenant: target.tenant,
        subscription: target.subscription,
        deploymentName: unit.deploymentName,
        template: o.displayPath ? o.displayPath(unit.template) : unit.template
    };
    if (signal.aborted)
        return { ...base, status: 'timed-out', error: TIMED_OUT, durationMs: 0 };
    const credential = o.ctx.credentials.forTenant(target.tenant);
    // The LRO helpers reduce a 400 answer (to the first request or to a status poll) to "The long-running operation has
    // failed", and the thrown RestError has no body: keep the last client-error body, which says why. Throttling and
    // 5xx answers are retried, so they are not the reason.
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
    const options = clientOptions(o.ctx);
    const client = new arm_resourcesdeployments_dist_esm/* DeploymentsClient */.oF(credential, target.subscription, { ...options, additionalPolicies: [...options.additionalPolicies, { policy: keepErrorBody, position: 'perCall' }] });
    const opts = { abortSignal: signal, updateIntervalInMs: o.ctx.pollIntervalMs };
    // The thrown RestError keeps code and message but not ARM's `details` (which resource, and why): the body does.
    const explain = (e) => {
        const status = e.statusCode;
        const body = rejected;
        if (body && (typeof status !== 'number' || (body.details?.length ?? 0) > 0))
            return formatArmError(body) + (typeof status === 'number' ? ` (HTTP ${status})` : '');
        return describeError(e);
    };
    // Parameter values are passed through as the file holds them; ARM validates their shape.
    const body = deploymentBody(unit, o.location);
    const finish = (r) => ({ ...base, ...r, durationMs: Date.now() - started });
    try {
        if (o.mode === 'validate') {
            const result = await client.deployments.validateAtSubscriptionScope(unit.deploymentName, body, opts).pollUntilDone({ abortSignal: signal });
            if (result.error)
                return finish({ status: 'failed', error: formatArmError(result.error) });
            return finish({ status: 'validated', error: null });
        }
        if (o.mode === 'what-if') {
            const result = await client.deployments
                .whatIfAtSubscriptionScope(unit.deploymentName, { location: o.location, properties: { ...body.properties, whatIfSettings: { resultFormat: 'FullResourcePayloads' } } }, opts)
                .pollUntilDone({ abortSignal: signal });
            if (result.error)
                return finish({ status: 'failed', error: formatArmError(result.error) });
            return finish({ status: 'what-if', error: null, changes: (result.changes ?? []).map(renderChange) });
        }
        try {
            await client.deployments.createOrUpdateAtSubscriptionScope(unit.deploymentName, body, opts).pollUntilDone({ abortSignal: signal });
        }
        catch (e) {
            if (isAbortError(e) || signal.aborted)
                throw e;
            // A throttled or failed status poll ends the SDK's poller even though the deployment runs on in Azure:
            // follow the deployment itself until it ends (the PUT is idempotent, the name deterministic).
            const state = isTransient(e) ? await awaitDeployment(client, unit.deploymentName, o.ctx.pollIntervalMs, o.ctx.retryBaseMs, signal) : null;
            if (state !== 'Succeeded') {
                // An HTTP error carries its own cause; an LRO that ended Failed only says "has failed": ask the operations.
                const hasStatus = state === null && typeof e.statusCode === 'number';
                const cause = hasStatus ? explain(e) : ((await failureCause(client, unit.deploymentName, signal)) ?? explain(e));
                return finish({ status: 'failed', error: cause });
            }
        }
        const delegationVerified = await verifyDelegation(o, target, credential, signal);
        return finish({ status: 'succeeded', error: null, delegationVerified });
    }
    catch (e) {
        if (isAbortError(e) || signal.aborted)
            return finish({ status: 'timed-out', error: TIMED_OUT });
        return finish({ status: 'failed', error: explain(e) });
    }
}
const TERMINAL_STATES = new Set(['Succeeded', 'Failed', 'Canceled']);
/** 429, 5xx and dropped connections: worth asking again. */
function isTransient(e) {
    const status = e.statusCode;
    if (typeof status === 'number')
        return status === 408 || status === 429 || status >= 500;
    const code = e.code;
    return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|REQUEST_SEND_ERROR)$/.test(code);
}
/**
 * Reads the deployment until it reaches a terminal state: the state it ended in, or null when it could not be read
 * within a bounded number of transient errors (then the original error is reported).
 */
async function awaitDeployment(client, name, intervalMs, retryBaseMs, signal) {
    for (let errors = 0; errors <= 8;) {
        try {
            const deployment = await client.deployments.getAtSubscriptionScope(name, { abortSignal: signal });
            const state = deployment.properties?.provisioningState;
            if (state && TERMINAL_STATES.has(state))
                return state;
            await (0,sleep/* sleep */.y)(intervalMs, signal);
        }
        catch (e) {
            if (isAbortError(e) || signal.aborted)
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
/** The real cause of a Failed deployment, from its failed operations (deepest error details included). */
async function failureCause(client, name, signal) {
    try {
        const causes = [];
        for await (const op of client.deploymentOperations.listAtSubscriptionScope(name, { abortSignal: signal })) {
            const p = op.properties;
            if (p?.provisioningState !== 'Failed')
                continue;
            const err = p.statusMessage?.error;
            const where = p.targetResource?.resourceType ? `${p.targetResource.resourceType}${p.targetResource.resourceName ? ` '${p.targetResource.resourceName}'` : ''}: ` : '';
            if (err && (err.code || err.message))
                causes.push(where + formatArmError(err));
            else if (p.statusCode)
                causes.push(`${where}${p.statusCode}`);
        }
        if (causes.length)
            return causes.join(' | ');
        const d = await client.deployments.getAtSubscriptionScope(name, { abortSignal: signal });
        const err = d.properties?.error;
        return err ? formatArmError(err) : null;
    }
    catch {
        return null;
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
async function verifyDelegation(o, target, credential, signal) {
    if (!o.automationPrincipalId)
        return null;
    try {
        const assignments = await readAssignments(restFor(o.ctx, target.tenant, credential), target.subscription, signal);
        const held = principalRoles(assignments, o.automationPrincipalId, o.managingTenantId || null);
        // A role the PEC table does not list leaves the verification open (null), as lint's pec-role-not-assured does.
        return held.pecOk ? true : held.pecUnknown ? null : false;
    }
    catch {
        // The deployment itself succeeded; an unreadable delegation is "unknown", not a failure.
        return null;
    }
}
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

// EXTERNAL MODULE: ./node_modules/@azure/arm-managementpartner/dist/index.js
var dist = __webpack_require__(16557);
// EXTERNAL MODULE: ./lib/report/model.js
var model = __webpack_require__(5747);
// EXTERNAL MODULE: ./lib/shared/ids.js
var ids = __webpack_require__(56095);
;// CONCATENATED MODULE: ./lib/azure/partner.js
/**
 * The Partner ID link (Microsoft.ManagementPartner) of the identity running in the managing tenant: verify it, create
 * it (`link-partner: true`), or move it to another ID (`link-partner: replace`); and say when that identity is not the
 * automation principal the templates grant.
 */






/** The identity behind a credential, from the claims of an ARM token (the token itself is never kept). */
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
        return { ...base, status: 'error', message: `Could not sign in to the managing tenant to check the Partner ID: ${describeError(e)}` };
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
        return { ...base, ...extra, status: 'error', message: `Partner ID check failed: ${describeError(e)}` };
    }
}
const partnerFailed = (r) => !(0,model/* partnerLinkOk */.F)(r);

;// CONCATENATED MODULE: ./lib/azure/roles.js
/**
 * Live role check: the static catalogue goes stale (roles gain DataActions), so confirm with ARM that each role the
 * automation principal is granted is still a built-in role without DataActions, as Lighthouse requires.
 */




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
/** Role GUIDs of the permanent authorizations for `principalId` (all of them when it is empty), where resolvable. */
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
            return { roleDefinitionId: id, roleName: null, builtIn: notFound ? false : null, dataActions: [], ok: !notFound, message: notFound ? `Role ${id} does not exist in Azure: use a built-in role GUID.` : `Could not check role ${id} live: ${describeError(e)}` };
        }
    })));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./lib/azure/targets.js
/**
 * The `targets` input: `SUBSCRIPTION_ID` or `TENANT_ID/SUBSCRIPTION_ID` lines, or the path of a JSON / YAML file
 * listing {subscription, tenant?, template?, parameters?, name?}; plus `shard: K/N` slicing for workflow matrices.
 */





function checkGuid(value, what, where) {
    if (!(0,ids/* isGuid */.W_)(value))
        throw new Error(`targets ${where}: ${what} "${value}" is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
    return value.toLowerCase();
}
function parseLines(text, defaultTenant) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            return;
        for (const item of line.split(/[\s,]+/).filter(Boolean)) {
            const where = `line ${i + 1}`;
            const parts = item.split('/');
            if (parts.length > 2)
                throw new Error(`targets ${where}: "${item}" must be SUBSCRIPTION_ID or TENANT_ID/SUBSCRIPTION_ID.`);
            const subscription = checkGuid(parts[parts.length - 1], 'subscription ID', where);
            const tenantRaw = parts.length === 2 ? parts[0] : defaultTenant;
            if (!tenantRaw)
                throw new Error(`targets ${where}: "${item}" names no tenant and the tenant-id input is empty: write TENANT_ID/${subscription} or set tenant-id.`);
            out.push({ target: item, tenant: checkGuid(tenantRaw, 'tenant ID', where), subscription });
        }
    });
    return out;
}
function parseFile(path, defaultTenant) {
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8').replace(/^\uFEFF/, '');
    let data;
    try {
        data = /\.ya?ml$/i.test(path) ? (0,yaml_dist/* parse */.qg)(text) : JSON.parse(text);
    }
    catch (e) {
        throw new Error(`targets file ${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'} (${e.message.split('\n')[0]}).`);
    }
    const list = Array.isArray(data) ? data : data?.targets;
    if (!Array.isArray(list))
        throw new Error(`targets file ${path}: expected a list of {subscription, tenant?, template?, parameters?, name?} (or {targets: [...]}).`);
    const base = (0,external_node_path_.dirname)(path);
    return list.map((entry, i) => {
        const where = `file ${path} entry ${i + 1}`;
        const e = (typeof entry === 'string' ? { subscription: entry } : entry);
        if (!e || typeof e.subscription !== 'string')
            throw new Error(`targets ${where}: missing "subscription".`);
        const tenantRaw = typeof e.tenant === 'string' && e.tenant ? e.tenant : defaultTenant;
        if (!tenantRaw)
            throw new Error(`targets ${where}: no "tenant" and the tenant-id input is empty.`);
        const subscription = checkGuid(e.subscription, 'subscription ID', where);
        const tenant = checkGuid(tenantRaw, 'tenant ID', where);
        const rel = (p) => (typeof p === 'string' && p ? ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(base, p)) : undefined);
        const t = { target: typeof e.name === 'string' && e.name ? e.name : typeof e.tenant === 'string' ? `${tenant}/${subscription}` : subscription, tenant, subscription };
        const template = rel(e.template);
        if (template) {
            t.template = template;
            t.parameters = rel(e.parameters) ?? null;
        }
        return t;
    });
}
/** Parses the input. A single line naming an existing file is read as a targets file (relative to `workspace`). */
function parseTargets(input, defaultTenant, workspace = process.cwd()) {
    const trimmed = input.trim();
    const tenant = defaultTenant.trim();
    if (trimmed && !trimmed.includes('\n') && /\.(json|ya?ml)$/i.test(trimmed)) {
        const path = (0,external_node_path_.isAbsolute)(trimmed) ? trimmed : (0,external_node_path_.resolve)(workspace, trimmed);
        if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile())
            throw new Error(`targets file not found: ${trimmed}`);
        return dedupe(parseFile(path, tenant));
    }
    return dedupe(parseLines(trimmed, tenant));
}
function dedupe(targets) {
    // The same subscription twice would race two deployments of one name against each other.
    const seen = new Set();
    for (const t of targets) {
        const key = `${t.subscription}|${t.template ?? ''}|${t.parameters ?? ''}`;
        if (seen.has(key))
            throw new Error(`targets: subscription ${t.subscription} is listed twice.`);
        seen.add(key);
    }
    return targets;
}
/** `K/N` (1-based): every N-th target starting at K, stable by input order. Empty: all. */
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
    // Round-robin rather than contiguous blocks: shards stay balanced when targets are appended.
    return items.filter((_, i) => i % n === k - 1);
}

;// CONCATENATED MODULE: ./lib/azure/index.js
/**
 * The Azure half of the action, loaded with `await import()` only when a mode needs Azure: Partner ID check, live
 * role check, validate / what-if / deploy fan-out, audit. Returns results for the shared reporters; never throws for
 * an Azure failure (it becomes a notice and `failed`).
 */















/** A logger that masks registered secrets and anything token-shaped, whatever the caller's logger does. */
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
/** Where subscription-scope deployment metadata is stored when the `location` input is empty. */
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
    // timeout-minutes bounds the whole Azure side: an uncapped Retry-After on the partner or role check included.
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
        return fail(describeError(e));
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
        const all = parseTargets(inputs.targets, managingTenant, inputs.workspace);
        if (!all.length)
            return fail(`mode ${mode} needs targets: one SUBSCRIPTION_ID or TENANT_ID/SUBSCRIPTION_ID per line, or a targets file.`);
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
            units.set(key, loadUnit(template, parameters, inputs.location || DEFAULT_LOCATION));
        return units.get(key);
    };
    const jobs = [];
    // Lint gates deploy: a template (and parameters) that a targets file names but lint never saw is not deployed.
    const linted = new Set(options.units.map((u) => `${u.template}\0${u.parameters ?? ''}`));
    const unlinted = [];
    // A template that cannot be read fails the targets that need it, not the whole run.
    const unreadable = [];
    for (const target of targets) {
        const list = target.template ? [{ template: target.template, parameters: target.parameters ?? null }] : options.units;
        if (mode === 'deploy' && target.template && !linted.has(`${target.template}\0${target.parameters ?? ''}`)) {
            unlinted.push(target);
            continue;
        }
        for (const u of list) {
            try {
                jobs.push({ target, unit: await unitOf(u.template, u.parameters) });
            }
            catch (e) {
                unreadable.push({ target, template: u.template, error: e.message });
            }
        }
    }
    const display = (p) => (inputs.workspace ? (0,external_node_path_.relative)(inputs.workspace, p) || p : p);
    const refusal = (t, template, error) => ({
        target: t.target,
        tenant: t.tenant,
        subscription: t.subscription,
        deploymentName: '',
        template: display(template),
        status: 'failed',
        error,
        durationMs: 0
    });
    const refused = [
        ...unlinted.map((t) => refusal(t, t.template, `Not deployed: lint did not check ${display(t.template)}${t.parameters ? ` with ${display(t.parameters)}` : ''}. Add it to the \`templates\` (and \`parameters\`) inputs so lint checks it.`)),
        ...unreadable.map((u) => refusal(u.target, u.template, `Could not read a template or parameters file: ${u.error}`))
    ];
    if (!jobs.length && !refused.length)
        return fail(`mode ${mode}: no templates to ${mode} (no lint units, and the targets file names none).`);
    const loaded = (await Promise.allSettled(units.values())).flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    await liveRoleCheck(ctx, log, result, loaded, inputs.automationPrincipalId.trim(), managingTenant || targets[0].tenant, signal);
    for (const r of refused)
        log.warning(`${r.target}: ${r.error}`);
    log.info(`Azure ${mode}: ${jobs.length} deployment(s) over ${targets.length} subscription(s), max-parallel ${inputs.maxParallel}.`);
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
        onResult: (r) => (r.status === 'failed' || r.status === 'timed-out' ? log.warning : log.info)(`${r.target} ${r.deploymentName}: ${r.status}${r.error ? ` — ${r.error}` : ''} (${r.durationMs} ms)`)
    });
    deployments.unshift(...refused);
    result.deployments = deployments;
    const bad = deployments.filter((d) => d.status === 'failed' || d.status === 'timed-out');
    if (bad.length) {
        const notice = `${bad.length} of ${deployments.length} ${mode} operation(s) failed or timed out.`;
        markFailed(result, notice);
        result.notices.push(notice);
    }
    const unverified = deployments.filter((d) => d.delegationVerified === false);
    if (unverified.length) {
        const notice = `${unverified.length} deployment(s) succeeded but the delegation read back gives ${inputs.automationPrincipalId} no permanent PEC-eligible role: ${unverified.map((d) => d.subscription).join(', ')}.`;
        markFailed(result, notice);
        result.notices.push(notice);
    }
    return result;
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
            only = applyShard(parseTargets(inputs.targets, managingTenant, inputs.workspace), inputs.shard).map((t) => t.subscription);
        const entries = await runAudit({ rest: new ArmRest(ctx, ctx.credentials.forTenant(managingTenant)), principalId, managingTenantId: managingTenant, maxParallel: inputs.maxParallel, signal, only });
        result.audit = entries;
        const ok = entries.filter((e) => e.pecOk).length;
        const unread = entries.filter((e) => e.error).length;
        for (const e of entries)
            (e.pecOk ? log.info : log.warning)(`${e.subscription}: ${e.pecOk ? `PEC-eligible (${e.roles.join(', ')})` : e.fix}`);
        result.notices.push(`Audit: ${ok} of ${entries.length} delegated subscription(s) give ${principalId} a permanent PEC-eligible role${unread ? `; ${unread} could not be read (re-run to know)` : ''}.`);
    }
    catch (e) {
        const notice = `Audit failed: ${describeError(e)}`;
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
/** Reading claims from access tokens without ever printing them. */
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
/** Seconds since epoch of the token's `exp`, or null when it has none. */
function jwtExpiry(token) {
    const exp = jwtClaims(token)?.exp;
    return typeof exp === 'number' ? exp : null;
}
const JWT_LIKE = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
/** Removes anything token-shaped from text bound for logs or reports. */
function redact(text) {
    return text.replace(JWT_LIKE, '***');
}


/***/ }),

/***/ 45396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   VB: () => (/* binding */ throttleRetryPolicy),
/* harmony export */   dc: () => (/* binding */ envNumber)
/* harmony export */ });
/* unused harmony exports THROTTLE_RETRY_POLICY_NAME, hasRetryHeader, retryHeaderDelay */
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20690);
/* harmony import */ var _shared_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94026);
/**
 * Retrying 429 responses the SDK gives up on. The SDK's throttling policy honours Retry-After / retry-after-ms /
 * x-ms-retry-after-ms for three retries and returns a bare 429 at once, yet ARM and its resource providers do answer
 * bare 429s under load, and a fan-out of hundreds of targets meets a fourth consecutive 429 now and then. Added
 * `perCall` so it wraps the SDK's own retry phase: each attempt here goes back through it and through signing with a
 * fresh token. Bare 429s back off exponentially with full jitter; a 429 that still carries a retry header waits as the
 * header says.
 */


const THROTTLE_RETRY_POLICY_NAME = 'lpgThrottleWithoutRetryAfterPolicy';
const RETRY_HEADERS = (/* unused pure expression or super */ null && (['retry-after', 'retry-after-ms', 'x-ms-retry-after-ms']));
function hasRetryHeader(response) {
    return RETRY_HEADERS.some((h) => response.headers.get(h) !== undefined);
}
/** The wait a 429 asks for, in ms: retry-after-ms / x-ms-retry-after-ms, or Retry-After in seconds or as a date. */
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
/** Full jitter: uniform in [0, min(cap, base·2^attempt)], which spreads a herd of throttled workers best. */
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
    return {
        name: THROTTLE_RETRY_POLICY_NAME,
        async sendRequest(request, next) {
            for (let attempt = 0;; attempt++) {
                let response;
                try {
                    response = await next(request);
                }
                catch (e) {
                    // Classic clients deserialize inside this policy's span and throw the 429 as a RestError.
                    const failed = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(e) ? e.response : undefined;
                    if (!failed || failed.status !== 429 || attempt >= maxRetries)
                        throw e;
                    response = failed;
                }
                if (response.status !== 429 || attempt >= maxRetries)
                    return response;
                const delayMs = retryHeaderDelay(response) ?? backoffDelay(attempt, base, cap, options.random);
                options.onRetry?.({ attempt: attempt + 1, delayMs, url: request.url });
                await (0,_shared_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .y)(delayMs, request.abortSignal);
            }
        }
    };
}


/***/ }),

/***/ 94026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** setTimeout as a promise that a signal cuts short, rejecting with the signal's reason (or an AbortError). */
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
