export const id = 769;
export const ids = [769];
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


/***/ })

};
