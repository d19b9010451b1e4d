export const id = 199;
export const ids = [199];
export const modules = {

/***/ 78199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitDescribe: () => (/* binding */ gitDescribe)
/* harmony export */ });
/** `git describe --tags` in `dir` (e.g. `v1.4.0-3-gabc123`); undefined when it is not a repository or has no tags. */
async function gitDescribe(dir) {
    // Loaded here, not at the top: only go.mod needs a process, and loading child_process
    // costs every other run ~14 ms of start-up.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    return new Promise((resolve) => {
        execFile('git', ['describe', '--tags'], { cwd: dir }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
    });
}


/***/ })

};
