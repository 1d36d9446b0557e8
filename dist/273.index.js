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


/***/ })

};
