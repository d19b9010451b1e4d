export const id = 759;
export const ids = [759];
export const modules = {

/***/ 50759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSummary: () => (/* binding */ checkSummary),
/* harmony export */   checkText: () => (/* binding */ checkText),
/* harmony export */   regenerateCommand: () => (/* binding */ regenerateCommand),
/* harmony export */   reportCheck: () => (/* binding */ reportCheck)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26185);
/* harmony import */ var _shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11680);



/** How each kind of drift reads in messages. */
const DRIFT_TEXT = {
    missing: 'is generated but not committed',
    changed: 'differs from what the config generates',
    extra: 'is committed but no longer generated',
};
/** An input as a workflow sets it, its name checked against the field table. */
const inputSet = (name, value) => `\`${name}: ${value}\``;
/** What a user changes in the workflow instead of regenerating by hand. */
const WORKFLOW_CHANGE = `or let the workflow do it: run this action with ${inputSet('mode', 'generate')} and ${inputSet('commit', 'true')} (or ${inputSet('pull-request', 'true')})`;
/**
 * The exact CLI command that regenerates the units with the same inputs, to run from the
 * repository root. Quoted for a POSIX shell.
 */
function regenerateCommand(request, dir) {
    const args = ['npx', 'systemd-units', 'generate'];
    if (dir !== '.' && dir !== '')
        args.push(`--${_request_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELDS */ .cJ['working-directory'].cli.flag}`, dir);
    for (const field of _request_js__WEBPACK_IMPORTED_MODULE_1__/* .REQUEST_FIELDS */ .IK) {
        const value = request[field.request];
        if (value && field.cli)
            args.push(`--${field.cli.flag}`, value);
    }
    return args.map(shellQuote).join(' ');
}
function shellQuote(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/**
 * The check's outputs, one error annotation per differing unit file (paths relative to the
 * working directory), and the summary.
 */
function reportCheck(result, command, reporter) {
    const { differences, diff } = result.comparison;
    reporter.output('changed', String(differences.length > 0));
    reporter.output('diff', diff);
    reporter.output('units', JSON.stringify(result.generated.units.map((unit) => unit.name)));
    reporter.output('directory', result.generated.outputDir);
    for (const difference of differences) {
        reporter.annotate('error', `${difference.name} ${DRIFT_TEXT[difference.drift]}. Regenerate with \`${command}\` and commit the result, ${WORKFLOW_CHANGE}.`, {
            title: `systemd-units: ${difference.name} is out of date`,
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(result.generated.outputDir, difference.name),
            line: difference.line,
        });
    }
    reporter.summary(checkSummary(result, command));
}
/** The job summary of a check: the verdict, a table of drifted units, and each unit's unified diff. */
function checkSummary(result, command) {
    const { generated, comparison } = result;
    const { settings } = generated;
    const title = [settings.string('service_name'), settings.optional('version')].filter(Boolean).join(' ');
    const where = `\`${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(generated.outputDir)}\``;
    if (comparison.differences.length === 0) {
        return `### systemd units for ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(title)}: up to date\n\nThe ${generated.units.length} unit files at ${where} match what the config generates.\n`;
    }
    const lines = [`### systemd units for ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(title)}: ${comparison.differences.length} out of date`, ''];
    lines.push(`The unit files committed at ${where} do not match what the config generates.`, '');
    lines.push('| Unit file | Drift |', '| --- | --- |', ...comparison.differences.map((d) => `| ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(d.name)} | ${d.drift} |`), '');
    lines.push(`To fix: run ${inlineCode(command)} from the repository root and commit the result, ${WORKFLOW_CHANGE}.`, '');
    for (const difference of comparison.differences)
        lines.push(`#### ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(difference.name)} (${difference.drift})`, '', ...(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .D)(difference.diff, 'diff'), '');
    return lines.join('\n') + '\n';
}
/** The CLI's report of a check: one line per drifted unit, then the diffs. */
function checkText(result, command) {
    const { differences, diff } = result.comparison;
    if (differences.length === 0)
        return `up to date: ${result.generated.units.length} unit files at ${result.generated.outputDir}\n`;
    const verdicts = differences.map((difference) => `${difference.name} ${DRIFT_TEXT[difference.drift]}\n`);
    return `${verdicts.join('')}\n${diff}\nregenerate with: ${command}\n`;
}
/** Inline code that user text cannot break out of: a backtick run longer than any inside, as Markdown allows. */
function inlineCode(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence} ${text} ${fence}`;
}


/***/ })

};
