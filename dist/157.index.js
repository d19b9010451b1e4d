export const id = 157;
export const ids = [157];
export const modules = {

/***/ 16157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadUnitsArtifact: () => (/* binding */ uploadUnitsArtifact)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50712);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24646);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30833);







/**
 * Upload the units (and the archive) as one workflow artifact, every file at the top of it.
 * @actions/artifact already retries its service calls on 5xx and 429 (5 tries, backoff from 3 s)
 * and the blob store's client retries 500, 503 and dropped connections (4 tries); what neither
 * retries is a connection the service drops and a stalled upload (ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS):
 * those restart the whole upload here. Until FinalizeArtifact succeeds the artifact does not
 * exist for anyone, so a failed try publishes nothing.
 */
async function uploadUnitsArtifact(request, env, policy) {
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'systemd-units-artifact-'));
    try {
        const files = await stage(staging, request);
        const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
        const { id } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .bD)(`uploading artifact ${request.name}`, () => client.uploadArtifact(request.name, files, staging, { retentionDays: request.retentionDays }), isRestartable, policy);
        if (id === undefined)
            throw new Error('the artifact service returned no artifact id');
        return { id, url: artifactUrl(env, id) };
    }
    catch (error) {
        throw uploadFailed(request.name, error);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}
async function stage(staging, request) {
    const files = [];
    for (const unit of request.units) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, unit.name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, unit.content, { mode: 0o644 });
        files.push(path);
    }
    for (const extra of request.extraFiles) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(extra));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(extra, path);
        files.push(path);
    }
    return files;
}
/**
 * Failures @actions/artifact does not retry itself: the connection failed (its NetworkError,
 * which the service client rethrows as a plain "Failed to <call>: Unable to make request: E…"),
 * or the upload stalled.
 */
function isRestartable(error) {
    const message = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error);
    return (error?.name === 'NetworkError' ||
        /Unable to make request: E[A-Z]+/.test(message) ||
        message.includes('Upload progress stalled'));
}
function artifactUrl(env, id) {
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    return `${server}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}/artifacts/${id}`;
}
function uploadFailed(name, error) {
    if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SystemdUnitsError */ .dp)
        return error;
    const last = error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetriesExhausted */ .w1 ? error.cause : error;
    const hint = /\(409\)/.test((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(last))
        ? ' An artifact of that name exists in this run already: set artifact-name to one of its own.'
        : '';
    const reason = error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetriesExhausted */ .w1
        ? error.message
        : `uploading artifact ${name} failed: ${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_6__/* .excerpt */ .Kb)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error))}`;
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SystemdUnitsError */ .dp(`${reason.replace(/\.?\s*$/, '.')}${hint} The generated files on disk are complete; only the upload failed.`, { kind: 'input', name: 'upload-artifact' });
}


/***/ })

};
