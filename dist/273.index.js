export const id = 273;
export const ids = [273];
export const modules = {

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


/***/ })

};
