export const id = 426;
export const ids = [426];
export const modules = {

/***/ 67426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubClient: () => (/* binding */ githubClient),
/* harmony export */   repositoryOf: () => (/* binding */ repositoryOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37179);
/* harmony import */ var _publish_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99132);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30833);




/** A request that has not answered in 30 s is treated as lost and tried again. */
const DEFAULT_TIMEOUT_MS = 30_000;
function repositoryOf(env) {
    return (0,_publish_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRepository */ .n_)(env);
}
/**
 * Octokit for the workflow's GitHub (GITHUB_API_URL; GraphQL at `<api>/graphql`, or
 * `/api/graphql` for a GHES `/api/v3`), where every request times out and transient failures
 * (5xx, 429, dropped connections, timeouts: Octokit reports the last three as 500) are retried.
 */
function githubClient(token, env, policy) {
    const github = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com' });
    const timeout = (0,_publish_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .positiveInteger */ .Cq)(env, 'SYSTEMD_UNITS_HTTP_TIMEOUT_MS') ?? DEFAULT_TIMEOUT_MS;
    github.hook.wrap('request', (request, options) => (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(`GitHub API ${options.method} ${options.url}`, async () => {
        // The inner hooks (authentication) were bound to this very object and re-read it, so a
        // fresh timeout per try is set on it rather than on a copy.
        options.request = { ...options.request, signal: AbortSignal.timeout(timeout) };
        return request(options);
    }, isTransient, policy));
    return github;
}
function isTransient(error) {
    const status = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    return status !== undefined && (status >= 500 || status === 429);
}


/***/ })

};
