export const id = 300;
export const ids = [300];
export const modules = {

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

/***/ 62300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pecAnnotations: () => (/* reexport */ pecAnnotations),
  pecReportCsv: () => (/* reexport */ pecReportCsv),
  pecReportMarkdown: () => (/* reexport */ pecReportMarkdown),
  runPecReport: () => (/* binding */ runPecReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/billing/limits.js
const GiB = 2 ** 30;
const MiB = 2 ** 20;
const DEFAULT_LIMITS = Object.freeze({
    maxSubscriptions: 200_000,
    maxSpanDays: 62,
    maxLineBytes: 1 * MiB,
    maxBlobBytes: 16 * GiB,
    maxBlobLines: 20_000_000,
    maxExportBytes: 128 * GiB,
    maxExportLines: 160_000_000,
    maxInflateRatio: 250,
    ratioAfterBytes: 64 * MiB,
    maxIdChars: 128,
    maxNameChars: 256,
    maxCurrencies: 32,
    maxBlobs: 10_000,
    maxResourceGroupsPerSubscription: 1_000,
    maxResourceGroups: 250_000
});
function limitsWith(over) {
    return { ...DEFAULT_LIMITS, ...over };
}
class BillingLimitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BillingLimitError';
    }
}
function formatBytes(n) {
    if (n >= GiB)
        return `${+(n / GiB).toFixed(1)} GiB`;
    if (n >= MiB)
        return `${+(n / MiB).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${+(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}

;// CONCATENATED MODULE: ./lib/billing/usage.js

const AZURE_PLAN_PRODUCT_ID = 'DZH318Z0BCGF';
var F;
(function (F) {
    F[F["Ignore"] = 0] = "Ignore";
    F[F["Entitlement"] = 1] = "Entitlement";
    F[F["Customer"] = 2] = "Customer";
    F[F["CustomerName"] = 3] = "CustomerName";
    F[F["UsageDate"] = 4] = "UsageDate";
    F[F["PreTax"] = 5] = "PreTax";
    F[F["BillingCurrency"] = 6] = "BillingCurrency";
    F[F["PricingCurrency"] = 7] = "PricingCurrency";
    F[F["PecPercent"] = 8] = "PecPercent";
    F[F["ProductId"] = 9] = "ProductId";
    F[F["Publisher"] = 10] = "Publisher";
    F[F["ResourceGroup"] = 11] = "ResourceGroup";
    F[F["ResourceUri"] = 12] = "ResourceUri";
})(F || (F = {}));
const FIELDS = {
    entitlementid: F.Entitlement,
    customerid: F.Customer,
    customername: F.CustomerName,
    customercompanyname: F.CustomerName,
    usagedate: F.UsageDate,
    billingpretaxtotal: F.PreTax,
    billingcurrency: F.BillingCurrency,
    pricingcurrency: F.PricingCurrency,
    partnerearnedcreditpercentage: F.PecPercent,
    rateofpartnerearnedcredit: F.PecPercent,
    productid: F.ProductId,
    publishername: F.Publisher,
    resourcegroup: F.ResourceGroup,
    resourcegroupname: F.ResourceGroup,
    resourceuri: F.ResourceUri
};
const keyCache = new Map();
function fieldOf(key) {
    let f = keyCache.get(key);
    if (f === undefined) {
        f = FIELDS[key.toLowerCase()] ?? F.Ignore;
        if (keyCache.size < 4096 && key.length <= 64)
            keyCache.set(key, f);
    }
    return f;
}
function usage_text(v) {
    if (typeof v === 'string')
        return v.trim() === '' ? null : v.trim();
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return null;
}
function num(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && v.trim() !== '')
        return Number(v.trim());
    return Number.NaN;
}
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const US_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;
function day(year, month, date) {
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || date < 1)
        return null;
    if (date > new Date(Date.UTC(year, month, 0)).getUTCDate())
        return null;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}
function toDay(v) {
    if (typeof v === 'string') {
        const iso = ISO_DAY.exec(v);
        if (iso)
            return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
        const us = US_DAY.exec(v);
        if (us)
            return day(Number(us[3]), Number(us[1]), Number(us[2]));
        const t = Date.parse(v);
        if (Number.isNaN(t))
            return null;
        const d = new Date(t);
        return day(d.getFullYear(), d.getMonth() + 1, d.getDate());
    }
    if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 8.64e15) {
        const d = new Date(v);
        return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    return null;
}
function pecPercent(v) {
    const n = num(v);
    if (Number.isNaN(n))
        return null;
    return n > 1 ? n : n * 100;
}
const MAX_CURRENCY_CHARS = 16;
function parseUsageLine(raw, limits = DEFAULT_LIMITS) {
    let obj;
    try {
        obj = JSON.parse(raw);
    }
    catch {
        return { ok: false, why: 'json' };
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
        return { ok: false, why: 'json' };
    const o = obj;
    let entitlement = null;
    let customerId = null;
    let customerName = null;
    let dateRaw = undefined;
    let preTaxRaw = undefined;
    let billingCurrency = null;
    let pricingCurrency = null;
    let pec = null;
    let productId = null;
    let publisher = null;
    let resourceGroup = null;
    let resourceUri = undefined;
    for (const k in o) {
        switch (fieldOf(k)) {
            case F.Ignore:
                break;
            case F.Entitlement:
                entitlement = usage_text(o[k]);
                break;
            case F.Customer:
                customerId = usage_text(o[k]);
                break;
            case F.CustomerName:
                customerName ??= usage_text(o[k]);
                break;
            case F.UsageDate:
                dateRaw = o[k];
                break;
            case F.PreTax:
                preTaxRaw = o[k];
                break;
            case F.BillingCurrency:
                billingCurrency = usage_text(o[k]);
                break;
            case F.PricingCurrency:
                pricingCurrency = usage_text(o[k]);
                break;
            case F.PecPercent:
                pec ??= pecPercent(o[k]);
                break;
            case F.ProductId:
                productId = usage_text(o[k]);
                break;
            case F.Publisher:
                publisher = usage_text(o[k]);
                break;
            case F.ResourceGroup:
                resourceGroup = usage_text(o[k]);
                break;
            case F.ResourceUri:
                resourceUri ??= o[k];
                break;
        }
    }
    if (!entitlement)
        return { ok: false, why: 'entitlement' };
    if (entitlement.length > limits.maxIdChars || (customerId?.length ?? 0) > limits.maxIdChars)
        return { ok: false, why: 'id' };
    const day = toDay(dateRaw);
    if (!day)
        return { ok: false, why: 'date' };
    const preTax = preTaxRaw === undefined || preTaxRaw === null ? 0 : num(preTaxRaw);
    if (!Number.isFinite(preTax))
        return { ok: false, why: 'amount' };
    return {
        ok: true,
        line: {
            customerId: (customerId ?? '').toLowerCase(),
            customerName: customerName && customerName.length > limits.maxNameChars ? `${customerName.slice(0, limits.maxNameChars - 1)}…` : customerName,
            subscriptionId: entitlement.toLowerCase(),
            day,
            preTax,
            currency: currencyCode(billingCurrency) ?? currencyCode(pricingCurrency),
            pec: pec === null ? null : pec > 0,
            azurePlan: looksAzurePlan(productId, publisher),
            resourceGroup: resourceGroupName(resourceGroup) ?? resourceGroupOfUri(resourceUri)
        }
    };
}
const MAX_RESOURCE_GROUP_CHARS = 90;
function resourceGroupName(v) {
    return v && v.length <= MAX_RESOURCE_GROUP_CHARS ? v : null;
}
const RG_IN_URI = /\/resourcegroups\/([^/?#]+)/i;
function resourceGroupOfUri(v) {
    if (typeof v !== 'string' || v.length > 4096)
        return null;
    const m = RG_IN_URI.exec(v);
    if (!m)
        return null;
    let name = m[1];
    try {
        name = decodeURIComponent(name);
    }
    catch {
    }
    return resourceGroupName(name.trim() || null);
}
function currencyCode(v) {
    return v && v.length <= MAX_CURRENCY_CHARS ? v : null;
}
function looksAzurePlan(productId, publisher) {
    if (productId && productId.toUpperCase() !== AZURE_PLAN_PRODUCT_ID)
        return false;
    if (publisher && !/^microsoft\b/i.test(publisher))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./lib/billing/aggregate.js


const OTHER_RESOURCE_GROUPS = '(other resource groups)';
const OTHER_KEY = '\u0000other';
const SEEN = 1;
const PEC = 2;
const ELIGIBLE_NO_PEC = 4;
const DAY_MS = 86_400_000;
function resourceGroupsOf(sub) {
    const out = sub.rg0 ? [sub.rg0] : [];
    if (sub.rgMore)
        out.push(...sub.rgMore.values());
    return out;
}
function groupCount(sub) {
    return (sub.rg0 ? 1 : 0) + (sub.rgMore?.size ?? 0);
}
function* daysOf(sub) {
    for (let i = 0; i < sub.flags.length; i++) {
        const f = sub.flags[i];
        if (!(f & SEEN))
            continue;
        yield [dayText(sub.firstDay + i), { pec: (f & PEC) !== 0, amountNoPec: sub.amounts[i], eligibleNoPec: (f & ELIGIBLE_NO_PEC) !== 0 }];
    }
}
function usageDayCount(sub) {
    let n = 0;
    for (const f of sub.flags)
        if (f & SEEN)
            n++;
    return n;
}
function dayNumber(day) {
    return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}
function dayText(n) {
    return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
function emptyStats() {
    return { linesRead: 0, malformed: 0, firstMalformed: null, withoutPecColumn: 0, currencies: new Set(), resourceGroups: 0, resourceGroupLinesFolded: 0 };
}
const WHY = {
    json: 'not a JSON object',
    entitlement: 'no valid EntitlementId',
    date: 'no valid UsageDate',
    amount: 'no valid BillingPreTaxTotal',
    id: 'CustomerId or EntitlementId too long to be an ID'
};
function recentFromDay(now) {
    return (now.getTime() - 3 * DAY_MS) / DAY_MS;
}
class UsageAggregator {
    targets;
    limits;
    subs = new Map();
    stats = emptyStats();
    recentAfter;
    constructor(targets = null, limits = DEFAULT_LIMITS, now = new Date()) {
        this.targets = targets;
        this.limits = limits;
        this.recentAfter = recentFromDay(now);
    }
    addRaw(raw, where) {
        this.stats.linesRead++;
        const r = parseUsageLine(raw, this.limits);
        if (!r.ok)
            return this.malformed(where, WHY[r.why]);
        if (!this.add(r.line)) {
            this.malformed(where, `UsageDate ${r.line.day} more than ${this.limits.maxSpanDays} days from the subscription's other usage dates`);
        }
    }
    malformed(where, why) {
        this.stats.malformed++;
        this.stats.firstMalformed ??= `${where()} (${why})`;
    }
    add(line) {
        if (this.targets && !this.targets.has(line.subscriptionId))
            return true;
        const d = dayNumber(line.day);
        const key = `${line.customerId}|${line.subscriptionId}`;
        let sub = this.subs.get(key);
        if (!sub) {
            if (this.subs.size >= this.limits.maxSubscriptions) {
                throw new BillingLimitError(`the billing export names more than ${this.limits.maxSubscriptions.toLocaleString('en-US')} customer subscriptions (CustomerId and EntitlementId pairs), ` +
                    'more than a partner export holds and more than this report keeps in memory. Narrow the report to your customers with `targets`.');
            }
            sub = { customerId: line.customerId, customerName: line.customerName, subscriptionId: line.subscriptionId, currency: line.currency, firstDay: d, flags: [0], amounts: [0], rg0: null, rg0Key: '', rgMore: null };
            this.subs.set(key, sub);
        }
        let i = d - sub.firstDay;
        if (i < 0) {
            if (sub.flags.length - i > this.limits.maxSpanDays)
                return false;
            sub.flags.unshift(...new Array(-i).fill(0));
            sub.amounts.unshift(...new Array(-i).fill(0));
            sub.firstDay = d;
            i = 0;
        }
        else if (i >= sub.flags.length) {
            if (i + 1 > this.limits.maxSpanDays)
                return false;
            while (sub.flags.length <= i) {
                sub.flags.push(0);
                sub.amounts.push(0);
            }
        }
        if (line.pec === null)
            this.stats.withoutPecColumn++;
        if (line.currency && this.stats.currencies.size < this.limits.maxCurrencies)
            this.stats.currencies.add(line.currency);
        sub.customerName ??= line.customerName;
        sub.currency ??= line.currency;
        let f = sub.flags[i] | SEEN;
        const rg = this.resourceGroup(sub, line.resourceGroup ?? null);
        if (line.pec) {
            f |= PEC;
            if (!rg.earned)
                rg.earned = true;
        }
        else if (line.azurePlan) {
            sub.amounts[i] = sub.amounts[i] + line.preTax;
            f |= ELIGIBLE_NO_PEC;
            if (d > this.recentAfter) {
                rg.pending += line.preTax;
                rg.pendingLines++;
            }
            else {
                rg.lost += line.preTax;
                rg.lostLines++;
            }
        }
        sub.flags[i] = f;
        return true;
    }
    resourceGroup(sub, name) {
        if (sub.rg0 && name === sub.rg0.name)
            return sub.rg0;
        const key = name === null ? '' : name.toLowerCase();
        if (sub.rg0 && sub.rg0Key === key)
            return sub.rg0;
        let rg = sub.rgMore?.get(key);
        if (rg)
            return rg;
        if (groupCount(sub) >= this.limits.maxResourceGroupsPerSubscription || this.stats.resourceGroups >= this.limits.maxResourceGroups) {
            this.stats.resourceGroupLinesFolded++;
            sub.rgMore ??= new Map();
            rg = sub.rgMore.get(OTHER_KEY);
            if (!rg)
                sub.rgMore.set(OTHER_KEY, (rg = newRg(OTHER_RESOURCE_GROUPS)));
            return rg;
        }
        rg = newRg(name);
        this.stats.resourceGroups++;
        if (!sub.rg0) {
            sub.rg0 = rg;
            sub.rg0Key = key;
        }
        else
            (sub.rgMore ??= new Map()).set(key, rg);
        return rg;
    }
}
function newRg(name) {
    return { name, lost: 0, lostLines: 0, pending: 0, pendingLines: 0, earned: false };
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js
var dist = __webpack_require__(3669);
;// CONCATENATED MODULE: ./lib/billing/proxy.js

function proxyFor(url, env = process.env) {
    const proxy = env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy;
    if (!proxy)
        return undefined;
    const { hostname, port } = new URL(url);
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const bypass = (env.NO_PROXY || env.no_proxy || '')
        .split(/[,\s]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean)
        .some((entry) => {
        if (entry === '*')
            return true;
        const [name, entryPort] = entry.startsWith('[') ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]] : entry.split(':');
        if (entryPort && entryPort !== (port || '443'))
            return false;
        const suffix = name.replace(/^\*?\./, '');
        return host === suffix || host.endsWith(`.${suffix}`);
    });
    return bypass ? undefined : proxy;
}
const agents = new Map();
function proxyAgentFor(url, env = process.env) {
    const proxy = proxyFor(url, env);
    if (!proxy)
        return undefined;
    let agent = agents.get(proxy);
    if (!agent)
        agents.set(proxy, (agent = new dist.HttpsProxyAgent(proxy)));
    return agent;
}

;// CONCATENATED MODULE: ./lib/billing/blobs.js





const STALL_MS = 120_000;
class BlobError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'BlobError';
    }
}
function blobRefs(m, limits = DEFAULT_LIMITS) {
    if (m.blobs.length > limits.maxBlobs) {
        throw new BillingLimitError(`the export manifest lists ${m.blobs.length.toLocaleString('en-US')} blobs, more than the ${limits.maxBlobs.toLocaleString('en-US')} an export is split into`);
    }
    const root = m.rootDirectory.replace(/\/+$/, '');
    const sas = m.sasToken.replace(/^\?/, '');
    return m.blobs.map((b) => {
        const url = `${root}/${b.name.replace(/^\/+/, '')}${sas ? `?${sas}` : ''}`;
        if (!url.startsWith('https://'))
            throw new BlobError(`blob ${b.name} is not on HTTPS: ${redactSas(url)}`, 'fatal');
        return { name: b.name, url };
    });
}
function redactSas(text) {
    return text.replace(/([?&]sig=)[^&\s"']*/gi, '$1REDACTED');
}
function get(url, signal) {
    return new Promise((resolve, reject) => {
        const req = external_node_https_.get(url, { signal, agent: proxyAgentFor(url), headers: { accept: 'application/octet-stream' } }, resolve);
        req.on('error', reject);
        req.setTimeout(STALL_MS, () => req.destroy(new BlobError('the download stalled', 'transient')));
    });
}
async function readCapped(res, max) {
    let text = '';
    for await (const chunk of res) {
        text += String(chunk);
        if (text.length >= max) {
            res.destroy();
            break;
        }
    }
    return text.slice(0, max);
}
const NEWLINE = 0x0a;
async function streamBlobLines(blob, onLine, signal, options = {}) {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const cursor = options.cursor ?? { lines: 0, bytes: 0 };
    const totals = options.totals ?? { bytes: 0, lines: 0 };
    let res;
    try {
        res = await get(blob.url, signal);
    }
    catch (e) {
        throw asBlobError(e, blob);
    }
    const status = res.statusCode ?? 0;
    if (status !== 200) {
        const body = await readCapped(res, 4096).catch(() => '');
        const code = String(res.headers['x-ms-error-code'] ?? '');
        if (status === 403 && /AuthenticationFailed|expired/i.test(`${code} ${body}`)) {
            throw new BlobError(`the download link of ${blob.name} was refused (HTTP 403 ${code || 'AuthenticationFailed'}): the SAS has expired`, 'sas-expired');
        }
        const kind = status === 408 || status === 429 || status >= 500 ? 'transient' : 'fatal';
        throw new BlobError(`downloading ${blob.name}: HTTP ${status} ${redactSas(code || body.slice(0, 200))}`, kind);
    }
    const skip = cursor.lines;
    let lineNo = 0;
    let inflated = 0;
    let parts = [];
    let partBytes = 0;
    let overlong = false;
    const tooBig = (what) => new BlobError(`${blob.name}: ${what}; a billing export blob holds far less, so this one is not read further`, 'fatal');
    const endLine = () => {
        lineNo++;
        if (lineNo > cursor.lines) {
            cursor.lines = lineNo;
            if (++totals.lines > limits.maxExportLines)
                throw tooBig(`the export has more than ${limits.maxExportLines.toLocaleString('en-US')} lines`);
        }
        if (lineNo > limits.maxBlobLines)
            throw tooBig(`more than ${limits.maxBlobLines.toLocaleString('en-US')} lines`);
        const skipped = overlong;
        overlong = false;
        const raw = partBytes === 0 ? '' : (parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes)).toString('utf8');
        parts = [];
        partBytes = 0;
        if (skipped || lineNo <= skip)
            return;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '')
            return;
        try {
            onLine(line, lineNo);
        }
        catch (error) {
            if (error instanceof BillingLimitError)
                throw error;
            throw new BlobError(`${blob.name} line ${lineNo}: ${error?.message ?? String(error)}`, 'fatal');
        }
    };
    const take = (chunk) => {
        if (overlong || lineNo < skip)
            return;
        if (partBytes + chunk.length > limits.maxLineBytes) {
            overlong = true;
            parts = [];
            partBytes = 0;
            if (lineNo + 1 > skip)
                options.onOverlong?.(lineNo + 1);
            return;
        }
        parts.push(chunk);
        partBytes += chunk.length;
    };
    const gunzip = (0,external_node_zlib_.createGunzip)();
    let failure = null;
    try {
        await (0,promises_.pipeline)(res, gunzip, async function (source) {
            try {
                for await (const chunk of source) {
                    inflated += chunk.length;
                    if (inflated > cursor.bytes) {
                        totals.bytes += inflated - cursor.bytes;
                        cursor.bytes = inflated;
                        if (totals.bytes > limits.maxExportBytes)
                            throw tooBig(`the export inflates to more than ${formatBytes(limits.maxExportBytes)}`);
                    }
                    if (inflated > limits.maxBlobBytes)
                        throw tooBig(`it inflates to more than ${formatBytes(limits.maxBlobBytes)}`);
                    if (inflated >= limits.ratioAfterBytes && inflated > limits.maxInflateRatio * Math.max(1, gunzip.bytesWritten)) {
                        throw tooBig(`${formatBytes(gunzip.bytesWritten)} of gzip inflated to ${formatBytes(inflated)} (more than ${limits.maxInflateRatio}× — a gzip bomb?)`);
                    }
                    let start = 0;
                    let nl;
                    while ((nl = chunk.indexOf(NEWLINE, start)) !== -1) {
                        if (nl > start)
                            take(chunk.subarray(start, nl));
                        endLine();
                        start = nl + 1;
                    }
                    if (start < chunk.length)
                        take(chunk.subarray(start));
                }
                if (partBytes > 0 || overlong)
                    endLine();
            }
            catch (e) {
                failure = e;
                throw e;
            }
        }, { signal });
    }
    catch (e) {
        throw asBlobError(failure ?? e, blob);
    }
}
function asBlobError(e, blob) {
    if (e instanceof BlobError || e instanceof BillingLimitError)
        return e;
    const err = e;
    if (err?.name === 'AbortError')
        return err;
    if (err?.code === 'Z_DATA_ERROR') {
        return new BlobError(`${blob.name} is not valid gzip (${err.message})`, 'fatal');
    }
    return new BlobError(`downloading ${blob.name}: ${redactSas(err?.message ?? String(e))}`, 'transient');
}

// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var esm = __webpack_require__(20690);
// EXTERNAL MODULE: ./lib/shared/sleep.js
var sleep = __webpack_require__(94026);
// EXTERNAL MODULE: ./lib/azure/retry-policy.js
var retry_policy = __webpack_require__(45396);
// EXTERNAL MODULE: ./lib/azure/origin-guard.js
var origin_guard = __webpack_require__(93009);
// EXTERNAL MODULE: ./lib/azure/errors.js
var errors = __webpack_require__(71623);
;// CONCATENATED MODULE: ./lib/billing/graph.js





const DEFAULT_GRAPH_ENDPOINT = 'https://graph.microsoft.com';
const GRAPH = 'Microsoft Graph';
const MAX_POLL_WAIT_MS = 300_000;
class GraphError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'GraphError';
    }
}
class GraphBillingClient {
    o;
    origin;
    pipeline;
    postPipeline;
    http = (0,esm/* createDefaultHttpClient */.fl)();
    credential;
    constructor(o) {
        this.o = o;
        const base = new URL(o.graphEndpoint || DEFAULT_GRAPH_ENDPOINT);
        if (base.protocol !== 'https:')
            throw new GraphError(`graph-endpoint must be https: ${base.origin}`);
        this.origin = base.origin;
        this.credential = markingSignInErrors(o.credential);
        this.pipeline = this.buildPipeline();
        this.postPipeline = this.buildPipeline({ maxRetries: 0 });
    }
    buildPipeline(retryOptions) {
        const pipeline = (0,esm/* createPipelineFromOptions */.Fp)({
            userAgentOptions: { userAgentPrefix: 'lighthouse-pec-guard' },
            ...this.o.pipelineOptions,
            ...(retryOptions ? { retryOptions } : {})
        });
        pipeline.addPolicy((0,retry_policy/* throttleRetryPolicy */.VB)({ service: GRAPH }));
        pipeline.addPolicy((0,retry_policy/* throttleBudgetPolicy */.oW)(), { afterPhase: 'Retry' });
        pipeline.addPolicy((0,esm/* bearerTokenAuthenticationPolicy */.N$)({ credential: this.credential, scopes: `${this.origin}/.default` }));
        pipeline.addPolicy((0,origin_guard/* originGuardPolicy */.GB)({ endpoint: this.origin, service: GRAPH }), { afterPhase: 'Sign' });
        return pipeline;
    }
    async export(req, signal) {
        const billed = !!req.invoiceId;
        const path = `/v1.0/reports/partners/billing/usage/${billed ? 'billed' : 'unbilled'}/export`;
        const body = billed
            ? { invoiceId: req.invoiceId, attributeSet: 'full' }
            : { currencyCode: req.currency || 'USD', billingPeriod: req.billingPeriod, attributeSet: 'full' };
        const what = billed ? `invoice ${req.invoiceId}` : `unbilled, ${req.billingPeriod}`;
        for (let attempt = 1;; attempt++) {
            const sentAt = Date.now();
            let started = null;
            let failure = null;
            try {
                started = await this.send('POST', `${this.origin}${path}`, signal, body, this.postPipeline);
            }
            catch (e) {
                if (signal.aborted || e.name === 'AbortError' || (0,origin_guard/* isOffOriginError */.sk)(e) || e.code === retry_policy/* THROTTLE_BUDGET_CODE */.LF)
                    throw e;
                if (e instanceof SignInError)
                    throw new GraphError(`Sign-in to Microsoft Graph failed: ${(0,errors/* describeError */.Uc)(e.original)}`);
                failure = e;
            }
            if (started && started.status < 500) {
                if (started.status !== 202 && started.status !== 200 && started.status !== 201)
                    throw this.failure('starting the billing export', started);
                const location = started.headers.get('location') ?? started.headers.get('operation-location');
                if (!location)
                    throw new GraphError(`the billing export answered ${started.status} without a Location header`);
                const opUrl = this.sameOrigin(location, 'an operation link');
                this.o.log.info(`Billing export started (${what}).`);
                return this.poll(opUrl, retryAfterMs(started), signal);
            }
            const cause = started ? `HTTP ${started.status}` : `no answer (${firstLine(failure)})`;
            const check = await this.exportStartedSince(sentAt, signal);
            if (check.kind === 'one') {
                this.o.log.info(`The billing export request got ${cause}, but an export started then: following it (${what}).`);
                return this.poll(`${this.origin}/v1.0/reports/partners/billing/operations/${encodeURIComponent(check.id)}`, null, signal);
            }
            if (check.kind === 'none' && attempt < EXPORT_POST_ATTEMPTS) {
                this.o.log.info(`The billing export request got ${cause} and no export started: sending it again (${attempt}/${EXPORT_POST_ATTEMPTS - 1}).`);
                await (0,sleep/* sleep */.y)(this.delay(null) * attempt, signal);
                continue;
            }
            const why = check.kind === 'none'
                ? `after ${attempt} attempts`
                : check.kind === 'several'
                    ? `not sent again: ${check.count} exports started since, and none can be told to be this one`
                    : `not sent again: a second request could start a second export, and the export operations could not be listed to check for one already started (${check.reason})`;
            throw new GraphError(`starting the billing export: ${cause}, ${why}. Re-run the report.`, started?.status);
        }
    }
    async exportStartedSince(sentAt, signal) {
        try {
            const res = await this.send('GET', `${this.origin}/v1.0/reports/partners/billing/operations`, signal);
            if (res.status !== 200)
                return { kind: 'unknown', reason: `HTTP ${res.status}` };
            const value = parseJson(res.bodyAsText).value;
            if (!Array.isArray(value))
                return { kind: 'unknown', reason: 'no list in the answer' };
            const since = sentAt - CLOCK_SKEW_MS;
            const recent = value.filter((op) => {
                const o = op;
                const created = typeof o.createdDateTime === 'string' ? Date.parse(o.createdDateTime) : Number.NaN;
                return typeof o.id === 'string' && Number.isFinite(created) && created >= since && String(o.status ?? '').toLowerCase() !== 'failed';
            });
            if (recent.length === 0)
                return { kind: 'none' };
            if (recent.length === 1)
                return { kind: 'one', id: recent[0].id };
            return { kind: 'several', count: recent.length };
        }
        catch (e) {
            if (signal.aborted)
                throw e;
            return { kind: 'unknown', reason: firstLine(e) };
        }
    }
    async poll(opUrl, firstWait, signal) {
        let wait = firstWait;
        let last = '';
        for (;;) {
            await (0,sleep/* sleep */.y)(this.delay(wait), signal);
            const res = await this.send('GET', opUrl, signal);
            if (res.status !== 200)
                throw this.failure('reading the export operation', res);
            const op = parseJson(res.bodyAsText);
            const status = String(op.status ?? '');
            if (status !== last)
                this.o.log.info(`Billing export operation: ${status || '(no status)'}.`);
            last = status;
            switch (status.toLowerCase()) {
                case 'succeeded':
                case 'completed':
                    return this.manifestOf(op, signal);
                case 'failed':
                    throw new GraphError(`the billing export failed: ${errorText(op.error) ?? 'no error given'}`);
                case 'notstarted':
                case 'running':
                    wait = retryAfterMs(res);
                    continue;
                default:
                    throw new GraphError(`the billing export operation has an unknown status "${status}"`);
            }
        }
    }
    delay(retryAfter) {
        return Math.min(Math.max(retryAfter ?? 0, this.o.pollIntervalMs), MAX_POLL_WAIT_MS);
    }
    async manifestOf(op, signal) {
        const loc = op.resourceLocation ?? op['resourceLocation@odata.navigationLink'];
        if (isManifest(loc))
            return loc;
        const link = typeof loc === 'string'
            ? loc
            : loc && typeof loc === 'object'
                ? firstString(loc, ['@odata.id', '@odata.navigationLink', '@odata.readLink', 'url', 'href'])
                : null;
        if (!link)
            throw new GraphError('the billing export succeeded without a manifest (resourceLocation)');
        const res = await this.send('GET', this.sameOrigin(link, 'a manifest link'), signal);
        if (res.status !== 200)
            throw this.failure('reading the export manifest', res);
        const m = parseJson(res.bodyAsText);
        if (!isManifest(m))
            throw new GraphError('the export manifest has no rootDirectory, sasToken and blobs');
        return m;
    }
    sameOrigin(link, what) {
        let url;
        try {
            url = new URL(link, `${this.origin}/v1.0/reports/partners/billing/`).href;
        }
        catch {
            throw new GraphError(`${GRAPH} answered with ${what} that is not a URL`);
        }
        (0,origin_guard/* assertSameOrigin */.dp)(url, this.origin, GRAPH, what);
        return url;
    }
    async send(method, url, signal, body, pipeline = this.pipeline) {
        const request = (0,esm/* createPipelineRequest */.G6)({
            url,
            method,
            abortSignal: signal,
            headers: (0,esm/* createHttpHeaders */.Nc)(body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' }),
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        this.o.log.debug(`${method} ${url}`);
        return pipeline.sendRequest(this.http, request);
    }
    failure(doing, res) {
        const detail = errorText(safeJson(res.bodyAsText)?.error) ?? (res.bodyAsText ?? '').slice(0, 300);
        const hint = res.status === 401 || res.status === 403
            ? ' (the app needs the PartnerBilling.Read.All permission, admin-consented, in the partner tenant)'
            : '';
        return new GraphError(`${doing}: HTTP ${res.status}${detail ? `: ${detail}` : ''}${hint}`, res.status);
    }
}
const EXPORT_POST_ATTEMPTS = 3;
const CLOCK_SKEW_MS = 60_000;
class SignInError extends Error {
    original;
    constructor(original) {
        super(firstLine(original));
        this.original = original;
        this.name = 'SignInError';
    }
}
function markingSignInErrors(credential) {
    return {
        async getToken(scopes, options) {
            try {
                return await credential.getToken(scopes, options);
            }
            catch (e) {
                if (options?.abortSignal?.aborted)
                    throw e;
                throw new SignInError(e);
            }
        }
    };
}
function firstLine(e) {
    return String(e?.message ?? e).split(/\r?\n/)[0].slice(0, 300);
}
function retryAfterMs(res) {
    const v = res.headers.get('retry-after');
    if (!v)
        return null;
    const s = Number(v);
    if (Number.isFinite(s))
        return Math.max(0, s * 1000);
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : Math.max(0, t - Date.now());
}
function isManifest(v) {
    if (!v || typeof v !== 'object')
        return false;
    const m = v;
    return typeof m.rootDirectory === 'string' && typeof m.sasToken === 'string' && Array.isArray(m.blobs);
}
function firstString(o, keys) {
    for (const k of keys)
        if (typeof o[k] === 'string')
            return o[k];
    return null;
}
function safeJson(text) {
    try {
        const v = JSON.parse(text ?? '');
        return v && typeof v === 'object' ? v : null;
    }
    catch {
        return null;
    }
}
function parseJson(text) {
    const v = safeJson(text);
    if (!v)
        throw new GraphError('Microsoft Graph answered with something that is not a JSON object');
    return v;
}
function errorText(e) {
    if (!e)
        return null;
    if (typeof e === 'string')
        return e;
    if (typeof e === 'object') {
        const o = e;
        const msg = typeof o.message === 'string' ? o.message : null;
        const code = typeof o.code === 'string' ? o.code : null;
        return [code, msg].filter(Boolean).join(': ') || JSON.stringify(e).slice(0, 300);
    }
    return String(e);
}

;// CONCATENATED MODULE: ./lib/billing/reasons.js

const reasons_DAY_MS = 86_400_000;
const PEC_DELAY_MS = 2 * reasons_DAY_MS;
const MAX_DAYS_LISTED = 62;
const REASON_NO_USAGE = 'no usage in this period';
const REASON_RECENT = 'usage younger than 48 hours: PEC may still appear';
const REASON_NOT_AZURE_PLAN = 'not on a CSP Azure plan: the usage without PEC is Marketplace or another product (ProductId / PublisherName), which earns no PEC';
const REASON_UNEXPLAINED = 'unexplained: check the delegation and link history for those days';
const REASON_NO_DELEGATION = 'no permanent PEC-eligible delegation for the linked identity';
const MAX_RESOURCE_GROUPS_LISTED = 50;
const MAX_GROUPS_NAMED = 5;
function auditIndex(audit) {
    const m = new Map();
    for (const a of audit ?? []) {
        const k = a.subscription.toLowerCase();
        const list = m.get(k);
        if (list)
            list.push(a);
        else
            m.set(k, [a]);
    }
    return m;
}
function isRecent(day, now) {
    return Date.parse(`${day}T00:00:00Z`) + reasons_DAY_MS > now.getTime() - PEC_DELAY_MS;
}
function partnerReason(p) {
    if (!p)
        return null;
    switch (p.status) {
        case 'not-linked':
            return `Partner ID ${p.partnerId} is not linked to the identity`;
        case 'other-partner':
            return `the identity is linked to partner ID ${p.linkedPartnerId ?? '(unknown)'}, not ${p.partnerId}`;
        case 'inactive':
            return `the Partner ID link (${p.linkedPartnerId ?? p.partnerId}) is inactive`;
        case 'linked-now':
            return `Partner ID ${p.partnerId} was linked only in this run: earlier days earned no credit`;
        case 'replaced':
            return `the link was changed to partner ID ${p.partnerId} in this run: earlier days were credited elsewhere`;
        default:
            return null;
    }
}
const isGroupEntry = (a) => a.scope === 'resourceGroup';
function auditReason(entries) {
    const own = entries?.filter((a) => !isGroupEntry(a));
    if (!own?.length || own.some((a) => a.pecOk))
        return null;
    if (own.every((a) => a.error))
        return null;
    if (own.some((a) => a.resourceGroupsError))
        return null;
    const fix = own.find((a) => a.fix)?.fix;
    return fix ? `${REASON_NO_DELEGATION} (${fix})` : REASON_NO_DELEGATION;
}
function coverage(entries, group) {
    const own = entries?.filter((a) => !isGroupEntry(a)) ?? [];
    if (!own.length)
        return 'unknown';
    const mine = group === null ? [] : (entries ?? []).filter((a) => isGroupEntry(a) && a.resourceGroup?.toLowerCase() === group.toLowerCase());
    if (own.some((a) => a.pecOk) || mine.some((a) => a.pecOk))
        return 'pec';
    if (mine.some((a) => a.error) || own.every((a) => a.error))
        return 'unknown';
    if (own.some((a) => a.offerName))
        return 'no-pec-role';
    if (mine.length)
        return 'group-no-pec-role';
    if (group !== null && own.some((a) => a.resourceGroupsError))
        return 'unknown';
    return 'not-delegated';
}
const money = (n, currency) => `${n.toFixed(2)}${currency ? ` ${currency}` : ''}`;
function names(groups) {
    const shown = groups.slice(0, MAX_GROUPS_NAMED).join(', ');
    return groups.length > MAX_GROUPS_NAMED ? `${shown} and ${groups.length - MAX_GROUPS_NAMED} more` : shown;
}
const groupLabel = (g) => g ?? '(no resource group)';
function groupReasons(lost, entries, ctx) {
    const perGroup = new Map();
    const notDelegated = [];
    const noRole = [];
    const to = ctx.managingTenantId ? `tenant ${ctx.managingTenantId}` : 'the managing tenant';
    for (const g of lost) {
        if (g.name === null)
            continue;
        const c = coverage(entries, g.name);
        if (c === 'not-delegated') {
            notDelegated.push(g.name);
            perGroup.set(g, `resource group ${g.name} is not delegated to ${to}`);
        }
        else if (c === 'group-no-pec-role') {
            noRole.push(g.name);
            perGroup.set(g, `resource group ${g.name}: ${REASON_NO_DELEGATION}`);
        }
    }
    const parts = [];
    if (notDelegated.length)
        parts.push(`resource group${notDelegated.length > 1 ? 's' : ''} ${names(notDelegated)} ${notDelegated.length > 1 ? 'are' : 'is'} not delegated to ${to}`);
    if (noRole.length)
        parts.push(`resource group${noRole.length > 1 ? 's' : ''} ${names(noRole)}: ${REASON_NO_DELEGATION}`);
    return { text: parts.length ? parts.join('; ') : null, perGroup };
}
const round = (n) => Math.round(n * 1e6) / 1e6;
function toEntry(sub, ctx) {
    let pecDays = 0;
    let amountAtStake = 0;
    let amountPending = 0;
    let lostDays = 0;
    let pendingDays = 0;
    const missing = [];
    let usageDays = 0;
    for (const [day, acc] of daysOf(sub)) {
        usageDays++;
        if (acc.pec)
            pecDays++;
        if (acc.eligibleNoPec) {
            missing.push(day);
            if (isRecent(day, ctx.now)) {
                pendingDays++;
                amountPending += acc.amountNoPec;
            }
            else {
                lostDays++;
                amountAtStake += acc.amountNoPec;
            }
        }
        else if (!acc.pec)
            missing.push(day);
    }
    missing.sort();
    const status = lostDays > 0 ? 'lost' : pendingDays > 0 ? 'pending' : missing.length > 0 ? 'not-eligible' : 'pec';
    const groups = resourceGroupsOf(sub);
    const lostGroups = groups.filter((g) => g.lostLines > 0).sort((a, b) => b.lost - a.lost || groupLabel(a.name).localeCompare(groupLabel(b.name)));
    const split = status === 'lost' && groups.length > 1 && lostGroups.length < groups.length;
    const audit = ctx.audit.get(sub.subscriptionId);
    const byGroup = status === 'lost' ? groupReasons(lostGroups, audit, ctx) : { text: null, perGroup: new Map() };
    const missingGroups = status === 'lost' ? lostGroups : groups.filter((g) => g.pendingLines > 0);
    const subscriptionReason = missingGroups.some((g) => coverage(audit, g.name) === 'no-pec-role') ? auditReason(audit) : null;
    let reason = null;
    if (status === 'not-eligible') {
        reason = REASON_NOT_AZURE_PLAN;
    }
    else if (status !== 'pec') {
        reason =
            partnerReason(ctx.partner) ??
                byGroup.text ??
                subscriptionReason ??
                (status === 'pending' ? REASON_RECENT : REASON_UNEXPLAINED);
        if (split) {
            const earned = groups.filter((g) => g.lostLines === 0).map((g) => groupLabel(g.name)).sort();
            reason += ` (lost in ${names(lostGroups.map((g) => `${groupLabel(g.name)}: ${money(g.lost, sub.currency)}`))}; none lost in ${names(earned)})`;
        }
    }
    const entry = {
        customerId: sub.customerId,
        customerName: sub.customerName,
        subscriptionId: sub.subscriptionId,
        usageDays,
        pecDays,
        pecRate: usageDays === 0 ? 0 : round(pecDays / usageDays),
        amountAtStake: round(amountAtStake),
        currency: sub.currency,
        reason,
        status,
        daysWithoutPec: missing.slice(0, MAX_DAYS_LISTED)
    };
    if (amountPending)
        entry.amountPending = round(amountPending);
    if (split) {
        const rank = (g) => (g.lostLines ? 0 : g.pendingLines ? 1 : 2);
        const ordered = [...groups].sort((a, b) => rank(a) - rank(b) || b.lost - a.lost || groupLabel(a.name).localeCompare(groupLabel(b.name)));
        entry.resourceGroups = ordered.slice(0, MAX_RESOURCE_GROUPS_LISTED).map((g) => ({
            resourceGroup: g.name,
            status: g.lostLines ? 'lost' : g.pendingLines ? 'pending' : 'pec',
            amountAtStake: round(g.lost),
            reason: g.lostLines ? (byGroup.perGroup.get(g) ?? null) : null
        }));
        if (ordered.length > MAX_RESOURCE_GROUPS_LISTED)
            entry.resourceGroupsNotListed = ordered.length - MAX_RESOURCE_GROUPS_LISTED;
    }
    return entry;
}
function noUsageEntry(subscriptionId, ctx) {
    const tenant = ctx.audit.get(subscriptionId)?.find((a) => a.tenant)?.tenant ?? '';
    return {
        customerId: tenant.toLowerCase(),
        customerName: null,
        subscriptionId,
        usageDays: 0,
        pecDays: 0,
        pecRate: 0,
        amountAtStake: 0,
        currency: null,
        reason: REASON_NO_USAGE,
        status: 'no-usage',
        daysWithoutPec: []
    };
}
const STATUS_RANK = {
    lost: 0,
    pending: 1,
    'no-usage': 2,
    'not-eligible': 3,
    pec: 4
};
function worstFirst(a, b) {
    return (STATUS_RANK[a.status ?? (a.reason ? 'lost' : 'pec')] - STATUS_RANK[b.status ?? (b.reason ? 'lost' : 'pec')] ||
        b.amountAtStake - a.amountAtStake ||
        a.pecRate - b.pecRate ||
        a.customerId.localeCompare(b.customerId) ||
        a.subscriptionId.localeCompare(b.subscriptionId));
}

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(72527);
;// CONCATENATED MODULE: ./lib/billing/render.js


const render_money = (n) => n.toFixed(2);
const percent = (r) => `${Math.round(r * 1000) / 10}%`;
function statusOf(e) {
    return e.status ?? (e.reason ? 'lost' : 'pec');
}
const STATUS_LABEL = {
    lost: '❌ lost',
    pending: '⏳ pending',
    'no-usage': '➖ no usage',
    'not-eligible': '➖ not eligible',
    pec: '✅ PEC'
};
function pecReportMarkdown(entries, maxRows = 300) {
    if (entries.length === 0)
        return '_No Azure usage in the export for the selected subscriptions._\n';
    const sorted = [...entries].sort(worstFirst);
    const rows = sorted.slice(0, maxRows).map((e) => [
        STATUS_LABEL[statusOf(e)],
        (0,report_escape/* escapeMarkdown */.FV)(e.customerName ?? e.customerId),
        (0,report_escape/* escapeMarkdown */.FV)(e.subscriptionId),
        String(e.usageDays),
        String(e.pecDays),
        percent(e.pecRate),
        `${render_money(e.amountAtStake)}${e.currency ? ` ${(0,report_escape/* escapeMarkdown */.FV)(e.currency)}` : ''}`,
        (0,report_escape/* escapeMarkdown */.FV)(e.reason ?? '')
    ].join(' | '));
    return [
        '| Status | Customer | Subscription | Usage days | PEC days | PEC rate | At stake (pre-tax) | Reason |',
        '|---|---|---|--:|--:|--:|--:|---|',
        ...rows.map((r) => `| ${r} |`)
    ].join('\n') + '\n' + (sorted.length > maxRows ? `\n_…and ${sorted.length - maxRows} more subscription(s), all in the CSV report._\n` : '') + resourceGroupSection(sorted, maxRows);
}
const GROUP_STATUS = { lost: '❌ lost', pending: '⏳ pending', pec: '✅ PEC' };
const groupName = (g) => g.resourceGroup ?? '(no resource group)';
function resourceGroupSection(sorted, maxRows) {
    const split = sorted.filter((e) => e.resourceGroups?.length);
    if (!split.length)
        return '';
    const rows = [];
    let cut = 0;
    for (const e of split) {
        for (const g of e.resourceGroups) {
            if (rows.length >= maxRows) {
                cut++;
                continue;
            }
            rows.push([
                (0,report_escape/* escapeMarkdown */.FV)(e.subscriptionId),
                (0,report_escape/* escapeMarkdown */.FV)(groupName(g)),
                GROUP_STATUS[g.status],
                `${render_money(g.amountAtStake)}${e.currency ? ` ${(0,report_escape/* escapeMarkdown */.FV)(e.currency)}` : ''}`,
                (0,report_escape/* escapeMarkdown */.FV)(g.reason ?? '')
            ].join(' | '));
        }
        cut += e.resourceGroupsNotListed ?? 0;
    }
    return [
        '',
        '#### Credit lost in some resource groups only',
        '',
        '| Subscription | Resource group | Status | At stake (pre-tax) | Reason |',
        '|---|---|---|--:|---|',
        ...rows.map((r) => `| ${r} |`)
    ].join('\n') + '\n' + (cut ? `\n_…and ${cut} more resource group(s), all in the CSV report._\n` : '');
}
function csvText(v) {
    let s = v ?? '';
    if (/^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return csvQuote(s);
}
function csvQuote(s) {
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const CSV_HEADER = [
    'status',
    'customerId',
    'customerName',
    'subscriptionId',
    'usageDays',
    'pecDays',
    'pecRate',
    'amountAtStake',
    'currency',
    'reason',
    'daysWithoutPec',
    'amountPending',
    'resourceGroupsWithoutPec',
    'resourceGroupAmountsAtStake'
];
const lostGroups = (e) => (e.resourceGroups ?? []).filter((g) => g.status === 'lost');
function pecReportCsv(entries) {
    const lines = [CSV_HEADER.join(',')];
    for (const e of [...entries].sort(worstFirst)) {
        lines.push([
            csvText(statusOf(e)),
            csvText(e.customerId),
            csvText(e.customerName),
            csvText(e.subscriptionId),
            String(e.usageDays),
            String(e.pecDays),
            String(e.pecRate),
            String(e.amountAtStake),
            csvText(e.currency),
            csvText(e.reason),
            csvText((e.daysWithoutPec ?? []).join(' ')),
            String(e.amountPending ?? 0),
            csvText(lostGroups(e).map(groupName).join(' ')),
            csvText(lostGroups(e).map((g) => String(g.amountAtStake)).join(' '))
        ].join(','));
    }
    return lines.join('\r\n') + '\r\n';
}
function pecAnnotations(entries) {
    return [...entries]
        .filter((e) => statusOf(e) === 'lost')
        .sort(worstFirst)
        .map((e) => {
        const days = e.daysWithoutPec?.length ? ` Days without PEC: ${e.daysWithoutPec.join(', ')}.` : '';
        return {
            title: `PEC missing on subscription ${e.subscriptionId}`,
            message: `${e.customerName ?? e.customerId}: PEC on ${e.pecDays} of ${e.usageDays} usage days; ` +
                `${render_money(e.amountAtStake)}${e.currency ? ` ${e.currency}` : ''} pre-tax without credit. ` +
                `Why: ${e.reason ?? 'unknown'}.${days}`
        };
    });
}

// EXTERNAL MODULE: ./lib/shared/fs-boundary.js
var fs_boundary = __webpack_require__(69157);
;// CONCATENATED MODULE: ./lib/billing/index.js










const BLOB_ATTEMPTS = 3;
async function runPecReport(o) {
    const timeoutMs = o.timeoutMs ?? 3_600_000;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
    const pollIntervalMs = o.pollIntervalMs ?? 5_000;
    const notices = [];
    const targets = o.targets?.length ? new Set(o.targets.map(targetSubscription)) : null;
    const limits = limitsWith(o.limits);
    const now = o.now ?? new Date();
    const graph = new GraphBillingClient({
        credential: o.credential,
        graphEndpoint: o.graphEndpoint,
        pipelineOptions: o.pipelineOptions,
        pollIntervalMs,
        log: o.log
    });
    const exportReq = { billingPeriod: o.billingPeriod, invoiceId: o.invoiceId || undefined, currency: o.currency };
    let agg;
    try {
        let manifest = maskSas(await graph.export(exportReq, signal), o.log);
        try {
            agg = await aggregateBlobs(manifest, new UsageAggregator(targets, limits, now), o, signal, pollIntervalMs);
        }
        catch (e) {
            if (!(e instanceof BlobError && e.kind === 'sas-expired'))
                throw e;
            const note = `${e.message}; the export was run again once for fresh download links.`;
            o.log.warning(note);
            notices.push(note);
            manifest = maskSas(await graph.export(exportReq, signal), o.log);
            try {
                agg = await aggregateBlobs(manifest, new UsageAggregator(targets, limits, now), o, signal, pollIntervalMs);
            }
            catch (e2) {
                if (e2 instanceof BlobError && e2.kind === 'sas-expired') {
                    throw new BlobError(`${e2.message}, again, on a fresh export: the links expire before the download ends (check the runner's clock and network throughput)`, 'sas-expired');
                }
                throw e2;
            }
        }
    }
    catch (e) {
        if (timeout.aborted && !o.signal?.aborted) {
            throw new Error(`pec-report timed out after ${Math.round(timeoutMs / 1000)} s`, { cause: e });
        }
        throw e;
    }
    const s = agg.stats;
    if (s.malformed > 0) {
        notices.push(`${s.malformed} malformed usage line(s) skipped; the first: ${s.firstMalformed}.`);
    }
    if (s.withoutPecColumn > 0) {
        notices.push(`${s.withoutPecColumn} usage line(s) have no PartnerEarnedCreditPercentage column (counted as without PEC): was the export's attributeSet "full"?`);
    }
    if (s.currencies.size > 1) {
        notices.push(`The export mixes currencies (${[...s.currencies].sort().join(', ')}): amounts are summed per subscription as they are.`);
    }
    if (s.resourceGroupLinesFolded > 0) {
        notices.push(`${s.resourceGroupLinesFolded} usage line(s) fell in resource groups past the report's bound (${limits.maxResourceGroupsPerSubscription.toLocaleString('en-US')} per subscription, ${limits.maxResourceGroups.toLocaleString('en-US')} in all) and are shown together as "(other resource groups)"; subscription totals are exact.`);
    }
    const ctx = { partner: o.partner, audit: auditIndex(o.audit), now, managingTenantId: o.managingTenantId?.trim() || undefined };
    const entries = [...agg.subs.values()].map((sub) => toEntry(sub, ctx));
    if (targets) {
        const seen = new Set(entries.map((e) => e.subscriptionId));
        for (const t of targets)
            if (!seen.has(t))
                entries.push(noUsageEntry(t, ctx));
    }
    entries.sort(worstFirst);
    let csvPath = null;
    if (o.csvFile) {
        const boundary = o.boundary ?? fs_boundary/* Boundary */.l$.create(process.cwd(), [o.csvFile]);
        csvPath = (0,fs_boundary/* writeFileInside */.gE)(boundary, external_node_path_.resolve(boundary.base, o.csvFile), pecReportCsv(entries));
    }
    const lostCredit = entries.filter((e) => e.status === 'lost').length;
    o.log.info(`PEC report: ${s.linesRead} usage lines, ${entries.length} subscription(s), ${lostCredit} with credit lost.`);
    return { entries, csvPath, linesRead: s.linesRead, notices, lostCredit };
}
function maskSas(manifest, log) {
    const sas = manifest.sasToken.replace(/^\?/, '');
    if (sas)
        log.setSecret?.(sas);
    const sig = new URLSearchParams(sas).get('sig');
    if (sig) {
        log.setSecret?.(sig);
        const raw = /(?:^|&)sig=([^&]*)/i.exec(sas)?.[1];
        if (raw && raw !== sig)
            log.setSecret?.(raw);
    }
    return manifest;
}
function targetSubscription(t) {
    return (t.trim().split('/').pop() ?? '').toLowerCase();
}
async function aggregateBlobs(manifest, total, o, outer, pollIntervalMs) {
    const blobs = blobRefs(manifest, total.limits);
    o.log.info(`Billing export ready: ${blobs.length} blob(s).`);
    const totals = { bytes: 0, lines: 0 };
    const stop = new AbortController();
    const signal = AbortSignal.any([outer, stop.signal]);
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < blobs.length && !signal.aborted) {
            const blob = blobs[next++];
            const before = total.stats.linesRead;
            await downloadWithRetry(blob, total, totals, signal, pollIntervalMs, o.log);
            o.log.info(`${blob.name}: ${total.stats.linesRead - before} lines (${++done}/${blobs.length} blobs).`);
        }
    };
    const n = Math.max(1, Math.min(o.blobConcurrency ?? 3, blobs.length));
    const results = await Promise.allSettled(Array.from({ length: n }, () => worker().catch((e) => {
        stop.abort();
        throw e;
    })));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    const cause = failures.find((e) => e?.name !== 'AbortError') ?? failures[0];
    if (failures.length)
        throw cause;
    outer.throwIfAborted();
    return total;
}
async function downloadWithRetry(blob, agg, totals, signal, pollIntervalMs, log) {
    const cursor = { lines: 0, bytes: 0 };
    for (let attempt = 1;; attempt++) {
        try {
            await streamBlobLines(blob, (line, n) => agg.addRaw(line, () => `${blob.name} line ${n}`), signal, {
                limits: agg.limits,
                cursor,
                totals,
                onOverlong: (n) => agg.malformed(() => `${blob.name} line ${n}`, `longer than ${formatBytes(agg.limits.maxLineBytes)}`)
            });
            return;
        }
        catch (e) {
            if (!(e instanceof BlobError && e.kind === 'transient') || attempt >= BLOB_ATTEMPTS)
                throw e;
            log.warning(`${e.message}; retrying (${attempt}/${BLOB_ATTEMPTS - 1}).`);
            await (0,sleep/* sleep */.y)(Math.min(pollIntervalMs, 2_000) * 2 ** (attempt - 1), signal);
        }
    }
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
