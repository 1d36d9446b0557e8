export const id = 254;
export const ids = [254];
export const modules = {

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

/***/ 56254:
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/billing/usage.js
/**
 * One line of the partner billing export (daily rated usage, `attributeSet: full`) reduced to the few fields the
 * PEC report needs. The export's column casing is not stable across API versions (PascalCase in the v2 GA export,
 * camelCase in the older reconciliation API), so every key is matched case-insensitively.
 */
/** Azure plan's Partner Center product ID: consumption under any other product is not Azure-plan usage. */
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
    publishername: F.Publisher
};
// Lower-casing every key of every line is the hot path of a multi-gigabyte export; the key set is small and repeats.
const keyCache = new Map();
function fieldOf(key) {
    let f = keyCache.get(key);
    if (f === undefined) {
        f = FIELDS[key.toLowerCase()] ?? F.Ignore;
        // A hostile file with endless distinct keys must not grow the cache without bound.
        if (keyCache.size < 4096)
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
/** YYYY-MM-DD for a real calendar day, else null (no 2026-13-45, no year 275760). */
function day(year, month, date) {
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || date < 1)
        return null;
    if (date > new Date(Date.UTC(year, month, 0)).getUTCDate())
        return null;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}
/**
 * The usage day as YYYY-MM-DD; the export writes ISO dates, older CSV-derived data US dates. The day is the one
 * written, whatever the runner's time zone; an impossible date is null (the line is then malformed), never a throw.
 */
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
        // Date.parse reads a zone-less text as local time: the local calendar fields are the day as written.
        const d = new Date(t);
        return day(d.getFullYear(), d.getMonth() + 1, d.getDate());
    }
    if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 8.64e15) {
        const d = new Date(v);
        return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    return null;
}
/**
 * PEC is 0 or 15 as a percent in the v2 export, 0..1 as a rate in the older API: > 1 can only be a percent, and
 * either way any positive value means the credit was applied.
 */
function pecPercent(v) {
    const n = num(v);
    if (Number.isNaN(n))
        return null;
    return n > 1 ? n : n * 100;
}
function parseUsageLine(raw) {
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
        }
    }
    if (!entitlement)
        return { ok: false, why: 'entitlement' };
    const day = toDay(dateRaw);
    if (!day)
        return { ok: false, why: 'date' };
    // A line without an amount still proves usage on that day; a non-numeric amount is data we cannot trust.
    const preTax = preTaxRaw === undefined || preTaxRaw === null ? 0 : num(preTaxRaw);
    if (!Number.isFinite(preTax))
        return { ok: false, why: 'amount' };
    return {
        ok: true,
        line: {
            customerId: (customerId ?? '').toLowerCase(),
            customerName,
            subscriptionId: entitlement.toLowerCase(),
            day,
            preTax,
            currency: billingCurrency ?? pricingCurrency,
            pec: pec === null ? null : pec > 0,
            azurePlan: looksAzurePlan(productId, publisher)
        }
    };
}
/**
 * PEC is earned only on Azure plan consumption of first-party services. Marketplace (third-party publisher) usage
 * and usage under another product never carries it, so a line is "Azure plan" unless its ProductId names another
 * product or its PublisherName is not Microsoft. Missing columns give the benefit of the doubt.
 */
function looksAzurePlan(productId, publisher) {
    if (productId && productId.toUpperCase() !== AZURE_PLAN_PRODUCT_ID)
        return false;
    if (publisher && !/^microsoft\b/i.test(publisher))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./lib/billing/aggregate.js
/**
 * Streaming aggregation: memory grows with (customer, subscription, day) keys, never with lines, so a month of a
 * large partner's usage (gigabytes) folds into a few thousand small records.
 */

function emptyStats() {
    return { linesRead: 0, malformed: 0, firstMalformed: null, withoutPecColumn: 0, currencies: new Set() };
}
class UsageAggregator {
    targets;
    subs = new Map();
    stats = emptyStats();
    /** @param targets lower-cased subscription GUIDs to keep; null keeps everything. */
    constructor(targets = null) {
        this.targets = targets;
    }
    /** Feed one raw line; `where` names it for the malformed-line notice. */
    addRaw(raw, where) {
        this.stats.linesRead++;
        const r = parseUsageLine(raw);
        if (r.ok)
            this.add(r.line);
        else
            this.malformed(where, r.why === 'json' ? 'not a JSON object' : `no valid ${r.why === 'entitlement' ? 'EntitlementId' : r.why === 'date' ? 'UsageDate' : 'BillingPreTaxTotal'}`);
    }
    malformed(where, why) {
        this.stats.malformed++;
        this.stats.firstMalformed ??= `${where()} (${why})`;
    }
    add(line) {
        if (this.targets && !this.targets.has(line.subscriptionId))
            return;
        if (line.pec === null)
            this.stats.withoutPecColumn++;
        if (line.currency)
            this.stats.currencies.add(line.currency);
        const key = `${line.customerId}|${line.subscriptionId}`;
        let sub = this.subs.get(key);
        if (!sub) {
            sub = {
                customerId: line.customerId,
                customerName: line.customerName,
                subscriptionId: line.subscriptionId,
                currency: line.currency,
                days: new Map()
            };
            this.subs.set(key, sub);
        }
        sub.customerName ??= line.customerName;
        sub.currency ??= line.currency;
        let day = sub.days.get(line.day);
        if (!day) {
            day = { pec: false, amountNoPec: 0, eligibleNoPec: false };
            sub.days.set(line.day, day);
        }
        if (line.pec) {
            day.pec = true;
        }
        else {
            day.amountNoPec += line.preTax;
            if (line.azurePlan)
                day.eligibleNoPec = true;
        }
    }
    /** Fold a finished blob's partial result in (blobs are aggregated apart so a failed download can be retried). */
    merge(other) {
        const s = this.stats;
        s.linesRead += other.stats.linesRead;
        s.malformed += other.stats.malformed;
        s.firstMalformed ??= other.stats.firstMalformed;
        s.withoutPecColumn += other.stats.withoutPecColumn;
        for (const c of other.stats.currencies)
            s.currencies.add(c);
        for (const [key, o] of other.subs) {
            const sub = this.subs.get(key);
            if (!sub) {
                this.subs.set(key, o);
                continue;
            }
            sub.customerName ??= o.customerName;
            sub.currency ??= o.currency;
            for (const [d, od] of o.days) {
                const day = sub.days.get(d);
                if (!day) {
                    sub.days.set(d, od);
                    continue;
                }
                day.pec ||= od.pec;
                day.amountNoPec += od.amountNoPec;
                day.eligibleNoPec ||= od.eligibleNoPec;
            }
        }
    }
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
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
        // `host:port` applies to that port only.
        const [name, entryPort] = entry.startsWith('[') ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]] : entry.split(':');
        if (entryPort && entryPort !== (port || '443'))
            return false;
        const suffix = name.replace(/^\*?\./, '');
        return host === suffix || host.endsWith(`.${suffix}`);
    });
    return bypass ? undefined : proxy;
}
const agents = new Map();
/** One agent per proxy URL (the proxy's credentials, if any, travel in it and never reach a log). */
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
/**
 * Export blobs: gzip'd JSON Lines behind a SAS link. Streamed end to end (HTTPS → gunzip → line splitter), so a
 * multi-gigabyte month never sits in memory; the SAS signature is redacted from everything we say.
 */





/** A line longer than this is not a usage record; we skip it rather than grow a buffer without bound. */
const MAX_LINE_CHARS = 1 << 20;
const STALL_MS = 120_000;
class BlobError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'BlobError';
    }
}
function blobRefs(m) {
    const root = m.rootDirectory.replace(/\/+$/, '');
    const sas = m.sasToken.replace(/^\?/, '');
    return m.blobs.map((b) => {
        const url = `${root}/${b.name.replace(/^\/+/, '')}${sas ? `?${sas}` : ''}`;
        // A SAS link is a bearer secret: it must not be sent in clear text.
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
        // Without this a half-open connection would hang the run until its overall timeout.
        req.setTimeout(STALL_MS, () => req.destroy(new BlobError('the download stalled', 'transient')));
    });
}
async function readCapped(res, max) {
    let text = '';
    for await (const chunk of res) {
        if (text.length < max)
            text += String(chunk);
    }
    return text.slice(0, max);
}
/**
 * Streams one blob's lines to `onLine` (line numbers from 1, blank lines skipped). Throws BlobError: `sas-expired`
 * for a 403 AuthenticationFailed / expired signature, `transient` for what a retry may cure.
 */
async function streamBlobLines(blob, onLine, signal, onOverlong = () => { }) {
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
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let rest = '';
    let lineNo = 0;
    let skipping = false;
    const emit = (raw) => {
        lineNo++;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '')
            return;
        try {
            onLine(line, lineNo);
        }
        catch (error) {
            // Our own failure on a line will not go away on a retry of the download.
            throw new BlobError(`${blob.name} line ${lineNo}: ${error?.message ?? String(error)}`, 'fatal');
        }
    };
    try {
        await (0,external_node_stream_promises_.pipeline)(res, (0,external_node_zlib_.createGunzip)(), async function (source) {
            for await (const chunk of source) {
                const text = rest + decoder.write(chunk);
                let start = 0;
                let nl;
                while ((nl = text.indexOf('\n', start)) !== -1) {
                    if (skipping) {
                        skipping = false;
                        lineNo++;
                    }
                    else
                        emit(text.slice(start, nl));
                    start = nl + 1;
                }
                rest = text.slice(start);
                if (rest.length > MAX_LINE_CHARS) {
                    if (!skipping)
                        onOverlong(lineNo + 1);
                    skipping = true;
                    rest = '';
                }
            }
            rest += decoder.end();
            if (!skipping && rest !== '')
                emit(rest);
        }, { signal });
    }
    catch (e) {
        throw asBlobError(e, blob);
    }
}
function asBlobError(e, blob) {
    if (e instanceof BlobError)
        return e;
    const err = e;
    if (err?.name === 'AbortError')
        return err;
    // Bytes that are not gzip will not turn into gzip on a retry; a truncated stream (Z_BUF_ERROR) might complete.
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
;// CONCATENATED MODULE: ./lib/billing/graph.js
/**
 * The Microsoft Graph partner billing export: POST export → 202 + Location → poll the operation by Retry-After →
 * manifest (inline or linked). Requests go through the Azure core pipeline so 429/503 Retry-After and transient
 * failures are retried the way every Azure SDK does.
 */



const DEFAULT_GRAPH_ENDPOINT = 'https://graph.microsoft.com';
/** A Retry-After beyond this is treated as this, so a bad header cannot stall a run until its overall timeout. */
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
    http = (0,esm/* createDefaultHttpClient */.fl)();
    constructor(o) {
        this.o = o;
        const base = new URL(o.graphEndpoint || DEFAULT_GRAPH_ENDPOINT);
        // The bearer token must never travel in clear text, and blob SAS links must not either.
        if (base.protocol !== 'https:')
            throw new GraphError(`graph-endpoint must be https: ${base.origin}`);
        this.origin = base.origin;
        this.pipeline = (0,esm/* createPipelineFromOptions */.Fp)({
            userAgentOptions: { userAgentPrefix: 'lighthouse-pec-guard' },
            ...o.pipelineOptions
        });
        // The SDK retries a 429 only when it says how long to wait; Graph sends bare ones too under load.
        this.pipeline.addPolicy((0,retry_policy/* throttleRetryPolicy */.VB)());
        this.pipeline.addPolicy((0,esm/* bearerTokenAuthenticationPolicy */.N$)({ credential: o.credential, scopes: `${this.origin}/.default` }));
    }
    /** Runs one export to completion and returns its manifest. */
    async export(req, signal) {
        const billed = !!req.invoiceId;
        const path = `/v1.0/reports/partners/billing/usage/${billed ? 'billed' : 'unbilled'}/export`;
        // attributeSet "full": the basic set has no PartnerEarnedCreditPercentage column.
        const body = billed
            ? { invoiceId: req.invoiceId, attributeSet: 'full' }
            : { currencyCode: req.currency || 'USD', billingPeriod: req.billingPeriod, attributeSet: 'full' };
        const started = await this.send('POST', `${this.origin}${path}`, signal, body);
        if (started.status !== 202 && started.status !== 200 && started.status !== 201) {
            throw this.failure('starting the billing export', started);
        }
        const location = started.headers.get('location') ?? started.headers.get('operation-location');
        if (!location)
            throw new GraphError(`the billing export answered ${started.status} without a Location header`);
        const opUrl = this.sameOrigin(location, 'operation');
        this.o.log.info(`Billing export started (${billed ? `invoice ${req.invoiceId}` : `unbilled, ${req.billingPeriod}`}).`);
        return this.poll(opUrl, retryAfterMs(started), signal);
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
        // pollIntervalMs is both the default and a floor: never poll faster than asked, even on Retry-After: 0.
        return Math.min(Math.max(retryAfter ?? 0, this.o.pollIntervalMs), MAX_POLL_WAIT_MS);
    }
    /** The manifest is inline in resourceLocation, or a link (string or @odata object) to …/manifests/{id}. */
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
        const res = await this.send('GET', this.sameOrigin(link, 'manifest'), signal);
        if (res.status !== 200)
            throw this.failure('reading the export manifest', res);
        const m = parseJson(res.bodyAsText);
        if (!isManifest(m))
            throw new GraphError('the export manifest has no rootDirectory, sasToken and blobs');
        return m;
    }
    /** The bearer token goes only to the Graph endpoint we were given, whatever a Location header says. */
    sameOrigin(link, what) {
        const url = new URL(link, `${this.origin}/v1.0/reports/partners/billing/`);
        if (url.origin !== this.origin)
            throw new GraphError(`the ${what} link points outside ${this.origin}: ${url.origin}`);
        return url.href;
    }
    async send(method, url, signal, body) {
        const request = (0,esm/* createPipelineRequest */.G6)({
            url,
            method,
            abortSignal: signal,
            headers: (0,esm/* createHttpHeaders */.Nc)(body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' }),
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        this.o.log.debug(`${method} ${url}`);
        return this.pipeline.sendRequest(this.http, request);
    }
    failure(doing, res) {
        const detail = errorText(safeJson(res.bodyAsText)?.error) ?? (res.bodyAsText ?? '').slice(0, 300);
        const hint = res.status === 401 || res.status === 403
            ? ' (the app needs the PartnerBilling.Read.All permission, admin-consented, in the partner tenant)'
            : '';
        return new GraphError(`${doing}: HTTP ${res.status}${detail ? `: ${detail}` : ''}${hint}`, res.status);
    }
}
/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
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
const DAY_MS = 86_400_000;
/** PEC shows up in the usage data about 48 hours after the usage. */
const PEC_DELAY_MS = 2 * DAY_MS;
const MAX_DAYS_LISTED = 62;
const REASON_NO_USAGE = 'no usage in this period';
const REASON_RECENT = 'usage younger than 48 hours: PEC may still appear';
const REASON_NOT_AZURE_PLAN = 'not on a CSP Azure plan: the usage without PEC is Marketplace or another product (ProductId / PublisherName), which earns no PEC';
const REASON_UNEXPLAINED = 'unexplained: check the delegation and link history for those days';
const REASON_NO_DELEGATION = 'no permanent PEC-eligible delegation for the linked identity';
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
/** A day is recent while any part of it is within 48 hours of now: its PEC may not have been rated yet. */
function isRecent(day, now) {
    return Date.parse(`${day}T00:00:00Z`) + DAY_MS > now.getTime() - PEC_DELAY_MS;
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
        // linked: nothing to explain; error: we do not know, so we do not claim.
        default:
            return null;
    }
}
function auditReason(entries) {
    // Several delegations can cover one subscription: one that is PEC-eligible is enough. A read that failed proves
    // nothing either way, so it explains nothing.
    if (!entries?.length || entries.some((a) => a.pecOk))
        return null;
    if (entries.every((a) => a.error))
        return null;
    const fix = entries.find((a) => a.fix)?.fix;
    return fix ? `${REASON_NO_DELEGATION} (${fix})` : REASON_NO_DELEGATION;
}
const round = (n) => Math.round(n * 1e6) / 1e6;
function toEntry(sub, ctx) {
    let pecDays = 0;
    let amountAtStake = 0;
    let lostDays = 0;
    let pendingDays = 0;
    const missing = [];
    for (const [day, acc] of sub.days) {
        if (acc.pec) {
            pecDays++;
            continue;
        }
        amountAtStake += acc.amountNoPec;
        missing.push(day);
        if (!acc.eligibleNoPec)
            continue;
        if (isRecent(day, ctx.now))
            pendingDays++;
        else
            lostDays++;
    }
    missing.sort();
    const usageDays = sub.days.size;
    const status = missing.length === 0 ? 'pec' : lostDays > 0 ? 'lost' : pendingDays > 0 ? 'pending' : 'not-eligible';
    let reason = null;
    if (status === 'not-eligible') {
        // The link and the delegation cannot matter for usage that never earns PEC.
        reason = REASON_NOT_AZURE_PLAN;
    }
    else if (status !== 'pec') {
        reason =
            partnerReason(ctx.partner) ??
                auditReason(ctx.audit.get(sub.subscriptionId)) ??
                (status === 'pending' ? REASON_RECENT : REASON_UNEXPLAINED);
    }
    return {
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
/** Worst first: credit lost before credit pending, then the most money at stake, then the lowest PEC rate. */
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


const money = (n) => n.toFixed(2);
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
/**
 * The job summary table, worst first. Capped at `maxRows` because a job summary holds at most 1 MiB and a large
 * partner has thousands of subscriptions; the CSV always has them all.
 */
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
        `${money(e.amountAtStake)}${e.currency ? ` ${(0,report_escape/* escapeMarkdown */.FV)(e.currency)}` : ''}`,
        (0,report_escape/* escapeMarkdown */.FV)(e.reason ?? '')
    ].join(' | '));
    return [
        '| Status | Customer | Subscription | Usage days | PEC days | PEC rate | At stake (pre-tax) | Reason |',
        '|---|---|---|--:|--:|--:|--:|---|',
        ...rows.map((r) => `| ${r} |`)
    ].join('\n') + '\n' + (sorted.length > maxRows ? `\n_…and ${sorted.length - maxRows} more subscription(s), all in the CSV report._\n` : '');
}
/**
 * A text cell from the data, safe for spreadsheets: a leading = + - @ (or tab / CR, which some spreadsheets skip
 * before looking) would make it a formula. Numbers we format ourselves are left alone so negative amounts stay numbers.
 */
function csvText(v) {
    let s = v ?? '';
    if (/^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return csvQuote(s);
}
/** RFC 4180: quote a field holding a quote, comma or line break, and double its quotes. */
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
    'daysWithoutPec'
];
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
            csvText((e.daysWithoutPec ?? []).join(' '))
        ].join(','));
    }
    return lines.join('\r\n') + '\r\n';
}
/** One annotation per subscription that lost credit (not for pending, ineligible or unused ones: nothing was lost). */
function pecAnnotations(entries) {
    return [...entries]
        .filter((e) => statusOf(e) === 'lost')
        .sort(worstFirst)
        .map((e) => {
        const days = e.daysWithoutPec?.length ? ` Days without PEC: ${e.daysWithoutPec.join(', ')}.` : '';
        return {
            title: `PEC missing on subscription ${e.subscriptionId}`,
            message: `${e.customerName ?? e.customerId}: PEC on ${e.pecDays} of ${e.usageDays} usage days; ` +
                `${money(e.amountAtStake)}${e.currency ? ` ${e.currency}` : ''} pre-tax without credit. ` +
                `Why: ${e.reason ?? 'unknown'}.${days}`
        };
    });
}

;// CONCATENATED MODULE: ./lib/billing/index.js
/**
 * `pec-report`: is partner earned credit applied, per customer and Azure subscription, and if not, why and how much
 * is at stake. Reached only through `await import()`, so lint runs never load the Azure SDK.
 *
 * Rules (see reasons.ts / usage.ts for the why):
 * - a day is a PEC day when any of its lines had PEC (the credit is per day held; uncredited lines on such a day are
 *   products that never earn it), and the money at stake is the pre-tax total of the days without PEC;
 * - status `lost` only when a day older than 48 hours lacks PEC on Azure-plan usage; `pending` (only the last 48 h),
 *   `not-eligible` (only Marketplace / non-Azure-plan usage) and `no-usage` lose nothing, so a daily
 *   `fail-on-missing-pec` run does not go red every morning for yesterday's not-yet-rated usage;
 * - reasons, first that applies: Partner ID link, audit (no permanent PEC-eligible delegation), < 48 h, not Azure
 *   plan, else unexplained.
 */









const BLOB_ATTEMPTS = 3;
async function runPecReport(o) {
    const timeoutMs = o.timeoutMs ?? 3_600_000;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
    const pollIntervalMs = o.pollIntervalMs ?? 5_000;
    const notices = [];
    const targets = o.targets?.length ? new Set(o.targets.map(targetSubscription)) : null;
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
            agg = await aggregateBlobs(manifest, targets, o, signal, pollIntervalMs);
        }
        catch (e) {
            if (!(e instanceof BlobError && e.kind === 'sas-expired'))
                throw e;
            // A new export is a new snapshot whose blobs need not line up with the old ones: start over from scratch.
            const note = `${e.message}; the export was run again once for fresh download links.`;
            o.log.warning(note);
            notices.push(note);
            manifest = maskSas(await graph.export(exportReq, signal), o.log);
            try {
                agg = await aggregateBlobs(manifest, targets, o, signal, pollIntervalMs);
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
    const ctx = { partner: o.partner, audit: auditIndex(o.audit), now: o.now ?? new Date() };
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
        csvPath = external_node_path_.resolve(o.csvFile);
        await (0,promises_.mkdir)(external_node_path_.dirname(csvPath), { recursive: true });
        await (0,promises_.writeFile)(csvPath, pecReportCsv(entries), 'utf8');
    }
    const lostCredit = entries.filter((e) => e.status === 'lost').length;
    o.log.info(`PEC report: ${s.linesRead} usage lines, ${entries.length} subscription(s), ${lostCredit} with credit lost.`);
    return { entries, csvPath, linesRead: s.linesRead, notices, lostCredit };
}
/** A SAS token is a bearer secret for the blobs: the runner must mask it before any message could carry it. */
function maskSas(manifest, log) {
    const sas = manifest.sasToken.replace(/^\?/, '');
    if (sas)
        log.setSecret?.(sas);
    const sig = new URLSearchParams(sas).get('sig');
    if (sig) {
        log.setSecret?.(sig);
        // As it appears in the query string (percent-encoded), which is what a URL in an error would show.
        const raw = /(?:^|&)sig=([^&]*)/i.exec(sas)?.[1];
        if (raw && raw !== sig)
            log.setSecret?.(raw);
    }
    return manifest;
}
/** Targets may be written `TENANT/SUBSCRIPTION`; the export only knows the subscription. */
function targetSubscription(t) {
    return (t.trim().split('/').pop() ?? '').toLowerCase();
}
async function aggregateBlobs(manifest, targets, o, outer, pollIntervalMs) {
    const blobs = blobRefs(manifest);
    o.log.info(`Billing export ready: ${blobs.length} blob(s).`);
    const total = new UsageAggregator(targets);
    // One failing blob stops the others: the run fails (or starts over) anyway.
    const stop = new AbortController();
    const signal = AbortSignal.any([outer, stop.signal]);
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < blobs.length && !signal.aborted) {
            const blob = blobs[next++];
            const part = await downloadWithRetry(blob, targets, signal, pollIntervalMs, o.log);
            total.merge(part);
            o.log.info(`${blob.name}: ${part.stats.linesRead} lines (${++done}/${blobs.length} blobs).`);
        }
    };
    const n = Math.max(1, Math.min(o.blobConcurrency ?? 3, blobs.length));
    const results = await Promise.allSettled(Array.from({ length: n }, () => worker().catch((e) => {
        stop.abort();
        throw e;
    })));
    // Report the cause, not the aborts it triggered in the other workers.
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    const cause = failures.find((e) => !(e instanceof Error && e.name === 'AbortError')) ?? failures[0];
    if (failures.length)
        throw cause;
    outer.throwIfAborted();
    return total;
}
async function downloadWithRetry(blob, targets, signal, pollIntervalMs, log) {
    for (let attempt = 1;; attempt++) {
        // A blob is aggregated apart and merged only when complete, so a retry after a broken stream counts nothing twice.
        const part = new UsageAggregator(targets);
        try {
            await streamBlobLines(blob, (line, n) => part.addRaw(line, () => `${blob.name} line ${n}`), signal, (n) => part.malformed(() => `${blob.name} line ${n}`, 'longer than 1 MiB'));
            return part;
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
