import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 60218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77893);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 77893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: generateRequest

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __nccwpck_require__(58382);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __nccwpck_require__(24646);
// EXTERNAL MODULE: ./src/config/load.ts + 16 modules
var load = __nccwpck_require__(51007);
// EXTERNAL MODULE: ./src/shared/boundary.ts
var shared_boundary = __nccwpck_require__(85463);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/validate/on-path.ts


/**
 * Whether an executable of that name is on PATH, without running it: the steps that need
 * systemd-analyze check this before loading node:child_process and their own code.
 */
function onPath(binary, env = process.env) {
    return (env['PATH'] ?? '').split(external_node_path_.delimiter).some((dir) => {
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir || '.', binary), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./src/validate/exposure/gate.ts
/**
 * The action's exposure step: score the generated services when systemd-analyze is on PATH,
 * and hold the main service to `max-exposure`. Runs before anything is written, so a unit
 * above the limit never lands.
 */


const MAX_EXPOSURE_INPUT = { kind: 'input', name: 'max-exposure' };
/** Score `units`; the first is the main service, the one `maxExposure` applies to. */
async function assessExposure(units, maxExposure, env = process.env) {
    if (!onPath('systemd-analyze', env)) {
        if (maxExposure !== undefined)
            throw new shared_errors/* SystemdUnitsError */.dp('is set, but systemd-analyze is not on PATH to score the units', MAX_EXPOSURE_INPUT);
        return { scores: [], skipped: 'systemd-analyze is not on PATH' };
    }
    let scores;
    try {
        // Loaded only when it can run: it brings node:child_process, which generate alone does not need.
        const { scoreUnits } = await __nccwpck_require__.e(/* import() */ 468).then(__nccwpck_require__.bind(__nccwpck_require__, 61468));
        scores = await scoreUnits(units);
    }
    catch (error) {
        if (maxExposure !== undefined)
            throw new shared_errors/* SystemdUnitsError */.dp(`is set, but the units could not be scored: ${(0,shared_errors/* messageOf */.bD)(error)}`, MAX_EXPOSURE_INPUT);
        return { scores: [], skipped: (0,shared_errors/* messageOf */.bD)(error) };
    }
    const main = scores[0];
    // The helper units (restart, runtime environment) run their own small jobs unhardened.
    if (main && maxExposure !== undefined && main.exposure > maxExposure) {
        const costliest = main.costly.slice(0, 5).map((check) => `${check.name} ${check.exposure.toFixed(1)}`);
        throw new shared_errors/* SystemdUnitsError */.dp(`${main.unit} scores ${main.exposure.toFixed(1)} (${main.rating}), above ${maxExposure.toFixed(1)}; the costliest checks: ${costliest.join(', ')}. Set hardening (or hardening_overrides) to lower it`, MAX_EXPOSURE_INPUT);
    }
    return { scores };
}
/** The `exposure` output: each scored unit's score, by unit name. */
function exposureOutput(report) {
    return JSON.stringify(Object.fromEntries(report.scores.map((score) => [score.unit, score.exposure])));
}
/** `max-exposure`: a score from 0.0 to 10.0, as systemd-analyze prints them (its --threshold takes it ×10). */
function parseMaxExposure(value) {
    if (value === '')
        return undefined;
    const score = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || score > 10) {
        throw new shared_errors/* SystemdUnitsError */.dp(`expected an exposure score from 0.0 to 10.0, got ${JSON.stringify(value)}`, MAX_EXPOSURE_INPUT);
    }
    return score;
}

;// CONCATENATED MODULE: ./src/validate/verify-step.ts


const VERIFY_MODES = ['auto', 'true', 'false'];
/**
 * Prove the generated units with `systemd-analyze verify` before anything is written.
 * Any message fails: a warning means systemd would ignore something the user asked for.
 * The verifier (and node:child_process with it) loads only when verification runs.
 */
async function verifyGenerated(units, mode) {
    if (mode === 'false')
        return { skipped: 'verify: false', units: [], general: [] };
    const available = onPath('systemd-analyze') &&
        (await __nccwpck_require__.e(/* import() */ 396).then(__nccwpck_require__.bind(__nccwpck_require__, 47396)).then((verifier) => verifier.systemdAnalyzeAvailable()));
    if (!available) {
        if (mode === 'auto')
            return { skipped: 'systemd-analyze is not installed on this runner', units: [], general: [] };
        throw new shared_errors/* SystemdUnitsError */.dp('verify is true, but systemd-analyze is not installed (it comes with the systemd package)', { kind: 'input', name: 'verify' });
    }
    const { verifyUnits } = await __nccwpck_require__.e(/* import() */ 396).then(__nccwpck_require__.bind(__nccwpck_require__, 47396));
    const { messages, standIns } = await verifyUnits(units, { standIns: true });
    return {
        standIns,
        units: units.map((unit) => ({
            name: unit.name,
            messages: messages.filter((message) => message.unit === unit.name),
        })),
        general: messages.filter((message) => !units.some((unit) => unit.name === message.unit)),
    };
}
function verifyFailed(report) {
    return report.general.length > 0 || report.units.some((unit) => unit.messages.length > 0);
}

// EXTERNAL MODULE: ./src/publish/publish-checks.ts
var publish_checks = __nccwpck_require__(99132);
// EXTERNAL MODULE: ./src/jobs/request.ts
var jobs_request = __nccwpck_require__(26185);
// EXTERNAL MODULE: ./src/systemd/targets.ts
var targets = __nccwpck_require__(90157);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __nccwpck_require__(11680);
;// CONCATENATED MODULE: ./src/jobs/summary.ts


/** The job summary: the target, every unit in full, what was left out and how exposed each service is. Markdown, with user text escaped. */
function unitsSummary(generated, files, exposure, verification) {
    const { settings, units, notices } = generated;
    const title = [settings.string('service_name'), settings.optional('version')].filter(Boolean).join(' ');
    const lines = [`### systemd units for ${(0,markdown/* escapeHtml */.Z)(title)}`, ''];
    lines.push(`Target: ${(0,markdown/* escapeHtml */.Z)((0,targets/* targetOf */.$r)(settings).description)}; hardening: ${(0,markdown/* escapeHtml */.Z)(settings.flag('paranoia') ? 'paranoia' : settings.string('hardening'))} for ${(0,markdown/* escapeHtml */.Z)(settings.string('runtime'))}.`, '');
    if (settings.manifest) {
        const { file, notices, warnings, execStart } = settings.manifest;
        lines.push(`Manifest: \`${(0,markdown/* escapeHtml */.Z)(file)}\`.`, '');
        if (execStart !== undefined)
            lines.push(`ExecStart= runs ${(0,markdown/* escapeHtml */.Z)(execStart)}.`, '');
        lines.push(...warnings.map((warning) => `- **Warning:** ${(0,markdown/* escapeHtml */.Z)(warning)}`));
        lines.push(...notices.map((notice) => `- ${(0,markdown/* escapeHtml */.Z)(notice)}`));
        if (notices.length + warnings.length > 0)
            lines.push('');
    }
    const written = files.length > 0 ? `Written to \`${(0,markdown/* escapeHtml */.Z)(generated.outputDir)}\`:` : 'Nothing was written:';
    lines.push(written, '', '| Unit file | Template | systemd-analyze verify |', '| --- | --- | --- |');
    for (const [index, unit] of units.entries()) {
        lines.push(`| ${(0,markdown/* escapeHtml */.Z)(files[index] ?? unit.name)} | ${(0,markdown/* escapeHtml */.Z)(unit.template)} | ${verifyCell(unit.name, verification)} |`);
    }
    lines.push('');
    if (verification?.general.length) {
        lines.push('**systemd-analyze verify:**', '', ...verification.general.map((message) => `- ${(0,markdown/* escapeHtml */.Z)(message.text)}`), '');
    }
    if (verification?.standIns?.length) {
        // A dependency verified against a stub only proves our unit's side: the host must provide it.
        const names = verification.standIns.map((name) => `\`${(0,markdown/* escapeHtml */.Z)(name)}\``).join(', ');
        lines.push(`Verified against stand-ins for units this runner lacks (the host must provide them): ${names}.`, '');
    }
    if (notices.length > 0) {
        lines.push('**Left out for this target:**', '', ...notices.map((notice) => `- ${(0,markdown/* escapeHtml */.Z)(notice)}`), '');
    }
    if (exposure)
        lines.push(...exposureLines(exposure));
    for (const unit of units)
        lines.push(`#### ${(0,markdown/* escapeHtml */.Z)(unit.name)}`, '', ...(0,markdown/* codeBlock */.D)(unit.content, 'ini'), '');
    return lines.join('\n') + '\n';
}
/** A unit's verification result: clean, its messages, or why verification did not run. */
function verifyCell(unit, verification) {
    if (!verification)
        return 'not run';
    if (verification.skipped !== undefined)
        return `not run: ${(0,markdown/* escapeHtml */.Z)(verification.skipped)}`;
    const messages = verification.units.find((entry) => entry.name === unit)?.messages ?? [];
    return messages.length === 0 ? 'clean' : messages.map((message) => (0,markdown/* escapeHtml */.Z)(message.text)).join('<br>');
}
/** `systemd-analyze security` per service: the score, and the checks that still cost points. */
function exposureLines({ scores, skipped }) {
    if (skipped !== undefined)
        return [`Exposure not scored: ${(0,markdown/* escapeHtml */.Z)(skipped)}.`, ''];
    const lines = [
        '**Exposure** (`systemd-analyze security`, 0.0 locked down to 10.0 unprotected):',
        '',
        '| Service | Exposure | Checks that still cost points |',
        '| --- | ---: | --- |',
    ];
    for (const { unit, exposure, rating, costly } of scores) {
        // Plain text: a code span would show escapeHtml's &#124; literally.
        const checks = costly.map((check) => `${(0,markdown/* escapeHtml */.Z)(check.name)} ${check.exposure.toFixed(1)}`).join(', ');
        lines.push(`| ${(0,markdown/* escapeHtml */.Z)(unit)} | ${exposure.toFixed(1)} ${(0,markdown/* escapeHtml */.Z)(rating)} | ${checks || 'none'} |`);
    }
    return [...lines, ''];
}

// EXTERNAL MODULE: ./src/jobs/units.ts + 5 modules
var units = __nccwpck_require__(76754);
;// CONCATENATED MODULE: ./src/jobs/generate.ts











/**
 * The one generate pipeline, for the action and the CLI alike: check the publishing inputs,
 * generate in memory, plan publishing (names, branch, archive time), verify, score (the exposure
 * gate), write, then publish when asked. Nothing is written unless every check before it passed;
 * a bad input or a failed gate throws a SystemdUnitsError.
 */
async function runGenerate(request, reporter) {
    (0,publish_checks/* checkPublishInputs */.B9)(request.publish, request.env);
    // append-to is replaced in place: it must lead inside the boundary before it is read or anything is written.
    if (request.publish.appendTo !== '') {
        const location = { kind: 'input', name: 'append-to' };
        const { workingDirectory: base } = request.job;
        const where = { path: request.publish.appendTo, base, origin: 'input', location };
        (0,shared_boundary/* confinePath */.ey)((0,load/* boundaryOf */.i)(request.job), { ...where, what: 'tarball' });
    }
    // Archives, the artifact and the GitHub clients load only when a field asks for them.
    const publisher = (0,jobs_request/* publishingInputsSet */.$w)(request.publish).length > 0 ? await __nccwpck_require__.e(/* import() */ 124).then(__nccwpck_require__.bind(__nccwpck_require__, 88124)) : undefined;
    const generated = await (0,units/* generateUnits */.n)(request.job);
    const job = { request: request.job, generated, inputs: request.publish, force: request.force, env: request.env };
    const plan = await publisher?.planPublishing(job);
    const verification = await verifyGenerated(generated.units, request.verify);
    if (verifyFailed(verification)) {
        reportVerifyFailure(verification, generated.outputDir, reporter);
        reporter.summary(unitsSummary(generated, [], undefined, verification));
        const error = new shared_errors/* SystemdUnitsError */.dp('systemd-analyze verify found problems in the generated units; nothing was written', { kind: 'input', name: 'verify' });
        return { status: 'verify-failed', generated, verification, error };
    }
    const exposure = await assessExposure(generated.units, request.maxExposure, request.env);
    const files = await (0,units/* writeUnits */.R)(request.job.workingDirectory, generated);
    for (const file of files)
        reporter.info(`wrote ${file}`);
    const { settings } = generated;
    const manifest = settings.manifest;
    for (const [kind, messages] of [
        ['warning', manifest?.warnings ?? []],
        ['notice', manifest?.notices ?? []],
    ]) {
        for (const message of messages) {
            const file = manifest?.file;
            reporter.annotate(kind, message, {
                title: 'systemd-units',
                file,
                line: file === undefined ? undefined : lineOf(file, message),
            });
        }
    }
    for (const notice of generated.notices)
        reporter.annotate('warning', notice, { title: 'systemd-units' });
    if (verification.standIns?.length) {
        const names = verification.standIns.join(', ');
        reporter.annotate('notice', `verified against stand-ins for units this runner lacks: ${names}`, {
            title: 'systemd-units',
        });
    }
    reporter.output('files', JSON.stringify(files));
    reporter.output('directory', generated.outputDir);
    reporter.output('units', JSON.stringify(generated.units.map((unit) => unit.name)));
    reporter.output('app-name', settings.string('app_name'));
    reporter.output('version', settings.optional('version') ?? '');
    reporter.output('service-name', settings.string('service_name'));
    reporter.output('exposure', exposureOutput(exposure));
    reporter.summary(unitsSummary(generated, files, exposure, verification));
    const published = plan && (await publisher?.publish({ ...job, reporter }, plan));
    return { status: 'written', generated, verification, exposure, files, published };
}
/** An error per systemd-analyze message, on the unit file (as it would be written) and line. */
function reportVerifyFailure(report, outputDir, reporter) {
    for (const { name, messages } of report.units) {
        for (const message of messages)
            reporter.annotate('error', message.text, {
                title: 'systemd-analyze verify',
                file: (0,external_node_path_.join)(outputDir, name),
                line: message.line,
            });
    }
    for (const message of report.general)
        reporter.annotate('error', message.text, { title: 'systemd-analyze verify' });
}
/** The line a manifest's message names (`mix.exs:7: version: …`), so its annotation sits on that line. */
function lineOf(file, message) {
    const line = message.startsWith(`${file}:`) ? /^(\d+): /.exec(message.slice(file.length + 1))?.[1] : undefined;
    return line === undefined ? undefined : Number(line);
}

// EXTERNAL MODULE: ./src/units/templates.ts
var templates = __nccwpck_require__(63584);
// EXTERNAL MODULE: ./src/units/views.ts + 8 modules
var views = __nccwpck_require__(75285);
// EXTERNAL MODULE: ./src/output/write-files.ts
var write_files = __nccwpck_require__(36260);
;// CONCATENATED MODULE: ./src/jobs/init.ts







/** Copy our templates into template_dir for the repository to edit (mix systemd.init). */
async function initTemplates(request, force) {
    const settings = await (0,load/* loadSettings */.M)(request);
    const templateDir = settings.string('template_dir');
    const location = settings.locate('template_dir');
    // Before anything is written: template_dir must lead inside the boundary, symlinks followed.
    const where = { path: templateDir, base: request.workingDirectory, origin: (0,shared_boundary/* originOf */.yv)(location), location };
    (0,shared_boundary/* confinePath */.ey)((0,load/* boundaryOf */.i)(request), { ...where, what: 'template_dir' });
    const directory = (0,external_node_path_.resolve)(request.workingDirectory, templateDir);
    const files = [];
    const kept = [];
    for (const name of views/* templateNames */.V) {
        const file = name + templates/* TEMPLATE_SUFFIX */.xy;
        if (!force && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(directory, file)))
            kept.push((0,external_node_path_.join)(templateDir, file));
        else
            files.push({ name: file, content: (0,templates/* readBuiltInTemplate */.WT)(name) });
    }
    const written = files.length > 0 ? await (0,write_files/* writeFilesAtomically */.i)(directory, files) : [];
    return { templateDir, written: written.map((path) => (0,external_node_path_.relative)(request.workingDirectory, path)), kept };
}

// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __nccwpck_require__(63797);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The GitHub runner's protocol ("Workflow commands for GitHub Actions"): inputs in INPUT_*
 * variables, outputs and the job summary in files, annotations on stdout. @actions/core
 * speaks it too, but loading it pulls in its HTTP client (undici) for OIDC, which costs more
 * start-up time than the whole generate run; the publishing paths load the toolkit instead.
 */


/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper case, trimmed; '' when unset. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value, env = process.env) {
    const file = env['GITHUB_OUTPUT'];
    if (file)
        (0,external_node_fs_.appendFileSync)(file, keyValueMessage(name, value), 'utf8');
    else
        issueCommand('set-output', { name }, value);
}
function appendSummary(markdown, env = process.env) {
    const file = env['GITHUB_STEP_SUMMARY'];
    if (file)
        (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
}
function annotate(kind, message, properties = {}) {
    issueCommand(kind, { ...properties }, message);
}
/**
 * Mask a secret in the log (`::add-mask::`, what core.setSecret sends). The runner matches a
 * mask within one line of output, and a command carries its value on one line, so a value with
 * line breaks would be masked nowhere: each of its lines (split at LF and at CR) is masked on
 * its own as well as the whole.
 */
function maskSecret(secret) {
    const parts = new Set([secret, ...secret.split(/\r\n|\r|\n/)].filter((part) => part.trim() !== ''));
    for (const part of parts)
        issueCommand('add-mask', {}, part);
}
function info(message) {
    writeStdout(message + external_node_os_.EOL);
}
/** Straight to fd 1: setting up process.stdout as a stream costs ~5 ms of start-up. */
function writeStdout(text) {
    (0,external_node_fs_.writeSync)(1, text);
}
/**
 * A multi-line value in a file command, fenced by a delimiter that does not occur in it.
 * Uniqueness is checked, not left to chance, so Math.random serves: node:crypto would add
 * ~27 ms to every start.
 */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${randomHex()}${randomHex()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains its delimiter`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function randomHex() {
    return Math.floor(Math.random() * 2 ** 48)
        .toString(16)
        .padStart(12, '0');
}
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    writeStdout(`::${command}${props ? ' ' + props : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/action/inputs.ts








const MODES = ['generate', 'init', 'check'];

/**
 * Defaults as in action.yml, for inputs absent from the environment (local runs and tests
 * set only some); from the field table. A test keeps this table and action.yml equal.
 */
const INPUT_DEFAULTS = Object.fromEntries(Object.entries(jobs_request/* FIELDS */.cJ).map(([name, field]) => [name, field.default]));
function readInputs(env = process.env) {
    const input = (name) => getInput(name, env) || INPUT_DEFAULTS[name];
    const mode = enumInput('mode', input('mode'), MODES);
    const workingDirectoryInput = input('working-directory');
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const config = input('config');
    const workingDirectory = (0,external_node_path_.isAbsolute)(workingDirectoryInput)
        ? workingDirectoryInput
        : (0,external_node_path_.resolve)(workspace, workingDirectoryInput);
    // SECURITY.md, "The boundary": repository content stays in the workspace; inputs may also name RUNNER_TEMP.
    const boundary = (0,shared_boundary/* makeBoundary */.nj)(workspace, [env['RUNNER_TEMP']]);
    const location = { kind: 'input', name: 'working-directory' };
    const where = { path: workingDirectoryInput, base: workspace, origin: 'content', location };
    (0,shared_boundary/* confinePath */.ey)(boundary, { ...where, what: 'working directory' });
    return {
        mode,
        force: booleanInput('force', input('force')),
        workingDirectoryInput,
        verify: enumInput('verify', input('verify'), VERIFY_MODES),
        maxExposure: parseMaxExposure(input('max-exposure')),
        request: {
            workingDirectory,
            boundary,
            ...Object.fromEntries(jobs_request/* REQUEST_FIELDS */.IK.map((field) => [field.request, input(field.input) || undefined])),
            // The default file may be absent; a file named explicitly may not.
            config: config === config_file/* DEFAULT_CONFIG */.PV ? undefined : config,
        },
        publish: readPublishInputs(mode, input, env),
    };
}
function readPublishInputs(mode, input, env) {
    const commitMethod = enumInput('commit-method', input('commit-method'), jobs_request/* COMMIT_METHODS */.RA);
    const retentionDays = input('retention-days');
    if (retentionDays !== '' && !/^[1-9]\d*$/.test(retentionDays)) {
        throw new shared_errors/* SystemdUnitsError */.dp(`expected a whole number of days, got ${JSON.stringify(retentionDays)}`, {
            kind: 'input',
            name: 'retention-days',
        });
    }
    const publish = {
        uploadArtifact: booleanInput('upload-artifact', input('upload-artifact')),
        artifactName: input('artifact-name'),
        retentionDays: retentionDays === '' ? undefined : Number(retentionDays),
        archive: booleanInput('archive', input('archive')),
        appendTo: input('append-to'),
        archivePrefix: input('archive-prefix'),
        commit: booleanInput('commit', input('commit')),
        commitMethod,
        commitBranch: input('commit-branch'),
        commitMessage: input('commit-message'),
        pullRequest: booleanInput('pull-request', input('pull-request')),
        token: tokenInput(env),
    };
    const asked = (0,jobs_request/* publishingInputsSet */.$w)(publish);
    if (mode !== 'generate' && asked.length > 0) {
        throw new shared_errors/* SystemdUnitsError */.dp(`needs mode generate: mode ${mode} writes ${mode === 'check' ? 'nothing' : 'only templates'}`, { kind: 'input', name: asked[0] });
    }
    return publish;
}
/**
 * The token input, as the runner passes it (trimmed). Outside a workflow nothing expands the
 * default expression; the environment's token stands in.
 */
function tokenInput(env) {
    const token = getInput('token', env);
    return token === '' || token === INPUT_DEFAULTS.token ? (env['GITHUB_TOKEN'] ?? '').trim() : token;
}
const enumInput = jobs_request/* choiceField */.cM;
/** The YAML 1.2 core booleans, as the runner's own toolkit accepts them. */
function booleanInput(name, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new shared_errors/* SystemdUnitsError */.dp(`expected true or false, got ${JSON.stringify(value)}`, { kind: 'input', name: name });
}

;// CONCATENATED MODULE: ./src/action/main.ts







/** The action: read inputs, run the job, report outputs, summary and annotations. */
async function run(env = process.env) {
    // Before anything else is printed, on every path: whether or not a step will use the token,
    // an error or a tool's output could still quote it.
    const token = tokenInput(env);
    if (token !== '')
        maskSecret(token);
    let workingDirectory = '.';
    try {
        const inputs = readInputs(env);
        workingDirectory = inputs.workingDirectoryInput;
        const reporter = actionReporter(workingDirectory, env);
        if (inputs.mode === 'init') {
            const result = await initTemplates(inputs.request, inputs.force);
            for (const file of result.written)
                info(`wrote ${file}`);
            for (const file of result.kept)
                info(`kept ${file} (exists; set force: true to overwrite)`);
            setOutput('files', JSON.stringify(result.written), env);
            setOutput('directory', result.templateDir, env);
            return;
        }
        if (inputs.mode === 'check') {
            // The comparison and its diff load only for check.
            const [{ checkUnits }, { regenerateCommand, reportCheck }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 613).then(__nccwpck_require__.bind(__nccwpck_require__, 38613)),
                __nccwpck_require__.e(/* import() */ 759).then(__nccwpck_require__.bind(__nccwpck_require__, 50759)),
            ]);
            const result = await checkUnits(inputs.request, workingDirectory);
            reportCheck(result, regenerateCommand(inputs.request, workingDirectory), reporter);
            if (result.comparison.differences.length > 0)
                process.exitCode = 1;
            return;
        }
        const outcome = await runGenerate(generateRequest(inputs, env), reporter);
        if (outcome.status === 'verify-failed')
            throw outcome.error;
    }
    catch (error) {
        reportFailure(error, workingDirectory);
    }
}
/** The action's inputs as the generate job's request. */
function generateRequest(inputs, env) {
    const { request: job, verify, maxExposure, publish, force } = inputs;
    return { job, verify, maxExposure, publish, force, env };
}
/** Workflow commands, outputs and the job summary; annotation paths from the repository root. */
function actionReporter(workingDirectory, env) {
    return {
        info: info,
        annotate: (kind, message, properties = {}) => annotate(kind, message, {
            ...properties,
            file: properties.file === undefined ? undefined : (0,external_node_path_.join)(workingDirectory, properties.file),
        }),
        output: (name, value) => setOutput(name, value, env),
        summary: (markdown) => appendSummary(markdown, env),
    };
}
/** One error annotation per error, on the file, line and column at fault when we know them, and a failed step. */
function reportFailure(error, workingDirectory) {
    const errors = error instanceof shared_errors/* SystemdUnitsErrors */.SW ? error.errors : [error];
    for (const each of errors) {
        const location = each instanceof shared_errors/* SystemdUnitsError */.dp ? each.location : undefined;
        // Annotations take paths from the repository root; ours are relative to working-directory.
        const file = location?.kind === 'file' ? location : undefined;
        // Our own errors say what they mean to; anything else (a library's, a service's) is quoted in part.
        const message = each instanceof shared_errors/* SystemdUnitsError */.dp ? each.message : (0,shared_text/* excerpt */.Kb)((0,shared_errors/* messageOf */.bD)(each));
        annotate('error', message, {
            title: 'systemd-units',
            file: file ? (0,external_node_path_.join)(workingDirectory, file.file) : undefined,
            line: file?.line,
            col: file?.column,
        });
    }
    process.exitCode = 1;
}


/***/ }),

/***/ 63797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   RG: () => (/* binding */ readConfigFile),
/* harmony export */   zA: () => (/* binding */ parseSettingsInput)
/* harmony export */ });
/* harmony import */ var _shared_boundary_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85463);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(60405);


const DEFAULT_CONFIG = '.systemd.yml';
/**
 * Read the config file, inside the boundary. The default file may be absent (defaults apply);
 * a file the user named explicitly must exist; a dangling symlink is an error either way.
 * Synchronous on purpose: see write-files.ts.
 */
function readConfigFile(workingDirectory, config, boundary) {
    const file = config ?? DEFAULT_CONFIG;
    const text = (0,_shared_boundary_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFile */ .Gu)(boundary, {
        path: file,
        base: workingDirectory,
        file,
        what: 'config file',
        // The default file is repository content; a file the config input names is the caller's choice.
        origin: config === undefined ? 'content' : 'input',
        location: config === undefined ? { kind: 'file', file } : { kind: 'input', name: 'config' },
        optional: config === undefined,
    });
    return text === undefined ? undefined : (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlMapping */ .$0)(text, { kind: 'file', file });
}
/** The `settings` input: a YAML mapping written inline in the workflow. */
function parseSettingsInput(text) {
    return text === undefined || text.trim() === ''
        ? undefined
        : (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlMapping */ .$0)(text, { kind: 'input', name: 'settings' });
}


/***/ }),

/***/ 51007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ boundaryOf),
  M: () => (/* binding */ loadSettings)
});

// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __nccwpck_require__(63797);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/shared/boundary.ts
var shared_boundary = __nccwpck_require__(85463);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(58382);
// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __nccwpck_require__(52628);
;// CONCATENATED MODULE: ./src/manifest/go-mod.ts


/** `/v2`, `/v3`...: a major-version suffix, which `go build` leaves out of the binary name. */
const MAJOR_VERSION_SUFFIX = /^v([2-9]|[1-9]\d+)$/;
/** A module path: interpreted string, raw string or bare word. */
const MODULE_PATH = /("(?:[^"\\]|\\.)*"|`[^`]*`|\S+)/.source;
const MODULE_DIRECTIVE = new RegExp(`^module\\s+${MODULE_PATH}$`);
/** `module (`: go.mod's block form, as for any directive; the path is on a line of its own. */
const MODULE_BLOCK = /^module\s*\($/;
const PATH_LINE = new RegExp(`^${MODULE_PATH}$`);
/**
 * Read the name from go.mod's module path as `go build` names the binary: the last element that is
 * not a major-version suffix, dots and all. A single `cmd/<name>/` directory names the binary instead.
 * go.mod carries no version: a `VERSION` file next to it gives one, else `gitDescription`
 * (`git describe --tags`); either loses a leading `v` before a digit.
 */
function parseGoMod(text, file, gitDescription, files = types/* NO_FILES */.E) {
    const { path, line } = modulePath(text, file);
    const elements = path.split('/');
    let appName = elements[elements.length - 1];
    if (elements.length > 1 && MAJOR_VERSION_SUFFIX.test(appName))
        appName = elements[elements.length - 2];
    if (appName === '')
        throw new errors/* SystemdUnitsError */.dp(`"${path}" does not end in a name`, { kind: 'file', file, line, key: 'module' });
    const version = (versionFile(files) ?? gitDescription)?.replace(/^v(?=\d)/, '');
    return {
        ecosystem: 'go',
        file,
        appName,
        ...(version !== undefined && { version }),
        ...goBinary(appName, files),
        nameField: { key: 'module', line },
    };
}
/**
 * The binary to run: the single `cmd/<name>/`, else the `cmd/<name>/` named like the module, else
 * the module's own main package (`main.go` at its root) or, with no `cmd/` at all, the module; with
 * several commands and none of those, it cannot be told: the commands are the candidates.
 */
function goBinary(appName, files) {
    const commands = files.directories('cmd');
    const binary = (name, reason) => ({
        entryPoint: { kind: 'binary', path: `bin/${name}`, reason },
    });
    if (commands.length === 1)
        return binary(commands[0], `the single \`cmd/${commands[0]}/\` directory`);
    if (commands.includes(appName))
        return binary(appName, `\`cmd/${appName}/\`, named like the module`);
    if (commands.length === 0)
        return binary(appName, 'the last element of the module path, as `go build` names it');
    if (files.read('main.go') !== undefined)
        return binary(appName, 'the main package at the module root');
    return { candidates: commands.map((name) => `bin/${name} (cmd/${name}/)`) };
}
/** The first line of the `VERSION` file at the module root, when it has one. */
function versionFile(files) {
    const first = files.read('VERSION')?.trim().split(/\r?\n/, 1)[0]?.trim();
    return first === '' ? undefined : first;
}
function modulePath(text, file) {
    // A module path cannot contain `//`, so whatever follows one is a comment.
    const lines = text.split('\n').map((raw) => raw.replace(/\/\/.*/, '').trim());
    for (const [index, line] of lines.entries()) {
        if (MODULE_BLOCK.test(line))
            return pathInBlock(lines, index + 1, file);
        const found = MODULE_DIRECTIVE.exec(line);
        if (found)
            return { path: unquote(found[1]), line: index + 1 };
    }
    throw new errors/* SystemdUnitsError */.dp('go.mod has no module directive', { kind: 'file', file, key: 'module' });
}
/** The one path inside `module ( ... )`, skipping blank and comment lines. */
function pathInBlock(lines, start, file) {
    for (let index = start; index < lines.length && lines[index] !== ')'; index++) {
        if (lines[index] === '')
            continue;
        const found = PATH_LINE.exec(lines[index]);
        if (found)
            return { path: unquote(found[1]), line: index + 1 };
        break;
    }
    throw new errors/* SystemdUnitsError */.dp('the module block holds no module path', {
        kind: 'file',
        file,
        line: start,
        key: 'module',
    });
}
/** Module paths are plain ASCII, so undoing `\"` and `\\` is all an interpreted string needs. */
function unquote(token) {
    if (token.startsWith('`'))
        return token.slice(1, -1);
    return token.startsWith('"') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token;
}

;// CONCATENATED MODULE: ./src/manifest/mix/mix-terms.ts

/** Identifiers that start or end blocks rather than name values. */
const BLOCK_OPENERS = new Set(['do', 'fn']);
const MATCHING_OPEN = { ')': '(', ']': '[', '}': '{', '>>': '<<' };
/** The String functions a VERSION file is read through; each leaves the version itself as it is. */
const TRIMS = new Set(['trim', 'strip', 'trim_trailing']);
/** Reads terms out of a token list; every read returns the term and the index just after it. */
class TermReader {
    tokens;
    file;
    constructor(tokens, file) {
        this.tokens = tokens;
        this.file = file;
    }
    /**
     * One expression starting at `at`: its term when it is a single literal, list, attribute or
     * local call; opaque when it is anything more (`@version <> "-dev"`, `Mix.env() == :prod`).
     */
    readExpression(at) {
        const primary = this.readPrimary(at);
        if (primary && this.endsExpression(primary.next))
            return primary;
        return { term: { kind: 'opaque', line: this.lineAt(at) }, next: this.skipExpression(at) };
    }
    /** Whether the expression that ends just before `at` cannot continue there. */
    endsExpression(at) {
        const token = this.tokens[at];
        if (!token || this.isHardEnd(token))
            return true;
        // A new line starts a new expression unless an operator joins the lines (`|> String.trim()`).
        const previous = this.tokens[at - 1];
        return (previous !== undefined && token.line > previous.line && token.kind !== 'operator' && previous.kind !== 'operator');
    }
    /** Tokens that end an expression wherever they appear: `,`, a closing bracket, `end`. */
    isHardEnd(token) {
        return token.kind === 'comma' || token.kind === 'close' || (token.kind === 'identifier' && token.value === 'end');
    }
    readPrimary(at) {
        const token = this.tokens[at];
        if (!token)
            return undefined;
        const { line } = token;
        switch (token.kind) {
            case 'string':
                if (token.parts)
                    return { term: this.interpolation(token.parts, at, line), next: at + 1 };
                return token.value === undefined
                    ? undefined
                    : { term: { kind: 'string', value: token.value, line }, next: at + 1 };
            case 'atom':
                return token.value === undefined
                    ? undefined
                    : { term: { kind: 'atom', value: token.value, line }, next: at + 1 };
            case 'alias':
                return this.readFileRead(at);
            case 'attribute':
                return { term: { kind: 'attribute', name: token.value, at, line }, next: at + 1 };
            case 'identifier': {
                if (BLOCK_OPENERS.has(token.value) || token.value === 'end')
                    return undefined;
                const emptyParens = this.tokens[at + 1]?.value === '(' && this.tokens[at + 2]?.value === ')';
                const literalArgument = this.tokens[at + 1]?.value === '(' &&
                    this.tokens[at + 2]?.kind === 'string' &&
                    this.tokens[at + 2]?.value !== undefined &&
                    this.tokens[at + 3]?.value === ')';
                if (literalArgument) {
                    const argument = { kind: 'string', value: this.tokens[at + 2].value, line };
                    return { term: { kind: 'call', name: token.value, argument, line }, next: at + 4 };
                }
                return { term: { kind: 'call', name: token.value, line }, next: emptyParens ? at + 3 : at + 1 };
            }
            case 'open':
                return token.value === '[' ? this.readList(at) : undefined;
            default:
                return undefined;
        }
    }
    /**
     * The parts of an interpolating string at token `at`; each `#{...}` is read as an expression
     * of its own, and an attribute in it takes its value as seen at the string.
     */
    interpolation(parts, at, line) {
        const terms = parts.map((part) => {
            if (typeof part === 'string')
                return part;
            const inner = new TermReader(part, this.file);
            const { term, next } = inner.readExpression(0);
            if (next < part.length)
                return { kind: 'opaque', line };
            return term.kind === 'attribute' ? { ...term, at } : term;
        });
        return { kind: 'interpolation', parts: terms, line };
    }
    /**
     * `File.read!("VERSION")`, `File.read!("VERSION") |> String.trim()` or
     * `String.trim(File.read!("VERSION"))` (`String.strip` in older projects, `trim_trailing` too),
     * the path also as `Path.join(__DIR__, "VERSION")` or `Path.expand("VERSION", __DIR__)`:
     * the cursor is on the alias.
     */
    readFileRead(at) {
        const trimCall = (i) => this.matches(i, ['String', '.']) &&
            TRIMS.has(this.tokens[i + 2]?.value ?? '') &&
            this.tokens[i + 3]?.value === '('
            ? i + 4
            : undefined;
        const inner = trimCall(at);
        if (inner !== undefined) {
            const read = this.readFileRead(inner);
            return read && this.tokens[read.next]?.value === ')' ? { term: read.term, next: read.next + 1 } : undefined;
        }
        if (!this.matches(at, ['File', '.', 'read!', '(']))
            return undefined;
        const path = this.readPath(at + 4);
        if (path === undefined || this.tokens[path.next]?.value !== ')')
            return undefined;
        let next = path.next + 1;
        if (this.matches(next, ['|', '>', 'String', '.']) && TRIMS.has(this.tokens[next + 4]?.value ?? '')) {
            next += 5;
            if (this.tokens[next]?.value === '(' && this.tokens[next + 1]?.value === ')')
                next += 2;
        }
        return { term: { kind: 'file', path: path.value, line: path.line }, next };
    }
    /** A path next to mix.exs: `"VERSION"`, `Path.join(__DIR__, "VERSION")` or `Path.expand("VERSION", __DIR__)`. */
    readPath(at) {
        const literal = (i) => {
            const token = this.tokens[i];
            return token?.kind === 'string' && token.value !== undefined
                ? { value: token.value, line: token.line }
                : undefined;
        };
        const plain = literal(at);
        if (plain)
            return { ...plain, next: at + 1 };
        if (this.matches(at, ['Path', '.', 'join', '(', '__DIR__', ','])) {
            const name = literal(at + 6);
            return name && this.tokens[at + 7]?.value === ')' ? { ...name, next: at + 8 } : undefined;
        }
        if (this.matches(at, ['Path', '.', 'expand', '('])) {
            const name = literal(at + 4);
            return name && this.matches(at + 5, [',', '__DIR__', ')']) ? { ...name, next: at + 8 } : undefined;
        }
        return undefined;
    }
    /** Whether the tokens from `at` have exactly these values. */
    matches(at, values) {
        return values.every((value, i) => this.tokens[at + i]?.value === value);
    }
    /** `[...]` with plain and keyword entries; the cursor is on `[`. */
    readList(at) {
        const entries = [];
        let i = at + 1;
        while (this.tokens[i]?.value !== ']') {
            const token = this.tokens[i];
            if (!token)
                this.fail('unclosed [', this.lineAt(at));
            const key = token.kind === 'key' ? token.value : undefined;
            if (token.kind === 'key')
                i++;
            const { term, next } = this.readExpression(i);
            if (next === i)
                this.fail(`unexpected ${this.tokens[i]?.value ?? 'end of file'} in a list`, this.lineAt(i));
            entries.push(key === undefined ? { value: term, line: token.line } : { key, value: term, line: token.line });
            i = next;
            if (this.tokens[i]?.kind === 'comma')
                i++;
        }
        return { term: { kind: 'list', entries, line: this.lineAt(at) }, next: i + 1 };
    }
    /**
     * Index just after the expression starting at `at`, following brackets and do/fn...end blocks
     * so a comma or line break inside them does not end it.
     */
    skipExpression(at) {
        const open = [];
        let i = at;
        for (; i < this.tokens.length; i++) {
            const token = this.tokens[i];
            if (open.length === 0 && (this.isHardEnd(token) || (i > at && this.endsExpression(i))))
                break;
            if (token.kind === 'open' || (token.kind === 'identifier' && BLOCK_OPENERS.has(token.value))) {
                open.push(token.value);
            }
            else if (token.kind === 'close' || (token.kind === 'identifier' && token.value === 'end')) {
                const opener = open.pop();
                const matches = token.value === 'end'
                    ? opener !== undefined && BLOCK_OPENERS.has(opener)
                    : opener === MATCHING_OPEN[token.value];
                if (!matches)
                    this.fail(`unexpected ${token.value}`, token.line);
            }
        }
        return i;
    }
    lineAt(at) {
        return (this.tokens[at] ?? this.tokens[this.tokens.length - 1])?.line ?? 1;
    }
    fail(reason, line) {
        throw new errors/* SystemdUnitsError */.dp(reason, { kind: 'file', file: this.file, line });
    }
}

;// CONCATENATED MODULE: ./src/manifest/mix/mix-tokens.ts

const IDENTIFIER = /[\p{Ll}_][\p{L}\p{N}_]*[?!]?/uy;
const ATOM_NAME = /[\p{L}_][\p{L}\p{N}_@]*[?!]?/uy;
const ALIAS = /[A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*/y;
const NUMBER = /0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?/y;
const SIGIL_NAME = /[a-z]|[A-Z][A-Z0-9]*/y;
const MODIFIERS = /[a-zA-Z]*/y;
const SIGIL_CLOSERS = {
    '(': ')',
    '[': ']',
    '{': '}',
    '<': '>',
    '/': '/',
    '|': '|',
    '"': '"',
    "'": "'",
};
const ESCAPES = { n: '\n', t: '\t', r: '\r', s: ' ', e: '\x1b', '0': '\0' };
/** Split Elixir source into tokens; comments are dropped, strings and sigils are read whole. */
function tokenize(text, file) {
    return new Lexer(text, file).tokens();
}
class Lexer {
    text;
    file;
    pos = 0;
    line = 1;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    tokens() {
        const tokens = [];
        this.scan((token) => tokens.push(token), false);
        return tokens;
    }
    /**
     * Read tokens until the end of the text or, inside `#{...}`, until the brace that closes
     * the interpolation (tokens inside an interpolation only matter for finding that brace).
     */
    scan(emit, inInterpolation) {
        let braceDepth = 0;
        const startLine = this.line;
        while (this.pos < this.text.length) {
            const c = this.text[this.pos];
            const line = this.line;
            const push = (kind, value) => emit({ kind, value, line });
            if (c === '\n') {
                this.line++;
                this.pos++;
            }
            else if (c === ' ' || c === '\t' || c === '\r') {
                this.pos++;
            }
            else if (c === '#') {
                this.skipComment();
            }
            else if (c === '"' || c === "'") {
                const { value, parts } = this.readQuoted();
                if (this.atKeySuffix()) {
                    this.pos++;
                    push('key', value);
                }
                else {
                    emit({ kind: 'string', value, ...(parts && { parts }), line });
                }
            }
            else if (c === ':' && this.peek(1) !== ':' && this.startsAtom(this.pos + 1)) {
                this.pos++;
                push('atom', this.peek(0) === '"' || this.peek(0) === "'" ? this.readQuoted().value : this.match(ATOM_NAME));
            }
            else if (c === '~' && this.startsSigil()) {
                this.readSigil();
                push('literal', undefined);
            }
            else if (c === '?') {
                // A character literal such as ?" or ?# must not open a string or a comment.
                this.pos +=
                    this.peek(1) === '\\' ? 3 : 1 + String.fromCodePoint(this.text.codePointAt(this.pos + 1) ?? 0).length;
                push('literal', undefined);
            }
            else if (c === '@' && this.matchAt(IDENTIFIER, this.pos + 1)) {
                this.pos++;
                push('attribute', this.match(IDENTIFIER));
            }
            else if (this.matchAt(IDENTIFIER, this.pos)) {
                const name = this.match(IDENTIFIER);
                if (this.atKeySuffix()) {
                    this.pos++;
                    push('key', name);
                }
                else {
                    push('identifier', name);
                }
            }
            else if (this.matchAt(ALIAS, this.pos)) {
                push('alias', this.match(ALIAS));
            }
            else if (this.matchAt(NUMBER, this.pos)) {
                push('number', this.match(NUMBER));
            }
            else if (this.text.startsWith('<<<', this.pos) || this.text.startsWith('>>>', this.pos)) {
                this.pos += 3;
                push('operator', c.repeat(3));
            }
            else if (this.text.startsWith('<<', this.pos) || this.text.startsWith('>>', this.pos)) {
                this.pos += 2;
                push(c === '<' ? 'open' : 'close', c.repeat(2));
            }
            else if (c === '(' || c === '[' || c === '{') {
                this.pos++;
                if (c === '{')
                    braceDepth++;
                push('open', c);
            }
            else if (c === ')' || c === ']' || c === '}') {
                this.pos++;
                if (c === '}' && inInterpolation && braceDepth === 0)
                    return;
                if (c === '}')
                    braceDepth--;
                push('close', c);
            }
            else if (c === ',') {
                this.pos++;
                push('comma', c);
            }
            else {
                this.pos++;
                push('operator', c);
            }
        }
        if (inInterpolation)
            this.fail('unterminated #{ interpolation', startLine);
    }
    skipComment() {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end === -1 ? this.text.length : end;
    }
    /** `"name":` makes a keyword key only when the colon is not the start of `::`. */
    atKeySuffix() {
        return this.peek(0) === ':' && this.peek(1) !== ':';
    }
    startsAtom(at) {
        const c = this.text[at];
        return c === '"' || c === "'" || this.matchAt(ATOM_NAME, at);
    }
    startsSigil() {
        SIGIL_NAME.lastIndex = this.pos + 1;
        const name = SIGIL_NAME.exec(this.text);
        return name !== null && this.text[this.pos + 1 + name[0].length] in SIGIL_CLOSERS;
    }
    /** A string or charlist (plain or heredoc); the cursor is on its opening quote. */
    readQuoted() {
        const quote = this.text[this.pos];
        if (this.text.startsWith(quote.repeat(3), this.pos)) {
            this.pos += 3;
            return this.readBody(quote.repeat(3), { interpolates: true, heredoc: true });
        }
        this.pos++;
        return this.readBody(quote, { interpolates: true, heredoc: false });
    }
    /** ~r/.../i, ~w(...)a, ~S"""...""": skipped whole so their contents are never read as code. */
    readSigil() {
        this.pos++;
        const name = this.match(SIGIL_NAME);
        const open = this.text[this.pos];
        const interpolates = name === name.toLowerCase();
        if ((open === '"' || open === "'") && this.text.startsWith(open.repeat(3), this.pos)) {
            this.pos += 3;
            this.readBody(open.repeat(3), { interpolates, heredoc: true });
        }
        else {
            this.pos++;
            this.readBody(SIGIL_CLOSERS[open], { interpolates, heredoc: false });
        }
        this.match(MODIFIERS);
    }
    /**
     * Read up to and past `close`. Returns the decoded text, or, when it interpolates, its parts
     * (literal text and the tokens of each `#{...}`); a heredoc has neither, as its value depends
     * on indentation rules no manifest field needs. A heredoc closes only on a line that starts
     * (after indentation) with its delimiter.
     */
    readBody(close, options) {
        const startLine = this.line;
        let value = '';
        const parts = [];
        let atLineStart = false;
        while (this.pos < this.text.length) {
            const c = this.text[this.pos];
            if (options.heredoc && atLineStart && this.text.startsWith(close, this.pos)) {
                this.pos += close.length;
                return { value: undefined };
            }
            if (!options.heredoc && this.text.startsWith(close, this.pos)) {
                this.pos += close.length;
                if (parts.length === 0)
                    return { value };
                return { value: undefined, parts: value === '' ? parts : [...parts, value] };
            }
            if (c === '\\' && this.pos + 1 < this.text.length) {
                const next = this.text[this.pos + 1];
                if (next === '\n')
                    this.line++;
                value += options.interpolates ? (ESCAPES[next] ?? next) : c + next;
                this.pos += 2;
            }
            else if (options.interpolates && this.text.startsWith('#{', this.pos)) {
                this.pos += 2;
                if (value !== '')
                    parts.push(value);
                value = '';
                const inner = [];
                this.scan((token) => inner.push(token), true);
                parts.push(inner);
            }
            else {
                if (c === '\n')
                    this.line++;
                value += c;
                this.pos++;
            }
            if (c === '\n')
                atLineStart = true;
            else if (c !== ' ' && c !== '\t')
                atLineStart = false;
        }
        return this.fail(`no closing ${close} for the text that starts on this line`, startLine);
    }
    peek(offset) {
        return this.text[this.pos + offset];
    }
    matchAt(pattern, at) {
        pattern.lastIndex = at;
        return pattern.test(this.text);
    }
    /** Consume `pattern` at the cursor and return what it matched. */
    match(pattern) {
        pattern.lastIndex = this.pos;
        const found = pattern.exec(this.text);
        if (!found)
            return undefined;
        this.pos += found[0].length;
        return found[0];
    }
    fail(reason, line) {
        throw new errors/* SystemdUnitsError */.dp(reason, { kind: 'file', file: this.file, line });
    }
}

;// CONCATENATED MODULE: ./src/manifest/mix/mix-exs.ts




/** How many attribute or function indirections to follow before giving up (they could loop). */
const MAX_INDIRECTIONS = 8;
/**
 * Read the app name, version, module and release name out of a mix.exs without running it:
 * literals, module attributes, interpolations of them, zero-arity local functions returning
 * literals, a local helper called with a literal (`version("2.2.50")`) and `File.read!` of a file
 * next to mix.exs are understood. A version that only running mix would give is a warning.
 */
function parseMixExs(text, file, files = types/* NO_FILES */.E) {
    const source = new MixSource(text, file, files);
    const project = source.projectKeywords();
    const lookup = (key) => project.entries.find((entry) => entry.key === key);
    const app = lookup('app');
    const appName = app && source.atomOf(app, 'app');
    const releaseName = source.releaseName(lookup('default_release'), lookup('releases'));
    const umbrella = lookup('apps_path') !== undefined;
    const moduleName = source.moduleName();
    const version = source.version(lookup('version'), releaseName === undefined ? undefined : source.releaseVersion(lookup('releases'), releaseName), project.line);
    const name = umbrella ? releaseName : appName;
    if (name === undefined) {
        throw umbrella
            ? new errors/* SystemdUnitsError */.dp('this umbrella project (apps_path:) has no default_release: or literal releases: to name the service after; add one to project/0, or set app_name', { kind: 'file', file, line: project.line, key: 'releases' })
            : new errors/* SystemdUnitsError */.dp('project/0 has no app: entry', { kind: 'file', file, line: project.line, key: 'app' });
    }
    const nameEntry = umbrella ? (lookup('default_release') ?? lookup('releases')) : app;
    return {
        ecosystem: 'mix',
        file,
        appName: name,
        ...(version.value !== undefined && { version: version.value }),
        ...(moduleName !== undefined && { moduleName }),
        ...(releaseName !== undefined && { releaseName }),
        ...(nameEntry && { nameField: { key: nameEntry.key, line: nameEntry.line } }),
        ...(version.notices.length > 0 && { notices: version.notices }),
        ...(version.warnings.length > 0 && { warnings: version.warnings }),
    };
}
/** The tokens of one mix.exs and what can be looked up in them. */
class MixSource {
    file;
    files;
    reader;
    constructor(text, file, files) {
        this.file = file;
        this.files = files;
        this.reader = new TermReader(tokenize(text, file), file);
    }
    /**
     * The version the release is built with: the release's own `version:` wins over the project's,
     * as `mix release` does. Never empty in silence: what cannot be read is a warning at its line.
     */
    version(project, release, projectLine) {
        const notices = [];
        const entry = release ?? project;
        if (entry === undefined) {
            const warning = `${this.file}:${projectLine}: project/0 has no version: the units carry none; set version`;
            return { notices, warnings: [warning] };
        }
        const where = `${this.file}:${entry.line}: version`;
        if (release && project)
            notices.push(`${where}: the release's version wins over the project's, as mix release does`);
        const term = this.resolve(entry.value, 0, (note) => notices.push(`${where}: ${note}`));
        if (term.kind === 'string' && term.value.trim() !== '')
            return { value: term.value.trim(), notices, warnings: [] };
        const why = term.kind === 'string'
            ? 'is empty'
            : term.kind === 'file'
                ? `reads ${term.path}, which is missing or empty`
                : 'is computed when mix runs, so it cannot be read without running it';
        return { notices, warnings: [`${where}: ${why}; the units carry no version: set version`] };
    }
    /** `version:` of the release named `name` under `releases:`, when it sets one. */
    releaseVersion(releases, name) {
        const list = releases && this.resolve(releases.value);
        const release = list?.kind === 'list' ? list.entries.find((entry) => entry.key === name) : undefined;
        const options = release && this.resolve(release.value);
        return options?.kind === 'list' ? options.entries.find((entry) => entry.key === 'version') : undefined;
    }
    get tokens() {
        return this.reader.tokens;
    }
    /** `MyApp` from `defmodule MyApp.MixProject do` (or `.Mixfile`, the older convention). */
    moduleName() {
        const modules = this.tokens.flatMap((token, i) => {
            const name = this.tokens[i + 1];
            return token.kind === 'identifier' && token.value === 'defmodule' && name?.kind === 'alias' ? [name.value] : [];
        });
        const project = modules.find((name) => /\.(MixProject|Mixfile)$/.test(name)) ?? modules[0];
        return project?.replace(/\.(MixProject|Mixfile)$/, '');
    }
    /** The keyword list project/0 returns. */
    projectKeywords() {
        const body = this.functionBody('project');
        if (body === undefined) {
            throw new errors/* SystemdUnitsError */.dp('no `def project` found; is this a Mix project file?', {
                kind: 'file',
                file: this.file,
                key: 'project',
            });
        }
        const project = this.resolve(body);
        if (project.kind !== 'list') {
            throw new errors/* SystemdUnitsError */.dp('project/0 does not return a literal keyword list', {
                kind: 'file',
                file: this.file,
                line: project.line,
                key: 'project',
            });
        }
        return project;
    }
    /** `default_release:` when set, else the first release under `releases:`. */
    releaseName(defaultRelease, releases) {
        if (defaultRelease)
            return this.atomOf(defaultRelease, 'default_release');
        const list = releases && this.resolve(releases.value);
        return list?.kind === 'list' ? list.entries.find((entry) => entry.key !== undefined)?.key : undefined;
    }
    /** The atom an entry is set to; anything else is an error, as the name cannot be guessed. */
    atomOf(entry, key) {
        const term = this.resolve(entry.value);
        if (term.kind !== 'atom') {
            throw new errors/* SystemdUnitsError */.dp('must be a literal atom such as :my_app to be read without running mix', {
                kind: 'file',
                file: this.file,
                line: entry.line,
                key,
            });
        }
        return term.value;
    }
    /**
     * Follow `@attribute` and `local_function()` references, interpolations and `File.read!` to the
     * literal they stand for; `note` hears what was assumed on the way (a helper's literal argument).
     */
    resolve(term, depth = 0, note = () => { }) {
        const opaque = { kind: 'opaque', line: term.line };
        if (depth > MAX_INDIRECTIONS)
            return opaque;
        switch (term.kind) {
            case 'attribute': {
                const value = this.attributeValue(term.name, term.at);
                return value === undefined ? opaque : this.resolve(value, depth + 1, note);
            }
            case 'call': {
                if (term.argument === undefined) {
                    const body = this.functionBody(term.name);
                    return body === undefined ? opaque : this.resolve(body, depth + 1, note);
                }
                if (!this.definesFunction(term.name))
                    return opaque;
                // Pleroma's `version: version("2.2.50")`: the helper appends git metadata to its argument.
                note(`read the literal of ${term.name}(${JSON.stringify(this.literal(term.argument))}); the helper may add to it when mix runs`);
                return this.resolve(term.argument, depth + 1, note);
            }
            case 'interpolation': {
                const parts = term.parts.map((part) => (typeof part === 'string' ? part : this.resolve(part, depth + 1, note)));
                const texts = parts.map((part) => typeof part === 'string' ? part : part.kind === 'string' || part.kind === 'atom' ? part.value : undefined);
                return texts.every((text) => text !== undefined)
                    ? { kind: 'string', value: texts.join(''), line: term.line }
                    : opaque;
            }
            case 'file': {
                // The first line, as the VERSION convention has it (a trailing newline or release notes below).
                const first = this.files.read(term.path)?.trim().split(/\r?\n/, 1)[0]?.trim();
                return first ? { kind: 'string', value: first, line: term.line } : term;
            }
            default:
                return term;
        }
    }
    literal(term) {
        return term.kind === 'string' ? term.value : undefined;
    }
    /** Whether the module defines a function `name` of any arity with def or defp. */
    definesFunction(name) {
        return this.tokens.some((token, i) => token.kind === 'identifier' &&
            (token.value === 'def' || token.value === 'defp') &&
            this.tokens[i + 1]?.kind === 'identifier' &&
            this.tokens[i + 1]?.value === name);
    }
    /** The value of `@name` as seen at token `at`: its last definition before that point, as in Elixir. */
    attributeValue(name, at) {
        for (let i = at - 1; i >= 0; i--) {
            const token = this.tokens[i];
            if (token.kind === 'attribute' && token.value === name && this.isAttributeDefinition(i)) {
                return this.reader.readExpression(i + 1).term;
            }
        }
        return undefined;
    }
    /** `@version "0.1.0"` defines; `version: @version` and `@version <> "-dev"` only read. */
    isAttributeDefinition(at) {
        const next = this.tokens[at + 1];
        if (next === undefined || next.line !== this.tokens[at].line || next.kind === 'operator')
            return false;
        return !this.reader.endsExpression(at + 1);
    }
    /**
     * The body of the zero-arity `def name`/`defp name`, when it is a single expression
     * (`def project do [...] end` or `defp releases, do: [...]`).
     */
    functionBody(name) {
        for (let i = 0; i < this.tokens.length; i++) {
            const keyword = this.tokens[i];
            if (keyword.kind !== 'identifier' || (keyword.value !== 'def' && keyword.value !== 'defp'))
                continue;
            if (this.tokens[i + 1]?.kind !== 'identifier' || this.tokens[i + 1]?.value !== name)
                continue;
            const afterName = this.tokens[i + 2]?.value === '(' && this.tokens[i + 3]?.value === ')' ? i + 4 : i + 2;
            const opener = this.tokens[afterName];
            if (opener?.kind === 'identifier' && opener.value === 'do') {
                const { term, next } = this.reader.readExpression(afterName + 1);
                const closesBlock = this.tokens[next]?.kind === 'identifier' && this.tokens[next]?.value === 'end';
                return closesBlock ? term : { kind: 'opaque', line: opener.line };
            }
            if (opener?.kind === 'comma' &&
                this.tokens[afterName + 1]?.kind === 'key' &&
                this.tokens[afterName + 1]?.value === 'do') {
                return this.reader.readExpression(afterName + 2).term;
            }
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/manifest/entry-path.ts


/**
 * Normalise a path a manifest declares ('./dist/server.js' → 'dist/server.js'). It is run
 * relative to the release root, so a path that is absolute or leaves that root is an error.
 */
function entryPath(declared, where) {
    const path = external_node_path_.posix.normalize(declared);
    if (declared.trim() === '' || external_node_path_.posix.isAbsolute(path) || path === '..' || path.startsWith('../')) {
        throw new errors/* SystemdUnitsError */.dp(`"${declared}" is not a path inside the project`, where);
    }
    return path;
}

;// CONCATENATED MODULE: ./src/manifest/json-syntax.ts
const json_syntax_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_CHARS = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/y;
/**
 * Locate the first syntax error in `text` by scanning it against the JSON grammar. V8's
 * JSON.parse messages carry a position only for some errors ("Unexpected token ']', "[1,]" is
 * not valid JSON" has none), so the line cannot be taken from them.
 */
function findJsonSyntaxError(text) {
    const scanner = new Scanner(text);
    try {
        scanner.document();
        return undefined;
    }
    catch (error) {
        if (!(error instanceof ScanError))
            throw error;
        return { line: lineOf(text, error.offset), reason: error.message };
    }
}
function lineOf(text, offset) {
    // An error at the very end (unclosed brace) belongs to the last line that has content.
    const end = Math.min(offset, text.trimEnd().length);
    return text.slice(0, end).split('\n').length;
}
class ScanError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        this.value();
        this.whitespace();
        if (this.pos < this.text.length)
            this.fail('unexpected content after the end of the document');
    }
    value() {
        this.whitespace();
        const c = this.text[this.pos];
        if (c === '{')
            this.object();
        else if (c === '[')
            this.array();
        else if (c === '"')
            this.string();
        else if (!this.eat('true') && !this.eat('false') && !this.eat('null') && !this.number()) {
            this.fail('expected a value');
        }
    }
    object() {
        this.pos++;
        this.whitespace();
        if (this.eat('}'))
            return;
        do {
            this.whitespace();
            if (this.text[this.pos] !== '"')
                this.fail('expected a double-quoted property name');
            this.string();
            this.whitespace();
            if (!this.eat(':'))
                this.fail("expected ':' after a property name");
            this.value();
            this.whitespace();
        } while (this.eat(','));
        if (!this.eat('}'))
            this.fail("expected ',' or '}'");
    }
    array() {
        this.pos++;
        this.whitespace();
        if (this.eat(']'))
            return;
        do {
            this.value();
            this.whitespace();
        } while (this.eat(','));
        if (!this.eat(']'))
            this.fail("expected ',' or ']'");
    }
    string() {
        this.pos++;
        STRING_CHARS.lastIndex = this.pos;
        this.pos += STRING_CHARS.exec(this.text)[0].length;
        if (!this.eat('"'))
            this.fail(this.pos < this.text.length ? 'bad character or escape in a string' : 'unterminated string');
    }
    number() {
        json_syntax_NUMBER.lastIndex = this.pos;
        const found = json_syntax_NUMBER.exec(this.text);
        if (found)
            this.pos += found[0].length;
        return found !== null;
    }
    whitespace() {
        while (/[ \t\n\r]/.test(this.text[this.pos] ?? ''))
            this.pos++;
    }
    eat(expected) {
        if (!this.text.startsWith(expected, this.pos))
            return false;
        this.pos += expected.length;
        return true;
    }
    fail(reason) {
        throw new ScanError(reason, this.pos);
    }
}

;// CONCATENATED MODULE: ./src/manifest/package-json.ts




/**
 * Read name, version and entry point from a package.json: `bin`, else `main`, else what `npm start`
 * runs (a plain `node <file>` start script, else npm's default `node server.js` when server.js exists).
 */
function parsePackageJson(text, file, files = types/* NO_FILES */.E) {
    const pkg = parseJsonObject(text, file);
    if (typeof pkg.name !== 'string' || pkg.name.trim() === '') {
        throw new errors/* SystemdUnitsError */.dp('package.json has no name', { kind: 'file', file, key: 'name' });
    }
    const appName = withoutScope(pkg.name.trim());
    const entryPoint = binEntry(pkg.bin, appName, file) ?? mainEntry(pkg.main, file) ?? startEntry(pkg.scripts, file, files);
    const candidates = entryPoint ? [] : entryCandidates(pkg);
    const nameLine = topLevelKeyLine(text, 'name');
    return {
        ecosystem: 'node',
        file,
        appName,
        ...(typeof pkg.version === 'string' && { version: cleanVersion(pkg.version) }),
        ...(entryPoint && { entryPoint }),
        nameField: { key: 'name', ...(nameLine !== undefined && { line: nameLine }) },
        ...(candidates.length > 0 && { candidates }),
    };
}
/** With no entry point: the bin commands none of which is the package's, and a start script that is not plain `node <file>`. */
function entryCandidates(pkg) {
    const bin = typeof pkg.bin === 'object' && pkg.bin !== null ? Object.entries(pkg.bin) : [];
    const scripts = typeof pkg.scripts === 'object' && pkg.scripts !== null ? pkg.scripts : {};
    return [
        ...bin.filter(([, path]) => typeof path === 'string').map(([name, path]) => `bin.${name}: ${String(path)}`),
        ...(typeof scripts.start === 'string' ? [`scripts.start: ${scripts.start}`] : []),
    ];
}
/** The line of `"key":` in the top-level object of a JSON text, for messages about its value. */
function topLevelKeyLine(text, key) {
    let depth = 0;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            line++;
        else if (c === '{' || c === '[')
            depth++;
        else if (c === '}' || c === ']')
            depth--;
        else if (c === '"') {
            const end = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i))?.[0] ?? '"';
            if (depth === 1 && /^\s*:/.test(text.slice(i + end.length)) && JSON.parse(end) === key)
                return line;
            i += end.length - 1;
        }
    }
    return undefined;
}
/** As npm cleans a version (semver.clean): surrounding spaces and a leading `=` or `v` go. */
function cleanVersion(version) {
    return version.trim().replace(/^[=v]+/, '');
}
function withoutScope(name) {
    return name.replace(/^@[^/]+\//, '');
}
function parseJsonObject(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const syntax = findJsonSyntaxError(text);
        const reason = syntax?.reason ?? (error instanceof Error ? error.message : String(error));
        throw new errors/* SystemdUnitsError */.dp(`invalid JSON: ${reason}`, { kind: 'file', file, ...(syntax && { line: syntax.line }) });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* SystemdUnitsError */.dp('package.json must hold a JSON object', { kind: 'file', file });
    }
    return value;
}
/**
 * `"bin": "cli.js"` names the program outright; in `"bin": { ... }` the command named after the
 * package is the program, or the only command when there is just one.
 */
function binEntry(bin, appName, file) {
    if (typeof bin === 'string') {
        return { kind: 'binary', path: entryPath(bin, { kind: 'file', file, key: 'bin' }), reason: '`bin`' };
    }
    if (typeof bin !== 'object' || bin === null)
        return undefined;
    const commands = Object.entries(bin).filter((entry) => typeof entry[1] === 'string');
    const named = (command) => withoutScope(command).toLowerCase() === appName.toLowerCase();
    const [command, path] = commands.find(([name]) => named(name)) ?? (commands.length === 1 ? commands[0] : []);
    if (path === undefined)
        return undefined;
    const reason = named(command)
        ? `\`bin.${command}\`, named like the package`
        : `\`bin.${command}\`, the only command`;
    return { kind: 'binary', path: entryPath(path, { kind: 'file', file, key: `bin.${command}` }), reason };
}
function mainEntry(main, file) {
    return typeof main === 'string'
        ? { kind: 'node', path: entryPath(main, { kind: 'file', file, key: 'main' }), reason: '`main`' }
        : undefined;
}
/** `npm start` with no start script runs `node server.js`; a start script is used only when it is that plain. */
function startEntry(scripts, file, files) {
    const start = typeof scripts === 'object' && scripts !== null ? scripts.start : undefined;
    if (typeof start === 'string') {
        const script = /^node\s+([^\s;&|<>$`'"-][^\s;&|<>$`'"]*)$/.exec(start.trim());
        return script
            ? {
                kind: 'node',
                path: entryPath(script[1], { kind: 'file', file, key: 'scripts.start' }),
                reason: '`scripts.start`, a plain `node <file>`',
            }
            : undefined;
    }
    return files.read('server.js') === undefined
        ? undefined
        : { kind: 'node', path: 'server.js', reason: "`server.js`, npm start's default with no start script" };
}

;// CONCATENATED MODULE: ./src/manifest/read-manifest.ts







/** Manifest files in the order they are looked for. */
const MANIFEST_FILES = ['mix.exs', 'Cargo.toml', 'go.mod', 'pyproject.toml', 'package.json'];
/**
 * One reader per manifest kind. The TOML readers (with the TOML library) and `git describe`
 * (with child_process) are imported only when needed; the small parsers are bundled in,
 * since loading a separate chunk costs more start-up time than compiling them.
 */
const READERS = {
    'mix.exs': ({ text, file, files }) => parseMixExs(text, file, files),
    'Cargo.toml': readCargoToml,
    'go.mod': async ({ text, file, path, files }, options) => {
        // A VERSION file wins, so git is not asked.
        if (versionFile(files) !== undefined)
            return parseGoMod(text, file, undefined, files);
        return parseGoMod(text, file, await describeAt(path, options), files);
    },
    'pyproject.toml': async ({ text, file, path, files }, options) => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(806)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86806))).parsePyproject(text, file, files, () => describeAt(path, options)),
    'package.json': ({ text, file, files }) => parsePackageJson(text, file, files),
};
/** `git describe --tags` in the manifest's directory, through the injected one when given. */
async function describeAt(manifestPath, options) {
    const describe = options.gitDescribe ?? (await __nccwpck_require__.e(/* import() */ 199).then(__nccwpck_require__.bind(__nccwpck_require__, 78199))).gitDescribe;
    return describe((0,external_node_path_.dirname)(manifestPath));
}
/**
 * Find and read the manifest of the project at `dir`: the first in MANIFEST_FILES that describes a program
 * to deploy, with a notice naming the others found and why they were not used. `explicit` (a path relative
 * to dir) overrides detection; its ecosystem comes from its file name; a missing explicit file is an error.
 * Returns undefined when no manifest describes a program.
 */
async function readManifest(dir, options = {}) {
    const boundary = options.boundary ?? (0,shared_boundary/* makeBoundary */.nj)(dir);
    const readText = (path) => readManifestText(boundary, dir, path);
    const source = { dir, readText, top: boundary.content[0] };
    if (options.explicit !== undefined) {
        const location = options.explicitLocation ?? { kind: 'file', file: options.explicit, key: 'manifest' };
        return readExplicit(source, boundary, { path: options.explicit, location }, options);
    }
    const passedOver = [];
    let chosen;
    for (const name of MANIFEST_FILES) {
        const path = (0,external_node_path_.join)(dir, name);
        const text = readText(path);
        if (text === undefined)
            continue;
        if (chosen) {
            passedOver.push(`${name} (${chosen.file} comes first)`);
            continue;
        }
        const files = projectFiles(boundary, dir, dir);
        const reading = await READERS[name]({ ...source, path, file: name, text, files }, options);
        if ('notAProgram' in reading)
            passedOver.push(`${name} (${reading.notAProgram})`);
        else
            chosen = reading;
    }
    if (!chosen || passedOver.length === 0)
        return chosen;
    const notice = `read ${chosen.file}, the first manifest that describes a program; not used: ${passedOver.join('; ')}`;
    return { ...chosen, notices: [notice, ...(chosen.notices ?? [])] };
}
async function readExplicit(context, boundary, explicit, options) {
    const { dir } = context;
    const path = (0,external_node_path_.resolve)(dir, explicit.path);
    const file = (0,external_node_path_.relative)(dir, path);
    // Outside the boundary is the setting's fault: the error points at it, with the resolved path.
    const where = { path: explicit.path, base: dir, origin: (0,shared_boundary/* originOf */.yv)(explicit.location), what: 'manifest' };
    (0,shared_boundary/* confinePath */.ey)(boundary, { ...where, location: explicit.location });
    const reader = READERS[(0,external_node_path_.basename)(path)];
    if (!reader) {
        throw new errors/* SystemdUnitsError */.dp(`cannot tell the ecosystem from the file name; the manifest must be one of ${MANIFEST_FILES.join(', ')}`, {
            kind: 'file',
            file,
            key: 'manifest',
        });
    }
    const text = (0,shared_boundary/* readTextFile */.Gu)(boundary, {
        ...where,
        what: 'manifest file',
        location: explicit.location,
        file,
        optional: false,
    });
    const files = projectFiles(boundary, dir, (0,external_node_path_.dirname)(path));
    const reading = await reader({ ...context, path, file, text, files }, options);
    if ('notAProgram' in reading) {
        throw new errors/* SystemdUnitsError */.dp(`describes no program to run: ${reading.notAProgram}`, {
            kind: 'file',
            file,
            key: 'manifest',
        });
    }
    return reading;
}
/**
 * The files in `dir`, for manifests that point at them (VERSION, cmd/, members): an absent file
 * counts as absent; one outside the boundary, special, oversize or not text is an error.
 */
function projectFiles(boundary, projectDir, dir) {
    return {
        read: (path) => readManifestText(boundary, projectDir, (0,external_node_path_.join)(dir, path)),
        directories: (path) => {
            const listed = (0,external_node_path_.join)(dir, path);
            const at = { kind: 'file', file: (0,external_node_path_.relative)(projectDir, listed) };
            (0,shared_boundary/* confinePath */.ey)(boundary, { path: listed, base: projectDir, origin: 'content', location: at, what: 'directory' });
            try {
                return (0,external_node_fs_.readdirSync)(listed, { withFileTypes: true })
                    .filter((entry) => entry.isDirectory())
                    .map((entry) => entry.name)
                    .sort();
            }
            catch {
                return [];
            }
        },
    };
}
/**
 * Cargo.toml, with `version.workspace = true` resolved against the workspace root; a virtual workspace is
 * read through the member that is the program.
 */
async function readCargoToml(source) {
    const { parseCargoToml, workspaceVersion } = await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(234)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99234));
    const crate = parseCargoToml(source.text, source.file, source.files);
    if ('members' in crate)
        return readWorkspaceMember(source, crate);
    if ('notAProgram' in crate)
        return crate;
    const { manifest, inheritsWorkspaceVersion, workspaceRoot } = crate;
    if (!inheritsWorkspaceVersion)
        return manifest;
    /** The Cargo.toml in `dir`, and the version it gives its members when it is a workspace root. */
    const rootAt = (dir) => {
        const path = (0,external_node_path_.join)(dir, 'Cargo.toml');
        const file = (0,external_node_path_.relative)(source.dir, path);
        const text = path === source.path ? source.text : source.readText(path);
        return { file, text, version: text === undefined ? undefined : workspaceVersion(text, file) };
    };
    const version = workspaceRoot === undefined
        ? searchedWorkspaceVersion(source, rootAt)
        : namedWorkspaceVersion(source, workspaceRoot, rootAt);
    return { ...manifest, version };
}
/**
 * The member of a virtual workspace that is the program: the one `default-members` names, else the one
 * member that builds a binary. Only libraries: not a program. Several binaries: the user must choose.
 */
async function readWorkspaceMember(root, workspace) {
    const { memberBuildsBinary } = await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(234)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99234));
    const members = workspaceMembers(workspace, root.files).flatMap((dir) => {
        const file = (0,external_node_path_.relative)(root.dir, (0,external_node_path_.join)((0,external_node_path_.dirname)(root.path), dir, 'Cargo.toml'));
        const text = root.readText((0,external_node_path_.join)(root.dir, file));
        return text === undefined ? [] : [{ dir, file, text, files: within(root.files, dir) }];
    });
    const binaries = members.filter(({ file, text, files }) => memberBuildsBinary(text, file, files));
    const listed = (crates) => crates.map(({ dir }) => dir).join(', ');
    const [defaultMember] = workspace.defaultMembers;
    let chosen;
    let why;
    if (workspace.defaultMembers.length === 1 && defaultMember !== undefined) {
        chosen = members.find(({ dir }) => external_node_path_.posix.normalize(dir) === external_node_path_.posix.normalize(defaultMember));
        why = 'default-members names it';
    }
    else {
        if (members.length > 0 && binaries.length === 0) {
            return { notAProgram: `a virtual workspace of libraries only (members: ${listed(members)})` };
        }
        if (binaries.length > 1) {
            throw new errors/* SystemdUnitsError */.dp(`is a virtual workspace whose members ${listed(binaries)} each build a binary: ` +
                'set the `manifest` setting to the Cargo.toml of the one to run', { kind: 'file', file: root.file, line: workspace.membersLine, key: 'workspace.members' });
        }
        chosen = binaries[0];
        why = 'the one member that builds a binary';
    }
    if (!chosen) {
        throw new errors/* SystemdUnitsError */.dp('is a virtual workspace ([workspace] without [package]) and no member crate was found; ' +
            'point working-directory or the `manifest` setting at the member crate' +
            (workspace.members.length > 0 ? ` (members: ${workspace.members.join(', ')})` : ''), { kind: 'file', file: root.file, key: 'package' });
    }
    const reading = await readCargoToml({
        ...root,
        path: (0,external_node_path_.join)(root.dir, chosen.file),
        file: chosen.file,
        text: chosen.text,
        files: chosen.files,
    });
    if ('notAProgram' in reading)
        return reading;
    const notice = `${root.file} is a virtual workspace: read its member ${chosen.file} (${why})`;
    return { ...reading, notices: [notice, ...(reading.notices ?? [])] };
}
/** `members` with its globs (`crates/*`) expanded over the directories on disk, less `exclude`. */
function workspaceMembers(workspace, files) {
    const excluded = new Set(workspace.exclude.map((dir) => external_node_path_.posix.normalize(dir)));
    const expand = (prefix, segments) => {
        const [segment, ...rest] = segments;
        if (segment === undefined)
            return [prefix];
        if (!/[*?[]/.test(segment))
            return expand(external_node_path_.posix.join(prefix, segment), rest);
        const pattern = new RegExp(`^${segment
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`);
        return files
            .directories(prefix)
            .filter((name) => pattern.test(name))
            .flatMap((name) => expand(external_node_path_.posix.join(prefix, name), rest));
    };
    const dirs = workspace.members.flatMap((member) => expand('', external_node_path_.posix.normalize(member).split('/')));
    return [...new Set(dirs)].filter((dir) => !excluded.has(dir));
}
/** The files under `dir` of `files`. */
function within(files, dir) {
    return { read: (path) => files.read((0,external_node_path_.join)(dir, path)), directories: (path) => files.directories((0,external_node_path_.join)(dir, path)) };
}
/** `[package] workspace = "path"` names the workspace root, as Cargo reads it: no search. */
function namedWorkspaceVersion(crate, root, rootAt) {
    const { file, text, version } = rootAt((0,external_node_path_.resolve)((0,external_node_path_.dirname)(crate.path), root));
    if (version !== undefined)
        return version;
    const why = text === undefined ? `there is no ${file}` : `${file} has no [workspace]`;
    throw new errors/* SystemdUnitsError */.dp(`package.workspace names the workspace root, but ${why}`, {
        kind: 'file',
        file: crate.file,
        key: 'package.workspace',
    });
}
/**
 * Walk up from the crate's directory to the first Cargo.toml with `[workspace]`, as Cargo does,
 * but stop at the repository root (a directory holding `.git`) or the boundary's workspace.
 */
function searchedWorkspaceVersion(crate, rootAt) {
    for (let current = (0,external_node_path_.dirname)(crate.path);; current = (0,external_node_path_.dirname)(current)) {
        const { version } = rootAt(current);
        if (version !== undefined)
            return version;
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(current, '.git')) || current === crate.top || (0,external_node_path_.dirname)(current) === current)
            break;
    }
    throw new errors/* SystemdUnitsError */.dp('version.workspace = true, but no Cargo.toml with [workspace] was found above the crate (up to the repository root)', {
        kind: 'file',
        file: crate.file,
        key: 'package.version',
    });
}
/**
 * A manifest's (or a file it points at) text inside the boundary, or undefined when it does not
 * exist. Synchronous on purpose: see write-files.ts.
 */
function readManifestText(boundary, dir, path) {
    const file = (0,external_node_path_.relative)(dir, path);
    const text = (0,shared_boundary/* readTextFile */.Gu)(boundary, {
        path: file,
        base: dir,
        file,
        what: 'manifest',
        origin: 'content',
        location: { kind: 'file', file },
        optional: true,
    });
    // A UTF-8 byte order mark is legal in these files but not in JSON.parse's input.
    return text?.replace(/^\uFEFF/, '');
}

;// CONCATENATED MODULE: ./src/config/ecosystem-defaults.ts
/**
 * Defaults that depend on the kind of project, layered over the schema's defaults and under
 * what the manifest and the user say. Values may reference other settings as {{name}}.
 */
function ecosystemDefaults(manifest) {
    if (manifest?.ecosystem === 'mix')
        return { ...MIX_DEFAULTS };
    return { exec_start: entryPointCommand(manifest?.entryPoint) };
}
/** Where units are written: mix_systemd's `_build/<mix_env>/systemd/...` for a release with a MIX_ENV. */
function outputDir(mix, mixEnv) {
    return mix && typeof mixEnv === 'string' && mixEnv !== ''
        ? '_build/{{mix_env}}/systemd/lib/systemd/system'
        : '_build/systemd/lib/systemd/system';
}
const MIX_DEFAULTS = {
    // mix_systemd runs the release script: bin/<release> start (or daemon when forking).
    exec_start: ['{{current_dir}}/bin/{{release_name}}', '{{start_command}}'],
};
/** The argument vector that runs a manifest's declared entry point from the release root. */
function entryPointCommand(entryPoint) {
    if (!entryPoint)
        return ['{{current_dir}}/bin/{{app_name}}'];
    const path = `{{current_dir}}/${entryPoint.path}`;
    // env finds node on the service's PATH, wherever the distribution or nodesource put it.
    return entryPoint.kind === 'node' ? ['/usr/bin/env', 'node', path] : [path];
}
/** Mix release script argument (mix_systemd's start_command/2). */
function startCommand(serviceType, releaseSystem) {
    if (releaseSystem === 'distillery')
        return serviceType === 'forking' ? 'start' : 'foreground';
    return serviceType === 'forking' ? 'daemon' : 'start';
}
/** Whether the project is an Elixir release, which adds MIX_ENV, RELEASE_TMP and the release's stop command. */
function isMix(manifest) {
    return manifest?.ecosystem === 'mix';
}
/**
 * Rows for the README's ecosystem table: what each manifest gives as the app name and the version,
 * and what runs by default. Written next to the defaults so the docs change with them.
 */
const ecosystemDocs = {
    mix: {
        manifest: 'mix.exs',
        appName: '`app:` (umbrella: `default_release`, else the first of `releases:`); `module_name` from `defmodule`',
        version: '`version:`, read through module attributes (`@version`), their interpolation (`"#{@base}-dev"`), zero-arity local functions and `File.read!("VERSION") |> String.trim()` (or `String.trim(…)`, `String.strip(…)`, the path as `Path.join(__DIR__, …)`) of a file next to `mix.exs` (dot-files too; the first line when it has several); a local helper called with a literal (`version("2.2.50")`) gives the literal, with a notice that the helper may add to it; a release\'s `version:` wins over the project\'s; anything only running mix would give is a warning at the line of `version:`',
        entryPoint: '`{{current_dir}}/bin/{{release_name}} start` (`daemon` when forking; distillery: `foreground`/`start`)',
    },
    cargo: {
        manifest: 'Cargo.toml',
        appName: '`[package] name`; a virtual workspace is read through one member: the one `default-members` names, else the one member that builds a binary (`[[bin]]`, a `main.rs` in the crate\'s source folder, `default-run`; several: an error listing them, naming the `manifest` setting). A crate or workspace that only builds libraries (`[lib]`, `crate-type = ["cdylib"]`) is passed over',
        version: '`version`, with `version.workspace = true` read from the workspace root: the one `package.workspace` names, else the nearest `[workspace]` above the crate, up to the repository root',
        entryPoint: '`{{current_dir}}/bin/<bin>`: the `[[bin]]` named like the package, else the only one, else the package name; a virtual workspace runs its member named by `default-members`, else its one member that builds a binary',
    },
    go: {
        manifest: 'go.mod',
        appName: 'what `go build` names the binary: the last element of `module`, on its line or in a `module ( … )` block, that is not a `/vN` major-version suffix, dots kept (`github.com/x/edgeproxy/v3` → `edgeproxy`, `example.app/v2` → `example.app`)',
        version: 'the first line of a `VERSION` file next to `go.mod` (the promu convention), else `git describe --tags` when the repository has tags; a leading `v` is dropped',
        entryPoint: '`{{current_dir}}/bin/<name>`: the single `cmd/<name>/` directory, else the last element of `module` (before a `/vN` suffix)',
    },
    python: {
        manifest: 'pyproject.toml',
        appName: '`[project] name`, else `[tool.poetry] name`; a file with neither table only configures tools and is passed over',
        version: '`version`; when `dynamic`, where the backend reads it: setuptools `attr` (a literal assignment in the module, flat or `src/` layout or `package-dir`) and `file`, hatch `[tool.hatch.version] path`, pdm `source = "file"`, flit\'s `__version__`; setuptools-scm, hatch-vcs, uv-dynamic-versioning, versioningit, pdm `scm` and poetry-dynamic-versioning take `git describe --tags`; what cannot be read is a warning at the line of `dynamic`',
        entryPoint: '`{{current_dir}}/bin/<script>`: the `[project.scripts]` (or poetry) script named like the project, names compared as PEP 503 normalises them, else the only one; several and none named like the project: a warning lists them and names `exec_start`',
    },
    node: {
        manifest: 'package.json',
        appName: '`name` without its `@scope/`',
        version: '`version`, cleaned as npm does (`v4.2.0` and `=4.2.0` → `4.2.0`, surrounding spaces dropped)',
        entryPoint: "`{{current_dir}}/<bin>` from `bin` (the command named like the package, ignoring case and scope, else the only one), else `/usr/bin/env node {{current_dir}}/<main>`, else the file of a plain `node <file>` start script, else `server.js` when it exists (npm's own default for `npm start`)",
    },
};

// EXTERNAL MODULE: ./src/units/hardening/profiles.ts
var profiles = __nccwpck_require__(22430);
;// CONCATENATED MODULE: ./src/config/references.ts
/**
 * `{{name}}` references between settings. A reference is replaced by the referenced
 * setting's resolved value; `\{{` stands for a literal `{{`.
 */
const REFERENCE = /\\\{\{|\{\{([^{}]*)\}\}|\{\{/g;
const NAME = /^\s*([a-z][a-z0-9_]*)\s*$/;
/** A `{{` that does not form a reference. */
class InvalidReference extends Error {
}
/**
 * Replace every reference in `text` with `lookup(name)`, passed through `escape`
 * (the identity, except where the reference lands in a context with its own syntax).
 */
function substituteReferences(text, lookup, escape = (v) => v) {
    return text.replace(REFERENCE, (match, inner) => {
        if (match === '\\{{')
            return '{{';
        const name = inner === undefined ? undefined : NAME.exec(inner)?.[1];
        if (name === undefined) {
            throw new InvalidReference(`invalid reference ${JSON.stringify(match)}: write {{name}} with a setting name, or \\{{ for a literal {{`);
        }
        return escape(lookup(name));
    });
}

// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __nccwpck_require__(29940);
// EXTERNAL MODULE: ./src/config/yaml-source.ts + 1 modules
var yaml_source = __nccwpck_require__(60405);
;// CONCATENATED MODULE: ./src/config/layers.ts


/** A layer read from YAML: locations carry the line of the key or of the offending item. */
function yamlLayer(mapping) {
    return {
        values: mapping.values,
        locate(key, item) {
            const itemLines = mapping.itemLines.get(key);
            const itemIndex = typeof item === 'number' ? item : item === undefined ? -1 : Object.keys(mapping.values[key] ?? {}).indexOf(item);
            const line = itemLines?.[itemIndex] ?? mapping.keyLines.get(key);
            return { ...(0,errors/* atLine */.sU)(mapping.source, line), key: item === undefined ? key : `${key}[${JSON.stringify(item)}]` };
        },
        locateKey(path) {
            const position = mapping.keyPositions.get((0,yaml_source/* keyPath */.Dw)(path));
            const at = (0,errors/* atLine */.sU)(mapping.source, position?.line ?? mapping.keyLines.get(path[0]));
            const column = position && at !== mapping.source ? { column: position.column } : {};
            return { ...at, ...column, key: path.join('.') };
        },
    };
}
/** A layer whose values all come from one place per key (the defaults, `mix.exs`, the `app-name` input). */
function fixedLayer(values, sourceOf) {
    return {
        values,
        locate: (key, item) => ({ ...sourceOf(key), key: item === undefined ? key : `${key}[${JSON.stringify(item)}]` }),
        locateKey: (path) => ({ ...sourceOf(path[0]), key: path.join('.') }),
    };
}

// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __nccwpck_require__(24646);
;// CONCATENATED MODULE: ./src/config/settings.ts

/** Resolved, checked settings: every reference substituted, every value valid for its format. */
class Settings {
    values;
    locate;
    locateKey;
    isMix;
    manifest;
    constructor(values, 
    /** Where a setting (or one item of it) came from, for messages about it. */
    locate, 
    /** Where a key nested in a setting came from (`['directives', 'Service', 'ExecReload']`), at the key itself. */
    locateKey, 
    /** True for Elixir projects (mix.exs), which get MIX_ENV, RELEASE_TMP and release scripts. */
    isMix, 
    /** The manifest that was read, what was guessed from it or passed over, what to set, and where ExecStart= came from. */
    manifest) {
        this.values = values;
        this.locate = locate;
        this.locateKey = locateKey;
        this.isMix = isMix;
        this.manifest = manifest;
    }
    /** A setting that always has a value (it has a default). */
    string(name) {
        const value = this.optional(name);
        if (value === undefined)
            throw new Error(`setting ${name} has no value`);
        return value;
    }
    /** A setting that may be unset (`null` or no default); numbers are returned as text. */
    optional(name) {
        const value = this.values.get(name);
        return value === undefined || value === null ? undefined : (0,shared_text/* scalarText */.ws)(value);
    }
    /** A setting's resolved value as it was read, for code that treats every setting alike (template views). */
    value(name) {
        return this.values.get(name);
    }
    list(name) {
        const value = this.values.get(name);
        return Array.isArray(value) ? value : [];
    }
    flag(name) {
        return this.values.get(name) === true;
    }
    integer(name) {
        return Number(this.values.get(name));
    }
    command(name) {
        const value = this.values.get(name);
        return value === undefined || value === null ? undefined : value;
    }
    commands(name) {
        const value = this.values.get(name);
        return Array.isArray(value) ? value : [];
    }
    /** A mapping setting as name/value pairs, in the order written; [] when unset. */
    mapping(name) {
        const value = this.values.get(name);
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
    }
    /** env_vars as name/value pairs, whichever form the user wrote them in. */
    environment() {
        const value = this.values.get('env_vars');
        if (Array.isArray(value)) {
            return value.map((assignment) => {
                const equals = assignment.indexOf('=');
                return [assignment.slice(0, equals), assignment.slice(equals + 1)];
            });
        }
        return Object.entries((value ?? {})).map(([name, item]) => [name, String(item)]);
    }
}

// EXTERNAL MODULE: ./src/systemd/syntax.ts
var syntax = __nccwpck_require__(87672);
// EXTERNAL MODULE: ./src/systemd/targets.ts
var targets = __nccwpck_require__(90157);
// EXTERNAL MODULE: ./src/systemd/command-line.ts
var command_line = __nccwpck_require__(68197);
// EXTERNAL MODULE: ./src/systemd/unit-names.ts
var unit_names = __nccwpck_require__(58940);
;// CONCATENATED MODULE: ./src/systemd/resource-values.ts
/**
 * Checks for the values of resource-control, kill and exit-status settings, as systemd parses
 * them (systemd.resource-control(5), systemd.kill(5), systemd.service(5)). Like syntax.ts, each
 * returns a short reason for an invalid value and undefined for a valid one.
 */

/** signal(7), as signal_from_string() reads them: with or without SIG, or RTMIN+n / RTMAX-n. */
const SIGNALS = new Set('HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS'.split(' '));
/** Linux has 64 signals. */
const SIGNAL_MAX = 64;
function checkSignal(value) {
    const text = String(value);
    const invalid = `${JSON.stringify(text)} is not a signal such as SIGTERM, SIGINT or 15 (signal(7))`;
    if (/^\d+$/.test(text))
        return Number(text) >= 1 && Number(text) <= SIGNAL_MAX ? undefined : invalid;
    const name = text.replace(/^SIG/, '');
    if (SIGNALS.has(name) || /^RTMIN(\+\d+)?$|^RTMAX(-\d+)?$/.test(name))
        return undefined;
    return invalid;
}
/** systemd.service(5) SuccessExitStatus=: "exit status definitions ... numeric exit codes or termination signal names". */
function checkExitStatus(value) {
    const text = String(value);
    if (/^\d+$/.test(text))
        return Number(text) <= 255 ? undefined : 'must be an exit code from 0 to 255, or a signal name';
    if (/^SIG/.test(text) && !checkSignal(text))
        return undefined;
    return `${JSON.stringify(text)} is not an exit code (0-255) or a signal name such as SIGTERM`;
}
/** systemd.resource-control(5) MemoryMax=: bytes with K/M/G/T (base 1024), a percentage, or "infinity". */
function checkMemoryLimit(value) {
    const text = String(value);
    if (text === 'infinity' || /^\d+[KMGT]?$/.test(text) || isPercentage(text, 100))
        return undefined;
    return `${JSON.stringify(text)} is not bytes (with K, M, G or T), a percentage up to 100% or "infinity"`;
}
/** systemd.resource-control(5) TasksMax=: a number, a percentage of the system's limit, or "infinity". */
function checkTasksLimit(value) {
    const text = String(value);
    if (text === 'infinity' || (/^\d+$/.test(text) && Number(text) > 0) || isPercentage(text, 100))
        return undefined;
    return `${JSON.stringify(text)} is not a number of tasks, a percentage up to 100% or "infinity"`;
}
/** systemd.resource-control(5) CPUQuota=: "a percentage value, suffixed with %"; more than 100% uses several CPUs. */
function checkCpuQuota(value) {
    return isPercentage(value, Infinity) && parseFloat(value) > 0
        ? undefined
        : `${JSON.stringify(value)} is not a percentage of one CPU such as "50%" or "200%"`;
}
/** LimitCPU= and LimitRTTIME=: "may be specified in time units" as well as as a plain number. */
function checkTimeLimit(value) {
    if ((0,syntax/* checkResourceLimit */.eH)(value, 'count') === undefined)
        return undefined;
    const parts = String(value).split(':');
    if (parts.length <= 2 && parts.every((part) => part === 'infinity' || (0,syntax/* checkTimespan */.oY)(part) === undefined))
        return undefined;
    return 'must be seconds, a time span such as "10min", "infinity", or "soft:hard" of those (systemd.exec(5) LimitCPU=)';
}
/** LimitNICE=: a nice level -20..19 with its sign ("+0" too), or the raw value 0..40 (systemd.exec(5)). */
function checkNiceLimit(value) {
    const parts = String(value).split(':');
    const valid = (part) => part === 'infinity' ||
        (/^[+-]\d+$/.test(part) && Number(part) >= -20 && Number(part) <= 19) ||
        (/^\d+$/.test(part) && Number(part) <= 40);
    return parts.length <= 2 && parts.every(valid)
        ? undefined
        : 'must be a nice level from -20 to 19 (signed, e.g. "+5"), a raw value from 0 to 40, or "soft:hard" of those';
}
/** systemd.unit(5) Documentation=: "URIs of the types http://, https://, file:, info:, man:". */
function checkDocumentationUrl(value) {
    return /^(https?:\/\/|file:|info:|man:)[^\s"'\\]+$/.test(value)
        ? undefined
        : `${JSON.stringify(value)} is not an http://, https://, file:, info: or man: URI (systemd.unit(5) Documentation=)`;
}
function isPercentage(text, most) {
    return /^\d+(\.\d+)?%$/.test(text) && parseFloat(text) <= most;
}

;// CONCATENATED MODULE: ./src/config/formats.ts




/**
 * What each `format` of the schema means, checked after references are resolved.
 * Every string, whatever its format, is single-line: a newline would start a new directive.
 */
const valueFormats = {
    'single-line': syntax/* checkSingleLine */.Z_,
    name: checkName,
    // An empty MIX_ENV is no MIX_ENV: the line is left out, as with null.
    'mix-env': (value) => (value === '' ? undefined : checkName(value)),
    'unit-name-part': (value) => unit_names/* UNIT_NAME_PART */.Fs.test(value)
        ? undefined
        : `${JSON.stringify(value)} is not a valid unit name: use only A-Z a-z 0-9 : _ . -`,
    'user-name': syntax/* checkUserName */.th,
    'project-path': (value) => (0,syntax/* checkSingleLine */.Z_)(value) ?? (value === '' ? 'must not be empty' : undefined) ?? (0,syntax/* checkPathLength */.YJ)(value),
    'absolute-path': syntax/* checkAbsolutePath */.XV,
    // systemd.exec(5) ReadWritePaths=: "-" ignores a missing path, "+" is relative to RootDirectory=, "-" first.
    'sandbox-path': (value) => (0,syntax/* checkAbsolutePath */.XV)(value.replace(SANDBOX_PREFIXES, '')),
    executable: syntax/* checkExecutablePath */.CM,
    'directory-name': syntax/* checkRelativeDirectoryName */.xO,
    'octal-mode': syntax/* checkOctalMode */.n9,
    timespan: syntax/* checkTimespan */.oY,
    'resource-limit': (value) => (0,syntax/* checkResourceLimit */.eH)(value, 'count'),
    'resource-limit-bytes': (value) => (0,syntax/* checkResourceLimit */.eH)(value, 'bytes'),
    'resource-limit-time': checkTimeLimit,
    'resource-limit-nice': checkNiceLimit,
    'memory-limit': checkMemoryLimit,
    'tasks-limit': checkTasksLimit,
    'cpu-quota': checkCpuQuota,
    signal: checkSignal,
    'exit-status': checkExitStatus,
    'documentation-url': checkDocumentationUrl,
    'environment-file': (value) => (0,syntax/* checkAbsolutePath */.XV)(value.startsWith('-') ? value.slice(1) : value),
    'environment-name': syntax/* checkEnvironmentName */.r0,
    'environment-assignment': (value) => {
        const equals = value.indexOf('=');
        if (equals < 0)
            return `${JSON.stringify(value)} is not NAME=value`;
        return (0,syntax/* checkEnvironmentName */.r0)(value.slice(0, equals)) ?? (0,syntax/* checkEscapable */.tw)(value.slice(equals + 1));
    },
    'unit-name': syntax/* checkUnitName */.Eg,
    'command-line': command_line/* checkCommandLine */.Gd,
};
/** The prefixes ReadWritePaths=, ReadOnlyPaths= and InaccessiblePaths= accept, in the order systemd reads them. */
const SANDBOX_PREFIXES = /^-?\+?/;
function checkName(value) {
    return ((0,syntax/* checkSingleLine */.Z_)(value) ??
        (value === '' ? 'must not be empty' : /[\s/]/.test(value) ? 'must not contain white space or "/"' : undefined));
}

;// CONCATENATED MODULE: ./src/config/manifest-report.ts

/**
 * Programs that, started with no arguments and standard input on /dev/null (systemd.exec(5)
 * StandardInput=null), read a script or a REPL from it, meet its end and exit at once: a
 * service that runs one bare is restarted in a loop by Restart=always.
 */
const INTERPRETERS = new Set([
    'bash',
    'boa',
    'bun',
    'deno',
    'elixir',
    'erl',
    'fish',
    'iex',
    'lua',
    'luajit',
    'node',
    'nodejs',
    'nu',
    'perl',
    'php',
    'pypy',
    'pypy3',
    'python',
    'python3',
    'qjs',
    'ruby',
    'rustpython',
    'sh',
    'yaegi',
    'zsh',
]);
/** Restart= policies that restart a service that exited cleanly (systemd.service(5) Restart=). */
const RESTARTS_CLEAN_EXIT = new Set(['always', 'on-success']);
/**
 * The manifest's part of the run report. `value` gives resolved settings, `userSet` whether the
 * user (not the defaults) set one. Pure.
 */
function manifestReport(manifest, value, userSet) {
    const notices = [...(manifest.notices ?? [])];
    const warnings = [...(manifest.warnings ?? [])];
    const appName = String(value('app_name'));
    const extName = String(value('ext_name'));
    // mix_systemd's own "_" → "-" is expected; anything more is worth saying.
    if (!userSet('ext_name') && extName !== appName.replace(/_/g, '-')) {
        notices.push(`ext_name is "${extName}", app_name "${appName}" made valid for unit, user, group and directory names ` +
            '(lowercase letters, digits and "-", starting with a letter, at most 31 characters); set ext_name to choose another');
    }
    if (userSet('exec_start'))
        return { file: manifest.file, notices, warnings };
    const execStart = programSource(manifest);
    if (execStart === undefined) {
        const candidates = manifest.candidates?.length
            ? `candidates found: ${manifest.candidates.join(', ')}`
            : 'none found';
        const [program] = value('exec_start');
        warnings.push(`ExecStart= is a guess: ${manifest.file} names no program to run, so it runs ${program ?? ''} ` +
            `(${candidates}); set exec_start to the program and its arguments`);
    }
    const bare = bareInterpreter(value('exec_start'));
    if (bare !== undefined && RESTARTS_CLEAN_EXIT.has(String(value('restart')))) {
        warnings.push(`ExecStart= runs ${bare} with no arguments: an interpreter reads its program from standard input, ` +
            `which is /dev/null, and exits at once, so Restart=${String(value('restart'))} restarts it in a loop; ` +
            'set exec_start to the program and its arguments');
    }
    return { file: manifest.file, notices, warnings, ...(execStart !== undefined && { execStart }) };
}
/** Where the program comes from, as the summary says it; undefined when the manifest names none. */
function programSource(manifest) {
    if (manifest.ecosystem === 'mix')
        return `the release script bin/<release_name> from ${manifest.file}, as mix_systemd runs it`;
    const entry = manifest.entryPoint;
    return entry && `${entry.path} from ${manifest.file}: ${entry.reason}`;
}
/** The program's file name when the command is an interpreter alone, without a script or arguments. */
function bareInterpreter(command) {
    const words = Array.isArray(command) ? command : undefined;
    if (words?.length !== 1)
        return undefined;
    const program = external_node_path_.posix.basename(words[0]);
    return INTERPRETERS.has(program) ? program : undefined;
}

;// CONCATENATED MODULE: ./src/config/resolve.ts













/** Settings computed from other settings when nobody set them. */
function derivedDefaults(manifest) {
    return {
        // mix_systemd: ext_name is app_name with "_" → "-"; it also names the user, the group and the
        // directories, so it is made valid for adduser and User= too.
        ext_name: (get) => (0,syntax/* toSystemName */.OJ)(String(get('app_name'))),
        module_name: (get) => camelCase(String(get('app_name'))),
        release_name: (get) => get('app_name'),
        start_command: (get) => startCommand(String(get('service_type')), String(get('release_system'))),
        // A forking release is stopped by its script, as mix_systemd does; anything else gets SIGTERM,
        // which OTP handles (and `bin/app stop` fails once the node has crashed).
        exec_stop: (get) => isMix(manifest) && get('service_type') === 'forking'
            ? ['{{current_dir}}/bin/{{release_name}}', 'stop']
            : undefined,
        // The target's systemd, else mix_systemd's default of 235.
        systemd_version: (get) => (0,targets/* lowestSystemd */.u7)((0,targets/* targetList */.OK)(get('target'))) ?? targets/* DEFAULT_SYSTEMD_VERSION */.Zi,
        runtime: () => (0,profiles/* runtimeFor */.C9)(manifest?.ecosystem),
        // Type=notify takes READY=1 only from the main process unless told otherwise. A mix release's
        // start script and its children notify, so every process of the service must be let through;
        // the other runtimes notify from their own process (sd_notify(3); systemd.service(5) NotifyAccess=).
        notify_access: (get) => (get('service_type') !== 'notify' ? undefined : isMix(manifest) ? 'all' : 'main'),
        output_dir: (get) => outputDir(isMix(manifest), get('mix_env')),
    };
}
/** Merge defaults, manifest and the user's layers; resolve references; check every value. Pure. */
function resolveSettings(request) {
    const { manifest } = request;
    const defaults = defaultsLayer(manifest);
    const fromManifest = manifestLayers(manifest);
    const layers = [defaults, ...fromManifest, ...request.layers];
    for (const layer of layers)
        checkShape(layer);
    const winners = new Map();
    for (const layer of layers)
        for (const key of Object.keys(layer.values))
            winners.set(key, layer);
    const locate = (key, item) => (winners.get(key) ?? layers[0]).locate(key, item);
    if (!winners.has('app_name')) {
        throw new errors/* SystemdUnitsError */.dp(`no manifest found (looked for ${MANIFEST_FILES.join(', ')}) and no app_name: set the app-name input or app_name in the config`);
    }
    const derived = derivedDefaults(manifest);
    const resolved = new Map();
    const resolving = [];
    /** The settings each one was made from (references and derivations), for errors about defaults. */
    const madeFrom = new Map();
    const resolve = (key) => {
        const from = resolving[resolving.length - 1];
        if (from !== undefined)
            madeFrom.set(from, [...(madeFrom.get(from) ?? []), key]);
        if (resolved.has(key))
            return resolved.get(key);
        if (resolving.includes(key)) {
            const cycle = [...resolving.slice(resolving.indexOf(key)), key].join(' → ');
            throw new errors/* SystemdUnitsError */.dp(`reference cycle: ${cycle}`, locate(resolving[resolving.length - 1]));
        }
        resolving.push(key);
        const layer = winners.get(key);
        const raw = layer ? layer.values[key] : derived[key]?.(resolve);
        const value = resolveReferences(key, normalise(key, raw), (name) => referencedValue(key, name, resolve, locate), locate);
        resolving.pop();
        resolved.set(key, value);
        return value;
    };
    for (const key of schema/* optionNames */.W6)
        resolve(key);
    /** The user's or the manifest's setting a value was made from, when it is not one of theirs itself. */
    const origin = (key, seen = []) => {
        const layer = winners.get(key);
        if (layer !== undefined && layer !== defaults)
            return key;
        for (const source of madeFrom.get(key) ?? []) {
            const found = seen.includes(source) ? undefined : origin(source, [...seen, key]);
            if (found !== undefined)
                return found;
        }
        return undefined;
    };
    for (const key of schema/* optionNames */.W6) {
        if (resolved.get(key) === undefined)
            continue;
        const violation = (0,schema/* validateOption */.ke)(key, resolved.get(key), valueFormats);
        if (!violation)
            continue;
        const source = origin(key);
        const layer = source === undefined ? undefined : winners.get(source);
        const entry = manifest?.entryPoint;
        // The default exec_start runs the manifest's program: a path that breaks it is the manifest's, not app_name's.
        if (key === 'exec_start' &&
            entry &&
            winners.get(key) === defaults &&
            (layer === undefined || fromManifest.includes(layer))) {
            throw new errors/* SystemdUnitsError */.dp(`exec_start ${shownValue(resolved.get(key))}, running ${JSON.stringify(entry.path)} (${entry.reason}): ` +
                `${violation.reason}; set exec_start to override it`, { kind: 'file', file: manifest.file });
        }
        if (source === undefined || (source === key && !fromManifest.includes(layer))) {
            throw new errors/* SystemdUnitsError */.dp(violation.reason, locate(key, violation.item));
        }
        // A value the manifest gave, or one made from another setting: say what it became and what overrides it.
        const made = source === key ? 'read from here' : `made from ${source} here`;
        throw new errors/* SystemdUnitsError */.dp(`${key} ${shownValue(resolved.get(key))}, ${made}: ${violation.reason}; set ${key} to override it`, layer.locate(source));
    }
    const userSet = (key) => winners.get(key) !== defaults && winners.has(key);
    const report = manifest && manifestReport(manifest, (key) => resolved.get(key), userSet);
    const locateKey = (path) => (winners.get(path[0]) ?? layers[0]).locateKey(path);
    return new Settings(resolved, locate, locateKey, isMix(manifest), report);
}
/** A value quoted in an error, its middle elided when long (a 4 KB path would bury the reason). */
function shownValue(value) {
    const text = JSON.stringify(value);
    return text.length <= 80 ? text : `${text.slice(0, 40)}…${text.slice(-30)}`;
}
function defaultsLayer(manifest) {
    return fixedLayer({ ...(0,schema/* schemaDefaults */.Qv)(), ...ecosystemDefaults(manifest) }, () => ({ kind: 'default' }));
}
function manifestLayers(manifest) {
    if (!manifest)
        return [];
    const values = { app_name: manifest.appName };
    if (manifest.version !== undefined)
        values['version'] = manifest.version;
    if (manifest.moduleName !== undefined)
        values['module_name'] = manifest.moduleName;
    if (manifest.releaseName !== undefined)
        values['release_name'] = manifest.releaseName;
    const layer = fixedLayer(values, () => ({ kind: 'file', file: manifest.file }));
    const name = manifest.nameField;
    if (!name)
        return [layer];
    // The name, and everything made from it, is reported at the manifest's field and line.
    const locate = (key, item) => key === 'app_name' ? { kind: 'file', file: manifest.file, line: name.line, key: name.key } : layer.locate(key, item);
    return [{ ...layer, locate }];
}
/** Unknown keys and wrong shapes fail before anything is merged, at the line that wrote them. */
function checkShape(layer) {
    for (const [key, value] of Object.entries(layer.values)) {
        if (!(0,schema/* isOption */.oL)(key)) {
            const suggestion = (0,schema/* closestName */.Nf)(key, schema/* optionNames */.W6);
            const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
            throw new errors/* SystemdUnitsError */.dp(`unknown setting${hint}`, layer.locate(key));
        }
        const violation = (0,schema/* validateOption */.ke)(key, value);
        if (violation)
            throw new errors/* SystemdUnitsError */.dp(violation.reason, layer.locate(key, violation.item));
    }
}
/** Put values into the one form the rest of the code reads. */
function normalise(key, value) {
    // YAML reads `umask: 0027` as the integer 27: modes are octal digits, so pad them back.
    if (typeof value === 'number' && schema/* configSchema */.Qn.properties[key]?.format === 'octal-mode') {
        return String(value).padStart(4, '0');
    }
    // mix_systemd runs a runtime_environment_service_script given as a bare name from scripts_dir.
    if (key === 'runtime_environment_service_script') {
        if (typeof value === 'string' && BARE_NAME.test(value))
            return `{{scripts_dir}}/${value}`;
        const words = Array.isArray(value) ? value : undefined;
        if (words && typeof words[0] === 'string' && BARE_NAME.test(words[0]))
            return [`{{scripts_dir}}/${words[0]}`, ...words.slice(1)];
    }
    return value;
}
/** A program name without a directory, optionally followed by arguments. */
const BARE_NAME = /^[A-Za-z0-9_.+-]+(\s|$)/;
/** Resolve references in every string of `value`. */
function resolveReferences(key, value, lookup, locate) {
    // Inside a command line a referenced value is one word: quote and escape it as one.
    // In an argument vector each element is escaped whole when rendered, so it takes the value raw.
    const shape = commandShape(key);
    const substitute = (text, item, inCommandLine = false) => {
        try {
            return substituteReferences(text, lookup, inCommandLine ? syntax/* escapeExecWordFragment */.F1 : undefined);
        }
        catch (error) {
            if (error instanceof InvalidReference)
                throw new errors/* SystemdUnitsError */.dp(error.message, locate(key, item));
            throw error;
        }
    };
    if (typeof value === 'string')
        return substitute(value, undefined, shape !== undefined);
    if (Array.isArray(value)) {
        return value.map((item, index) => typeof item === 'string'
            ? substitute(item, index, shape === 'commands')
            : Array.isArray(item)
                ? item.map((word) => substitute(word, index))
                : item);
    }
    if (typeof value === 'object' && value !== null) {
        // Mappings nest (`directives` by section, then directive): every string at any depth, raw.
        const deep = (item, name) => typeof item === 'string'
            ? substitute(item, name)
            : Array.isArray(item)
                ? item.map((each) => deep(each, name))
                : typeof item === 'object' && item !== null
                    ? Object.fromEntries(Object.entries(item).map(([key, each]) => [key, deep(each, name)]))
                    : item;
        return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, deep(item, name)]));
    }
    return value;
}
const COMMAND_REF = '#/$defs/command';
/** Whether an option holds one command, a list of commands, or neither (read off the schema). */
function commandShape(key) {
    const node = schema/* configSchema */.Qn.properties[key];
    if (node?.anyOf?.some((alternative) => alternative.$ref === COMMAND_REF))
        return 'command';
    if (node?.items?.$ref === COMMAND_REF)
        return 'commands';
    return undefined;
}
function referencedValue(from, name, resolve, locate) {
    if (!(0,schema/* isOption */.oL)(name)) {
        const suggestion = (0,schema/* closestName */.Nf)(name, schema/* optionNames */.W6);
        throw new errors/* SystemdUnitsError */.dp(`references unknown setting ${name}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`, locate(from));
    }
    const value = resolve(name);
    if (value === undefined || value === null)
        throw new errors/* SystemdUnitsError */.dp(`references ${name}, which is not set`, locate(from));
    if (typeof value === 'object')
        throw new errors/* SystemdUnitsError */.dp(`references ${name}, which is a list, not a single value`, locate(from));
    return (0,shared_text/* scalarText */.ws)(value);
}
function camelCase(name) {
    return name
        .split(/[_-]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}

;// CONCATENATED MODULE: ./src/config/load.ts





/** The request's boundary: the one given, else the working directory alone. */
function boundaryOf(request) {
    return request.boundary ?? (0,shared_boundary/* makeBoundary */.nj)(request.workingDirectory);
}
/** Which input each override comes from, for messages. */
const INPUT_OF = { app_name: 'app-name', version: 'version', output_dir: 'output-dir', target: 'target' };
/** Read config, settings input and manifest, and resolve them into checked settings. */
async function loadSettings(request) {
    const boundary = boundaryOf(request);
    const configFile = (0,config_file/* readConfigFile */.RG)(request.workingDirectory, request.config, boundary);
    const settingsInput = (0,config_file/* parseSettingsInput */.zA)(request.settings);
    const layers = [];
    if (configFile)
        layers.push(yamlLayer(configFile));
    if (settingsInput)
        layers.push(yamlLayer(settingsInput));
    layers.push(inputsLayer(request));
    const explicit = explicitManifest(layers);
    const manifest = await readManifest(request.workingDirectory, {
        explicit: explicit?.path,
        explicitLocation: explicit?.location,
        boundary,
    });
    return resolveSettings({ manifest, layers });
}
function inputsLayer(request) {
    const values = {};
    if (request.appName)
        values['app_name'] = request.appName;
    if (request.version)
        values['version'] = request.version;
    if (request.outputDir)
        values['output_dir'] = request.outputDir;
    if (request.target) {
        const targets = request.target.split(/[\s,]+/).filter(Boolean);
        values['target'] = targets.length === 1 ? targets[0] : targets;
    }
    return fixedLayer(values, (key) => ({ kind: 'input', name: INPUT_OF[key] }));
}
/** The manifest must be known before settings can be resolved, so its setting is read first. */
function explicitManifest(layers) {
    const layer = layers.findLast((layer) => layer.values['manifest'] !== undefined);
    const value = layer?.values['manifest'];
    return typeof value === 'string' ? { path: value, location: layer.locate('manifest') } : undefined;
}


/***/ }),

/***/ 45972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ OPTION_DIRECTIVES)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29940);
/**
 * The options that write one directive each, read off the schema's `x-directive` annotations:
 * the one table of option → section and directive that gating, rendering and the docs share.
 */

const COMMAND_REF = '#/$defs/command';
function shapeOf(node) {
    if (node.anyOf?.some((alternative) => alternative.$ref === COMMAND_REF))
        return 'command';
    if (node.items?.$ref === COMMAND_REF)
        return 'commands';
    return node.type === 'array' ? 'list' : 'value';
}
const OPTION_DIRECTIVES = Object.entries(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn.properties).flatMap(([option, node]) => {
    const annotation = node['x-directive'];
    if (!annotation)
        return [];
    const [section = '', directive = ''] = annotation.split('.');
    const format = node.format ?? node.items?.format;
    return [{ option: option, section, directive, shape: shapeOf(node), ...(format ? { format } : {}) }];
});


/***/ }),

/***/ 29940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Nf: () => (/* binding */ closestName),
  Qn: () => (/* binding */ configSchema),
  oL: () => (/* binding */ isOption),
  W6: () => (/* binding */ optionNames),
  Qv: () => (/* binding */ schemaDefaults),
  ke: () => (/* binding */ validateOption)
});

;// CONCATENATED MODULE: ./systemd-units.schema.json
const systemd_units_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/org/systemd-units/v1/systemd-units.schema.json","title":"systemd-units configuration (.systemd.yml)","description":"Settings for generating systemd units. Any string may reference another setting as {{name}}.","type":"object","additionalProperties":false,"properties":{"app_name":{"type":"string","description":"Application name. Default: from the manifest (mix.exs `app`, package.json `name` without its scope, Cargo.toml/pyproject.toml `name`, the last element of the go.mod `module`).","format":"name"},"version":{"type":"string","description":"Application version. Default: from the manifest (for go.mod, `git describe --tags`). Not written into units unless a value references `{{version}}`.","format":"name"},"module_name":{"type":"string","description":"Elixir module name. Default: from `defmodule X.MixProject` in mix.exs, else app_name in CamelCase.","format":"name"},"release_name":{"type":"string","description":"Release name, the `bin/<release_name>` script of a mix release. Default: mix.exs `default_release`, else the first of `releases:`, else app_name.","format":"name"},"ext_name":{"type":"string","description":"External name, used for files, directories, the unit name and the default user and group. Default: app_name lowercased, with `_` and every character outside `a-z0-9` as `-`, starting with a letter and at most 31 characters, so it is a valid unit name and an `adduser` user name.","format":"unit-name-part"},"service_name":{"type":"string","description":"Name of the systemd service, without `.service`.","format":"unit-name-part","default":"{{ext_name}}"},"app_user":{"type":"string","description":"OS user the service runs as (`User=`).","format":"user-name","default":"{{ext_name}}","x-directive":"Service.User"},"app_group":{"type":"string","description":"OS group the service runs as (`Group=`).","format":"user-name","default":"{{ext_name}}","x-directive":"Service.Group"},"syslog_identifier":{"type":["string","null"],"description":"Name in the journal (`SyslogIdentifier=`); `null` leaves it to systemd.","format":"name","default":"{{service_name}}","x-directive":"Service.SyslogIdentifier"},"manifest":{"type":"string","description":"Manifest to read, relative to the working directory, instead of looking for mix.exs, Cargo.toml, go.mod, pyproject.toml, package.json in that order.","format":"project-path"},"base_dir":{"type":"string","description":"Base directory for app files on the target.","format":"absolute-path","default":"/srv"},"deploy_dir":{"type":"string","description":"Directory for the app\'s files on the target.","format":"absolute-path","default":"{{base_dir}}/{{ext_name}}"},"current_dir":{"type":"string","description":"Where the current release is unpacked or symlinked.","format":"absolute-path","default":"{{deploy_dir}}/current"},"releases_dir":{"type":"string","description":"Where versioned releases are unpacked.","format":"absolute-path","default":"{{deploy_dir}}/releases"},"scripts_dir":{"type":"string","description":"Deployment scripts; a runtime_environment_service_script given as a bare name runs from here.","format":"absolute-path","default":"{{deploy_dir}}/bin"},"flags_dir":{"type":"string","description":"Flag files; with `restart_method: systemd_flag`, touching `{{flags_dir}}/restart.flag` restarts the service.","format":"absolute-path","default":"{{deploy_dir}}/flags"},"working_dir":{"type":"string","description":"Working directory of the service (`WorkingDirectory=`).","format":"absolute-path","default":"{{current_dir}}","x-directive":"Service.WorkingDirectory"},"output_dir":{"type":"string","description":"Where unit files are written, relative to the working directory. Default: `_build/{{mix_env}}/systemd/lib/systemd/system` for mix projects with a mix_env, `_build/systemd/lib/systemd/system` for the others.","format":"project-path"},"template_dir":{"type":"string","description":"Directory of template overrides, relative to the working directory; `init` copies the default templates here.","format":"project-path","default":"rel/templates/systemd"},"dirs":{"type":"array","items":{"type":"string","enum":["runtime","configuration","state","cache","logs","tmp"]},"uniqueItems":true,"description":"Standard directories the app uses. systemd creates runtime, configuration, state, cache and logs with the configured owner and mode (runtime from 211; configuration, state, cache and logs from 235); tmp is only exported as TMP_DIR.","default":["runtime","configuration"]},"runtime_directory":{"type":"string","description":"Name of the runtime directory under runtime_directory_base.","format":"directory-name","default":"{{ext_name}}"},"configuration_directory":{"type":"string","description":"Name of the configuration directory under configuration_directory_base.","format":"directory-name","default":"{{ext_name}}"},"state_directory":{"type":"string","description":"Name of the state directory under state_directory_base.","format":"directory-name","default":"{{ext_name}}"},"cache_directory":{"type":"string","description":"Name of the cache directory under cache_directory_base.","format":"directory-name","default":"{{ext_name}}"},"logs_directory":{"type":"string","description":"Name of the logs directory under logs_directory_base.","format":"directory-name","default":"{{ext_name}}"},"tmp_directory":{"type":"string","description":"Name of the tmp directory under tmp_directory_base.","format":"directory-name","default":"{{ext_name}}"},"runtime_directory_base":{"type":"string","description":"Base of the runtime directory. systemd\'s own base is /run; with another base the `*Directory=` setting is left out and your deploy scripts create it.","format":"absolute-path","default":"/run"},"configuration_directory_base":{"type":"string","description":"Base of the configuration directory. systemd\'s own base is /etc; with another base the `*Directory=` setting is left out and your deploy scripts create it.","format":"absolute-path","default":"/etc"},"state_directory_base":{"type":"string","description":"Base of the state directory. systemd\'s own base is /var/lib; with another base the `*Directory=` setting is left out and your deploy scripts create it.","format":"absolute-path","default":"/var/lib"},"cache_directory_base":{"type":"string","description":"Base of the cache directory. systemd\'s own base is /var/cache; with another base the `*Directory=` setting is left out and your deploy scripts create it.","format":"absolute-path","default":"/var/cache"},"logs_directory_base":{"type":"string","description":"Base of the logs directory. systemd\'s own base is /var/log; with another base the `*Directory=` setting is left out and your deploy scripts create it.","format":"absolute-path","default":"/var/log"},"tmp_directory_base":{"type":"string","description":"Base of the tmp directory. systemd has no TmpDirectory=, so your deploy scripts create tmp_dir, whatever its base.","format":"absolute-path","default":"/var/tmp"},"runtime_directory_mode":{"type":["string","integer"],"format":"octal-mode","description":"Mode of the runtime directory (`RuntimeDirectoryMode=`), in octal.","default":"750"},"configuration_directory_mode":{"type":["string","integer"],"format":"octal-mode","description":"Mode of the configuration directory (`ConfigurationDirectoryMode=`), in octal.","default":"750"},"state_directory_mode":{"type":["string","integer"],"format":"octal-mode","description":"Mode of the state directory (`StateDirectoryMode=`), in octal.","default":"750"},"cache_directory_mode":{"type":["string","integer"],"format":"octal-mode","description":"Mode of the cache directory (`CacheDirectoryMode=`), in octal.","default":"750"},"logs_directory_mode":{"type":["string","integer"],"format":"octal-mode","description":"Mode of the logs directory (`LogsDirectoryMode=`), in octal.","default":"750"},"tmp_directory_mode":{"type":["string","integer"],"format":"octal-mode","description":"Mode of the tmp directory (tmp_dir), in octal. systemd has no TmpDirectory=, so no unit carries it: create tmp_dir with this mode in your deploy scripts. With `tmp` in dirs, templates can read it as `{{tmp_directory_mode}}`.","default":"750"},"runtime_directory_preserve":{"type":"string","enum":["no","yes","restart"],"description":"Keep the runtime directory when the service stops (`RuntimeDirectoryPreserve=`, systemd 235+).","default":"no","x-directive":"Service.RuntimeDirectoryPreserve"},"runtime_dir":{"type":"string","description":"Full path of the runtime directory, exported as RUNTIME_DIR.","format":"absolute-path","default":"{{runtime_directory_base}}/{{runtime_directory}}"},"configuration_dir":{"type":"string","description":"Full path of the configuration directory, exported as CONFIGURATION_DIR.","format":"absolute-path","default":"{{configuration_directory_base}}/{{configuration_directory}}"},"state_dir":{"type":"string","description":"Full path of the state directory, exported as STATE_DIR.","format":"absolute-path","default":"{{state_directory_base}}/{{state_directory}}"},"cache_dir":{"type":"string","description":"Full path of the cache directory, exported as CACHE_DIR.","format":"absolute-path","default":"{{cache_directory_base}}/{{cache_directory}}"},"logs_dir":{"type":"string","description":"Full path of the logs directory, exported as LOGS_DIR.","format":"absolute-path","default":"{{logs_directory_base}}/{{logs_directory}}"},"tmp_dir":{"type":"string","description":"Full path of the tmp directory, exported as TMP_DIR.","format":"absolute-path","default":"{{tmp_directory_base}}/{{tmp_directory}}"},"target":{"description":"Distribution(s) the units are for; a list means units that work on all of them (the lowest systemd decides). Sets systemd_version: ubuntu-20.04 245, ubuntu-22.04 249, ubuntu-24.04 255, debian-11 247, debian-12 252, debian-13 257, rhel-8 239, rhel-9 252, rhel-10 256, amazonlinux-2 219, amazonlinux-2023 252.","anyOf":[{"type":"string","enum":["ubuntu-20.04","ubuntu-22.04","ubuntu-24.04","debian-11","debian-12","debian-13","rhel-8","rhel-9","rhel-10","amazonlinux-2","amazonlinux-2023"]},{"type":"array","items":{"type":"string","enum":["ubuntu-20.04","ubuntu-22.04","ubuntu-24.04","debian-11","debian-12","debian-13","rhel-8","rhel-9","rhel-10","amazonlinux-2","amazonlinux-2023"]},"minItems":1,"uniqueItems":true}]},"systemd_version":{"type":"integer","minimum":200,"maximum":999,"description":"systemd version of the target; wins over target when both are set. What we would write and it lacks is left out (or written in its older form) with a notice; a setting you wrote that it lacks is an error. Default: the lowest systemd of target, else 235 (mix_systemd\'s default)."},"release_system":{"type":"string","enum":["mix","distillery"],"description":"How the Elixir release was built: `mix` (Elixir 1.9+ releases) or `distillery`.","default":"mix"},"description":{"type":"string","format":"single-line","description":"`Description=` of the main service.","default":"{{service_name}} service","x-directive":"Unit.Description"},"documentation":{"type":"array","items":{"type":"string","format":"documentation-url"},"description":"`Documentation=`: URLs (http, https, file, info or man) of the service\'s documentation, shown by `systemctl status`.","default":[],"x-directive":"Unit.Documentation"},"wants":{"type":"array","items":{"type":"string","format":"unit-name"},"description":"`Wants=`: units started with the service; it starts even when they fail. Also ordered after (`After=`) unless listed in `before`.","default":[],"x-directive":"Unit.Wants"},"requires":{"type":"array","items":{"type":"string","format":"unit-name"},"description":"`Requires=`: units the service needs; it does not start when they fail. Also ordered after unless listed in `before`.","default":[],"x-directive":"Unit.Requires"},"binds_to":{"type":"array","items":{"type":"string","format":"unit-name"},"description":"`BindsTo=`: like `requires`, and the service stops when they stop. Also ordered after unless listed in `before`.","default":[],"x-directive":"Unit.BindsTo"},"part_of":{"type":"array","items":{"type":"string","format":"unit-name"},"description":"`PartOf=`: stopping or restarting these units stops or restarts the service. Also ordered after unless listed in `before`.","default":[],"x-directive":"Unit.PartOf"},"before":{"type":"array","items":{"type":"string","format":"unit-name"},"description":"`Before=`: units that start after the service.","default":[],"x-directive":"Unit.Before"},"start_limit_interval_sec":{"type":["integer","number","string","null"],"format":"timespan","description":"`StartLimitIntervalSec=`: the window for `start_limit_burst`. Written in `[Unit]` from systemd 229, as `StartLimitInterval=` in `[Service]` before, as systemd reads it.","x-directive":"Unit.StartLimitIntervalSec"},"start_limit_burst":{"type":["integer","null"],"minimum":0,"description":"`StartLimitBurst=`: starts allowed within `start_limit_interval_sec`. In `[Unit]` from systemd 229, in `[Service]` before.","x-directive":"Unit.StartLimitBurst"},"service_type":{"type":"string","enum":["simple","exec","notify","forking"],"description":"`Type=` of the service. With `forking`, PIDFile= and a PIDFILE variable are set and ExecStop= stops the release.","default":"simple","x-directive":"Service.Type"},"restart_method":{"type":"string","enum":["systemctl","systemd_flag","touch"],"description":"How deploys restart the service: `systemctl` (nothing extra), `systemd_flag` (adds a `.path` unit watching a flag file an unprivileged user can touch), `touch` (the app watches the flag itself).","default":"systemctl"},"restart":{"type":"string","enum":["no","on-success","on-failure","on-abnormal","on-watchdog","on-abort","always"],"description":"`Restart=` policy.","default":"always","x-directive":"Service.Restart"},"restart_sec":{"type":["integer","number","string","null"],"format":"timespan","description":"`RestartSec=`, seconds or a systemd time span; `null` leaves it out.","default":1,"x-directive":"Service.RestartSec"},"timeout_start_sec":{"type":["integer","number","string","null"],"format":"timespan","description":"`TimeoutStartSec=`, seconds or a systemd time span.","x-directive":"Service.TimeoutStartSec"},"timeout_stop_sec":{"type":["integer","number","string","null"],"format":"timespan","description":"`TimeoutStopSec=`, how long a stop may take before SIGKILL.","x-directive":"Service.TimeoutStopSec"},"timeout_sec":{"type":["integer","number","string","null"],"format":"timespan","description":"`TimeoutSec=`: both start and stop time-outs at once.","x-directive":"Service.TimeoutSec"},"watchdog_sec":{"type":["integer","number","string","null"],"format":"timespan","description":"`WatchdogSec=`: the service must send `WATCHDOG=1` (sd_notify(3)) this often or it is killed and, with `restart`, restarted.","x-directive":"Service.WatchdogSec"},"kill_mode":{"type":["string","null"],"enum":["control-group","mixed","process","none",null],"description":"`KillMode=`: which processes stop signals go to (systemd.kill(5)).","x-directive":"Service.KillMode"},"kill_signal":{"type":["string","integer","null"],"format":"signal","description":"`KillSignal=`: the signal that stops the service, e.g. `SIGINT` (systemd.kill(5)).","x-directive":"Service.KillSignal"},"notify_access":{"type":["string","null"],"enum":["none","main","exec","all",null],"description":"`NotifyAccess=`, for `service_type: notify`. Default: `all` for mix releases, whose start script and its children send READY=1, `main` for the others, whose own process notifies (sd_notify(3)); not written for other types.","x-directive":"Service.NotifyAccess"},"success_exit_status":{"type":"array","items":{"type":["string","integer"],"format":"exit-status"},"description":"`SuccessExitStatus=`: exit codes (0-255) and signal names that also count as a clean exit, e.g. `[143, SIGTERM]`.","default":[],"x-directive":"Service.SuccessExitStatus"},"restart_prevent_exit_status":{"type":"array","items":{"type":["string","integer"],"format":"exit-status"},"description":"`RestartPreventExitStatus=`: exit codes and signal names after which the service is not restarted.","default":[],"x-directive":"Service.RestartPreventExitStatus"},"restart_steps":{"type":["integer","null"],"minimum":1,"maximum":3000,"description":"`RestartSteps=`: restarts over which RestartSec= grows to `restart_max_delay_sec` (systemd 254).","x-directive":"Service.RestartSteps"},"restart_max_delay_sec":{"type":["integer","number","string","null"],"format":"timespan","description":"`RestartMaxDelaySec=`: the longest delay `restart_steps` grows to (systemd 254).","x-directive":"Service.RestartMaxDelaySec"},"memory_max":{"type":["integer","string","null"],"format":"memory-limit","description":"`MemoryMax=`: hard memory limit: bytes with K, M, G or T, a percentage of RAM, or `infinity` (systemd.resource-control(5)).","x-directive":"Service.MemoryMax"},"memory_high":{"type":["integer","string","null"],"format":"memory-limit","description":"`MemoryHigh=`: memory above which the service is throttled and reclaimed; same forms as `memory_max`.","x-directive":"Service.MemoryHigh"},"cpu_quota":{"type":["string","null"],"format":"cpu-quota","description":"`CPUQuota=`: CPU time as a percentage of one CPU, e.g. `50%` or `200%`.","x-directive":"Service.CPUQuota"},"cpu_weight":{"type":["integer","null"],"minimum":1,"maximum":10000,"description":"`CPUWeight=`: CPU share against other units, 1-10000 (100 by default in systemd).","x-directive":"Service.CPUWeight"},"io_weight":{"type":["integer","null"],"minimum":1,"maximum":10000,"description":"`IOWeight=`: block I/O share against other units, 1-10000.","x-directive":"Service.IOWeight"},"tasks_max":{"type":["integer","string","null"],"format":"tasks-limit","description":"`TasksMax=`: most tasks (processes and threads): a number, a percentage of the system\'s limit, or `infinity`.","x-directive":"Service.TasksMax"},"limit_cpu":{"type":["integer","string","null"],"format":"resource-limit-time","description":"`LimitCPU=` (RLIMIT_CPU), CPU time: seconds or a time span, `infinity`, or `soft:hard`.","x-directive":"Service.LimitCPU"},"limit_fsize":{"type":["integer","string","null"],"format":"resource-limit-bytes","description":"`LimitFSIZE=` (RLIMIT_FSIZE), file size: bytes, with K, M, G, T, P or E (base 1024), `infinity`, or `soft:hard`.","x-directive":"Service.LimitFSIZE"},"limit_data":{"type":["integer","string","null"],"format":"resource-limit-bytes","description":"`LimitDATA=` (RLIMIT_DATA), data segment size: bytes, with K, M, G, T, P or E (base 1024), `infinity`, or `soft:hard`.","x-directive":"Service.LimitDATA"},"limit_stack":{"type":["integer","string","null"],"format":"resource-limit-bytes","description":"`LimitSTACK=` (RLIMIT_STACK), stack size: bytes, with K, M, G, T, P or E (base 1024), `infinity`, or `soft:hard`.","x-directive":"Service.LimitSTACK"},"limit_core":{"type":["integer","string","null"],"format":"resource-limit-bytes","description":"`LimitCORE=` (RLIMIT_CORE), core dump size: bytes, with K, M, G, T, P or E (base 1024), `infinity`, or `soft:hard`.","x-directive":"Service.LimitCORE"},"limit_rss":{"type":["integer","string","null"],"format":"resource-limit-bytes","description":"`LimitRSS=` (RLIMIT_RSS), resident set size: bytes, with K, M, G, T, P or E (base 1024), `infinity`, or `soft:hard`.","x-directive":"Service.LimitRSS"},"limit_nofile":{"type":["integer","string","null"],"format":"resource-limit","description":"`LimitNOFILE=` (RLIMIT_NOFILE), open files: a number, `infinity`, or `soft:hard`.","default":65535,"x-directive":"Service.LimitNOFILE"},"limit_as":{"type":["integer","string","null"],"format":"resource-limit-bytes","description":"`LimitAS=` (RLIMIT_AS), address space: bytes, with K, M, G, T, P or E (base 1024), `infinity`, or `soft:hard`.","x-directive":"Service.LimitAS"},"limit_nproc":{"type":["integer","string","null"],"format":"resource-limit","description":"`LimitNPROC=` (RLIMIT_NPROC), processes of the user: a number, `infinity`, or `soft:hard`.","x-directive":"Service.LimitNPROC"},"limit_memlock":{"type":["integer","string","null"],"format":"resource-limit-bytes","description":"`LimitMEMLOCK=` (RLIMIT_MEMLOCK), locked memory: bytes, with K, M, G, T, P or E (base 1024), `infinity`, or `soft:hard`.","x-directive":"Service.LimitMEMLOCK"},"limit_locks":{"type":["integer","string","null"],"format":"resource-limit","description":"`LimitLOCKS=` (RLIMIT_LOCKS), file locks: a number, `infinity`, or `soft:hard`.","x-directive":"Service.LimitLOCKS"},"limit_sigpending":{"type":["integer","string","null"],"format":"resource-limit","description":"`LimitSIGPENDING=` (RLIMIT_SIGPENDING), queued signals: a number, `infinity`, or `soft:hard`.","x-directive":"Service.LimitSIGPENDING"},"limit_msgqueue":{"type":["integer","string","null"],"format":"resource-limit-bytes","description":"`LimitMSGQUEUE=` (RLIMIT_MSGQUEUE), POSIX message queue bytes: bytes, with K, M, G, T, P or E (base 1024), `infinity`, or `soft:hard`.","x-directive":"Service.LimitMSGQUEUE"},"limit_nice":{"type":["integer","string","null"],"format":"resource-limit-nice","description":"`LimitNICE=` (RLIMIT_NICE), nice priority ceiling: a nice level, -20 to 19, or 0 to 40 raw, `infinity`, or `soft:hard`.","x-directive":"Service.LimitNICE"},"limit_rtprio":{"type":["integer","string","null"],"format":"resource-limit","description":"`LimitRTPRIO=` (RLIMIT_RTPRIO), real-time priority: a number, `infinity`, or `soft:hard`.","x-directive":"Service.LimitRTPRIO"},"limit_rttime":{"type":["integer","string","null"],"format":"resource-limit-time","description":"`LimitRTTIME=` (RLIMIT_RTTIME), real-time CPU time without blocking: seconds or a time span, `infinity`, or `soft:hard`.","x-directive":"Service.LimitRTTIME"},"umask":{"type":["string","integer","null"],"format":"octal-mode","description":"`UMask=` of the process, in octal.","default":"0027","x-directive":"Service.UMask"},"mix_env":{"type":["string","null"],"description":"MIX_ENV of mix projects; `null` or `\\"\\"` leaves it out (and output_dir is then `_build/systemd/lib/systemd/system`).","format":"mix-env","default":"prod"},"env_lang":{"type":["string","null"],"description":"LANG of the service; `null` leaves it out.","format":"name","default":"en_US.UTF-8"},"env_files":{"type":"array","items":{"type":"string","format":"environment-file"},"description":"`EnvironmentFile=` entries, in order; a leading `-` makes the file optional. Later files override earlier ones, and every file overrides `Environment=` values.","default":["-{{current_dir}}/etc/environment","-{{deploy_dir}}/etc/environment","-{{configuration_dir}}/environment","-{{runtime_dir}}/runtime-environment"]},"env_vars":{"description":"Extra environment variables, as a list of `NAME=value` strings or a mapping of names to values. They override the built-in variables of the same name.","anyOf":[{"type":"array","items":{"type":"string","format":"environment-assignment"}},{"type":"object","propertyNames":{"format":"environment-name"},"additionalProperties":{"type":["string","number","boolean"]}}],"default":[]},"exec_start":{"description":"The command the service runs (`ExecStart=`). Default: the release\'s start script for mix, the manifest\'s declared entry point for other ecosystems, else `{{current_dir}}/bin/{{app_name}}`.","anyOf":[{"$ref":"#/$defs/command"}],"x-directive":"Service.ExecStart"},"start_command":{"type":"string","description":"Argument of the mix release script. Default: `start` (`daemon` for forking); distillery: `foreground` (`start` for forking).","format":"name"},"exec_start_pre":{"type":"array","items":{"$ref":"#/$defs/command"},"description":"Commands run before ExecStart (`ExecStartPre=`); prefix a string with `!` to run it with full privileges.","default":[],"x-directive":"Service.ExecStartPre"},"exec_start_post":{"type":"array","items":{"$ref":"#/$defs/command"},"description":"Commands run after ExecStart= has started the service (`ExecStartPost=`).","default":[],"x-directive":"Service.ExecStartPost"},"exec_start_wrap":{"description":"A wrapper that runs before the start command and `exec`s it, e.g. `{{scripts_dir}}/deploy-runtime-environment-wrap`.","anyOf":[{"$ref":"#/$defs/command"},{"type":"null"}]},"exec_stop":{"description":"`ExecStop=`. Default: none (the release handles SIGTERM), except the release\'s `stop` for forking mix services.","anyOf":[{"$ref":"#/$defs/command"},{"type":"null"}],"x-directive":"Service.ExecStop"},"exec_reload":{"description":"`ExecReload=`, run by `systemctl reload`, e.g. `/bin/kill -HUP $MAINPID`.","anyOf":[{"$ref":"#/$defs/command"},{"type":"null"}],"x-directive":"Service.ExecReload"},"exec_stop_post":{"type":"array","items":{"$ref":"#/$defs/command"},"description":"Commands run after the service stopped, also after a failure (`ExecStopPost=`).","default":[],"x-directive":"Service.ExecStopPost"},"pid_file":{"type":"string","description":"`PIDFile=` for forking services, also exported as PIDFILE.","format":"absolute-path","default":"{{runtime_dir}}/{{app_name}}.pid","x-directive":"Service.PIDFile"},"runtime_environment_service_script":{"description":"A script that writes `{{runtime_dir}}/runtime-environment` before the app starts. Adds a `-runtime-environment.service` oneshot that the main service requires; a bare name runs from scripts_dir.","anyOf":[{"$ref":"#/$defs/command"},{"type":"null"}]},"unit_after_targets":{"type":"array","items":{"type":"string","format":"unit-name"},"description":"Units the service starts after (`After=`).","default":[]},"runtime_environment_unit_after_targets":{"type":"array","items":{"type":"string","format":"unit-name"},"description":"Units the runtime-environment service starts after.","default":[]},"chroot":{"type":"boolean","description":"Run the service in a chroot of root_directory (`RootDirectory=`).","default":false},"root_directory":{"type":"string","description":"`RootDirectory=` when chroot is on.","format":"absolute-path","default":"{{current_dir}}"},"read_write_paths":{"type":"array","items":{"type":"string","format":"sandbox-path"},"description":"`ReadWritePaths=`: absolute paths; a leading `-` ignores a path that does not exist, and `+` (after any `-`) takes it relative to RootDirectory= (systemd.exec(5)).","default":[]},"read_only_paths":{"type":"array","items":{"type":"string","format":"sandbox-path"},"description":"`ReadOnlyPaths=`: absolute paths; a leading `-` ignores a path that does not exist, and `+` (after any `-`) takes it relative to RootDirectory= (systemd.exec(5)).","default":[]},"inaccessible_paths":{"type":"array","items":{"type":"string","format":"sandbox-path"},"description":"`InaccessiblePaths=`: absolute paths; a leading `-` ignores a path that does not exist, and `+` (after any `-`) takes it relative to RootDirectory= (systemd.exec(5)).","default":[]},"paranoia":{"type":"boolean","description":"mix_systemd\'s extra restrictions: NoNewPrivileges, PrivateDevices, PrivateTmp, ProtectSystem=full, ProtectHome, and with newer systemd PrivateUsers, ProtectKernelModules, ProtectKernelTunables, ProtectControlGroups, MountAPIVFS. For users migrating; use hardening instead, not both.","default":false},"hardening":{"type":"string","enum":["none","standard","strict"],"description":"Sandboxing profile of the main service, for its runtime: `standard` (little that can break an app) or `strict` (read-only file system but for the app\'s directories, system call filter, and more). See the README\'s Targets and hardening section.","default":"none"},"runtime":{"type":"string","enum":["beam","node","python","native"],"description":"What runs the service, for the hardening profile: JIT runtimes do not get what breaks them. Default: from the manifest (mix.exs beam, package.json node, pyproject.toml python, Cargo.toml and go.mod native), else native."},"address_families":{"type":"array","items":{"type":"string","enum":["AF_UNIX","AF_INET","AF_INET6","AF_NETLINK","AF_PACKET","AF_VSOCK","AF_CAN","AF_BLUETOOTH","AF_ALG"]},"minItems":1,"uniqueItems":true,"description":"Socket address families the hardening profiles allow (`RestrictAddressFamilies=`).","default":["AF_UNIX","AF_INET","AF_INET6"]},"ambient_capabilities":{"type":"array","items":{"type":"string","enum":["CAP_CHOWN","CAP_DAC_OVERRIDE","CAP_DAC_READ_SEARCH","CAP_FOWNER","CAP_FSETID","CAP_KILL","CAP_SETGID","CAP_SETUID","CAP_SETPCAP","CAP_LINUX_IMMUTABLE","CAP_NET_BIND_SERVICE","CAP_NET_BROADCAST","CAP_NET_ADMIN","CAP_NET_RAW","CAP_IPC_LOCK","CAP_IPC_OWNER","CAP_SYS_MODULE","CAP_SYS_RAWIO","CAP_SYS_CHROOT","CAP_SYS_PTRACE","CAP_SYS_PACCT","CAP_SYS_ADMIN","CAP_SYS_BOOT","CAP_SYS_NICE","CAP_SYS_RESOURCE","CAP_SYS_TIME","CAP_SYS_TTY_CONFIG","CAP_MKNOD","CAP_LEASE","CAP_AUDIT_WRITE","CAP_AUDIT_CONTROL","CAP_SETFCAP","CAP_MAC_OVERRIDE","CAP_MAC_ADMIN","CAP_SYSLOG","CAP_WAKE_ALARM","CAP_BLOCK_SUSPEND","CAP_AUDIT_READ","CAP_PERFMON","CAP_BPF","CAP_CHECKPOINT_RESTORE"]},"description":"`AmbientCapabilities=`: capabilities the unprivileged service holds, e.g. `[CAP_NET_BIND_SERVICE]` to bind ports below 1024. The hardening profile keeps them in `CapabilityBoundingSet=` and leaves out `PrivateUsers=` (capabilities inside a user namespace do not count on the host\'s network).","default":[],"x-directive":"Service.AmbientCapabilities"},"capability_bounding_set":{"type":"array","items":{"type":"string","enum":["CAP_CHOWN","CAP_DAC_OVERRIDE","CAP_DAC_READ_SEARCH","CAP_FOWNER","CAP_FSETID","CAP_KILL","CAP_SETGID","CAP_SETUID","CAP_SETPCAP","CAP_LINUX_IMMUTABLE","CAP_NET_BIND_SERVICE","CAP_NET_BROADCAST","CAP_NET_ADMIN","CAP_NET_RAW","CAP_IPC_LOCK","CAP_IPC_OWNER","CAP_SYS_MODULE","CAP_SYS_RAWIO","CAP_SYS_CHROOT","CAP_SYS_PTRACE","CAP_SYS_PACCT","CAP_SYS_ADMIN","CAP_SYS_BOOT","CAP_SYS_NICE","CAP_SYS_RESOURCE","CAP_SYS_TIME","CAP_SYS_TTY_CONFIG","CAP_MKNOD","CAP_LEASE","CAP_AUDIT_WRITE","CAP_AUDIT_CONTROL","CAP_SETFCAP","CAP_MAC_OVERRIDE","CAP_MAC_ADMIN","CAP_SYSLOG","CAP_WAKE_ALARM","CAP_BLOCK_SUSPEND","CAP_AUDIT_READ","CAP_PERFMON","CAP_BPF","CAP_CHECKPOINT_RESTORE"]},"description":"`CapabilityBoundingSet=`: the most capabilities the service and its children can ever gain; replaces the profile\'s. It must hold every ambient capability, as must a `CapabilityBoundingSet=` in `hardening_overrides`: outside the bounding set the service cannot use them.","default":[],"x-directive":"Service.CapabilityBoundingSet"},"hardening_overrides":{"type":"object","description":"Sandboxing directives to set over the profile, by name: a value replaces every line of that directive, a list writes one line per item, `null` removes it, `true`/`false` are yes/no. Values are written literally.","additionalProperties":{"anyOf":[{"type":["string","number","boolean","null"],"format":"single-line"},{"type":"array","items":{"type":"string","format":"single-line"}}]}},"directives":{"$ref":"#/$defs/directives","description":"Directives for the main service that no setting writes, by section: each replaces the line the template or a setting would write for it in that section. Checked against the directives systemd knows for the section and the target\'s systemd."},"unit_directives":{"type":"object","description":"The same as `directives`, for the other units generated, keyed by the generated unit\'s file name (e.g. `my-app-restart.path`, `my-app-runtime-environment.service`).","additionalProperties":{"$ref":"#/$defs/directives"}}},"$defs":{"command":{"description":"A command line as systemd reads it (a string; `!`/`-` prefixes, ${VAR} and specifiers work), or an argument vector whose every element reaches the program literally (a list).","anyOf":[{"type":"string","format":"command-line"},{"type":"array","prefixItems":[{"type":"string","format":"executable"}],"items":{"type":"string","format":"single-line"},"minItems":1}]},"directives":{"description":"Unit file sections by name (`Unit`, `Service`, `Install`, ...), each a mapping of directive names, exactly as systemd spells them, to a value written as given (systemd syntax: `%%` is a literal `%`) or a list of values, one line each; an empty list writes the reset form `Key=`.","type":"object","additionalProperties":{"type":"object","additionalProperties":{"anyOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}}}');
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __nccwpck_require__(24646);
;// CONCATENATED MODULE: ./src/config/schema.ts


/** The published schema of `.systemd.yml`: the one list of options, their types, defaults and docs. */
const configSchema = systemd_units_schema_namespaceObject;
const optionNames = Object.keys(configSchema.properties);
function isOption(name) {
    return Object.hasOwn(configSchema.properties, name);
}
/** Defaults declared in the schema (strings may reference other settings as {{name}}). */
function schemaDefaults() {
    const defaults = {};
    for (const [name, node] of Object.entries(configSchema.properties)) {
        if (node.default !== undefined)
            defaults[name] = structuredClone(node.default);
    }
    return defaults;
}
/**
 * Validate `value` against the schema of option `name`. Without `formats` only the shape
 * is checked (types, enums, ranges): references are not resolved yet at that point.
 */
function validateOption(name, value, formats) {
    const node = configSchema.properties[name];
    if (!node)
        return { reason: 'unknown setting' };
    return validateNode(node, value, formats);
}
function validateNode(node, value, formats) {
    if (node.$ref)
        return validateNode(resolveRef(node.$ref), value, formats);
    if (node.anyOf)
        return validateAnyOf(node, value, formats);
    const types = node.type === undefined ? undefined : [node.type].flat();
    if (types && !types.some((type) => hasType(value, type))) {
        return { reason: `expected ${describeTypes(types)}, got ${describeValue(value)}` };
    }
    if (node.enum && !node.enum.includes(value)) {
        return { reason: `expected one of ${node.enum.filter((v) => v !== null).join(', ')}, got ${describeValue(value)}` };
    }
    if (typeof value === 'number') {
        if (node.minimum !== undefined && value < node.minimum)
            return { reason: `must be at least ${node.minimum}` };
        if (node.maximum !== undefined && value > node.maximum)
            return { reason: `must be at most ${node.maximum}` };
    }
    if (Array.isArray(value))
        return validateArray(node, value, formats);
    if (isMapping(value))
        return validateMapping(node, value, formats);
    if (formats && node.format && value !== null) {
        const reason = formats[node.format]?.((0,shared_text/* scalarText */.ws)(value));
        if (reason)
            return { reason };
    }
    return undefined;
}
function validateAnyOf(node, value, formats) {
    // Report against the alternative whose type matches, so the message is about content, not shape.
    const matching = node.anyOf.find((alternative) => typesOf(alternative).some((type) => hasType(value, type)));
    if (!matching)
        return { reason: `expected ${describeTypes(typesOf(node))}, got ${describeValue(value)}` };
    return validateNode(matching, value, formats);
}
/** The JSON types a node accepts, looking through $ref and anyOf. */
function typesOf(node) {
    if (node.$ref)
        return typesOf(resolveRef(node.$ref));
    if (node.anyOf)
        return node.anyOf.flatMap(typesOf);
    return [node.type ?? []].flat();
}
function validateArray(node, value, formats) {
    if (node.minItems !== undefined && value.length < node.minItems) {
        return { reason: `needs at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}` };
    }
    if (node.uniqueItems) {
        const seen = new Set();
        for (const [index, item] of value.entries()) {
            if (seen.has(item))
                return { reason: `${describeValue(item)} is listed twice`, item: index };
            seen.add(item);
        }
    }
    for (const [index, item] of value.entries()) {
        // JSON Schema 2020-12: prefixItems describe the first items, items the rest.
        const itemNode = node.prefixItems?.[index] ?? node.items;
        const violation = itemNode && validateNode(itemNode, item, formats);
        if (violation)
            return { reason: violation.reason, item: index };
    }
    return undefined;
}
function validateMapping(node, value, formats) {
    for (const [key, item] of Object.entries(value)) {
        if (formats && node.propertyNames?.format) {
            const reason = formats[node.propertyNames.format]?.(key);
            if (reason)
                return { reason, item: key };
        }
        if (typeof node.additionalProperties === 'object') {
            const violation = validateNode(node.additionalProperties, item, formats);
            if (violation)
                return { reason: violation.reason, item: key };
        }
    }
    return undefined;
}
function resolveRef(ref) {
    const name = ref.replace('#/$defs/', '');
    const node = configSchema.$defs[name];
    if (!node)
        throw new Error(`schema: unresolved $ref ${ref}`);
    return node;
}
function hasType(value, type) {
    switch (type) {
        case 'null':
            return value === null;
        case 'integer':
            return Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'array':
            return Array.isArray(value);
        case 'object':
            return isMapping(value);
        default:
            return typeof value === type;
    }
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeTypes(types) {
    const names = [...new Set(types)].map((type) => type === 'array' ? 'a list' : type === 'object' ? 'a mapping' : `a ${type}`);
    return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (isMapping(value))
        return 'a mapping';
    return typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${(0,shared_text/* scalarText */.ws)(value)}`;
}
/** The valid name closest to `name` (edit distance), if any is close enough to be a likely typo. */
function closestName(name, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 60405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dw: () => (/* binding */ keyPath),
  Dp: () => (/* binding */ lineIndex),
  $0: () => (/* binding */ parseYamlMapping)
});

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(58382);
;// CONCATENATED MODULE: ./src/config/yaml-source.ts


/** The map key of a nested key: `directives` → `Service` → `ExecReload` is `keyPath(['directives', 'Service', 'ExecReload'])`. */
function keyPath(path) {
    return JSON.stringify(path);
}
/** Parse `text` as a mapping of settings; empty text (or only comments) is an empty mapping. */
function parseYamlMapping(text, source) {
    const file = (0,errors/* describeLocation */.lR)(source);
    let values;
    let events;
    try {
        // One parse: the events give both the values and the line of every key.
        events = parseEvents(text, { filename: file });
        const documents = constructFromEvents(events, { source: text, filename: file });
        if (documents.length > 1)
            throw new errors/* SystemdUnitsError */.dp('expected one YAML document, found several', source);
        values = documents[0];
    }
    catch (error) {
        if (error instanceof YAMLException) {
            throw new errors/* SystemdUnitsError */.dp(`invalid YAML: ${error.reason}`, (0,errors/* atLine */.sU)(source, (error.mark?.line ?? 0) + 1));
        }
        throw error;
    }
    if (values === undefined || values === null)
        values = {};
    if (typeof values !== 'object' || Array.isArray(values)) {
        throw new errors/* SystemdUnitsError */.dp('expected a mapping of settings (key: value)', (0,errors/* atLine */.sU)(source, 1));
    }
    return {
        source,
        values: values,
        ...linesOf(text, events),
        keyPositions: keyPositionsOf(text, events),
    };
}
/**
 * Walk the parser's event stream (already parsed) to find where each
 * top-level key and each of its list items or mapping entries starts.
 */
function linesOf(text, events) {
    const lineAt = lineIndex(text);
    const keyLines = new Map();
    const itemLines = new Map();
    let depth = 0;
    let expectingKey = true; // at depth 1: the next scalar is a key, not a value
    let currentKey;
    let childIsKey = true; // at depth 2 inside a mapping value: alternate key/value
    let childKind;
    for (const event of events) {
        if (event.type === EVENT_ID.POP) {
            depth--;
            if (depth === 1)
                expectingKey = true;
            continue;
        }
        if (event.type === EVENT_ID.DOCUMENT)
            continue;
        const start = startOf(event);
        if (depth === 1) {
            if (expectingKey && event.type === EVENT_ID.SCALAR) {
                currentKey = getScalarValue(text, event);
                keyLines.set(currentKey, lineAt(start));
                expectingKey = false;
                continue;
            }
            if (!expectingKey) {
                expectingKey = event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS;
                if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) {
                    childKind = event.type;
                    childIsKey = true;
                    if (currentKey !== undefined)
                        itemLines.set(currentKey, []);
                }
            }
        }
        else if (depth === 2 && currentKey !== undefined) {
            const items = itemLines.get(currentKey);
            const countsAsItem = childKind === EVENT_ID.SEQUENCE || childIsKey;
            if (items && countsAsItem)
                items.push(lineAt(start));
            if (childKind === EVENT_ID.MAPPING && (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS)) {
                childIsKey = !childIsKey;
            }
            else if (childKind === EVENT_ID.MAPPING) {
                childIsKey = true;
            }
        }
        if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING)
            depth++;
    }
    return { keyLines, itemLines };
}
/**
 * Walk the events once more, keeping the path of mappings (keys) and sequences (indexes) the
 * parser is in, to place every key however deep, so an error about `directives.Service.Foo`
 * points at `Foo` itself.
 */
function keyPositionsOf(text, events) {
    const lineAt = lineIndex(text);
    const positions = new Map();
    // One frame per open collection: its path, and for a mapping whether the next node is a key.
    const frames = [];
    for (const event of events) {
        if (event.type === EVENT_ID.DOCUMENT)
            continue;
        if (event.type === EVENT_ID.POP) {
            frames.pop();
            continue;
        }
        const frame = frames.at(-1);
        let path = [];
        if (frame?.mapping && frame.expectingKey) {
            if (event.type === EVENT_ID.SCALAR) {
                const key = getScalarValue(text, event);
                const start = startOf(event);
                const line = lineAt(start);
                const lineStart = text.lastIndexOf('\n', start - 1) + 1;
                positions.set(keyPath([...frame.path, key]), { line, column: start - lineStart + 1 });
                frame.key = key;
            }
            frame.expectingKey = false;
            // A collection as a key (`? [a, b]`) has no name to place; its events still nest.
            if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING)
                frames.push({
                    path: [...frame.path, '?'],
                    mapping: event.type === EVENT_ID.MAPPING,
                    expectingKey: true,
                    index: 0,
                });
            continue;
        }
        if (frame?.mapping) {
            path = [...frame.path, frame.key ?? ''];
            frame.expectingKey = true;
        }
        else if (frame)
            path = [...frame.path, String(frame.index++)];
        if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING)
            frames.push({ path, mapping: event.type === EVENT_ID.MAPPING, expectingKey: true, index: 0 });
    }
    return positions;
}
function startOf(event) {
    switch (event.type) {
        case EVENT_ID.SCALAR:
            return event.tagStart >= 0 ? event.tagStart : event.anchorStart >= 0 ? event.anchorStart : event.valueStart;
        case EVENT_ID.ALIAS:
            return event.anchorStart;
        default:
            return event.start;
    }
}
/** Offset → 1-based line, by binary search over line starts. */
function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}


/***/ }),

/***/ 26185:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ publishingInputsSet),
/* harmony export */   IK: () => (/* binding */ REQUEST_FIELDS),
/* harmony export */   RA: () => (/* binding */ COMMIT_METHODS),
/* harmony export */   cJ: () => (/* binding */ FIELDS),
/* harmony export */   cM: () => (/* binding */ choiceField)
/* harmony export */ });
/* unused harmony exports flagName, publishRequest */
/* harmony import */ var _config_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63797);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(58382);


const FIELDS = {
    config: {
        default: _config_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV,
        request: 'config',
        cli: { flag: 'config', arg: 'FILE', help: ['config file, relative to --dir (default .systemd.yml, optional)'] },
    },
    settings: {
        default: '',
        request: 'settings',
        cli: { flag: 'settings', arg: 'YAML', help: ['a YAML mapping merged over the config file'] },
    },
    'working-directory': {
        default: '.',
        cli: { flag: 'dir', arg: 'DIR', default: '.', help: ['the project root (working-directory; default .)'] },
    },
    'app-name': {
        default: '',
        request: 'appName',
        cli: { flag: 'app-name', arg: 'NAME', help: ["override the manifest's app name"] },
    },
    version: {
        default: '',
        request: 'version',
        cli: { flag: 'version', arg: 'VERSION', help: ["override the manifest's version"] },
    },
    'output-dir': {
        default: '',
        request: 'outputDir',
        cli: { flag: 'output-dir', arg: 'DIR', help: ['where units are written, relative to --dir'] },
    },
    target: {
        default: '',
        request: 'target',
        cli: {
            flag: 'target',
            arg: 'NAMES',
            help: ['distributions the units are for, e.g. debian-12 or', '"rhel-8, ubuntu-24.04" (sets systemd_version)'],
        },
    },
    verify: {
        default: 'auto',
        cli: {
            flag: 'verify',
            arg: 'MODE',
            default: 'auto',
            help: [
                'generate: prove the units with systemd-analyze verify before',
                'writing them; any warning fails. auto (default) when',
                'systemd-analyze is installed, true to require it, false to',
                'skip; --verify alone means true',
            ],
        },
    },
    'max-exposure': {
        default: '',
        cli: {
            flag: 'max-exposure',
            arg: 'N',
            help: [
                "generate: fail when the main service's exposure score",
                '(systemd-analyze security, 0.0 to 10.0) is above N',
            ],
        },
    },
    mode: { default: 'generate' },
    force: {
        default: 'false',
        cli: {
            flag: 'force',
            help: ['init: overwrite existing templates; --append-to: replace', 'units the tarball already holds'],
        },
    },
    'upload-artifact': { default: 'false' },
    'artifact-name': { default: '' },
    'retention-days': { default: '' },
    archive: {
        default: 'false',
        cli: { flag: 'archive', help: ['generate: also write <service>-systemd-<version>.tar.gz'] },
    },
    'append-to': {
        default: '',
        cli: { flag: 'append-to', arg: 'FILE', help: ['generate: add the units to this existing .tar.gz'] },
    },
    'archive-prefix': {
        default: 'lib/systemd/system/',
        cli: {
            flag: 'archive-prefix',
            arg: 'DIR',
            default: 'lib/systemd/system/',
            help: ['directory of the units inside archives', '(default lib/systemd/system/)'],
        },
    },
    commit: { default: 'false' },
    'commit-method': { default: 'git' },
    'commit-branch': { default: '' },
    'commit-message': { default: '' },
    'pull-request': { default: 'false' },
    token: { default: '${{ github.token }}' },
};
const fieldOf = (name) => FIELDS[name];
/** The CLI's flag for an input, `--settings`; `input "x"` for an input the CLI has no flag for. */
function flagName(input) {
    const flag = fieldOf(input)?.cli?.flag;
    return flag === undefined ? `input "${input}"` : `--${flag}`;
}
/** The fields that fill a JobRequest property, with their input names. */
const REQUEST_FIELDS = Object.entries(FIELDS).flatMap(([input, field]) => field.request === undefined ? [] : [{ input: input, request: field.request, cli: field.cli }]);
const COMMIT_METHODS = ['git', 'api'];
/** Publishing with nothing asked for but `overrides`. */
function publishRequest(overrides = {}) {
    return {
        uploadArtifact: false,
        artifactName: '',
        retentionDays: undefined,
        archive: false,
        appendTo: '',
        archivePrefix: FIELDS['archive-prefix'].default,
        commit: false,
        commitMethod: 'git',
        commitBranch: '',
        commitMessage: '',
        pullRequest: false,
        token: '',
        ...overrides,
    };
}
/** The publishing inputs that ask for something, by input name. */
function publishingInputsSet(publish) {
    const asked = [
        ['upload-artifact', publish.uploadArtifact],
        ['archive', publish.archive],
        ['append-to', publish.appendTo !== ''],
        ['commit', publish.commit],
        ['pull-request', publish.pullRequest],
    ];
    return asked.filter(([, set]) => set).map(([name]) => name);
}
/** A field that takes one of a few words. */
function choiceField(name, value, choices) {
    if (choices.includes(value))
        return value;
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SystemdUnitsError */ .dp(`expected one of ${choices.join(', ')}, got ${JSON.stringify(value)}`, {
        kind: 'input',
        name,
    });
}


/***/ }),

/***/ 76754:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ generateUnits),
  R: () => (/* binding */ writeUnits)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/config/load.ts + 16 modules
var load = __nccwpck_require__(51007);
// EXTERNAL MODULE: ./src/shared/boundary.ts
var shared_boundary = __nccwpck_require__(85463);
;// CONCATENATED MODULE: ./node_modules/mustache/mustache.mjs
/*!
 * mustache.js - Logic-less {{mustache}} templates with JavaScript
 * http://github.com/janl/mustache.js
 */

var objectToString = Object.prototype.toString;
var isArray = Array.isArray || function isArrayPolyfill (object) {
  return objectToString.call(object) === '[object Array]';
};

function isFunction (object) {
  return typeof object === 'function';
}

/**
 * More correct typeof string handling array
 * which normally returns typeof 'object'
 */
function typeStr (obj) {
  return isArray(obj) ? 'array' : typeof obj;
}

function escapeRegExp (string) {
  return string.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, '\\$&');
}

/**
 * Null safe way of checking whether or not an object,
 * including its prototype, has a given property
 */
function hasProperty (obj, propName) {
  return obj != null && typeof obj === 'object' && (propName in obj);
}

/**
 * Safe way of detecting whether or not the given thing is a primitive and
 * whether it has the given property
 */
function primitiveHasOwnProperty (primitive, propName) {
  return (
    primitive != null
    && typeof primitive !== 'object'
    && primitive.hasOwnProperty
    && primitive.hasOwnProperty(propName)
  );
}

// Workaround for https://issues.apache.org/jira/browse/COUCHDB-577
// See https://github.com/janl/mustache.js/issues/189
var regExpTest = RegExp.prototype.test;
function testRegExp (re, string) {
  return regExpTest.call(re, string);
}

var nonSpaceRe = /\S/;
function isWhitespace (string) {
  return !testRegExp(nonSpaceRe, string);
}

var entityMap = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '/': '&#x2F;',
  '`': '&#x60;',
  '=': '&#x3D;'
};

function escapeHtml (string) {
  return String(string).replace(/[&<>"'`=\/]/g, function fromEntityMap (s) {
    return entityMap[s];
  });
}

var whiteRe = /\s*/;
var spaceRe = /\s+/;
var equalsRe = /\s*=/;
var curlyRe = /\s*\}/;
var tagRe = /#|\^|\/|>|\{|&|=|!/;

/**
 * Breaks up the given `template` string into a tree of tokens. If the `tags`
 * argument is given here it must be an array with two string values: the
 * opening and closing tags used in the template (e.g. [ "<%", "%>" ]). Of
 * course, the default is to use mustaches (i.e. mustache.tags).
 *
 * A token is an array with at least 4 elements. The first element is the
 * mustache symbol that was used inside the tag, e.g. "#" or "&". If the tag
 * did not contain a symbol (i.e. {{myValue}}) this element is "name". For
 * all text that appears outside a symbol this element is "text".
 *
 * The second element of a token is its "value". For mustache tags this is
 * whatever else was inside the tag besides the opening symbol. For text tokens
 * this is the text itself.
 *
 * The third and fourth elements of the token are the start and end indices,
 * respectively, of the token in the original template.
 *
 * Tokens that are the root node of a subtree contain two more elements: 1) an
 * array of tokens in the subtree and 2) the index in the original template at
 * which the closing tag for that section begins.
 *
 * Tokens for partials also contain two more elements: 1) a string value of
 * indendation prior to that tag and 2) the index of that tag on that line -
 * eg a value of 2 indicates the partial is the third tag on this line.
 */
function parseTemplate (template, tags) {
  if (!template)
    return [];
  var lineHasNonSpace = false;
  var sections = [];     // Stack to hold section tokens
  var tokens = [];       // Buffer to hold the tokens
  var spaces = [];       // Indices of whitespace tokens on the current line
  var hasTag = false;    // Is there a {{tag}} on the current line?
  var nonSpace = false;  // Is there a non-space char on the current line?
  var indentation = '';  // Tracks indentation for tags that use it
  var tagIndex = 0;      // Stores a count of number of tags encountered on a line

  // Strips all whitespace tokens array for the current line
  // if there was a {{#tag}} on it and otherwise only space.
  function stripSpace () {
    if (hasTag && !nonSpace) {
      while (spaces.length)
        delete tokens[spaces.pop()];
    } else {
      spaces = [];
    }

    hasTag = false;
    nonSpace = false;
  }

  var openingTagRe, closingTagRe, closingCurlyRe;
  function compileTags (tagsToCompile) {
    if (typeof tagsToCompile === 'string')
      tagsToCompile = tagsToCompile.split(spaceRe, 2);

    if (!isArray(tagsToCompile) || tagsToCompile.length !== 2)
      throw new Error('Invalid tags: ' + tagsToCompile);

    openingTagRe = new RegExp(escapeRegExp(tagsToCompile[0]) + '\\s*');
    closingTagRe = new RegExp('\\s*' + escapeRegExp(tagsToCompile[1]));
    closingCurlyRe = new RegExp('\\s*' + escapeRegExp('}' + tagsToCompile[1]));
  }

  compileTags(tags || mustache.tags);

  var scanner = new Scanner(template);

  var start, type, value, chr, token, openSection;
  while (!scanner.eos()) {
    start = scanner.pos;

    // Match any text between tags.
    value = scanner.scanUntil(openingTagRe);

    if (value) {
      for (var i = 0, valueLength = value.length; i < valueLength; ++i) {
        chr = value.charAt(i);

        if (isWhitespace(chr)) {
          spaces.push(tokens.length);
          indentation += chr;
        } else {
          nonSpace = true;
          lineHasNonSpace = true;
          indentation += ' ';
        }

        tokens.push([ 'text', chr, start, start + 1 ]);
        start += 1;

        // Check for whitespace on the current line.
        if (chr === '\n') {
          stripSpace();
          indentation = '';
          tagIndex = 0;
          lineHasNonSpace = false;
        }
      }
    }

    // Match the opening tag.
    if (!scanner.scan(openingTagRe))
      break;

    hasTag = true;

    // Get the tag type.
    type = scanner.scan(tagRe) || 'name';
    scanner.scan(whiteRe);

    // Get the tag value.
    if (type === '=') {
      value = scanner.scanUntil(equalsRe);
      scanner.scan(equalsRe);
      scanner.scanUntil(closingTagRe);
    } else if (type === '{') {
      value = scanner.scanUntil(closingCurlyRe);
      scanner.scan(curlyRe);
      scanner.scanUntil(closingTagRe);
      type = '&';
    } else {
      value = scanner.scanUntil(closingTagRe);
    }

    // Match the closing tag.
    if (!scanner.scan(closingTagRe))
      throw new Error('Unclosed tag at ' + scanner.pos);

    if (type == '>') {
      token = [ type, value, start, scanner.pos, indentation, tagIndex, lineHasNonSpace ];
    } else {
      token = [ type, value, start, scanner.pos ];
    }
    tagIndex++;
    tokens.push(token);

    if (type === '#' || type === '^') {
      sections.push(token);
    } else if (type === '/') {
      // Check section nesting.
      openSection = sections.pop();

      if (!openSection)
        throw new Error('Unopened section "' + value + '" at ' + start);

      if (openSection[1] !== value)
        throw new Error('Unclosed section "' + openSection[1] + '" at ' + start);
    } else if (type === 'name' || type === '{' || type === '&') {
      nonSpace = true;
    } else if (type === '=') {
      // Set the tags for the next time around.
      compileTags(value);
    }
  }

  stripSpace();

  // Make sure there are no open sections when we're done.
  openSection = sections.pop();

  if (openSection)
    throw new Error('Unclosed section "' + openSection[1] + '" at ' + scanner.pos);

  return nestTokens(squashTokens(tokens));
}

/**
 * Combines the values of consecutive text tokens in the given `tokens` array
 * to a single token.
 */
function squashTokens (tokens) {
  var squashedTokens = [];

  var token, lastToken;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];

    if (token) {
      if (token[0] === 'text' && lastToken && lastToken[0] === 'text') {
        lastToken[1] += token[1];
        lastToken[3] = token[3];
      } else {
        squashedTokens.push(token);
        lastToken = token;
      }
    }
  }

  return squashedTokens;
}

/**
 * Forms the given array of `tokens` into a nested tree structure where
 * tokens that represent a section have two additional items: 1) an array of
 * all tokens that appear in that section and 2) the index in the original
 * template that represents the end of that section.
 */
function nestTokens (tokens) {
  var nestedTokens = [];
  var collector = nestedTokens;
  var sections = [];

  var token, section;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];

    switch (token[0]) {
      case '#':
      case '^':
        collector.push(token);
        sections.push(token);
        collector = token[4] = [];
        break;
      case '/':
        section = sections.pop();
        section[5] = token[2];
        collector = sections.length > 0 ? sections[sections.length - 1][4] : nestedTokens;
        break;
      default:
        collector.push(token);
    }
  }

  return nestedTokens;
}

/**
 * A simple string scanner that is used by the template parser to find
 * tokens in template strings.
 */
function Scanner (string) {
  this.string = string;
  this.tail = string;
  this.pos = 0;
}

/**
 * Returns `true` if the tail is empty (end of string).
 */
Scanner.prototype.eos = function eos () {
  return this.tail === '';
};

/**
 * Tries to match the given regular expression at the current position.
 * Returns the matched text if it can match, the empty string otherwise.
 */
Scanner.prototype.scan = function scan (re) {
  var match = this.tail.match(re);

  if (!match || match.index !== 0)
    return '';

  var string = match[0];

  this.tail = this.tail.substring(string.length);
  this.pos += string.length;

  return string;
};

/**
 * Skips all text until the given regular expression can be matched. Returns
 * the skipped string, which is the entire tail if no match can be made.
 */
Scanner.prototype.scanUntil = function scanUntil (re) {
  var index = this.tail.search(re), match;

  switch (index) {
    case -1:
      match = this.tail;
      this.tail = '';
      break;
    case 0:
      match = '';
      break;
    default:
      match = this.tail.substring(0, index);
      this.tail = this.tail.substring(index);
  }

  this.pos += match.length;

  return match;
};

/**
 * Represents a rendering context by wrapping a view object and
 * maintaining a reference to the parent context.
 */
function Context (view, parentContext) {
  this.view = view;
  this.cache = { '.': this.view };
  this.parent = parentContext;
}

/**
 * Creates a new context using the given view with this context
 * as the parent.
 */
Context.prototype.push = function push (view) {
  return new Context(view, this);
};

/**
 * Returns the value of the given name in this context, traversing
 * up the context hierarchy if the value is absent in this context's view.
 */
Context.prototype.lookup = function lookup (name) {
  var cache = this.cache;

  var value;
  if (cache.hasOwnProperty(name)) {
    value = cache[name];
  } else {
    var context = this, intermediateValue, names, index, lookupHit = false;

    while (context) {
      if (name.indexOf('.') > 0) {
        intermediateValue = context.view;
        names = name.split('.');
        index = 0;

        /**
         * Using the dot notion path in `name`, we descend through the
         * nested objects.
         *
         * To be certain that the lookup has been successful, we have to
         * check if the last object in the path actually has the property
         * we are looking for. We store the result in `lookupHit`.
         *
         * This is specially necessary for when the value has been set to
         * `undefined` and we want to avoid looking up parent contexts.
         *
         * In the case where dot notation is used, we consider the lookup
         * to be successful even if the last "object" in the path is
         * not actually an object but a primitive (e.g., a string, or an
         * integer), because it is sometimes useful to access a property
         * of an autoboxed primitive, such as the length of a string.
         **/
        while (intermediateValue != null && index < names.length) {
          if (index === names.length - 1)
            lookupHit = (
              hasProperty(intermediateValue, names[index])
              || primitiveHasOwnProperty(intermediateValue, names[index])
            );

          intermediateValue = intermediateValue[names[index++]];
        }
      } else {
        intermediateValue = context.view[name];

        /**
         * Only checking against `hasProperty`, which always returns `false` if
         * `context.view` is not an object. Deliberately omitting the check
         * against `primitiveHasOwnProperty` if dot notation is not used.
         *
         * Consider this example:
         * ```
         * Mustache.render("The length of a football field is {{#length}}{{length}}{{/length}}.", {length: "100 yards"})
         * ```
         *
         * If we were to check also against `primitiveHasOwnProperty`, as we do
         * in the dot notation case, then render call would return:
         *
         * "The length of a football field is 9."
         *
         * rather than the expected:
         *
         * "The length of a football field is 100 yards."
         **/
        lookupHit = hasProperty(context.view, name);
      }

      if (lookupHit) {
        value = intermediateValue;
        break;
      }

      context = context.parent;
    }

    cache[name] = value;
  }

  if (isFunction(value))
    value = value.call(this.view);

  return value;
};

/**
 * A Writer knows how to take a stream of tokens and render them to a
 * string, given a context. It also maintains a cache of templates to
 * avoid the need to parse the same template twice.
 */
function Writer () {
  this.templateCache = {
    _cache: {},
    set: function set (key, value) {
      this._cache[key] = value;
    },
    get: function get (key) {
      return this._cache[key];
    },
    clear: function clear () {
      this._cache = {};
    }
  };
}

/**
 * Clears all cached templates in this writer.
 */
Writer.prototype.clearCache = function clearCache () {
  if (typeof this.templateCache !== 'undefined') {
    this.templateCache.clear();
  }
};

/**
 * Parses and caches the given `template` according to the given `tags` or
 * `mustache.tags` if `tags` is omitted,  and returns the array of tokens
 * that is generated from the parse.
 */
Writer.prototype.parse = function parse (template, tags) {
  var cache = this.templateCache;
  var cacheKey = template + ':' + (tags || mustache.tags).join(':');
  var isCacheEnabled = typeof cache !== 'undefined';
  var tokens = isCacheEnabled ? cache.get(cacheKey) : undefined;

  if (tokens == undefined) {
    tokens = parseTemplate(template, tags);
    isCacheEnabled && cache.set(cacheKey, tokens);
  }
  return tokens;
};

/**
 * High-level method that is used to render the given `template` with
 * the given `view`.
 *
 * The optional `partials` argument may be an object that contains the
 * names and templates of partials that are used in the template. It may
 * also be a function that is used to load partial templates on the fly
 * that takes a single argument: the name of the partial.
 *
 * If the optional `config` argument is given here, then it should be an
 * object with a `tags` attribute or an `escape` attribute or both.
 * If an array is passed, then it will be interpreted the same way as
 * a `tags` attribute on a `config` object.
 *
 * The `tags` attribute of a `config` object must be an array with two
 * string values: the opening and closing tags used in the template (e.g.
 * [ "<%", "%>" ]). The default is to mustache.tags.
 *
 * The `escape` attribute of a `config` object must be a function which
 * accepts a string as input and outputs a safely escaped string.
 * If an `escape` function is not provided, then an HTML-safe string
 * escaping function is used as the default.
 */
Writer.prototype.render = function render (template, view, partials, config) {
  var tags = this.getConfigTags(config);
  var tokens = this.parse(template, tags);
  var context = (view instanceof Context) ? view : new Context(view, undefined);
  return this.renderTokens(tokens, context, partials, template, config);
};

/**
 * Low-level method that renders the given array of `tokens` using
 * the given `context` and `partials`.
 *
 * Note: The `originalTemplate` is only ever used to extract the portion
 * of the original template that was contained in a higher-order section.
 * If the template doesn't use higher-order sections, this argument may
 * be omitted.
 */
Writer.prototype.renderTokens = function renderTokens (tokens, context, partials, originalTemplate, config) {
  var buffer = '';

  var token, symbol, value;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    value = undefined;
    token = tokens[i];
    symbol = token[0];

    if (symbol === '#') value = this.renderSection(token, context, partials, originalTemplate, config);
    else if (symbol === '^') value = this.renderInverted(token, context, partials, originalTemplate, config);
    else if (symbol === '>') value = this.renderPartial(token, context, partials, config);
    else if (symbol === '&') value = this.unescapedValue(token, context);
    else if (symbol === 'name') value = this.escapedValue(token, context, config);
    else if (symbol === 'text') value = this.rawValue(token);

    if (value !== undefined)
      buffer += value;
  }

  return buffer;
};

Writer.prototype.renderSection = function renderSection (token, context, partials, originalTemplate, config) {
  var self = this;
  var buffer = '';
  var value = context.lookup(token[1]);

  // This function is used to render an arbitrary template
  // in the current context by higher-order sections.
  function subRender (template) {
    return self.render(template, context, partials, config);
  }

  if (!value) return;

  if (isArray(value)) {
    for (var j = 0, valueLength = value.length; j < valueLength; ++j) {
      buffer += this.renderTokens(token[4], context.push(value[j]), partials, originalTemplate, config);
    }
  } else if (typeof value === 'object' || typeof value === 'string' || typeof value === 'number') {
    buffer += this.renderTokens(token[4], context.push(value), partials, originalTemplate, config);
  } else if (isFunction(value)) {
    if (typeof originalTemplate !== 'string')
      throw new Error('Cannot use higher-order sections without the original template');

    // Extract the portion of the original template that the section contains.
    value = value.call(context.view, originalTemplate.slice(token[3], token[5]), subRender);

    if (value != null)
      buffer += value;
  } else {
    buffer += this.renderTokens(token[4], context, partials, originalTemplate, config);
  }
  return buffer;
};

Writer.prototype.renderInverted = function renderInverted (token, context, partials, originalTemplate, config) {
  var value = context.lookup(token[1]);

  // Use JavaScript's definition of falsy. Include empty arrays.
  // See https://github.com/janl/mustache.js/issues/186
  if (!value || (isArray(value) && value.length === 0))
    return this.renderTokens(token[4], context, partials, originalTemplate, config);
};

Writer.prototype.indentPartial = function indentPartial (partial, indentation, lineHasNonSpace) {
  var filteredIndentation = indentation.replace(/[^ \t]/g, '');
  var partialByNl = partial.split('\n');
  for (var i = 0; i < partialByNl.length; i++) {
    if (partialByNl[i].length && (i > 0 || !lineHasNonSpace)) {
      partialByNl[i] = filteredIndentation + partialByNl[i];
    }
  }
  return partialByNl.join('\n');
};

Writer.prototype.renderPartial = function renderPartial (token, context, partials, config) {
  if (!partials) return;
  var tags = this.getConfigTags(config);

  var value = isFunction(partials) ? partials(token[1]) : partials[token[1]];
  if (value != null) {
    var lineHasNonSpace = token[6];
    var tagIndex = token[5];
    var indentation = token[4];
    var indentedValue = value;
    if (tagIndex == 0 && indentation) {
      indentedValue = this.indentPartial(value, indentation, lineHasNonSpace);
    }
    var tokens = this.parse(indentedValue, tags);
    return this.renderTokens(tokens, context, partials, indentedValue, config);
  }
};

Writer.prototype.unescapedValue = function unescapedValue (token, context) {
  var value = context.lookup(token[1]);
  if (value != null)
    return value;
};

Writer.prototype.escapedValue = function escapedValue (token, context, config) {
  var escape = this.getConfigEscape(config) || mustache.escape;
  var value = context.lookup(token[1]);
  if (value != null)
    return (typeof value === 'number' && escape === mustache.escape) ? String(value) : escape(value);
};

Writer.prototype.rawValue = function rawValue (token) {
  return token[1];
};

Writer.prototype.getConfigTags = function getConfigTags (config) {
  if (isArray(config)) {
    return config;
  }
  else if (config && typeof config === 'object') {
    return config.tags;
  }
  else {
    return undefined;
  }
};

Writer.prototype.getConfigEscape = function getConfigEscape (config) {
  if (config && typeof config === 'object' && !isArray(config)) {
    return config.escape;
  }
  else {
    return undefined;
  }
};

var mustache = {
  name: 'mustache.js',
  version: '4.2.0',
  tags: [ '{{', '}}' ],
  clearCache: undefined,
  escape: undefined,
  parse: undefined,
  render: undefined,
  Scanner: undefined,
  Context: undefined,
  Writer: undefined,
  /**
   * Allows a user to override the default caching strategy, by providing an
   * object with set, get and clear methods. This can also be used to disable
   * the cache by setting it to the literal `undefined`.
   */
  set templateCache (cache) {
    defaultWriter.templateCache = cache;
  },
  /**
   * Gets the default or overridden caching object from the default writer.
   */
  get templateCache () {
    return defaultWriter.templateCache;
  }
};

// All high-level mustache.* functions use this writer.
var defaultWriter = new Writer();

/**
 * Clears all cached templates in the default writer.
 */
mustache.clearCache = function clearCache () {
  return defaultWriter.clearCache();
};

/**
 * Parses and caches the given template in the default writer and returns the
 * array of tokens it contains. Doing this ahead of time avoids the need to
 * parse templates on the fly as they are rendered.
 */
mustache.parse = function parse (template, tags) {
  return defaultWriter.parse(template, tags);
};

/**
 * Renders the `template` with the given `view`, `partials`, and `config`
 * using the default writer.
 */
mustache.render = function render (template, view, partials, config) {
  if (typeof template !== 'string') {
    throw new TypeError('Invalid template! Template should be a "string" ' +
                        'but "' + typeStr(template) + '" was given as the first ' +
                        'argument for mustache#render(template, view, partials)');
  }

  return defaultWriter.render(template, view, partials, config);
};

// Export the escaping function so that the user may override it.
// See https://github.com/janl/mustache.js/issues/244
mustache.escape = escapeHtml;

// Export these mainly for testing, but also for advanced usage.
mustache.Scanner = Scanner;
mustache.Context = Context;
mustache.Writer = Writer;

/* harmony default export */ const mustache_mustache = (mustache);

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(58382);
// EXTERNAL MODULE: ./src/config/yaml-source.ts + 1 modules
var yaml_source = __nccwpck_require__(60405);
;// CONCATENATED MODULE: ./src/units/template-tags.ts



/** The template's tags, or an error at the line Mustache could not parse. */
function template_tags_parseTemplate(template) {
    try {
        return mustache_mustache.parse(template.text);
    }
    catch (error) {
        const message = error.message;
        throw new errors/* SystemdUnitsError */.dp(`invalid template: ${message}`, (0,errors/* atLine */.sU)(template.source, errorLine(template.text, message)));
    }
}
/** Every name a template's tags use, sections included. */
function templateVariables(template) {
    return tagNames(template_tags_parseTemplate(template));
}
/** Every name the tags use, sections included. */
function tagNames(tokens) {
    const used = new Set();
    const collect = (list) => {
        for (const [type, name, , , children] of list) {
            if (['name', '&', '#', '^'].includes(type))
                used.add(name);
            if (children)
                collect(children);
        }
    };
    collect(tokens);
    return used;
}
/**
 * The line a Mustache parse error is about. Mustache places an unclosed section at the end of the
 * template, so for that one we point at the tag that opened it.
 */
function errorLine(text, message) {
    const unclosed = /^Unclosed section "([^"]+)"/.exec(message)?.[1];
    const opening = unclosed === undefined ? -1 : Math.max(text.lastIndexOf(`{{#${unclosed}}}`), text.lastIndexOf(`{{^${unclosed}}}`));
    const offset = opening >= 0 ? opening : Number(/at (\d+)/.exec(message)?.[1] ?? NaN);
    return Number.isNaN(offset) ? undefined : (0,yaml_source/* lineIndex */.Dp)(text)(offset);
}

// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __nccwpck_require__(29940);
;// CONCATENATED MODULE: ./src/units/sections.ts
function addToSections(content, additions) {
    if (!additions || additions.size === 0)
        return content;
    const lines = content.replace(/\n+$/, '').split('\n');
    for (const [section, added] of additions) {
        if (added.length === 0)
            continue;
        const header = lines.indexOf(`[${section}]`);
        if (header >= 0) {
            let end = header + 1;
            while (end < lines.length && !lines[end].startsWith('['))
                end++;
            while (end > header + 1 && lines[end - 1] === '')
                end--;
            lines.splice(end, 0, ...added);
            continue;
        }
        const install = lines.indexOf('[Install]');
        if (section === 'Unit')
            lines.splice(0, 0, `[${section}]`, ...added, '');
        else if (section !== 'Install' && install >= 0)
            lines.splice(install, 0, `[${section}]`, ...added, '');
        else
            lines.push(...(lines.at(-1) === '' ? [] : ['']), `[${section}]`, ...added);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Give each directive exactly the lines asked for: every line the rendered unit already has for
 * it in that section is removed, and the new ones go where the first of them was (or at the end
 * of the section, created if need be), so a directive is never written twice.
 */
function replaceInSections(content, replacements) {
    if (!replacements || replacements.size === 0)
        return content;
    let lines = content.replace(/\n+$/, '').split('\n');
    const appended = new Map();
    for (const [section, directives] of replacements) {
        const header = lines.indexOf(`[${section}]`);
        let end = header + 1;
        while (header >= 0 && end < lines.length && !lines[end].startsWith('['))
            end++;
        for (const [directive, values] of directives) {
            const written = values.map((value) => `${directive}=${value}`);
            const owned = (line) => line.startsWith(`${directive}=`);
            const first = header < 0 ? -1 : lines.slice(header + 1, end).findIndex(owned);
            if (first < 0) {
                appended.set(section, [...(appended.get(section) ?? []), ...written]);
                continue;
            }
            const body = lines.slice(header + 1, end);
            const kept = body.filter((line) => !owned(line));
            kept.splice(first, 0, ...written);
            lines = [...lines.slice(0, header + 1), ...kept, ...lines.slice(end)];
            end = header + 1 + kept.length;
        }
    }
    return addToSections(`${lines.join('\n')}\n`, appended);
}

// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __nccwpck_require__(24646);
// EXTERNAL MODULE: ./src/systemd/syntax.ts
var syntax = __nccwpck_require__(87672);
// EXTERNAL MODULE: ./src/units/setting-directives.ts
var setting_directives = __nccwpck_require__(97026);
;// CONCATENATED MODULE: ./src/units/setting-views.ts
/**
 * Every resolved setting as a template sees it, under its option name ({{current_dir}},
 * {{version}}, ...), escaped so that it cannot end a line or expand a specifier wherever a
 * template puts it: a template writes the directive around a value, so each value is escaped as
 * free text (systemd.unit(5) "Specifiers": "%%" is a literal "%"), except the two kinds that have
 * only one form in a unit: commands, as the Exec line they are, and env_vars, as Environment=
 * assignments (systemd.exec(5) Environment=). Values come from the resolved settings only, never
 * from the process environment.
 */




/** The template values of the settings `names` (option names), each escaped as the module comment says. Pure. */
function settingViews(settings, names) {
    const view = {};
    // Every string setting was checked to be one line (formats.ts), so the escapes here refuse nothing.
    for (const name of names)
        view[name] = settingView(settings, name);
    return view;
}
const COMMAND_REF = '#/$defs/command';
function settingView(settings, name) {
    const node = schema/* configSchema */.Qn.properties[name];
    if (isCommand(node)) {
        const command = settings.command(name);
        return command === undefined ? undefined : (0,setting_directives/* renderCommand */.C)(command);
    }
    if (node.items && isCommand(node.items))
        return settings.commands(name).map(setting_directives/* renderCommand */.C);
    if (name === 'env_vars')
        return settings.environment().map(([variable, value]) => (0,syntax/* escapeEnvironment */.fw)(variable, value));
    const value = settings.value(name);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'boolean')
        return value;
    if (Array.isArray(value))
        return value.map((item) => (0,syntax/* escapeText */.X1)((0,shared_text/* scalarText */.ws)(item)));
    // A mapping (hardening_overrides) is one `key=value` item per value, a list value one per element.
    if (typeof value === 'object') {
        return Object.entries(value).flatMap(([key, item]) => [item]
            .flat()
            .filter((element) => element !== null && element !== undefined)
            .map((element) => (0,syntax/* escapeText */.X1)(`${key}=${(0,shared_text/* scalarText */.ws)(element)}`)));
    }
    return (0,syntax/* escapeText */.X1)((0,shared_text/* scalarText */.ws)(value));
}
function isCommand(node) {
    return node.$ref === COMMAND_REF || (node.anyOf ?? []).some((alternative) => alternative.$ref === COMMAND_REF);
}

;// CONCATENATED MODULE: ./src/units/render.ts







/** Values are escaped for systemd before they reach a template, so Mustache must not HTML-escape them. */
const NO_ESCAPING = { escape: (value) => String(value) };
/**
 * Render each planned unit with its template and check the result is well-formed unit syntax. A
 * template sees its unit's view and, under their option names, the settings it uses
 * (setting-views.ts); a view key wins over a setting of the same name. Pure.
 */
function renderUnits(plans, templates, settings) {
    return plans.map((plan) => {
        const template = templates.get(plan.template);
        if (!template)
            throw new Error(`no template ${plan.template}`);
        const view = templateView(template, plan.view, settings);
        const rendered = addToSections(mustache_mustache.render(template.text, view, {}, NO_ESCAPING), plan.directives);
        const content = replaceInSections(rendered, plan.replacements);
        checkUnitSyntax(plan.name, content, template);
        return { name: plan.name, content, template: (0,errors/* describeLocation */.lR)(template.source) };
    });
}
/**
 * What the template sees: the unit's view, and the settings the template names that the view does
 * not hold.
 */
function templateView(template, unitView, settings) {
    const tokens = template_tags_parseTemplate(template);
    const fromSettings = [...tagNames(tokens)].filter((name) => schema/* optionNames */.W6.includes(name) && !Object.hasOwn(unitView, name));
    const view = { ...settingViews(settings, fromSettings), ...unitView };
    checkTemplateTags(template, tokens, view, [...new Set([...Object.keys(unitView), ...schema/* optionNames */.W6])]);
    return view;
}
/**
 * Check every tag against the view before rendering, so a template cannot render what it does not
 * mean: a name that is neither a view key nor a setting (`names`) is an error with the closest of
 * those, at the tag's line (Mustache would render a typo as nothing); a list as a value renders joined by
 * commas; `{{.}}` outside a section over a list or string renders the whole view as
 * "[object Object]"; a partial (`{{>name}}`) renders nothing, as no partials are given. Views hold
 * only data, never functions, so Mustache lambdas cannot arise.
 */
function checkTemplateTags(template, tokens, view, names) {
    const at = (0,yaml_source/* lineIndex */.Dp)(template.text);
    // What `{{.}}` stands for where a tag is: the whole view, or one value (a list item or a string).
    const visit = (list, dot) => {
        for (const [type, name, start, , children] of list) {
            const fail = (reason, key) => new errors/* SystemdUnitsError */.dp(reason, { ...(0,errors/* atLine */.sU)(template.source, at(start)), ...(key ? { key } : {}) });
            if (type === '>')
                throw fail(`partials ({{>${name}}}) are not supported: a template is one file`);
            if (!['name', '&', '#', '^'].includes(type))
                continue;
            const value = name === '.' ? undefined : view[name];
            if (name === '.') {
                if (dot === 'view')
                    throw fail('{{.}} here is the whole view, not a value: use it only inside a section over a list');
            }
            else if (!names.includes(name)) {
                const suggestion = (0,schema/* closestName */.Nf)(name, names);
                throw fail(`unknown template variable${suggestion ? ` (did you mean ${suggestion}?)` : ''}`, name);
            }
            else if ((type === 'name' || type === '&') && Array.isArray(value)) {
                throw fail(`${name} is a list: render its items with {{#${name}}}{{.}}{{/${name}}}`, name);
            }
            // A section over a list or a string makes each item (or the string) the context; over a
            // boolean, and an inverted section, leaves the context as it was.
            const inner = type === '#' && (Array.isArray(value) || typeof value === 'string') ? 'value' : dot;
            if (children)
                visit(children, inner);
        }
    };
    visit(tokens, 'view');
}
/** systemd.syntax(7): every line is blank, a comment, a [Section] header or Key=value. */
const UNIT_LINE = /^(?:|[#;].*|\[[A-Za-z][A-Za-z0-9-]*\]|[A-Za-z][A-Za-z0-9]*=.*)$/;
function checkUnitSyntax(name, content, template) {
    const lines = content.split('\n');
    for (const [index, line] of lines.entries()) {
        // A trailing backslash would join the next line to this one (systemd.syntax(7) "continuation").
        if (!UNIT_LINE.test(line) || line.endsWith('\\')) {
            throw new errors/* SystemdUnitsError */.dp(`renders line ${index + 1} of ${name} as ${JSON.stringify(line)}, which is not unit file syntax`, {
                ...template.source,
            });
        }
    }
    if (!/^\[[A-Za-z]+\]$/.test(lines.find((line) => line !== '' && !/^[#;]/.test(line)) ?? '')) {
        throw new errors/* SystemdUnitsError */.dp(`renders ${name} without a [Section] before its first setting`, template.source);
    }
}

// EXTERNAL MODULE: ./src/units/templates.ts
var units_templates = __nccwpck_require__(63584);
// EXTERNAL MODULE: ./src/units/views.ts + 8 modules
var views = __nccwpck_require__(75285);
// EXTERNAL MODULE: ./src/output/write-files.ts
var write_files = __nccwpck_require__(36260);
;// CONCATENATED MODULE: ./src/jobs/units.ts








/**
 * inputs → config → settings → units, all in memory: nothing is written until everything is valid,
 * output_dir included (it must lead inside the boundary, symlinks followed).
 */
async function generateUnits(request) {
    const settings = await (0,load/* loadSettings */.M)(request);
    const boundary = (0,load/* boundaryOf */.i)(request);
    const { workingDirectory } = request;
    const templates = (0,units_templates/* loadTemplates */.K8)({
        workingDirectory,
        templateDir: settings.string('template_dir'),
        location: settings.locate('template_dir'),
        boundary,
    });
    const outputDir = settings.string('output_dir');
    const location = settings.locate('output_dir');
    const where = { path: outputDir, base: workingDirectory, origin: (0,shared_boundary/* originOf */.yv)(location), location };
    (0,shared_boundary/* confinePath */.ey)(boundary, { ...where, what: 'output directory' });
    const { units: plans, notices } = (0,views/* planUnits */.n)(settings, (name) => templateVariables(templates.get(name)));
    return { settings, units: renderUnits(plans, templates, settings), notices, outputDir };
}
/** Write the units, all or none; returns their paths relative to the working directory. */
async function writeUnits(workingDirectory, generated) {
    const written = await (0,write_files/* writeFilesAtomically */.i)((0,external_node_path_.resolve)(workingDirectory, generated.outputDir), generated.units);
    return written.map((path) => (0,external_node_path_.relative)(workingDirectory, path));
}


/***/ }),

/***/ 52628:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ NO_FILES)
/* harmony export */ });
/** No files at all: for reading a manifest on its own. */
const NO_FILES = { read: () => undefined, directories: () => [] };


/***/ }),

/***/ 19061:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ SignalGuard),
/* harmony export */   j: () => (/* binding */ Interrupted)
/* harmony export */ });
/** The signals a runner or a shell stops a step with: the runner's cancel sends SIGINT, then SIGTERM. */
const STOP_SIGNALS = ['SIGTERM', 'SIGINT'];
/** A stop signal arrived while files were being staged; the staged files are removed. */
class Interrupted extends Error {
    signal;
    constructor(signal) {
        super(`stopped by ${signal}`);
        this.signal = signal;
        this.name = 'Interrupted';
    }
}
/**
 * Holds SIGTERM and SIGINT off while files are staged, so the staged files can be removed
 * before the process ends; `release` then raises the signal again, and the process ends as it
 * was asked to (signal(7): with the default action, by the signal). Handlers are installed only
 * for the guard's lifetime, so outside it a signal acts as it always does.
 */
class SignalGuard {
    received;
    onSignal = (signal) => {
        this.received ??= signal;
    };
    constructor() {
        for (const signal of STOP_SIGNALS)
            process.on(signal, this.onSignal);
    }
    /**
     * A point where staging may stop: the writes are synchronous, so a signal is only seen when
     * the event loop turns and its poll phase runs the signal's listeners. Two turns, because on
     * the loop's first iteration the check phase can come before the signal is polled (measured).
     */
    async checkpoint() {
        for (let turn = 0; turn < 2; turn++)
            await new Promise((resolve) => setImmediate(resolve));
        if (this.received !== undefined)
            throw new Interrupted(this.received);
    }
    /**
     * Remove the handlers and raise a signal that arrived meanwhile. When another listener is left
     * (a host process that handles signals itself), it has seen the signal already: raise nothing.
     */
    release() {
        for (const signal of STOP_SIGNALS)
            process.off(signal, this.onSignal);
        if (this.received !== undefined && process.listenerCount(this.received) === 0)
            process.kill(process.pid, this.received);
    }
}


/***/ }),

/***/ 37412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ writeFailure),
/* harmony export */   U: () => (/* binding */ errnoOf)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58382);

/**
 * What each errno a write can fail with means for the user, and what to do about it: the one
 * table every write (unit files, templates, archives) takes its messages from, so no error is
 * raw errno text alone. Meanings from errno(3), open(2), rename(2), write(2) and mkdir(2).
 */
const WRITE_ERRNO_ADVICE = {
    EACCES: "permission denied: give the step's user write access to the directory, or choose another directory",
    EPERM: 'not permitted (an immutable or append-only file or directory, see chattr(1), or a sealed mount): lift the attribute or choose another directory',
    EROFS: 'the file system is read-only: choose a directory on a writable file system',
    ENOSPC: 'no space left on the device: free disk space on the runner, or choose another file system',
    EDQUOT: 'the disk quota is used up: free space or raise the quota',
    EFBIG: 'the file is larger than this process may write (RLIMIT_FSIZE, `ulimit -f`) or the file system allows: raise the limit',
    EISDIR: 'a directory is where a file goes: remove or rename the directory',
    ENOTDIR: 'a file is where a directory goes: remove or rename the file, or choose another directory',
    EEXIST: 'a file is in the way: remove it, or choose another directory',
    ENOENT: 'a directory on the way is missing (removed while the run wrote?): run again',
    ENAMETOOLONG: 'the path is longer than the file system allows: choose a shorter directory',
    ELOOP: 'a symbolic link loop is on the way: remove the link',
    EMFILE: 'the process has too many open files: raise `ulimit -n`',
    ENFILE: 'the system has too many open files: try again later',
    EBUSY: 'the file is in use (a mount point?): choose another path',
    EXDEV: 'the file would cross file systems: keep the directory on one file system',
    EIO: "the device reported an I/O error: check the runner's disk",
};
/** The errno code of a failed system call, if it is one. */
function errnoOf(error) {
    const code = error?.code;
    return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}
/**
 * A failed write as the user reads it: the path, what went wrong and what to do, with the errno
 * code for searching. Errors that are not errno failures pass through unchanged.
 */
function writeFailure(error, path, what = 'write', location) {
    if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp)
        return error;
    const code = errnoOf(error);
    if (code === undefined)
        return error;
    const advice = WRITE_ERRNO_ADVICE[code] ?? `the system call failed: ${error.message}`;
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`cannot ${what} ${path}: ${advice} (${code}); nothing was changed`, location);
}


/***/ }),

/***/ 36260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(58382);
/* harmony import */ var _shared_boundary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(85463);
/* harmony import */ var _write_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(37412);
/* harmony import */ var _signal_guard_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(19061);






let writes = 0;
/**
 * Write files into `directory`, all of them or none:
 * 1. check every target: a directory, a symbolic link or a special file where a file goes is an
 *    error naming each one, before anything is written; so is a directory the user cannot write;
 * 2. stage every file under a temporary name (`.tmp-*`) beside its target, and keep a hard link
 *    to each file about to be replaced;
 * 3. rename each staged file over its target (a rename replaces a name, never writes through a
 *    link, so nothing lands outside the directory); if one fails, the files already renamed are
 *    put back from their links, and new ones removed.
 * Staged files and links are removed on failure, and on SIGTERM or SIGINT while staging, after
 * which the signal ends the process as it would have. Errors name the path and what to do.
 *
 * The file I/O is synchronous on purpose: a one-shot process gains nothing from the thread pool,
 * and `node:fs/promises` costs more start-up time than the writes themselves (`npm run bench`);
 * between files the event loop turns once, so a signal is seen while staging.
 */
async function writeFilesAtomically(directory, files) {
    const targets = files.map((file) => containedPath(directory, file.name));
    const created = makeDirectory(directory);
    const placements = [];
    const renamed = [];
    const guard = new _signal_guard_js__WEBPACK_IMPORTED_MODULE_5__/* .SignalGuard */ .Y();
    try {
        checkTargets(directory, targets);
        // Unique per process and call; 'wx' refuses an existing file rather than trusting the name.
        // Not derived from the target's name: a unit name may take all 255 bytes a file name has.
        const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, `.tmp-${process.pid}-${Date.now()}-${++writes}-`);
        for (const [index, file] of files.entries()) {
            const target = targets[index];
            const placement = { target, staged: `${prefix}${index}`, backup: undefined };
            placements.push(placement);
            attempt(target, 'stage', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(placement.staged, file.content, { mode: 0o644, flag: 'wx' }));
            if (exists(target)) {
                placement.backup = `${prefix}${index}-previous`;
                attempt(target, 'keep the previous', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(target, placement.backup));
            }
            await guard.checkpoint();
        }
        for (const placement of placements) {
            attempt(placement.target, 'replace', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(placement.staged, placement.target));
            renamed.push(placement);
        }
    }
    catch (error) {
        rollBack(renamed);
        for (const placement of placements)
            removeQuietly(placement.staged, placement.backup);
        if (created !== undefined)
            removeEmptyDirectories(directory, created);
        guard.release();
        throw error instanceof _signal_guard_js__WEBPACK_IMPORTED_MODULE_5__/* .Interrupted */ .j
            ? new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SystemdUnitsError */ .dp(`stopped by ${error.signal} while writing into ${directory}; nothing was changed`)
            : error;
    }
    for (const placement of placements)
        removeQuietly(placement.backup);
    // A signal that came during the renames: everything is in place, so the process may end now.
    await guard.checkpoint().catch(() => undefined);
    guard.release();
    return targets;
}
/** Run one step on `path`, turning an errno failure into a message that says what to do. */
function attempt(path, what, step) {
    try {
        step();
    }
    catch (error) {
        throw (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFailure */ .E)(error, path, what);
    }
}
/** mkdir -p; returns the first directory it created, or undefined when all existed. */
function makeDirectory(directory) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(directory, { recursive: true });
    }
    catch (error) {
        throw (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFailure */ .E)(error, directory, 'create the directory');
    }
}
/** Every target must be a regular file or absent, in a directory this process may write. */
function checkTargets(directory, targets) {
    attempt(directory, 'write into', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(directory, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK));
    const problems = targets.flatMap((target) => {
        const kind = notRegularFile(target);
        return kind === undefined ? [] : [`${target} is ${kind}`];
    });
    if (problems.length > 0)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SystemdUnitsError */ .dp(`cannot write the files: ${problems.join('; ')}. Only a regular file is replaced: remove or rename what is there, then run again; nothing was written`);
}
/** What a target that cannot be replaced is; undefined for a regular file or no file. */
function notRegularFile(target) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(target);
    }
    catch (error) {
        if ((0,_write_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .U)(error) === 'ENOENT')
            return undefined;
        throw (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFailure */ .E)(error, target, 'inspect');
    }
    if (stats.isDirectory())
        return 'a directory (EISDIR)';
    if (stats.isSymbolicLink())
        return 'a symbolic link (files are written in place of a link, never through one)';
    return (0,_shared_boundary_js__WEBPACK_IMPORTED_MODULE_3__/* .notRegular */ .oQ)(stats);
}
function exists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Put back what the renames replaced, last first: the previous file from its link, or no file. */
function rollBack(renamed) {
    for (const placement of [...renamed].reverse()) {
        try {
            if (placement.backup === undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(placement.target, { force: true });
            else
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(placement.backup, placement.target);
        }
        catch {
            // Nothing better is left to do: the error that started the rollback is the one to report.
        }
    }
}
function removeQuietly(...paths) {
    for (const path of paths)
        if (path !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
}
/** Remove the directories makeDirectory created, deepest first, as long as they are empty. */
function removeEmptyDirectories(directory, created) {
    for (let path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory); path.length >= (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(created).length; path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(path);
        }
        catch {
            return;
        }
    }
}
/** `directory/name`, refusing any name that would resolve outside `directory`. */
function containedPath(directory, name) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory, name);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory), target);
    if (name.includes('/') || name.includes(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || inside === '' || inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SystemdUnitsError */ .dp(`refusing to write ${JSON.stringify(name)}: it is not a plain file name inside ${directory}`);
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, name);
}


/***/ }),

/***/ 40157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ readEntries),
/* harmony export */   PG: () => (/* binding */ endOfArchive),
/* harmony export */   j7: () => (/* binding */ normalise),
/* harmony export */   vv: () => (/* binding */ encodeEntry)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58382);

/**
 * The POSIX ustar format (POSIX.1-2001 "pax" Interchange Format, ustar header), written and read
 * by hand so archives are byte-for-byte reproducible and an existing tarball can be extended
 * without re-encoding its entries.
 */
const BLOCK = 512;
/** tar's default blocking factor: archives are padded to records of 20 blocks. */
const RECORD = 20 * BLOCK;
/** Header and data blocks of an entry; owner 0:0 (root), as a package's files are. */
function encodeEntry(entry) {
    const content = entry.content ?? Buffer.alloc(0);
    const header = Buffer.alloc(BLOCK);
    const [prefix, name] = splitName(entry.type === 'directory' ? `${entry.path}/` : entry.path);
    header.write(name, 0, 100, 'utf8');
    writeOctal(header, 100, 8, entry.mode);
    writeOctal(header, 108, 8, 0);
    writeOctal(header, 116, 8, 0);
    writeOctal(header, 124, 12, content.length);
    writeOctal(header, 136, 12, entry.mtime);
    header.write(entry.type === 'directory' ? '5' : '0', 156, 1, 'ascii');
    header.write('ustar\0', 257, 6, 'ascii');
    header.write('00', 263, 2, 'ascii');
    header.write('root', 265, 32, 'ascii');
    header.write('root', 297, 32, 'ascii');
    writeOctal(header, 329, 8, 0);
    writeOctal(header, 337, 8, 0);
    header.write(prefix, 345, 155, 'utf8');
    // The checksum is computed with its own field read as eight spaces; stored as six digits, NUL, space.
    header.fill(' ', 148, 156);
    const sum = header.reduce((total, byte) => total + byte, 0);
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    return Buffer.concat([header, content, Buffer.alloc(padding(content.length))]);
}
/** Two zero blocks end an archive; then zeros up to a whole record, as tar writes it. */
function endOfArchive(length) {
    const total = length + 2 * BLOCK;
    return Buffer.alloc(2 * BLOCK + ((RECORD - (total % RECORD)) % RECORD));
}
/**
 * The entries of a tar stream with their raw bytes. Understands the extension headers that
 * precede an entry (pax `x`, GNU long names `L`/`K`) so a long path is read as the real one.
 * Anything it cannot read for certain is an error naming the entry and `source`: a header whose
 * checksum or size does not parse, an entry that runs past the end, an extension header with no
 * entry after it, data after the end-of-archive block. So every entry is kept exactly once, and
 * since each header moves the offset forward by at least a block, any input is read to its end.
 */
function readEntries(tar, source) {
    const entries = [];
    let offset = 0;
    let start = 0;
    let longPath;
    let sizeOverride;
    while (offset < tar.length) {
        if (offset + BLOCK > tar.length)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`${source} is truncated: ${tar.length - offset} bytes at byte ${offset} are not a whole tar header`);
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every((byte) => byte === 0)) {
            if (start !== offset)
                throw malformed(source, header, offset, 'an extension header is not followed by an entry');
            if (tar.subarray(offset).some((byte) => byte !== 0))
                throw malformed(source, header, offset, 'there is data after the end-of-archive block');
            break;
        }
        checkChecksum(header, source, offset);
        const type = String.fromCharCode(header[156]);
        const extension = type === 'x' || type === 'L' || type === 'K' || type === 'g';
        const size = (extension ? undefined : sizeOverride) ?? readSize(header, source, offset);
        const dataStart = offset + BLOCK;
        const next = dataStart + size + padding(size);
        if (next > tar.length)
            throw malformed(source, header, offset, `its ${size} bytes of data run past the end (truncated?)`);
        const data = tar.subarray(dataStart, dataStart + size);
        offset = next;
        if (type === 'x' || type === 'L' || type === 'K') {
            // Metadata for the entry that follows: remember it and keep its bytes with that entry.
            if (type === 'L')
                longPath = data.toString('utf8').replace(/\0+$/, '');
            if (type === 'x') {
                const records = paxRecords(data, source, header, dataStart - BLOCK);
                if (records.path !== undefined)
                    longPath = records.path;
                if (records.size !== undefined)
                    sizeOverride = paxSize(records.size, source, header, dataStart - BLOCK);
            }
            continue;
        }
        sizeOverride = undefined;
        const path = type === 'g' ? undefined : normalise(longPath ?? ustarName(header));
        longPath = undefined;
        entries.push({ path, bytes: tar.subarray(start, offset) });
        start = offset;
    }
    if (start !== offset)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`${source} is truncated: an extension header at its end is not followed by an entry`);
    return entries;
}
/** ustar stores a long path as prefix + `/` + name. */
function ustarName(header) {
    const name = cString(header.subarray(0, 100));
    const magic = header.subarray(257, 262).toString('ascii');
    const prefix = magic === 'ustar' ? cString(header.subarray(345, 500)) : '';
    return prefix ? `${prefix}/${name}` : name;
}
function normalise(path) {
    return path
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .replace(/\/+$/, '');
}
/** The error for a header that cannot be read for certain, naming the entry as its header spells it. */
function malformed(source, header, offset, problem) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`${source} is not a tar archive GNU tar would read the same way: the entry ${JSON.stringify(ustarName(header))} at byte ${offset}: ${problem}`);
}
/** pax records: `<length> <key>=<value>\n`, length (decimal) counting the whole record. */
function paxRecords(data, source, header, offset) {
    const records = {};
    let position = 0;
    // A pax header's data is padded with NULs to its declared size by some writers.
    const end = data.length - (data.toString('latin1').match(/\0*$/)?.[0].length ?? 0);
    while (position < end) {
        const space = data.indexOf(0x20, position);
        const digits = space === -1 ? '' : data.subarray(position, space).toString('latin1');
        const length = Number(digits);
        if (!/^[0-9]{1,15}$/.test(digits) || position + length > end || data[position + length - 1] !== 0x0a)
            throw malformed(source, header, offset, `its pax record at byte ${position} of the extended header is malformed`);
        const record = data.subarray(space + 1, position + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals <= 0)
            throw malformed(source, header, offset, `its pax record ${JSON.stringify(record)} has no key=value`);
        records[record.slice(0, equals)] = record.slice(equals + 1);
        position += length;
    }
    return records;
}
function paxSize(value, source, header, offset) {
    const size = Number(value);
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(size))
        throw malformed(source, header, offset, `its pax size=${JSON.stringify(value).slice(1, -1)} is not a size in bytes`);
    return size;
}
function readSize(header, source, offset) {
    const size = readNumber(header.subarray(124, 136));
    if (size === undefined)
        throw malformed(source, header, offset, `its size field ${JSON.stringify(header.subarray(124, 136).toString('latin1'))} is not a size in bytes`);
    return size;
}
function checkChecksum(header, source, offset) {
    const stored = readNumber(header.subarray(148, 156));
    // Some old writers summed the bytes as signed chars; both are valid.
    let unsigned = 0;
    let signed = 0;
    for (let index = 0; index < BLOCK; index++) {
        const byte = index >= 148 && index < 156 ? 0x20 : header[index];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    if (stored !== unsigned && stored !== signed)
        throw malformed(source, header, offset, 'its header checksum does not match (not a tar archive, or corrupted)');
}
/**
 * Octal digits (space- or NUL-terminated, as tar writes them), or GNU's base-256 (first byte 0x80)
 * for values octal cannot hold; `undefined` for anything else, negative base-256 (0xff) included.
 */
function readNumber(field) {
    if (field[0] === 0x80) {
        let value = 0;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        return Number.isSafeInteger(value) ? value : undefined;
    }
    const text = field.toString('latin1');
    const digits = /^ *([0-7]*)[ \0]*$/.exec(text)?.[1];
    if (digits === undefined)
        return undefined;
    const value = digits === '' ? 0 : parseInt(digits, 8);
    return Number.isSafeInteger(value) ? value : undefined;
}
function writeOctal(header, offset, width, value) {
    const digits = value.toString(8);
    if (digits.length > width - 1)
        throw new Error(`tar: ${value} does not fit a ${width}-byte field`);
    header.write(digits.padStart(width - 1, '0') + '\0', offset, width, 'ascii');
}
/** Split a path into ustar's prefix (155 bytes) and name (100 bytes) at a `/`. */
function splitName(path) {
    if (Buffer.byteLength(path) <= 100)
        return ['', path];
    for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
        const prefix = path.slice(0, cut);
        const name = path.slice(cut + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '')
            return [prefix, name];
    }
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`${JSON.stringify(path)} is too long for a tar archive entry (ustar holds 255 bytes, split at a /)`);
}
function cString(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
function padding(size) {
    return (BLOCK - (size % BLOCK)) % BLOCK;
}


/***/ }),

/***/ 99132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ checkPublishInputs),
/* harmony export */   CN: () => (/* binding */ checkArtifactName),
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   I$: () => (/* binding */ checkBranchName),
/* harmony export */   NH: () => (/* binding */ artifactNameProblem),
/* harmony export */   hq: () => (/* binding */ branchNameProblem),
/* harmony export */   n_: () => (/* binding */ checkRepository),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch),
/* harmony export */   pY: () => (/* binding */ archivePrefix)
/* harmony export */ });
/* unused harmony exports usesGitHubApi, checkToken, MAX_ARCHIVE_TIME */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58382);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(40157);


/**
 * Every check of a publishing input that needs nothing but the inputs and the environment, in
 * one place. The generate pipeline runs them before it generates, verifies or writes anything,
 * so a bad publishing input fails the run with nothing written; each error names the input.
 */
function checkPublishInputs(inputs, env) {
    checkToken(inputs);
    const committing = inputs.commit || inputs.pullRequest;
    if (committing && inputs.commitBranch !== '')
        checkBranchName(inputs.commitBranch, 'commit-branch');
    if (committing)
        checkCommitMessage(inputs.commitMessage);
    if (inputs.archive || inputs.appendTo !== '') {
        archivePrefix(inputs.archivePrefix);
        sourceDateEpoch(env);
    }
    if (inputs.appendTo !== '')
        checkAppendTo(inputs.appendTo);
    if (inputs.uploadArtifact && inputs.artifactName !== '')
        checkArtifactName(inputs.artifactName, 'artifact-name');
    if (usesGitHubApi(inputs))
        checkRepository(env);
    for (const name of ['SYSTEMD_UNITS_RETRY_DELAY_MS', 'SYSTEMD_UNITS_HTTP_TIMEOUT_MS'])
        positiveInteger(env, name);
}
const fail = (input, reason) => new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(reason, { kind: 'input', name: input });
/** Whether a step calls the GitHub API with `token`: commit-method api, and pull requests. */
function usesGitHubApi(inputs) {
    return inputs.pullRequest || (inputs.commit && inputs.commitMethod === 'api');
}
/**
 * A token is one word of printable characters: whitespace or a control character means a
 * secret pasted with more than the token (HTTP header values cannot carry a line break, and
 * the clients' errors would then quote the header). The message never shows the value.
 */
function checkToken(inputs) {
    if (/[\s\p{Cc}]/u.test(inputs.token))
        throw fail('token', 'contains whitespace or a control character, so it is no token: check the secret it comes from (its value is not shown)');
    if (usesGitHubApi(inputs) && inputs.token === '')
        throw fail('token', 'is empty: commit-method api and pull requests call the GitHub API with it (default: github.token)');
}
/**
 * Why `name` is not a branch name as `git check-ref-format --branch` accepts it
 * (git-check-ref-format(1), rules 1 to 10, and no leading `-`), or undefined when it is one.
 * So a branch can never turn a refspec into two refs (`main:refs/heads/other`) or an option.
 */
function branchNameProblem(name) {
    if (name === '')
        return 'it is empty';
    if (name.startsWith('-'))
        return 'it starts with "-"';
    if (name === '@' || name === 'HEAD')
        return `${name} names no branch`;
    const character = /[\p{Cc} ~^:?*[\\]/u.exec(name)?.[0];
    if (character !== undefined)
        return `it contains ${JSON.stringify(character)}`;
    if (name.includes('..'))
        return 'it contains ".."';
    if (name.includes('@{'))
        return 'it contains "@{"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'it starts or ends with "/" or has an empty part between slashes';
    if (name.endsWith('.'))
        return 'it ends with "."';
    const part = name.split('/').find((component) => component.startsWith('.') || component.endsWith('.lock'));
    if (part !== undefined)
        return `its part ${JSON.stringify(part)} starts with "." or ends with ".lock"`;
    return undefined;
}
/** A branch name, or an error naming the input and what git refuses in it. */
function checkBranchName(name, input) {
    const problem = branchNameProblem(name);
    if (problem !== undefined)
        throw fail(input, `${JSON.stringify(name)} is not a branch name git accepts (git check-ref-format --branch): ${problem}`);
}
/** git commit-tree -m takes an argument, and an argument cannot hold a NUL byte. */
function checkCommitMessage(message) {
    if (message.includes('\0'))
        throw fail('commit-message', 'contains a NUL byte, which a commit message cannot hold');
}
/**
 * Characters @actions/artifact refuses in an artifact's name (its validateArtifactName, and
 * validateFilePath for the files in it), checked here so the upload cannot fail after the
 * units were written. Its reason: file systems such as NTFS cannot hold them.
 */
const ARTIFACT_FILE_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n'];
const ARTIFACT_NAME_CHARACTERS = [...ARTIFACT_FILE_CHARACTERS, '\\', '/'];
/** Why @actions/artifact would refuse `name` as an artifact's name, or a file's when `file`. */
function artifactNameProblem(name, file = false) {
    if (name === '')
        return 'it is empty';
    const character = (file ? ARTIFACT_FILE_CHARACTERS : ARTIFACT_NAME_CHARACTERS).find((c) => name.includes(c));
    if (character !== undefined)
        return `it contains ${JSON.stringify(character)}, which the artifact service refuses (@actions/artifact: ${(file ? ARTIFACT_FILE_CHARACTERS : ARTIFACT_NAME_CHARACTERS).map((c) => JSON.stringify(c)).join(' ')} are not allowed)`;
    return undefined;
}
function checkArtifactName(name, input) {
    const problem = artifactNameProblem(name);
    if (problem !== undefined)
        throw fail(input, `${JSON.stringify(name)} is not an artifact name: ${problem}`);
}
/** `archive-prefix` as a relative directory path ending in `/` (or '' for the archive's root). */
function archivePrefix(input) {
    const path = (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_1__/* .normalise */ .j7)(input.trim());
    const parts = path.split('/');
    if (path !== '' && parts.some((part) => part === '..' || part === '.' || part === '')) {
        throw fail('archive-prefix', `expected a relative directory inside the archive, got ${JSON.stringify(input)}`);
    }
    if (/\p{Cc}/u.test(path))
        throw fail('archive-prefix', `${JSON.stringify(input)} contains a control character, which no path in an archive should`);
    return path === '' ? '' : `${path}/`;
}
/** append-to names a gzip-compressed tarball by its path: a file name, not a directory. */
function checkAppendTo(path) {
    if (/\p{Cc}/u.test(path))
        throw fail('append-to', `${JSON.stringify(path)} contains a control character`);
    if (!/\.(tar\.gz|tgz)$/i.test(path))
        throw fail('append-to', `expected the path of a .tar.gz or .tgz file, got ${JSON.stringify(path)}`);
}
/**
 * The largest time an archive entry can carry: tar's 12-byte mtime field holds 11 octal digits
 * (POSIX pax, ustar header), 8^11 - 1 seconds, in the year 2242.
 */
const MAX_ARCHIVE_TIME = 8 ** 11 - 1;
/** SOURCE_DATE_EPOCH (reproducible-builds.org/specs/source-date-epoch) in seconds; undefined when unset. */
function sourceDateEpoch(env) {
    const epoch = env['SOURCE_DATE_EPOCH'];
    if (epoch === undefined || epoch === '')
        return undefined;
    if (!/^\d+$/.test(epoch))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`SOURCE_DATE_EPOCH must be a whole number of seconds, got ${JSON.stringify(epoch)}`);
    const seconds = Number(epoch);
    if (seconds > MAX_ARCHIVE_TIME)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`SOURCE_DATE_EPOCH must be at most ${MAX_ARCHIVE_TIME} (the largest time a tar header holds), got ${epoch}`);
    return seconds;
}
/** The repository the workflow runs for, as the API calls need it. */
function checkRepository(env) {
    const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    if (!owner || !repo || rest.length > 0 || /[\s\p{Cc}]/u.test(env['GITHUB_REPOSITORY'])) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`GITHUB_REPOSITORY must be owner/name, got ${JSON.stringify(env['GITHUB_REPOSITORY'] ?? '')}`);
    }
    return { owner, repo };
}
/** A number of milliseconds from the environment, or undefined when unset; anything else is an error. */
function positiveInteger(env, name) {
    const value = env[name];
    if (value === undefined || value === '')
        return undefined;
    if (!/^\d+$/.test(value))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`${name} must be a whole number of milliseconds, got ${JSON.stringify(value)}`);
    return Number(value);
}


/***/ }),

/***/ 85463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   nj: () => (/* binding */ makeBoundary),
/* harmony export */   oQ: () => (/* binding */ notRegular),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony exports MAX_TEXT_FILE_BYTES, resolvePath, firstInvalidUtf8, describeErrno */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(58382);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(24646);





const diskFs = node_fs__WEBPACK_IMPORTED_MODULE_0__;
/**
 * The most a config file, manifest or template may hold (SECURITY.md): the largest real ones are a
 * few kilobytes, and anything read is held whole in memory and parsed.
 */
const MAX_TEXT_FILE_BYTES = 2 ** 20;
/** path_resolution(7): the kernel gives up after 40 symbolic links; so do we. */
const MAX_SYMLINKS = 40;
/**
 * The boundary for a workspace; `inputRoots` are the other places inputs may name (RUNNER_TEMP,
 * the CLI's cwd). Roots are taken by their real path, so a workspace behind a symlink (/tmp on
 * macOS) still contains its own files. A root that does not exist contains nothing and is dropped.
 */
function makeBoundary(workspace, inputRoots = [], fs = diskFs) {
    const real = (path) => {
        try {
            return fs.realpathSync((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
        }
        catch {
            return undefined;
        }
    };
    const content = [real(workspace) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace)];
    const extra = inputRoots.flatMap((root) => (root ? [real(root)].filter((path) => path !== undefined) : []));
    return { content, inputs: [...new Set([...content, ...extra])] };
}
/**
 * Resolve `path` (absolute) component by component as path_resolution(7) does: `..` after a
 * symlink climbs from the link's target, not from the link. Once a component does not exist, the
 * rest is joined as written (nothing below it can be a symlink).
 */
function resolvePath(path, fs = diskFs) {
    const pending = path.split('/').reverse();
    let current = '/';
    let links = 0;
    let lastLink;
    while (pending.length > 0) {
        const part = pending.pop();
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(current, '..');
            continue;
        }
        const next = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, part);
        const stats = fs.lstatSync(next, { throwIfNoEntry: false });
        if (stats === undefined) {
            const rest = pending.reverse().join('/');
            return { real: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(next, rest), exists: false, ...(lastLink ? { dangling: lastLink } : {}) };
        }
        if (stats.isSymbolicLink()) {
            if (++links > MAX_SYMLINKS)
                throw new Error(`too many levels of symbolic links at ${next}`);
            const target = fs.readlinkSync(next);
            lastLink = { link: next, target };
            pending.push(...target.split('/').reverse());
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target))
                current = '/';
            continue;
        }
        lastLink = undefined;
        current = next;
    }
    return { real: current, exists: true };
}
const inside = (path, root) => path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`);
/** What a path that is not a regular file is, for messages; `undefined` for a regular file. */
function notRegular(stats) {
    if (stats.isFile())
        return undefined;
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    return 'a device';
}
/**
 * The path's real location, refusing one outside the boundary: the error names the setting or
 * input and the resolved path. Used before every read, and before anything is written.
 */
function confinePath(boundary, request, fs = diskFs) {
    // resolve() folds "x/.." as text first, as every later node:fs call on the path will: what is
    // checked is what is then opened (readTextFile opens the real path it returns).
    let resolved;
    try {
        resolved = resolvePath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.base, request.path), fs);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SystemdUnitsError */ .dp(`${request.what} ${request.path}: ${error.message}`, request.location);
    }
    const roots = request.origin === 'content' ? boundary.content : boundary.inputs;
    if (!roots.some((root) => inside(resolved.real, root))) {
        const where = roots.length === 1 ? `the workspace ${roots[0]}` : `the workspace ${roots[0]} or ${roots.slice(1).join(', ')}`;
        const via = resolved.real === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.base, request.path) ? '' : ' (symbolic links followed)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SystemdUnitsError */ .dp(`${request.what} ${request.path} resolves to ${resolved.real}${via}, outside ${where}: ` +
            `${request.origin === 'content' ? 'repository content' : 'an input'} may only name paths inside it`, request.location);
    }
    return resolved;
}
/**
 * Read a text file the boundary allows: a regular file (never a FIFO, device, socket or
 * directory), at most MAX_TEXT_FILE_BYTES, valid UTF-8 without NUL bytes. lstat before opening,
 * so a device is never opened; O_NONBLOCK, so a FIFO swapped in since cannot block the open;
 * O_NOFOLLOW on the resolved path and fstat on what was opened, so what is read is what was checked.
 */
function readTextFile(boundary, request, fs = diskFs) {
    const resolved = confinePath(boundary, request, fs);
    const at = { kind: 'file', file: request.file };
    const fail = (reason, line) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SystemdUnitsError */ .dp(reason, (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .atLine */ .sU)(at, line));
    // A missing file is the fault of whatever named it (the setting, or the file's own place).
    const missing = (reason) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SystemdUnitsError */ .dp(reason, request.location);
    if (resolved.dangling) {
        throw missing(`${request.what} is a symbolic link to ${resolved.dangling.target}, which does not exist`);
    }
    if (!resolved.exists) {
        if (request.optional)
            return undefined;
        throw missing(`${request.what} ${request.path} not found`);
    }
    const check = (stats, size) => {
        const kind = notRegular(stats);
        if (kind !== undefined)
            throw fail(`${request.what} is ${kind}, not a regular file`);
        if (size > MAX_TEXT_FILE_BYTES)
            throw fail(`${request.what} is larger than ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(MAX_TEXT_FILE_BYTES)}, the limit for a text file`);
    };
    const before = fs.lstatSync(resolved.real, { throwIfNoEntry: false });
    if (before === undefined)
        throw missing(`${request.what} ${request.path} not found`);
    check(before, before.size);
    let fd;
    try {
        fd = fs.openSync(resolved.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (error) {
        throw fail(`cannot open the ${request.what}: ${describeErrno(error)}`);
    }
    let bytes;
    try {
        const stats = fs.fstatSync(fd);
        check(stats, stats.size);
        // One byte past the limit tells a file that grew since fstat from one that is exactly full.
        const buffer = Buffer.alloc(MAX_TEXT_FILE_BYTES + 1);
        let length = 0;
        for (let read = -1; read !== 0 && length < buffer.length; length += read)
            read = fs.readSync(fd, buffer, length, buffer.length - length, null);
        check(stats, length);
        bytes = buffer.subarray(0, length);
    }
    finally {
        fs.closeSync(fd);
    }
    return decodeText(bytes, request, fail);
}
/** Strict UTF-8 (TextDecoder fatal) with no NUL, and for templates no control character but \n and \t. */
function decodeText(bytes, request, fail) {
    const lineOf = (offset) => {
        let line = 1;
        for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1))
            line++;
        return line;
    };
    const nul = bytes.indexOf(0);
    if (nul !== -1)
        throw fail(`${request.what} contains a NUL byte, which is not text`, lineOf(nul));
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        throw fail(`${request.what} is not valid UTF-8 (byte 0x${bytes[offset].toString(16).padStart(2, '0')})`, lineOf(offset));
    }
    if (request.controlCharacters === 'refuse') {
        const control = /[\u0001-\u0008\u000b-\u001f\u007f]/.exec(text);
        if (control) {
            const code = control[0].charCodeAt(0).toString(16).padStart(2, '0');
            throw fail(`${request.what} contains the control character U+00${code.toUpperCase()}; only newline and tab are allowed`, text.slice(0, control.index).split('\n').length);
        }
    }
    return text;
}
/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes) {
    for (let index = 0; index < bytes.length;) {
        const lead = bytes[index];
        const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
        if (lead >= 0x80 && (lead < 0xc2 || lead > 0xf4))
            return index;
        const [low, high] = lead === 0xe0
            ? [0xa0, 0xbf]
            : lead === 0xed
                ? [0x80, 0x9f]
                : lead === 0xf0
                    ? [0x90, 0xbf]
                    : lead === 0xf4
                        ? [0x80, 0x8f]
                        : [0x80, 0xbf];
        for (let next = 1; next < length; next++) {
            const byte = bytes[index + next];
            if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf))
                return index;
        }
        index += length;
    }
    return bytes.length;
}
/** An errno as a person reads it, with the code for a search. */
function describeErrno(error) {
    const why = {
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        ELOOP: 'it is a symbolic link',
        ENOENT: 'no such file',
        ENOTDIR: 'a parent is not a directory',
        EISDIR: 'it is a directory',
    };
    return error.code && why[error.code] ? `${why[error.code]} (${error.code})` : error.message;
}
/**
 * Whether a setting's value is repository content or the caller's own input: the `settings` input
 * is written in the workflow but counts as content (a pull request can change the workflow's
 * inputs only through files, and `settings` carries what `.systemd.yml` would).
 */
function originOf(location) {
    return location.kind === 'input' && location.name !== 'settings' ? 'input' : 'content';
}


/***/ }),

/***/ 58382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ throwAll),
/* harmony export */   SW: () => (/* binding */ SystemdUnitsErrors),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dp: () => (/* binding */ SystemdUnitsError),
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   sU: () => (/* binding */ atLine)
/* harmony export */ });
/* unused harmony exports actionInputName, inFile, atInput, withKey */
/** The action's way, and the default: `input "settings"`. */
const actionInputName = (name) => `input "${name}"`;
/** A location in a file, the common case. */
function inFile(file, line, key) {
    return { kind: 'file', file, ...(line === undefined ? {} : { line }), ...(key === undefined ? {} : { key }) };
}
/** A location at an input (or the CLI's flag for it). */
function atInput(name) {
    return { kind: 'input', name };
}
/** The location with the setting or field it belongs to. */
function withKey(location, key) {
    return key === undefined ? location : { ...location, key };
}
/** The location at a line: files and multi-line inputs have lines; the defaults and our templates do not. */
function atLine(location, line) {
    return line !== undefined && (location.kind === 'file' || location.kind === 'input')
        ? { ...location, line }
        : location;
}
/** Where, as a message shows it: `path:line`, `input "x"` (or the front end's name), `default`, `built-in`. */
function describeLocation(location, nameInput = actionInputName) {
    switch (location.kind) {
        case 'file':
            return `${location.file}${lineAndColumn(location)}`;
        case 'input':
            return `${nameInput(location.name)}${lineAndColumn(location)}`;
        case 'default':
            return 'default';
        case 'built-in':
            return 'built-in';
    }
}
/** `:line:column`, `:line` or nothing, as compilers print positions. */
function lineAndColumn({ line, column }) {
    if (!line)
        return '';
    return column ? `:${line}:${column}` : `:${line}`;
}
/**
 * The one error type users see. Its message names the file, line and key so the
 * action can turn it into an annotation and the CLI can print it as is.
 */
class SystemdUnitsError extends Error {
    reason;
    location;
    constructor(
    /** What is wrong, without the location prefix. */
    reason, location) {
        super(formatMessage(reason, location));
        this.reason = reason;
        this.location = location;
        this.name = 'SystemdUnitsError';
    }
    /** The message with inputs named by the front end. */
    describe(nameInput) {
        return formatMessage(this.reason, this.location, nameInput);
    }
}
function formatMessage(reason, location, nameInput) {
    if (!location)
        return reason;
    const where = describeLocation(location, nameInput);
    return location.key ? `${where}: ${location.key}: ${reason}` : `${where}: ${reason}`;
}
/** Narrow an unknown thrown value to a message worth showing, inputs named by `nameInput` when given. */
function messageOf(error, nameInput) {
    if (error instanceof SystemdUnitsError && nameInput)
        return error.describe(nameInput);
    return error instanceof Error ? error.message : String(error);
}
/**
 * Several errors found in one pass over a file, reported together so a user fixes them all at
 * once. It is a SystemdUnitsError at the first of them, whose message lists every one, a line each.
 */
class SystemdUnitsErrors extends SystemdUnitsError {
    errors;
    constructor(errors) {
        super(errors[0].reason, errors[0].location);
        this.errors = errors;
        this.message = errors.map((error) => error.message).join('\n');
    }
    describe(nameInput) {
        return this.errors.map((error) => error.describe(nameInput)).join('\n');
    }
}
/** Throw what was found: nothing, the one error, or all of them together. */
function throwAll(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new SystemdUnitsErrors(errors);
}


/***/ }),

/***/ 11680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ codeBlock),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/** A fence longer than any run of backticks inside, so the content cannot close it. */
function codeBlock(content, language) {
    const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return [fence + language, content.replace(/\n$/, ''), fence];
}
/** The summary is rendered as HTML-capable Markdown and the toolkit does not escape: we do. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}


/***/ }),

/***/ 24646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   ws: () => (/* binding */ scalarText),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export EXCERPT_LENGTH */
/** A value read from YAML or JSON, as text: scalars as they print, anything else as JSON. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
        return String(value);
    return JSON.stringify(value);
}
/** `1 GiB (1073741824 bytes)`: a limit as a person reads it, and exactly. */
function formatBytes(bytes) {
    return `${bytes / 2 ** 20 >= 1024 ? `${bytes / 2 ** 30} GiB` : `${bytes / 2 ** 20} MiB`} (${bytes} bytes)`;
}
/** Characters of another party's words (a response body, a tool's stderr) a message quotes at most. */
const EXCERPT_LENGTH = 300;
/**
 * The start of `text`, on one line, for a message that quotes what a service answered or a tool
 * printed: never a whole response body or file, which may be huge or hold what should not be
 * shown. Line breaks become spaces; a cut says how much was left out.
 */
function excerpt(text, limit = EXCERPT_LENGTH) {
    const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    return line.length <= limit ? line : `${line.slice(0, limit)}… (${line.length - limit} more characters)`;
}


/***/ }),

/***/ 68197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ checkSpecifiers),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   FA: () => (/* binding */ readCommandLines),
/* harmony export */   Gd: () => (/* binding */ checkCommandLine),
/* harmony export */   bB: () => (/* binding */ EXEC_PREFIXES)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58382);
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(87672);
/**
 * systemd command lines (ExecStart=, ExecStartPre=, ExecReload=, ExecStop= ...): validated and
 * split the way systemd reads them, per systemd.service(5) "Command lines" and the quoting of
 * systemd.syntax(7). One parser, two modes:
 * - strict (parseCommandLine, for what we write): where systemd is lenient and only warns (unknown
 *   escapes, quotes inside a word) this refuses, so a line that passes means exactly one thing;
 * - lenient (readCommandLines, for units as systemd-analyze will read them): it accepts what
 *   systemd accepts and reads it as systemd's extract_first_word does, never throwing.
 */


/** systemd.service(5) "Command lines", table 1: the special-executable prefixes "@", "-", ":", "+", "!" and "!!". */
const EXEC_PREFIXES = /^[@\-:+!]*/;
function checkCommandLine(line) {
    try {
        parseCommandLine(line);
        return undefined;
    }
    catch (error) {
        if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp)
            return error.reason;
        throw error;
    }
}
function parseCommandLine(line) {
    failIf((0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSingleLine */ .Z_)(line));
    // systemd.syntax(7): whitespace around a value is ignored.
    const text = line.replace(/^[ \t]+|[ \t]+$/g, '');
    if (text === '')
        fail('is empty');
    const prefixes = EXEC_PREFIXES.exec(text)?.[0] ?? '';
    failIf(checkPrefixes(prefixes));
    const command = text.slice(prefixes.length);
    // systemd.service(5) ExecStart=: the prefixes are part of the executable's word.
    if (command === '' || /^[ \t]/.test(command))
        fail('has no executable after its prefixes');
    const [written = []] = splitCommands(command, 'strict');
    const resolved = written.map(resolvePercent);
    const executable = resolved[0] ?? '';
    failIf(checkExecutable(written[0] ?? '', executable));
    // systemd.service(5) table 1: with "@", "the second specified token will be passed as argv[0]".
    if (prefixes.includes('@') && written.length < 2)
        fail('uses the "@" prefix without an argv[0] after the executable');
    // systemd.service(5) "Command lines": "To pass a literal dollar sign, use '$$'"; the ":"
    // prefix turns that expansion off (table 1).
    const words = prefixes.includes(':') ? resolved : resolved.map((word) => word.replaceAll('$$', () => '$'));
    return { prefixes, command, executable, words };
}
function fail(reason) {
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(reason);
}
function failIf(reason) {
    if (reason)
        fail(reason);
}
function checkPrefixes(prefixes) {
    // systemd.service(5) table 1: '"@", "-", ":", and one of "+"/"!"/"!!" may be used together'.
    for (const once of ['@', '-', ':']) {
        if (prefixes.split(once).length > 2)
            return `repeats the "${once}" prefix`;
    }
    // systemd.service(5) table 1: 'only one of "+", "!", "!!" may be used at a time'.
    const privilege = prefixes.replace(/[@:-]/g, '');
    if (!['', '+', '!', '!!'].includes(privilege))
        return `combines the prefixes "${privilege}"; use one of "+", "!" and "!!"`;
    return undefined;
}
/**
 * Lenient mode: the commands of one Exec*= value as systemd reads them, each as its words with
 * quotes removed and escapes decoded, the prefixes still on the first word and specifiers as
 * written. Empty commands are left out.
 */
function readCommandLines(value) {
    return splitCommands(value, 'lenient').filter((words) => words.length > 0);
}
const isSeparator = (char) => char === ' ' || char === '\t';
/** Splits into commands of words with quotes removed and escapes decoded; specifiers are left for resolvePercent. */
function splitCommands(command, mode) {
    const commands = [[]];
    let words = commands[0];
    let at = 0;
    for (;;) {
        while (isSeparator(command[at]))
            at++;
        if (at >= command.length)
            return commands;
        const endOfWord = (offset) => at + offset >= command.length || isSeparator(command[at + offset]);
        // systemd.service(5) "Command lines": a lone ";" separates command lines; one line per setting
        // in what we write.
        if (command[at] === ';' && endOfWord(1)) {
            if (mode === 'strict')
                fail('contains a lone ";", which starts another command; write "\\;" for a literal ";"');
            words = [];
            commands.push(words);
            at++;
            continue;
        }
        // systemd.service(5) "Command lines": "Lone semicolons may be escaped as '\;'".
        if (command[at] === '\\' && command[at + 1] === ';' && endOfWord(2)) {
            words.push(';');
            at += 2;
            continue;
        }
        const word = readWord(command, at, mode);
        words.push(word.text);
        at = word.end;
    }
}
function readWord(command, start, mode) {
    let quote;
    let text = '';
    let at = start;
    for (;;) {
        const char = command[at];
        if (char === undefined) {
            // extract_first_word (extract-word.c) takes an unterminated quote to the end of the line.
            if (quote && mode === 'strict')
                fail(`has an unbalanced ${quote}`);
            return { text, end: at };
        }
        if (char === quote) {
            at++;
            // systemd.syntax(7) "Quoting": "the closing quote must be followed by whitespace or the end of line";
            // systemd only warns, and extract_first_word goes on with the same word.
            if (mode === 'lenient')
                quote = undefined;
            else if (at < command.length && !isSeparator(command[at]))
                fail('has a closing quote that does not end its word');
            else
                return { text, end: at };
            continue;
        }
        if (!quote && isSeparator(char))
            return { text, end: at };
        if (!quote && (char === '"' || char === "'")) {
            // systemd.syntax(7) "Quoting": "the opening quote may appear only at the beginning or after whitespace";
            // extract_first_word opens one anywhere.
            if (at !== start && mode === 'strict')
                fail('has a quote inside a word; quote the whole word');
            quote = char;
            at++;
            continue;
        }
        if (char === '\\') {
            const escape = decodeEscape(command, at, mode);
            text += escape.char;
            at += escape.length;
        }
        else {
            text += char;
            at++;
        }
    }
}
/** systemd.syntax(7) "Quoting", table 1, for the escapes that stand for one character. */
const SIMPLE_ESCAPES = {
    a: '\u0007',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    s: ' ',
    '\\': '\\',
    '"': '"',
    "'": "'",
};
/** systemd.syntax(7) "Quoting", table 1: \xxx hexadecimal, \nnn octal, \unnnn and \Unnnnnnnn code points. */
const NUMERIC_ESCAPES = /^(?:x([0-9a-fA-F]{2})|([0-7]{3})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/;
function decodeEscape(command, backslash, mode) {
    const rest = command.slice(backslash + 1);
    const next = /^./su.exec(rest)?.[0] ?? '';
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined)
        return { char: simple, length: 2 };
    const numeric = NUMERIC_ESCAPES.exec(rest);
    const [sequence = '', hex, octal, short, long] = numeric ?? [];
    const code = octal ? parseInt(octal, 8) : parseInt(hex ?? short ?? long ?? '', 16);
    // systemd warns about an escape it cannot decode and keeps the character after the backslash.
    if (mode === 'lenient')
        return code <= 0x10ffff
            ? { char: String.fromCodePoint(code), length: 1 + sequence.length }
            : { char: next, length: 1 + next.length };
    if (!numeric)
        fail(`has the unknown escape "\\${next}"; write "\\\\" for a backslash`);
    // escape.c cunescape_one: NUL is refused in every form.
    if (code === 0)
        fail(`has the escape "\\${sequence}", a NUL, which systemd refuses`);
    // escape.c cunescape_one: \x and octal escapes write one raw byte, which above 0x7f is not a character.
    if ((hex || octal) && code > 0x7f)
        fail(`has the escape "\\${sequence}", a raw byte; write the character itself`);
    // escape.c / utf8.c unichar_is_valid: no surrogates, nothing past U+10FFFF, no noncharacters.
    if (code > 0x10ffff ||
        (code >= 0xd800 && code <= 0xdfff) ||
        (code >= 0xfdd0 && code <= 0xfdef) ||
        (code & 0xfffe) === 0xfffe) {
        fail(`has the escape "\\${sequence}", which is not a Unicode character`);
    }
    return { char: String.fromCodePoint(code), length: 1 + sequence.length };
}
/** systemd.unit(5) "Specifiers", table 4. */
const SPECIFIERS = 'aAbBCdEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY';
/** systemd.unit(5) "Specifiers": those that expand to an absolute path, so may start an executable. */
const PATH_SPECIFIERS = 'CdEfhLStTVyY';
/**
 * systemd.unit(5) "Specifiers": "Specifiers must be known and resolvable for the setting to be
 * valid". systemd expands them after unquoting (load-fragment.c), so this runs on decoded words.
 */
function resolvePercent(word) {
    return word.replace(/%(.?)/gsu, (specifier, letter) => {
        const problem = specifierProblem(letter, 'a word');
        return problem ? fail(problem) : letter === '%' ? '%' : specifier;
    });
}
/** Why `%letter` is no specifier systemd knows, if it is not; `%%` is a literal "%". */
function specifierProblem(letter, what) {
    if (letter === '%' || (letter !== '' && SPECIFIERS.includes(letter)))
        return undefined;
    return letter === ''
        ? `ends ${what} with a lone "%"; write "%%" for a literal "%"`
        : `uses the unknown specifier "%${letter}"; write "%%" for a literal "%"`;
}
/** A value written as the user gave it (the `directives` passthrough): every `%` must start a known specifier. */
function checkSpecifiers(value) {
    for (const [, letter = ''] of value.matchAll(/%(.?)/gsu)) {
        const problem = specifierProblem(letter, 'the value');
        if (problem)
            return problem;
    }
    return undefined;
}
/** `written` is the decoded first word before specifiers resolve, `executable` after. */
function checkExecutable(written, executable) {
    const specifier = /^%([^%])/u.exec(written)?.[1];
    if (specifier !== undefined && !PATH_SPECIFIERS.includes(specifier)) {
        return `the executable starts with "%${specifier}", which is not an absolute path`;
    }
    // systemd.service(5) ExecStart=: an absolute path; the compile-time search path for bare names is not relied on.
    const path = specifier === undefined ? executable : executable.slice(2);
    const reason = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .checkExecutablePath */ .CM)(path);
    return reason && `the executable ${reason}`;
}


/***/ }),

/***/ 87672:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ checkExecutablePath),
/* harmony export */   Eg: () => (/* binding */ checkUnitName),
/* harmony export */   F1: () => (/* binding */ escapeExecWordFragment),
/* harmony export */   OJ: () => (/* binding */ toSystemName),
/* harmony export */   Qy: () => (/* binding */ escapeWordList),
/* harmony export */   Rg: () => (/* binding */ escapeExecArgv),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   XV: () => (/* binding */ checkAbsolutePath),
/* harmony export */   YJ: () => (/* binding */ checkPathLength),
/* harmony export */   Z_: () => (/* binding */ checkSingleLine),
/* harmony export */   eH: () => (/* binding */ checkResourceLimit),
/* harmony export */   ft: () => (/* binding */ escapePath),
/* harmony export */   fw: () => (/* binding */ escapeEnvironment),
/* harmony export */   n9: () => (/* binding */ checkOctalMode),
/* harmony export */   oY: () => (/* binding */ checkTimespan),
/* harmony export */   r0: () => (/* binding */ checkEnvironmentName),
/* harmony export */   th: () => (/* binding */ checkUserName),
/* harmony export */   tw: () => (/* binding */ checkEscapable),
/* harmony export */   xO: () => (/* binding */ checkRelativeDirectoryName)
/* harmony export */ });
/* unused harmony exports MAX_PATH_COMPONENT_BYTES, MAX_PATH_BYTES, USER_NAME_MAX, escapeExecArgument */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58382);
/* harmony import */ var _unit_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(58940);
/**
 * The one place that knows systemd's value syntax: a check per kind of value and an escape per
 * kind of setting. A unit file is a security boundary, so no value may smuggle in a line break,
 * a `[Section]` or another directive, and `%`, `$`, quotes and backslashes must reach systemd
 * meaning what the user wrote.
 *
 * Checks return undefined for a valid value, else a short reason without a location (callers
 * add file, line and key). Escapes return the text to put after `Key=`; they refuse, with a
 * SystemdUnitsError, a value that their setting cannot carry, so an unchecked value can never
 * break the file.
 */


// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------
function checkSingleLine(value) {
    // systemd.syntax(7): a setting is one line; CR and NUL end a line too, and other C0 controls
    // (tab aside) have no place in a unit file.
    const control = /[\u0000-\u0008\u000a-\u001f]/.exec(value);
    if (control)
        return `contains the control character ${JSON.stringify(control[0])}`;
    const surrogate = checkNoLoneSurrogate(value);
    if (surrogate)
        return surrogate;
    // systemd.syntax(7): "Lines ending in a backslash are concatenated with the following line";
    // a doubled backslash is an escaped one (conf-parser.c), so only an unpaired one joins.
    if (/(?<!\\)(?:\\\\)*\\$/.test(value))
        return 'ends with an unpaired backslash, which systemd reads as joining the next line';
    return undefined;
}
function checkAbsolutePath(value) {
    const notOneLine = checkSingleLine(value);
    if (notOneLine)
        return notOneLine;
    // systemd.exec(5) "Paths": paths must be absolute.
    if (!value.startsWith('/'))
        return 'must be an absolute path, starting with "/"';
    // systemd.syntax(7): no trailing backslash at all, so a path never comes near a line continuation.
    if (value.endsWith('\\'))
        return 'ends with a backslash';
    if (value === '/')
        return undefined;
    return checkNormalised(value, value.slice(1));
}
function checkRelativeDirectoryName(value) {
    const notOneLine = checkSingleLine(value);
    if (notOneLine)
        return notOneLine;
    if (value === '')
        return 'is empty';
    // systemd.exec(5) RuntimeDirectory=: "The specified directory names must be relative".
    if (value.startsWith('/'))
        return 'must be relative, not start with "/"';
    // systemd.exec(5) RuntimeDirectory=: ":" separates a directory from a symlink to create for it.
    if (value.includes(':'))
        return 'contains ":", which systemd reads as "directory:symlink"';
    return checkNormalised(value, value);
}
/** NAME_MAX: the most bytes a path component may hold (path-util.c path_is_valid_full). */
const MAX_PATH_COMPONENT_BYTES = 255;
/** PATH_MAX less the terminating NUL: the most bytes a whole path may hold (path_is_valid_full). */
const MAX_PATH_BYTES = 4095;
/**
 * systemd refuses a path with a component over NAME_MAX or a total of PATH_MAX bytes or more
 * (path-util.c path_is_valid_full), so such a path is refused here, before a unit is written.
 */
function checkPathLength(path) {
    const bytes = Buffer.byteLength(path);
    if (bytes > MAX_PATH_BYTES)
        return `is ${bytes} bytes long; systemd allows at most ${MAX_PATH_BYTES} (PATH_MAX)`;
    const long = path.split('/').find((component) => Buffer.byteLength(component) > MAX_PATH_COMPONENT_BYTES);
    if (long !== undefined)
        return `has a component of ${Buffer.byteLength(long)} bytes; systemd allows at most ${MAX_PATH_COMPONENT_BYTES} (NAME_MAX)`;
    return undefined;
}
/** `relative` is `path` without its leading "/", if any. */
function checkNormalised(path, relative) {
    const tooLong = checkPathLength(path);
    if (tooLong)
        return tooLong;
    // systemd.syntax(7): whitespace around a value is stripped, so it would not reach the path.
    if (/^[ \t]|[ \t]$/.test(path))
        return 'starts or ends with whitespace';
    const components = relative.split('/');
    // systemd.exec(5) "Paths" / path_is_normalized(): no empty, "." or ".." components.
    if (components.at(-1) === '')
        return 'ends with "/"';
    if (components.includes(''))
        return 'contains "//"';
    if (components.some((c) => c === '.' || c === '..'))
        return 'contains a "." or ".." component';
    return undefined;
}
function checkUnitName(name) {
    if (name === '')
        return 'is empty';
    // systemd.unit(5) DESCRIPTION: names are at most 255 characters (UNIT_NAME_MAX 256 with the NUL).
    if (name.length > 255)
        return 'is longer than 255 characters';
    const dot = name.lastIndexOf('.');
    if (dot <= 0)
        return 'needs a name and a unit type suffix such as ".service"';
    const type = name.slice(dot + 1);
    if (!(0,_unit_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnitType */ .RZ)(type))
        return `ends in ".${type}", which is not a unit type (${_unit_names_js__WEBPACK_IMPORTED_MODULE_1__/* .UNIT_TYPES */ .$z.join(', ')})`;
    const stem = name.slice(0, dot);
    // systemd.unit(5) DESCRIPTION: ASCII letters, digits, ":", "-", "_", ".", "\" and the "@" of templates.
    const invalid = _unit_names_js__WEBPACK_IMPORTED_MODULE_1__/* .UNIT_NAME_INVALID */ .Zh.exec(stem);
    if (invalid)
        return `contains ${JSON.stringify(invalid[0])}, which systemd does not allow in unit names`;
    // systemd.unit(5) DESCRIPTION: "foo@.service" is a template, "foo@bar.service" an instance of it.
    if (stem.startsWith('@'))
        return 'needs a name before the "@"';
    // systemd-escape(1): the only escape in a unit name is "\xNN".
    if (/\\(?!x[0-9a-fA-F]{2})/.test(stem))
        return 'contains a "\\" that does not start a "\\xNN" escape';
    return undefined;
}
/** systemd.exec(5) User=: at most 31 characters, so a name fits utmp. */
const USER_NAME_MAX = 31;
/**
 * A name made valid for a service, a user (systemd.exec(5) User=, and adduser(8)'s default
 * NAME_REGEX `^[a-z][-a-z0-9_]*$`), a group and directories: lowercase, with "_" (as
 * mix_systemd's ext_name) and every character those do not allow as "-", no leading, trailing or
 * repeated "-", starting with a letter ("app-" is put before a leading digit) and at most 31
 * characters long.
 */
function toSystemName(raw) {
    const name = raw
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    const lettered = /^[a-z]/.test(name) ? name : name === '' ? 'app' : `app-${name}`;
    return lettered.slice(0, USER_NAME_MAX).replace(/-+$/, '');
}
function checkEnvironmentName(name) {
    // systemd.exec(5) Environment=: "ASCII letters, digits, and the underscore character.
    // Variable names cannot be empty or start with a digit."
    if (name === '')
        return 'is empty';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        return 'must be ASCII letters, digits and "_", not starting with a digit';
    return undefined;
}
function checkUserName(name) {
    if (/^[0-9]+$/.test(name)) {
        // systemd.exec(5) User=: "or a numeric ID"; user-util.c uid_is_valid: 65535 and 4294967295
        // are reserved as "invalid", and parse_uid refuses leading zeros.
        if (/^0./.test(name))
            return 'is a numeric id with a leading zero';
        const id = Number(name);
        if (id > 4294967294 || id === 65535)
            return 'is not a valid numeric id (65535 and 4294967295 are reserved)';
        return undefined;
    }
    // systemd.exec(5) User=: a-z, A-Z, 0-9, "_" and "-", not starting with a digit or "-".
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
        return 'must be ASCII letters, digits, "_" and "-", starting with a letter or "_"';
    }
    // systemd.exec(5) User=: "at most 31" characters.
    if (name.length > USER_NAME_MAX)
        return `is longer than ${USER_NAME_MAX} characters`;
    return undefined;
}
/** systemd.time(7) "Parsing Time Spans": each unit and its length in microseconds. */
const TIME_UNITS = {
    us: 1,
    usec: 1,
    µs: 1,
    μs: 1,
    ms: 1e3,
    msec: 1e3,
    s: 1e6,
    sec: 1e6,
    second: 1e6,
    seconds: 1e6,
    m: 60e6,
    min: 60e6,
    minute: 60e6,
    minutes: 60e6,
    h: 3600e6,
    hr: 3600e6,
    hour: 3600e6,
    hours: 3600e6,
    d: 86400e6,
    day: 86400e6,
    days: 86400e6,
    w: 604800e6,
    week: 604800e6,
    weeks: 604800e6,
    M: 2629800e6,
    month: 2629800e6,
    months: 2629800e6,
    y: 31557600e6,
    year: 31557600e6,
    years: 31557600e6,
};
// Longest unit first, so "ms" is not read as "m" followed by garbage.
const TIME_UNIT_PATTERN = Object.keys(TIME_UNITS)
    .sort((a, b) => b.length - a.length)
    .join('|');
// systemd.time(7): a number (fractions allowed), optionally a unit; a bare number means seconds
// and must stand alone (followed by whitespace or the end).
const TIME_COMPONENT = new RegExp(`(\\d+(?:\\.\\d+)?|\\.\\d+)[ \\t]*(?:(${TIME_UNIT_PATTERN})|(?=[ \\t]|$))[ \\t]*`, 'gy');
/** time-util.c: spans are 64-bit microsecond counts, the largest one meaning infinity. */
const MAX_MICROSECONDS = 2 ** 64 - 1;
function checkTimespan(value) {
    const text = String(value);
    // systemd.time(7): "infinity" is a valid span on its own.
    if (/^[ \t]*infinity[ \t]*$/.test(text))
        return undefined;
    const invalid = `is not a time span such as "90", "1min 30s" or "infinity" (systemd.time(7))`;
    const body = text.replace(/^[ \t]+/, '');
    if (body === '')
        return invalid;
    TIME_COMPONENT.lastIndex = 0;
    let total = 0;
    let end = 0;
    for (let match = TIME_COMPONENT.exec(body); match; match = TIME_COMPONENT.exec(body)) {
        total += Number(match[1]) * (match[2] ? (TIME_UNITS[match[2]] ?? 0) : 1e6);
        end = TIME_COMPONENT.lastIndex;
    }
    if (end !== body.length)
        return invalid;
    if (total >= MAX_MICROSECONDS)
        return 'is too long a time span; use "infinity"';
    return undefined;
}
function checkOctalMode(value) {
    // systemd.exec(5) UMask=, RuntimeDirectoryMode=: "an access mode in octal notation".
    if (!/^[0-7]{3,4}$/.test(value))
        return 'must be 3 or 4 octal digits, such as "750" or "0027"';
    return undefined;
}
/** setrlimit(2): RLIM_INFINITY is all ones; systemd spells it "infinity". */
const RLIMIT_INFINITY = 2n ** 64n - 1n;
/** systemd.exec(5) LimitCPU=: "multiplicative suffixes K, M, G, T, P and E (to the base 1024)". */
const BYTE_SUFFIXES = ['K', 'M', 'G', 'T', 'P', 'E'];
/**
 * `resource` says whether the limit counts things (LimitNOFILE=, LimitNPROC=) or bytes
 * (LimitCORE=, LimitAS=, ...); only byte limits take K/M/G/T/P/E suffixes.
 */
function checkResourceLimit(value, resource = 'count') {
    const form = resource === 'bytes' ? 'a number with an optional K/M/G/T/P/E suffix' : 'a whole number';
    const invalid = `must be ${form}, "infinity", or "soft:hard" of those (systemd.exec(5) LimitCPU=)`;
    if (typeof value === 'number')
        return Number.isSafeInteger(value) && value >= 0 ? undefined : invalid;
    // systemd.exec(5) LimitCPU=: "either as single value ... or as colon-separated pair soft:hard".
    const parts = value.split(':');
    if (parts.length > 2)
        return invalid;
    const limits = [];
    for (const part of parts) {
        const limit = parseLimit(part, resource);
        if (limit === undefined)
            return invalid;
        if (limit > RLIMIT_INFINITY)
            return 'is too large; use "infinity"';
        limits.push(limit);
    }
    const [soft = 0n, hard = soft] = limits;
    // setrlimit(2): the soft limit may not exceed the hard limit.
    if (soft > hard)
        return 'has a soft limit above its hard limit';
    return undefined;
}
function parseLimit(text, resource) {
    if (text === 'infinity')
        return RLIMIT_INFINITY;
    const match = /^([0-9]+)([A-Z]?)$/.exec(text);
    if (!match)
        return undefined;
    const [, digits = '', suffix = ''] = match;
    if (suffix === '')
        return BigInt(digits);
    const power = BYTE_SUFFIXES.indexOf(suffix) + 1;
    if (resource !== 'bytes' || power === 0)
        return undefined;
    return BigInt(digits) * 1024n ** BigInt(power);
}
/**
 * The executable of an Exec line written literally (as escapeExecArgv writes argv[0]): an
 * absolute, normalised path systemd will run as is.
 */
function checkExecutablePath(path) {
    const notAbsolute = checkAbsolutePath(path);
    if (notAbsolute)
        return notAbsolute;
    // load-fragment.c config_parse_exec (string_is_safe): systemd refuses quotes, backslashes and DEL in the executable.
    if (/["'\\\u007f]/.test(path))
        return 'contains a quote, backslash or DEL, which systemd refuses in an executable path';
    // systemd.service(5) "Command lines": the program to execute may not be a variable; "$" is
    // expanded in its argv[0] but not in the path, so it could not mean one thing in both.
    if (path.includes('$'))
        return 'contains "$", which systemd does not expand in an executable path';
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Escapes
// ---------------------------------------------------------------------------------------------
function refuse(reason) {
    if (reason)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(reason);
}
/** systemd.unit(5) "Specifiers": "%%" is a single "%". */
function escapeSpecifiers(value) {
    return value.replaceAll('%', '%%');
}
/** Free text in settings that expand specifiers (Description=, User=, Group=, SyslogIdentifier=). */
function escapeText(value) {
    refuse(checkSingleLine(value));
    // These settings take the rest of the line verbatim: quotes, backslashes and "$" are literal
    // (systemd.unit(5) Description=), only specifiers expand.
    return escapeSpecifiers(value);
}
/** One absolute path taking the rest of the line (WorkingDirectory=, PIDFile=, RootDirectory=, EnvironmentFile=, PathModified=). */
function escapePath(value) {
    refuse(checkAbsolutePath(value));
    // systemd.exec(5) WorkingDirectory= etc. read the path verbatim after specifier expansion.
    return escapeSpecifiers(value);
}
/**
 * Space-separated lists (ReadWritePaths=, ReadOnlyPaths=, InaccessiblePaths=, RuntimeDirectory= ...).
 * These settings unquote words in different ways: ReadWritePaths= takes "\" + any character as
 * that character, RuntimeDirectory= keeps backslashes while unquoting and C-unescapes afterwards.
 * What means the same to both: "\\" for a backslash, and a word wrapped in the quote it does not
 * contain (systemd.syntax(7) "Quoting").
 */
function escapeWordList(values) {
    return values.map(escapeListWord).join(' ');
}
function escapeListWord(value) {
    refuse(checkSingleLine(value));
    const body = escapeSpecifiers(value).replaceAll('\\', '\\\\');
    if (value !== '' && !/[ \t"']/.test(value))
        return body;
    if (value.includes('"') && value.includes("'")) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('contains both \' and ", which no quoting in a systemd list can carry');
    }
    const quote = value.includes('"') ? "'" : '"';
    return `${quote}${body}${quote}`;
}
/**
 * One Environment= assignment. systemd.exec(5) Environment=: words are unquoted and C-unescaped
 * (systemd.syntax(7) "Quoting"), specifiers expand, and "$" has no special meaning.
 */
function escapeEnvironment(name, value) {
    refuse(checkEnvironmentName(name));
    refuse(checkEscapable(value));
    const assignment = `${name}=${value}`;
    const body = cEscape(escapeSpecifiers(assignment));
    return value === '' || /[\s"'\\]/.test(value) ? `"${body}"` : body;
}
/**
 * The argv form of an Exec line: every element reaches the program as written. For a line
 * without the ":" prefix (which turns off "$" expansion). systemd.service(5) "Command lines":
 * words are unquoted and C-unescaped, specifiers expand, then "$$" becomes "$" at exec time.
 */
function escapeExecArgv(argv) {
    const [executable, ...args] = argv;
    if (executable === undefined)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('a command needs at least an executable');
    refuse(checkExecutablePath(executable));
    return [executable, ...args].map(escapeExecArgument).join(' ');
}
/** One argument of an Exec line (any word but the executable), escaped as escapeExecArgv escapes each. */
function escapeExecArgument(value) {
    refuse(checkEscapable(value));
    // systemd.service(5) "Command lines": "Lone semicolons may be escaped as '\;'".
    if (value === ';')
        return '\\;';
    const body = cEscape(escapeSpecifiers(value).replaceAll('$', '$$$$'));
    return value === '' || /[\s"']/.test(value) ? `"${body}"` : body;
}
/**
 * A value spliced into the middle of an Exec word the user wrote (a {{reference}}). Quotes in
 * mid-word are not systemd.service(5) syntax, so everything is escaped with backslashes
 * (systemd.syntax(7) "Quoting", table 1: \x20 for a space, \' for a single quote).
 */
function escapeExecWordFragment(value) {
    refuse(checkEscapable(value));
    return cEscape(escapeSpecifiers(value).replaceAll('$', '$$$$')).replace(/[ ']/g, (c) => (c === ' ' ? '\\x20' : "\\'"));
}
/** What no C-escaped setting can carry: systemd.syntax(7) refuses "\x00", and lone surrogates are not text. */
/**
 * A value written quoted and C-escaped (Environment=, Exec arguments): a newline, a tab or a
 * trailing backslash ("\\" before the closing quote, not a line continuation) reaches the
 * process as written, so only what no escape can carry is refused.
 */
function checkEscapable(value) {
    if (value.includes('\u0000'))
        return 'contains a NUL character';
    return checkNoLoneSurrogate(value);
}
/** systemd.syntax(7): files are UTF-8; a lone surrogate has no UTF-8 form and would be written as U+FFFD. */
function checkNoLoneSurrogate(value) {
    return /\p{Cs}/u.test(value) ? 'contains a lone UTF-16 surrogate, which is not text' : undefined;
}
/** systemd.syntax(7) "Quoting", table 1: escapes for backslash, double quote and control characters. */
const C_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\u0007': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
};
function cEscape(value) {
    return value.replace(/[\\"\u0000-\u001f]/g, (c) => C_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}


/***/ }),

/***/ 90157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   OK: () => (/* binding */ targetList),
/* harmony export */   Zi: () => (/* binding */ DEFAULT_SYSTEMD_VERSION),
/* harmony export */   u7: () => (/* binding */ lowestSystemd)
/* harmony export */ });
/* unused harmony export TARGET_SYSTEMD */
const TARGET_SYSTEMD = {
    'ubuntu-20.04': 245,
    'ubuntu-22.04': 249,
    'ubuntu-24.04': 255,
    'debian-11': 247,
    'debian-12': 252,
    'debian-13': 257,
    'rhel-8': 239,
    'rhel-9': 252,
    'rhel-10': 256,
    'amazonlinux-2': 219,
    'amazonlinux-2023': 252,
};
/** `target` as the user wrote it: one name or a list. */
function targetList(value) {
    return [value ?? []]
        .flat()
        .filter((name) => typeof name === 'string' && Object.hasOwn(TARGET_SYSTEMD, name));
}
/** Units for several targets must work on all of them: the lowest systemd decides. */
function lowestSystemd(targets) {
    return targets.length === 0 ? undefined : Math.min(...targets.map((name) => TARGET_SYSTEMD[name]));
}
/** mix_systemd's default systemd_version, used when neither target nor systemd_version is set. */
const DEFAULT_SYSTEMD_VERSION = 235;
function targetOf(settings) {
    const version = settings.integer('systemd_version');
    // systemd_version wins over target when both are set (it is the more precise of the two).
    if (settings.locate('systemd_version').kind !== 'default')
        return { version, description: `systemd ${version} (systemd_version)` };
    const targets = targetList(settings.list('target').length > 0 ? settings.list('target') : settings.optional('target'));
    if (targets.length === 0)
        return { version, description: `systemd ${version} (the default; set target to the distributions you deploy to)` };
    return { version, description: `${targets.join(', ')} (systemd ${version})` };
}


/***/ }),

/***/ 58940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ UNIT_TYPES),
/* harmony export */   Cq: () => (/* binding */ unitName),
/* harmony export */   Fs: () => (/* binding */ UNIT_NAME_PART),
/* harmony export */   RZ: () => (/* binding */ isUnitType),
/* harmony export */   Zh: () => (/* binding */ UNIT_NAME_INVALID),
/* harmony export */   o8: () => (/* binding */ isUnitFileName),
/* harmony export */   uS: () => (/* binding */ UNIT_SCOPED_MESSAGE)
/* harmony export */ });
/**
 * Unit names, per systemd.unit(5) DESCRIPTION: the one table of unit types and of the characters
 * a unit name may hold. Syntax checks, formats, the verify output parser and the views read it.
 */
/** systemd.unit(5) DESCRIPTION: the unit types, each a file name suffix. */
const UNIT_TYPES = [
    'service',
    'socket',
    'device',
    'mount',
    'automount',
    'swap',
    'target',
    'path',
    'timer',
    'slice',
    'scope',
];
/** systemd.unit(5) DESCRIPTION: "ASCII letters, digits, ":", "-", "_", ".", and "\"", as a character class body. */
const NAME_CHARACTERS = String.raw `A-Za-z0-9:_.\-\\`;
/** systemd.unit(5) DESCRIPTION: a name's characters, and the "@" that makes a template or an instance. */
const UNIT_NAME_INVALID = new RegExp(`[^${NAME_CHARACTERS}@]`, 'u');
/** The characters our own name parts may hold: those of systemd.unit(5) without "\" (an escape) and "@" (a template). */
const UNIT_NAME_PART = /^[A-Za-z0-9:_.-]+$/u;
/** `a.service: message`: systemd-analyze's messages scoped to one unit, named with its type suffix. */
const UNIT_SCOPED_MESSAGE = new RegExp(String.raw `^([^\s/]+?\.(?:${UNIT_TYPES.join('|')})): (.*)$`);
function isUnitType(type) {
    return UNIT_TYPES.includes(type);
}
/** A unit's file name: its name and its type suffix (systemd.unit(5) DESCRIPTION). */
function unitName(stem, type) {
    return `${stem}.${type}`;
}
/** A file named for a unit type is a unit (systemd.unit(5) DESCRIPTION): what `check` compares and commits count. */
function isUnitFileName(name) {
    return UNIT_TYPES.some((type) => name.endsWith(`.${type}`) && name.length > type.length + 1);
}


/***/ }),

/***/ 22430:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ runtimeFor),
/* harmony export */   u6: () => (/* binding */ profileDirectives)
/* harmony export */ });
/* unused harmony exports RUNTIMES, HARDENING_LINES */
const RUNTIMES = (/* unused pure expression or super */ null && (['beam', 'node', 'python', 'native']));
/** Every line any set writes, in the order units get them (paranoia's order is mix_systemd's). */
const HARDENING_LINES = [
    {
        directive: 'NoNewPrivileges',
        protects: 'gaining privileges through setuid/setgid binaries or file capabilities',
        values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'PrivateDevices',
        protects: 'access to physical devices (/dev gets only pseudo-devices such as /dev/null)',
        values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'PrivateTmp',
        protects: 'reading or planting files in the shared /tmp and /var/tmp',
        values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'ProtectSystem',
        protects: 'writing to /usr, /boot and /etc (`full`), or to anything but the writable paths (`strict`)',
        values: { paranoia: 'full', standard: 'full', strict: 'strict' },
    },
    {
        directive: 'ProtectHome',
        protects: "reading users' home directories (/home, /root, /run/user)",
        values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'PrivateUsers',
        protects: 'seeing or acting as other users: only root, nobody and the service user are mapped',
        values: { paranoia: 'yes', strict: 'yes' },
    },
    {
        directive: 'ProtectKernelModules',
        protects: 'loading kernel modules',
        values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'ProtectKernelTunables',
        protects: 'changing kernel settings in /proc/sys and /sys',
        values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'ProtectControlGroups',
        protects: 'changing control groups (resource limits of this and other services)',
        values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'MountAPIVFS',
        protects: "nothing by itself: mounts /proc, /sys and /dev in the service's namespace (mix_systemd sets it)",
        values: { paranoia: 'yes' },
    },
    {
        directive: 'ProtectKernelLogs',
        protects: 'reading or writing the kernel log ring buffer',
        values: { standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'ProtectClock',
        protects: 'changing the system or hardware clock',
        values: { standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'ProtectHostname',
        protects: 'changing the host or domain name',
        values: { standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'RestrictAddressFamilies',
        protects: 'opening sockets of other families (raw packets, netlink, bluetooth …)',
        values: { standard: { setting: 'address_families' }, strict: { setting: 'address_families' } },
    },
    {
        directive: 'RestrictNamespaces',
        protects: 'creating namespaces, a common step in container escapes and kernel exploits',
        values: { standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'RestrictRealtime',
        protects: 'taking realtime scheduling and starving the machine',
        values: { standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'RestrictSUIDSGID',
        protects: 'creating setuid/setgid files',
        values: { standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'LockPersonality',
        protects: 'switching execution domain (personality(2)), which can re-enable old, weaker ABIs',
        values: { standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'RemoveIPC',
        protects: 'System V and POSIX IPC objects outliving the service',
        values: { standard: 'yes', strict: 'yes' },
    },
    {
        directive: 'CapabilityBoundingSet',
        protects: 'ever holding a capability (the empty set), even through a setuid binary or `!` commands',
        values: { standard: '', strict: '' },
    },
    {
        directive: 'SystemCallArchitectures',
        protects: 'system calls through other ABIs (e.g. 32-bit x86 on x86-64), which bypass filters',
        values: { standard: 'native', strict: 'native' },
    },
    {
        directive: 'PrivateMounts',
        protects: "mounts made by the service reaching the host, and the host's reaching the service",
        values: { strict: 'yes' },
    },
    {
        directive: 'ProtectProc',
        protects: "seeing other users' processes in /proc",
        values: { strict: 'invisible' },
    },
    {
        directive: 'ProcSubset',
        protects: 'reading /proc beyond the process directories (kernel and hardware details)',
        values: { strict: 'pid' },
    },
    {
        directive: 'SystemCallFilter',
        protects: "system calls a service has no use for (allow list: systemd's @system-service group)",
        values: { strict: '@system-service' },
    },
    {
        directive: 'SystemCallFilter',
        protects: 'privileged and resource-control system calls within @system-service',
        values: { strict: '~@privileged @resources' },
    },
    {
        directive: 'SystemCallErrorNumber',
        protects: 'nothing by itself: a filtered call fails with EPERM instead of killing the service (Node 18 needs it: V8 calls pkey_alloc, outside @system-service)',
        values: { strict: 'EPERM' },
    },
    {
        directive: 'MemoryDenyWriteExecute',
        protects: 'writable and executable memory, which injected code needs',
        values: { strict: 'yes' },
        // BEAM's JIT maps its code twice, writable and executable apart; CPython 3.11 has no JIT, and a
        // ctypes callback through Debian 12's libffi 3.4.4 works under it (measured); native code is fixed at build time.
        runtimes: ['beam', 'python', 'native'],
        why: "V8's JIT needs writable executable memory: Node 18 is killed by SIGTRAP (status 5) as it starts",
    },
];
/** The lines a profile writes for a runtime, in order: the data a real-systemd proof iterates over. */
function profileDirectives(profile, runtime) {
    if (profile === 'none')
        return [];
    return HARDENING_LINES.flatMap((line) => {
        const value = line.values[profile];
        if (value === undefined)
            return [];
        if (profile !== 'paranoia' && line.runtimes && !line.runtimes.includes(runtime))
            return [];
        return [{ directive: line.directive, value }];
    });
}
/** The runtime a manifest's ecosystem implies; compiled languages (and no manifest) are native. */
function runtimeFor(ecosystem) {
    switch (ecosystem) {
        case 'mix':
            return 'beam';
        case 'node':
            return 'node';
        case 'python':
            return 'python';
        default:
            return 'native';
    }
}


/***/ }),

/***/ 97026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ renderCommand),
/* harmony export */   V: () => (/* binding */ settingDirectives)
/* harmony export */ });
/* harmony import */ var _config_option_directives_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45972);
/* harmony import */ var _systemd_syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(87672);
/**
 * The directives of options the templates do not write themselves (ExecReload=, WatchdogSec=,
 * MemoryMax=, ...): one line each, escaped for its directive, added to the section systemd reads
 * it from. Which options these are, and their directives, comes from the schema (x-directive).
 */


/** A string is a command line, already checked and used as written; a list is an argument vector. */
function renderCommand(command) {
    return typeof command === 'string' ? command : (0,_systemd_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeExecArgv */ .Rg)(command);
}
/** The lines of every set option whose directive the template does not write (its view has no key for it). */
function settingDirectives(settings, gate, written) {
    const lines = new Map();
    for (const entry of _config_option_directives_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_DIRECTIVES */ .N) {
        if (written.has(entry.option))
            continue;
        const values = directiveValues(settings, entry);
        if (values.length === 0)
            continue;
        const { section, directive } = gate.placed(entry.section, entry.directive);
        lines.set(section, [...(lines.get(section) ?? []), ...values.map((value) => `${directive}=${value}`)]);
    }
    return lines;
}
function directiveValues(settings, { option, shape, format }) {
    switch (shape) {
        case 'command': {
            const command = settings.command(option);
            return command === undefined ? [] : [renderCommand(command)];
        }
        case 'commands':
            return settings.commands(option).map(renderCommand);
        case 'list': {
            const items = settings.list(option);
            return items.length === 0 ? [] : [(0,_systemd_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeWordList */ .Qy)(items.map(String))];
        }
        case 'value': {
            const value = settings.optional(option);
            if (value === undefined)
                return [];
            // Free text expands specifiers; every other format is checked to hold none of % \ " or space.
            return [format === 'single-line' ? (0,_systemd_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(value) : value];
        }
    }
}


/***/ }),

/***/ 63584:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ loadTemplates),
/* harmony export */   WT: () => (/* binding */ readBuiltInTemplate),
/* harmony export */   xy: () => (/* binding */ TEMPLATE_SUFFIX)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(85463);
/* harmony import */ var _views_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(75285);




/**
 * Our templates, shipped next to the bundle. Each URL is a literal so ncc copies the file
 * into dist/ and rewrites the URL.
 */
const BUILT_IN = {
    'systemd.service': __nccwpck_require__.ab + "systemd.service.mustache",
    'restart.path': __nccwpck_require__.ab + "restart.path.mustache",
    'restart.service': __nccwpck_require__.ab + "restart.service.mustache",
    'runtime-environment.service': __nccwpck_require__.ab + "runtime-environment.service.mustache",
};
const TEMPLATE_SUFFIX = '.mustache';
function readBuiltInTemplate(name) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(BUILT_IN[name], 'utf8');
}
/**
 * Every template: the repository's override from `templateDir` where there is one, else ours.
 * template_dir and every file in it must resolve inside the boundary; an override must be a
 * regular text file with no control character but newline and tab (a NUL or CR can hide a
 * directive from review and from the template check). Synchronous on purpose: see write-files.ts.
 */
function loadTemplates(directory) {
    const { workingDirectory, templateDir, location, boundary } = directory;
    const origin = (0,_shared_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .originOf */ .yv)(location);
    (0,_shared_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .confinePath */ .ey)(boundary, { path: templateDir, base: workingDirectory, origin, location, what: 'template_dir' });
    const templates = new Map();
    for (const name of _views_js__WEBPACK_IMPORTED_MODULE_3__/* .templateNames */ .V) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(templateDir, name + TEMPLATE_SUFFIX);
        const override = (0,_shared_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(boundary, {
            path: file,
            base: workingDirectory,
            file,
            what: 'template',
            origin,
            location: { kind: 'file', file },
            optional: true,
            controlCharacters: 'refuse',
        });
        templates.set(name, override === undefined
            ? { name, text: readBuiltInTemplate(name), source: { kind: 'built-in' } }
            : { name, text: override, source: { kind: 'file', file } });
    }
    return templates;
}


/***/ }),

/***/ 75285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ planUnits),
  V: () => (/* binding */ templateNames)
});

// EXTERNAL MODULE: ./src/systemd/command-line.ts
var command_line = __nccwpck_require__(68197);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __nccwpck_require__(58382);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/units/hardening/profiles.ts
var profiles = __nccwpck_require__(22430);
// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __nccwpck_require__(29940);
// EXTERNAL MODULE: ./src/systemd/syntax.ts
var syntax = __nccwpck_require__(87672);
;// CONCATENATED MODULE: ./src/systemd/directories.ts
/**
 * The one table of directory kinds: for each, the `*Directory=` setting systemd creates it from,
 * the base systemd creates it under, the release that added the setting, the `*_dir` setting that
 * holds its path and the variable the unit exports it as. Views, hardening and the version table
 * read it. In the order the templates write the directives and the schema lists `dirs`.
 */
const NEWS_235 = 'NEWS 235: "Units gained new options StateDirectory=, CacheDirectory=, LogsDirectory= and ConfigurationDirectory=" (and their *Mode=)';
// systemd.exec(5) RuntimeDirectory=, StateDirectory=, CacheDirectory=, LogsDirectory=, ConfigurationDirectory=.
const DIRECTORY_KINDS = [
    {
        kind: 'runtime',
        setting: 'runtime_dir',
        variable: 'RUNTIME_DIR',
        writable: true,
        systemd: {
            directive: 'RuntimeDirectory',
            base: '/run',
            since: 211,
            news: 'NEWS 211: "Two new unit file settings RuntimeDirectory= and RuntimeDirectoryMode="',
        },
    },
    {
        kind: 'configuration',
        setting: 'configuration_dir',
        variable: 'CONFIGURATION_DIR',
        writable: false,
        systemd: { directive: 'ConfigurationDirectory', base: '/etc', since: 235, news: NEWS_235 },
    },
    {
        kind: 'state',
        setting: 'state_dir',
        variable: 'STATE_DIR',
        writable: true,
        systemd: { directive: 'StateDirectory', base: '/var/lib', since: 235, news: NEWS_235 },
    },
    {
        kind: 'cache',
        setting: 'cache_dir',
        variable: 'CACHE_DIR',
        writable: true,
        systemd: { directive: 'CacheDirectory', base: '/var/cache', since: 235, news: NEWS_235 },
    },
    {
        kind: 'logs',
        setting: 'logs_dir',
        variable: 'LOGS_DIR',
        writable: true,
        systemd: { directive: 'LogsDirectory', base: '/var/log', since: 235, news: NEWS_235 },
    },
    { kind: 'tmp', setting: 'tmp_dir', variable: 'TMP_DIR', writable: true },
];
/** The kinds systemd creates, with what it creates them from (all but tmp, which has no `*Directory=`). */
const SYSTEMD_DIRECTORIES = DIRECTORY_KINDS.flatMap(({ kind, systemd, ...rest }) => systemd && kind !== 'tmp' ? [{ kind, ...rest, ...systemd }] : []);

;// CONCATENATED MODULE: ./src/systemd/directive-table.ts
const SYSTEMD_DIRECTIVES = [
    {
        sections: ['Unit'],
        directives: [
            ['Description', 'STRING'],
            ['Documentation', 'URL'],
            ['SourcePath', 'PATH'],
            ['Requires', 'UNIT [...]'],
            ['Requisite', 'UNIT [...]'],
            ['Wants', 'UNIT [...]'],
            ['BindsTo', 'UNIT [...]'],
            ['BindTo', 'UNIT [...]'],
            ['Upholds', 'UNIT [...]', 249],
            ['Conflicts', 'UNIT [...]'],
            ['Before', 'UNIT [...]'],
            ['After', 'UNIT [...]'],
            ['OnSuccess', 'UNIT [...]', 249],
            ['OnFailure', 'UNIT [...]'],
            ['PropagatesReloadTo', 'UNIT [...]'],
            ['PropagateReloadTo', 'UNIT [...]'],
            ['ReloadPropagatedFrom', 'UNIT [...]'],
            ['PropagateReloadFrom', 'UNIT [...]'],
            ['PropagatesStopTo', 'UNIT [...]', 249],
            ['StopPropagatedFrom', 'UNIT [...]', 249],
            ['PartOf', 'UNIT [...]'],
            ['JoinsNamespaceOf', 'UNIT [...]', 209],
            ['RequiresOverridable', 'OTHER'],
            ['RequisiteOverridable', 'OTHER'],
            ['RequiresMountsFor', 'PATH [...]'],
            ['StopWhenUnneeded', 'BOOLEAN'],
            ['RefuseManualStart', 'BOOLEAN'],
            ['RefuseManualStop', 'BOOLEAN'],
            ['AllowIsolate', 'BOOLEAN'],
            ['DefaultDependencies', 'BOOLEAN'],
            ['OnSuccessJobMode', 'MODE'],
            ['OnFailureJobMode', 'MODE'],
            ['OnFailureIsolate', 'BOOLEAN'],
            ['IgnoreOnIsolate', 'BOOLEAN'],
            ['JobTimeoutSec', 'OTHER'],
            ['JobRunningTimeoutSec', 'OTHER'],
            ['JobTimeoutAction', 'ACTION'],
            ['JobTimeoutRebootArgument', 'OTHER'],
            ['StartLimitIntervalSec', 'SECONDS', 229],
            ['SuccessAction', 'ACTION', 236],
            ['FailureActionExitStatus', 'OTHER', 240],
            ['SuccessActionExitStatus', 'OTHER', 240],
            ['ConditionPathExists', 'CONDITION'],
            ['ConditionPathExistsGlob', 'CONDITION'],
            ['ConditionPathIsDirectory', 'CONDITION'],
            ['ConditionPathIsSymbolicLink', 'CONDITION'],
            ['ConditionPathIsMountPoint', 'CONDITION'],
            ['ConditionPathIsReadWrite', 'CONDITION'],
            ['ConditionPathIsEncrypted', 'CONDITION', 246],
            ['ConditionDirectoryNotEmpty', 'CONDITION'],
            ['ConditionFileNotEmpty', 'CONDITION'],
            ['ConditionFileIsExecutable', 'CONDITION'],
            ['ConditionNeedsUpdate', 'CONDITION', 215],
            ['ConditionFirstBoot', 'CONDITION'],
            ['ConditionArchitecture', 'CONDITION', 210],
            ['ConditionFirmware', 'CONDITION', 249],
            ['ConditionVirtualization', 'CONDITION'],
            ['ConditionHost', 'CONDITION'],
            ['ConditionKernelCommandLine', 'CONDITION'],
            ['ConditionKernelVersion', 'CONDITION', 237],
            ['ConditionCredential', 'CONDITION', 252],
            ['ConditionSecurity', 'CONDITION', 205],
            ['ConditionCapability', 'CONDITION'],
            ['ConditionACPower', 'CONDITION'],
            ['ConditionMemory', 'CONDITION', 242],
            ['ConditionCPUFeature', 'CONDITION', 248],
            ['ConditionCPUs', 'CONDITION'],
            ['ConditionEnvironment', 'CONDITION', 246],
            ['ConditionUser', 'CONDITION', 234],
            ['ConditionGroup', 'CONDITION', 234],
            ['ConditionControlGroupController', 'CONDITION', 237],
            ['ConditionOSRelease', 'CONDITION', 249],
            ['ConditionMemoryPressure', 'CONDITION'],
            ['ConditionCPUPressure', 'CONDITION'],
            ['ConditionIOPressure', 'CONDITION'],
            ['AssertPathExists', 'CONDITION'],
            ['AssertPathExistsGlob', 'CONDITION'],
            ['AssertPathIsDirectory', 'CONDITION'],
            ['AssertPathIsSymbolicLink', 'CONDITION'],
            ['AssertPathIsMountPoint', 'CONDITION'],
            ['AssertPathIsReadWrite', 'CONDITION'],
            ['AssertPathIsEncrypted', 'CONDITION', 246],
            ['AssertDirectoryNotEmpty', 'CONDITION'],
            ['AssertFileNotEmpty', 'CONDITION'],
            ['AssertFileIsExecutable', 'CONDITION'],
            ['AssertNeedsUpdate', 'CONDITION'],
            ['AssertFirstBoot', 'CONDITION'],
            ['AssertArchitecture', 'CONDITION'],
            ['AssertVirtualization', 'CONDITION'],
            ['AssertHost', 'CONDITION'],
            ['AssertKernelCommandLine', 'CONDITION'],
            ['AssertKernelVersion', 'CONDITION'],
            ['AssertCredential', 'CONDITION', 252],
            ['AssertSecurity', 'CONDITION'],
            ['AssertCapability', 'CONDITION'],
            ['AssertACPower', 'CONDITION'],
            ['AssertMemory', 'CONDITION'],
            ['AssertCPUFeature', 'CONDITION'],
            ['AssertCPUs', 'CONDITION'],
            ['AssertEnvironment', 'CONDITION', 246],
            ['AssertUser', 'CONDITION'],
            ['AssertGroup', 'CONDITION'],
            ['AssertControlGroupController', 'CONDITION'],
            ['AssertOSRelease', 'CONDITION'],
            ['AssertMemoryPressure', 'CONDITION'],
            ['AssertCPUPressure', 'CONDITION'],
            ['AssertIOPressure', 'CONDITION'],
            ['CollectMode', 'OTHER', 236],
        ],
    },
    {
        sections: ['Unit', 'Service'],
        directives: [
            ['StartLimitInterval', 'SECONDS'],
            ['StartLimitBurst', 'UNSIGNED'],
            ['StartLimitAction', 'ACTION'],
            ['FailureAction', 'ACTION', 213],
            ['RebootArgument', 'OTHER', 213],
        ],
    },
    {
        sections: ['Service'],
        directives: [
            ['PIDFile', 'OTHER'],
            ['ExecCondition', 'PATH [ARGUMENT [...]]', 243],
            ['ExecStart', 'PATH [ARGUMENT [...]]'],
            ['ExecReload', 'PATH [ARGUMENT [...]]'],
            ['ExecStop', 'PATH [ARGUMENT [...]]'],
            ['RestartSec', 'SECONDS'],
            ['TimeoutStartSec', 'SECONDS'],
            ['TimeoutAbortSec', 'OTHER', 243],
            ['TimeoutStartFailureMode', 'TIMEOUTMODE', 246],
            ['TimeoutStopFailureMode', 'TIMEOUTMODE', 246],
            ['WatchdogSec', 'SECONDS'],
            ['ExitType', 'SERVICEEXITTYPE', 250],
            ['Restart', 'SERVICERESTART'],
            ['PermissionsStartOnly', 'BOOLEAN'],
            ['RootDirectoryStartOnly', 'BOOLEAN'],
            ['RemainAfterExit', 'BOOLEAN'],
            ['GuessMainPID', 'BOOLEAN'],
            ['RestartPreventExitStatus', 'STATUS'],
            ['RestartForceExitStatus', 'STATUS', 215],
            ['SuccessExitStatus', 'STATUS'],
            ['NonBlocking', 'BOOLEAN'],
            ['BusName', 'OTHER'],
            ['FileDescriptorStoreMax', 'UNSIGNED'],
            ['NotifyAccess', 'ACCESS'],
            ['Sockets', 'SOCKETS'],
            ['USBFunctionDescriptors', 'PATH'],
            ['USBFunctionStrings', 'PATH'],
            ['RestartSteps', 'UNSIGNED', 254],
            ['RestartMaxDelaySec', 'SECONDS', 254],
            ['OpenFile', 'STRING', 253],
            ['MemoryZSwapMax', 'SIZE', 253],
            ['MemoryPressureWatch', 'OTHER', 254],
            ['MemoryPressureThresholdSec', 'SECONDS', 254],
            ['ImportCredential', 'STRING', 254],
            ['RestartMode', 'OTHER', 254],
            ['SurviveFinalKillSignal', 'BOOLEAN', 255],
        ],
    },
    {
        sections: ['Service', 'Socket'],
        directives: [
            ['ExecStartPre', 'PATH [ARGUMENT [...]]'],
            ['ExecStartPost', 'PATH [ARGUMENT [...]]'],
            ['ExecStopPost', 'PATH [ARGUMENT [...]]'],
        ],
    },
    {
        sections: ['Service', 'Socket', 'Mount', 'Swap'],
        directives: [
            ['TimeoutSec', 'SECONDS'],
            ['WorkingDirectory', 'OTHER'],
            ['RootDirectory', 'PATH'],
            ['RootImage', 'PATH', 233],
            ['RootImageOptions', 'OTHER', 247],
            ['RootHash', 'OTHER', 246],
            ['RootHashSignature', 'OTHER', 246],
            ['RootVerity', 'PATH'],
            ['ExtensionDirectories', 'PATH [...]', 251],
            ['ExtensionImages', 'OTHER', 248],
            ['MountImages', 'OTHER', 247],
            ['User', 'OTHER'],
            ['Group', 'OTHER'],
            ['SupplementaryGroups', 'OTHER'],
            ['Nice', 'NICE'],
            ['OOMScoreAdjust', 'OOMSCOREADJUST'],
            ['CoredumpFilter', 'OTHER', 246],
            ['IOSchedulingClass', 'IOCLASS'],
            ['IOSchedulingPriority', 'IOPRIORITY'],
            ['CPUSchedulingPolicy', 'CPUSCHEDPOLICY'],
            ['CPUSchedulingPriority', 'CPUSCHEDPRIO'],
            ['CPUSchedulingResetOnFork', 'BOOLEAN'],
            ['CPUAffinity', 'CPUAFFINITY'],
            ['NUMAPolicy', 'OTHER', 243],
            ['NUMAMask', 'OTHER', 243],
            ['UMask', 'MODE'],
            ['Environment', 'ENVIRON'],
            ['EnvironmentFile', 'FILE'],
            ['PassEnvironment', 'OTHER', 228],
            ['UnsetEnvironment', 'OTHER', 235],
            ['DynamicUser', 'BOOLEAN', 232],
            ['RemoveIPC', 'BOOLEAN', 232],
            ['StandardInput', 'INPUT'],
            ['StandardOutput', 'OUTPUT'],
            ['StandardError', 'OUTPUT'],
            ['StandardInputText', 'OTHER'],
            ['StandardInputData', 'OTHER'],
            ['TTYPath', 'PATH'],
            ['TTYReset', 'BOOLEAN'],
            ['TTYVHangup', 'BOOLEAN'],
            ['TTYVTDisallocate', 'BOOLEAN'],
            ['TTYRows', 'OTHER', 250],
            ['TTYColumns', 'OTHER', 250],
            ['SyslogIdentifier', 'STRING'],
            ['SyslogFacility', 'FACILITY'],
            ['SyslogLevel', 'LEVEL'],
            ['SyslogLevelPrefix', 'BOOLEAN'],
            ['LogLevelMax', 'LEVEL', 236],
            ['LogRateLimitIntervalSec', 'SECONDS', 240],
            ['LogRateLimitBurst', 'UNSIGNED', 240],
            ['LogExtraFields', 'OTHER', 236],
            ['SecureBits', 'SECUREBITS'],
            ['CapabilityBoundingSet', 'BOUNDINGSET'],
            ['AmbientCapabilities', 'BOUNDINGSET', 229],
            ['TimerSlackNSec', 'NANOSECONDS'],
            ['NoNewPrivileges', 'BOOLEAN'],
            ['KeyringMode', 'OTHER', 235],
            ['ProtectProc', 'OTHER', 247],
            ['ProcSubset', 'OTHER', 247],
            ['SystemCallFilter', 'SYSCALLS'],
            ['SystemCallArchitectures', 'ARCHS', 209],
            ['SystemCallErrorNumber', 'ERRNO', 209],
            ['SystemCallLog', 'SYSCALLS', 247],
            ['MemoryDenyWriteExecute', 'BOOLEAN', 231],
            ['RestrictNamespaces', 'NAMESPACES', 233],
            ['RestrictRealtime', 'BOOLEAN', 231],
            ['RestrictSUIDSGID', 'BOOLEAN', 242],
            ['RestrictAddressFamilies', 'FAMILIES', 211],
            ['LockPersonality', 'BOOLEAN', 235],
            ['RestrictFileSystems', 'FILESYSTEMS', 250],
            ['LimitCPU', 'LIMIT'],
            ['LimitFSIZE', 'LIMIT'],
            ['LimitDATA', 'LIMIT'],
            ['LimitSTACK', 'LIMIT'],
            ['LimitCORE', 'LIMIT'],
            ['LimitRSS', 'LIMIT'],
            ['LimitNOFILE', 'LIMIT'],
            ['LimitAS', 'LIMIT'],
            ['LimitNPROC', 'LIMIT'],
            ['LimitMEMLOCK', 'LIMIT'],
            ['LimitLOCKS', 'LIMIT'],
            ['LimitSIGPENDING', 'LIMIT'],
            ['LimitMSGQUEUE', 'LIMIT'],
            ['LimitNICE', 'LIMIT'],
            ['LimitRTPRIO', 'LIMIT'],
            ['LimitRTTIME', 'LIMIT'],
            ['ReadWriteDirectories', 'PATH [...]'],
            ['ReadOnlyDirectories', 'PATH [...]'],
            ['InaccessibleDirectories', 'PATH [...]'],
            ['ReadWritePaths', 'PATH [...]', 231],
            ['ReadOnlyPaths', 'PATH [...]', 231],
            ['InaccessiblePaths', 'PATH [...]', 231],
            ['ExecPaths', 'PATH [...]', 248],
            ['NoExecPaths', 'PATH [...]', 248],
            ['ExecSearchPath', 'PATH', 250],
            ['BindPaths', 'PATH[:PATH[:OPTIONS]] [...]', 233],
            ['BindReadOnlyPaths', 'PATH[:PATH[:OPTIONS]] [...]', 233],
            ['TemporaryFileSystem', 'OTHER', 238],
            ['PrivateTmp', 'BOOLEAN'],
            ['PrivateDevices', 'BOOLEAN', 209],
            ['ProtectKernelTunables', 'BOOLEAN', 232],
            ['ProtectKernelModules', 'BOOLEAN', 232],
            ['ProtectKernelLogs', 'BOOLEAN', 244],
            ['ProtectClock', 'BOOLEAN', 245],
            ['ProtectControlGroups', 'BOOLEAN', 232],
            ['NetworkNamespacePath', 'PATH', 242],
            ['IPCNamespacePath', 'PATH', 248],
            ['LogNamespace', 'OTHER', 245],
            ['PrivateNetwork', 'BOOLEAN'],
            ['PrivateUsers', 'BOOLEAN', 232],
            ['PrivateMounts', 'BOOLEAN', 239],
            ['PrivateIPC', 'BOOLEAN', 248],
            ['ProtectSystem', 'OTHER', 214],
            ['ProtectHome', 'OTHER', 214],
            ['MountFlags', 'MOUNTFLAG [...]'],
            ['MountAPIVFS', 'OTHER', 233],
            ['Personality', 'PERSONALITY'],
            ['RuntimeDirectoryPreserve', 'OTHER', 235],
            ['RuntimeDirectoryMode', 'MODE', 211],
            ['RuntimeDirectory', 'OTHER', 211],
            ['StateDirectoryMode', 'MODE', 235],
            ['StateDirectory', 'OTHER', 235],
            ['CacheDirectoryMode', 'MODE', 235],
            ['CacheDirectory', 'OTHER', 235],
            ['LogsDirectoryMode', 'MODE', 235],
            ['LogsDirectory', 'OTHER', 235],
            ['ConfigurationDirectoryMode', 'MODE', 235],
            ['ConfigurationDirectory', 'OTHER', 235],
            ['SetCredential', 'OTHER', 247],
            ['SetCredentialEncrypted', 'OTHER', 250],
            ['LoadCredential', 'OTHER', 247],
            ['LoadCredentialEncrypted', 'OTHER', 250],
            ['TimeoutCleanSec', 'SECONDS'],
            ['PAMName', 'STRING'],
            ['IgnoreSIGPIPE', 'BOOLEAN'],
            ['UtmpIdentifier', 'STRING'],
            ['UtmpMode', 'OTHER', 225],
            ['SELinuxContext', 'LABEL', 209],
            ['AppArmorProfile', 'OTHER', 210],
            ['SmackProcessLabel', 'OTHER', 218],
            ['ProtectHostname', 'BOOLEAN', 242],
        ],
    },
    {
        sections: ['Service', 'Scope'],
        directives: [
            ['TimeoutStopSec', 'OTHER'],
            ['RuntimeMaxSec', 'SECONDS', 229],
            ['RuntimeRandomizedExtraSec', 'SECONDS', 250],
            ['OOMPolicy', 'OTHER', 243],
        ],
    },
    {
        sections: ['Service', 'Mount'],
        directives: [['Type', 'SERVICETYPE']],
    },
    {
        sections: ['Service', 'Socket', 'Mount', 'Swap', 'Slice', 'Scope'],
        directives: [
            ['Slice', 'SLICE'],
            ['AllowedCPUs', 'OTHER', 244],
            ['StartupAllowedCPUs', 'OTHER', 250],
            ['AllowedMemoryNodes', 'OTHER', 244],
            ['StartupAllowedMemoryNodes', 'OTHER', 250],
            ['CPUAccounting', 'BOOLEAN'],
            ['CPUWeight', 'CPUWEIGHT', 232],
            ['StartupCPUWeight', 'CPUWEIGHT', 232],
            ['CPUShares', 'SHARES', 213],
            ['StartupCPUShares', 'SHARES', 213],
            ['CPUQuota', 'OTHER', 213],
            ['CPUQuotaPeriodSec', 'OTHER', 242],
            ['MemoryAccounting', 'BOOLEAN'],
            ['MemoryMin', 'LIMIT', 240],
            ['DefaultMemoryMin', 'LIMIT', 243],
            ['DefaultMemoryLow', 'LIMIT', 243],
            ['MemoryLow', 'LIMIT', 231],
            ['MemoryHigh', 'LIMIT', 231],
            ['MemoryMax', 'LIMIT', 231],
            ['MemorySwapMax', 'LIMIT', 232],
            ['MemoryLimit', 'LIMIT'],
            ['DeviceAllow', 'DEVICE'],
            ['DevicePolicy', 'POLICY'],
            ['IOAccounting', 'BOOLEAN', 230],
            ['IOWeight', 'WEIGHT', 230],
            ['StartupIOWeight', 'WEIGHT', 230],
            ['IODeviceWeight', 'DEVICEWEIGHT', 230],
            ['IOReadBandwidthMax', 'LIMIT', 230],
            ['IOWriteBandwidthMax', 'LIMIT', 230],
            ['IOReadIOPSMax', 'LIMIT', 230],
            ['IOWriteIOPSMax', 'LIMIT', 230],
            ['IODeviceLatencyTargetSec', 'DEVICELATENCY', 240],
            ['BlockIOAccounting', 'BOOLEAN'],
            ['BlockIOWeight', 'WEIGHT', 213],
            ['StartupBlockIOWeight', 'WEIGHT', 213],
            ['BlockIODeviceWeight', 'DEVICEWEIGHT'],
            ['BlockIOReadBandwidth', 'BANDWIDTH'],
            ['BlockIOWriteBandwidth', 'BANDWIDTH'],
            ['TasksAccounting', 'BOOLEAN', 227],
            ['TasksMax', 'OTHER', 227],
            ['Delegate', 'OTHER'],
            ['DisableControllers', 'OTHER', 240],
            ['IPAccounting', 'BOOLEAN', 235],
            ['IPAddressAllow', 'OTHER', 235],
            ['IPAddressDeny', 'OTHER', 235],
            ['IPIngressFilterPath', 'OTHER', 243],
            ['IPEgressFilterPath', 'OTHER', 243],
            ['ManagedOOMSwap', 'OTHER', 247],
            ['ManagedOOMMemoryPressure', 'OTHER', 247],
            ['ManagedOOMMemoryPressureLimit', 'OTHER'],
            ['ManagedOOMPreference', 'OTHER', 248],
            ['BPFProgram', 'OTHER', 249],
            ['SocketBindAllow', 'OTHER', 249],
            ['SocketBindDeny', 'OTHER', 249],
            ['RestrictNetworkInterfaces', 'OTHER', 250],
        ],
    },
    {
        sections: ['Service', 'Socket', 'Mount', 'Swap', 'Scope'],
        directives: [
            ['SendSIGKILL', 'BOOLEAN'],
            ['SendSIGHUP', 'BOOLEAN'],
            ['KillMode', 'KILLMODE'],
            ['KillSignal', 'SIGNAL'],
            ['RestartKillSignal', 'SIGNAL', 244],
            ['FinalKillSignal', 'SIGNAL', 240],
            ['WatchdogSignal', 'SIGNAL', 240],
        ],
    },
    {
        sections: ['Socket'],
        directives: [
            ['ListenStream', 'SOCKET [...]'],
            ['ListenDatagram', 'SOCKET [...]'],
            ['ListenSequentialPacket', 'SOCKET [...]'],
            ['ListenFIFO', 'SOCKET [...]'],
            ['ListenNetlink', 'SOCKET [...]'],
            ['ListenSpecial', 'SOCKET [...]'],
            ['ListenMessageQueue', 'SOCKET [...]'],
            ['ListenUSBFunction', 'SOCKET [...]'],
            ['SocketProtocol', 'OTHER'],
            ['BindIPv6Only', 'SOCKETBIND'],
            ['Backlog', 'UNSIGNED'],
            ['BindToDevice', 'NETWORKINTERFACE'],
            ['ExecStopPre', 'PATH [ARGUMENT [...]]'],
            ['SocketUser', 'OTHER', 214],
            ['SocketGroup', 'OTHER', 214],
            ['SocketMode', 'MODE'],
            ['Accept', 'BOOLEAN'],
            ['FlushPending', 'BOOLEAN', 247],
            ['Writable', 'BOOLEAN', 227],
            ['MaxConnections', 'UNSIGNED'],
            ['MaxConnectionsPerSource', 'UNSIGNED'],
            ['KeepAlive', 'BOOLEAN'],
            ['KeepAliveTimeSec', 'SECONDS'],
            ['KeepAliveIntervalSec', 'SECONDS'],
            ['KeepAliveProbes', 'UNSIGNED'],
            ['DeferAcceptSec', 'SECONDS', 216],
            ['NoDelay', 'BOOLEAN'],
            ['ReceiveBuffer', 'SIZE'],
            ['SendBuffer', 'SIZE'],
            ['IPTOS', 'TOS'],
            ['IPTTL', 'INTEGER'],
            ['Mark', 'INTEGER'],
            ['PipeSize', 'SIZE'],
            ['FreeBind', 'BOOLEAN'],
            ['Transparent', 'BOOLEAN'],
            ['Broadcast', 'BOOLEAN'],
            ['PassCredentials', 'BOOLEAN'],
            ['PassSecurity', 'BOOLEAN'],
            ['PassPacketInfo', 'BOOLEAN', 246],
            ['Timestamping', 'OTHER', 247],
            ['TCPCongestion', 'STRING'],
            ['ReusePort', 'BOOLEAN'],
            ['MessageQueueMaxMessages', 'LONG'],
            ['MessageQueueMessageSize', 'LONG'],
            ['RemoveOnStop', 'BOOLEAN', 214],
            ['Symlinks', 'OTHER', 214],
            ['FileDescriptorName', 'OTHER'],
            ['Service', 'SERVICE'],
            ['SmackLabel', 'STRING'],
            ['SmackLabelIPIn', 'STRING'],
            ['SmackLabelIPOut', 'STRING'],
            ['SELinuxContextFromNet', 'BOOLEAN'],
        ],
    },
    {
        sections: ['Socket', 'Mount', 'Automount', 'Path'],
        directives: [['DirectoryMode', 'MODE']],
    },
    {
        sections: ['Socket', 'Swap'],
        directives: [['Priority', 'INTEGER']],
    },
    {
        sections: ['Socket', 'Path'],
        directives: [
            ['TriggerLimitIntervalSec', 'SECONDS', 230],
            ['TriggerLimitBurst', 'UNSIGNED', 230],
        ],
    },
    {
        sections: ['Mount', 'Swap'],
        directives: [
            ['What', 'STRING'],
            ['Options', 'STRING'],
        ],
    },
    {
        sections: ['Mount', 'Automount'],
        directives: [['Where', 'PATH']],
    },
    {
        sections: ['Mount'],
        directives: [
            ['SloppyOptions', 'BOOLEAN', 215],
            ['LazyUnmount', 'BOOLEAN', 232],
            ['ForceUnmount', 'BOOLEAN'],
            ['ReadWriteOnly', 'BOOLEAN', 246],
        ],
    },
    {
        sections: ['Automount'],
        directives: [
            ['ExtraOptions', 'STRING', 250],
            ['TimeoutIdleSec', 'OTHER', 220],
        ],
    },
    {
        sections: ['Timer'],
        directives: [
            ['OnCalendar', 'TIMER'],
            ['OnActiveSec', 'TIMER'],
            ['OnBootSec', 'TIMER'],
            ['OnStartupSec', 'TIMER'],
            ['OnUnitActiveSec', 'TIMER'],
            ['OnUnitInactiveSec', 'TIMER'],
            ['OnClockChange', 'BOOLEAN', 242],
            ['OnTimezoneChange', 'BOOLEAN', 242],
            ['Persistent', 'BOOLEAN', 212],
            ['WakeSystem', 'BOOLEAN', 212],
            ['RemainAfterElapse', 'BOOLEAN', 228],
            ['FixedRandomDelay', 'BOOLEAN', 247],
            ['AccuracySec', 'SECONDS', 209],
            ['RandomizedDelaySec', 'SECONDS', 229],
        ],
    },
    {
        sections: ['Timer', 'Path'],
        directives: [['Unit', 'UNIT']],
    },
    {
        sections: ['Path'],
        directives: [
            ['PathExists', 'PATH'],
            ['PathExistsGlob', 'PATH'],
            ['PathChanged', 'PATH'],
            ['PathModified', 'PATH'],
            ['DirectoryNotEmpty', 'PATH'],
            ['MakeDirectory', 'BOOLEAN'],
        ],
    },
    {
        sections: ['Install'],
        directives: [
            ['Alias', 'OTHER'],
            ['WantedBy', 'OTHER'],
            ['RequiredBy', 'OTHER'],
            ['Also', 'OTHER'],
            ['DefaultInstance', 'OTHER', 215],
        ],
    },
];

;// CONCATENATED MODULE: ./src/systemd/directives.ts
/**
 * What systemd accepts in each section of a unit file, read off the generated table of its own
 * parser (directive-table.ts). The passthrough (`directives`) and `hardening_overrides` check
 * their keys here: a key systemd does not know is ignored with only a warning (systemd.unit(5)),
 * so a typo would silently do nothing.
 */


const rows = SYSTEMD_DIRECTIVES.flatMap(({ sections, directives }) => directives.map((row) => ({ row, sections })));
const sectionsOf = new Map();
for (const { row, sections } of rows)
    sectionsOf.set(row[0], [...(sectionsOf.get(row[0]) ?? []), ...sections]);
const bySection = new Map();
for (const { row: [name, type, since], sections, } of rows) {
    const directive = { name, type, ...(since ? { since } : {}), sections: sectionsOf.get(name) };
    for (const section of sections) {
        if (!bySection.has(section))
            bySection.set(section, new Map());
        bySection.get(section).set(name, directive);
    }
}
/** The unit file sections systemd knows (systemd.unit(5) and the per-type pages). */
const UNIT_SECTIONS = [...bySection.keys()];
/** Whether `name` is a directive of `section`, and if not, the closest thing that is. */
function lookUpDirective(section, name) {
    const directives = bySection.get(section);
    if (!directives)
        return { kind: 'unknown-section', closest: (0,schema/* closestName */.Nf)(section, UNIT_SECTIONS) };
    const directive = directives.get(name);
    if (directive)
        return { kind: 'known', directive };
    const elsewhere = sectionsOf.get(name);
    if (elsewhere)
        return { kind: 'other-section', sections: elsewhere };
    return { kind: 'unknown', closest: (0,schema/* closestName */.Nf)(name, [...directives.keys()]) };
}
/** The release that introduced `name` in any section, when newer than every systemd_version accepted. */
function introducedIn(name) {
    for (const section of sectionsOf.get(name) ?? []) {
        const since = bySection.get(section)?.get(name)?.since;
        if (since)
            return since;
    }
    return undefined;
}
/**
 * Parser value types that hold a list, which an empty assignment resets (systemd.unit(5): "If the
 * empty string is assigned to this option, the list ... is reset"; the same in systemd.exec(5) for
 * Environment=, EnvironmentFile=, CapabilityBoundingSet=, SystemCallFilter=, DeviceAllow=, ...).
 * `[...]` in a type marks the other lists.
 */
const LIST_TYPES = new Set([
    'ARCHS',
    'BANDWIDTH',
    'BOUNDINGSET',
    'CONDITION',
    'CPUAFFINITY',
    'DEVICE',
    'DEVICELATENCY',
    'DEVICEWEIGHT',
    'ENVIRON',
    'FAMILIES',
    'FILE',
    'FILESYSTEMS',
    'SOCKETS',
    'STATUS',
    'SYSCALLS',
]);
/** [Install]'s lists, typed OTHER by the parser (install.c reads them with config_parse_strv). */
const INSTALL_LISTS = new Set(['Alias', 'WantedBy', 'RequiredBy', 'Also']);
/** Whether `Key=` (empty) resets the directive: only lists can be reset. */
function takesReset(directive) {
    return directive.type.includes('[...]') || LIST_TYPES.has(directive.type) || INSTALL_LISTS.has(directive.name);
}
/** The sections that take `name`, [Unit] and the type's own first as the table lists them; none when unknown. */
function directiveSections(name) {
    return sectionsOf.get(name) ?? [];
}

;// CONCATENATED MODULE: ./src/systemd/versions.ts
/**
 * The one table of which systemd version first understands each directive we write, and each
 * value or Exec prefix that came later than its directive. systemd ignores what it does not know
 * with only a warning (systemd.unit(5) "unknown settings ... ignored"), so a unit written for a
 * newer systemd silently does less on an older one: everything that gates on a version reads
 * this table.
 *
 * Versions come from systemd's own NEWS file ("CHANGES WITH N"; Debian ships it as
 * /usr/share/doc/systemd/NEWS.gz, upstream at github.com/systemd/systemd/blob/main/NEWS).
 * `news` names the release whose entry announces the feature and quotes enough of it to find.
 */



/** The oldest version `systemd_version` accepts: a feature older than it needs no gate. */
const OLDEST_ACCEPTED = schema/* configSchema */.Qn.properties['systemd_version'].minimum;
/** What every accepted version has: its `since` is only known to be at most OLDEST_ACCEPTED, which is all a gate needs. */
const ALWAYS = (news) => ({ since: OLDEST_ACCEPTED, news });
const EARLY = 'in systemd since its first releases, before NEWS recorded settings';
const sandboxing = (row) => ({ ...row, sandboxing: true });
/** Directives, by name (section-independent unless `unitSection` says otherwise). */
const directives = {
    // [Unit] and [Install]
    Description: ALWAYS(EARLY),
    After: ALWAYS(EARLY),
    Before: ALWAYS(EARLY),
    Requires: ALWAYS(EARLY),
    PartOf: ALWAYS('NEWS 188: "A new PartOf= unit dependency type has been introduced"'),
    WantedBy: ALWAYS(EARLY),
    // [Path]
    PathModified: ALWAYS(EARLY),
    // [Service]
    Type: ALWAYS(EARLY),
    NotifyAccess: ALWAYS(EARLY),
    RemainAfterExit: ALWAYS(EARLY),
    User: ALWAYS(EARLY),
    Group: ALWAYS(EARLY),
    WorkingDirectory: ALWAYS(EARLY),
    RootDirectory: ALWAYS(EARLY),
    ExecStartPre: ALWAYS(EARLY),
    ExecStart: ALWAYS(EARLY),
    ExecStop: ALWAYS(EARLY),
    PIDFile: ALWAYS(EARLY),
    EnvironmentFile: ALWAYS(EARLY),
    Environment: ALWAYS(EARLY),
    LimitNOFILE: ALWAYS(EARLY),
    LimitCORE: ALWAYS(EARLY),
    UMask: ALWAYS(EARLY),
    SyslogIdentifier: ALWAYS(EARLY),
    Restart: ALWAYS(EARLY),
    RestartSec: ALWAYS(EARLY),
    TimeoutStartSec: ALWAYS('NEWS 188: "TimeoutStartSec= and TimeoutStopSec= to allow configuration"'),
    // systemd.exec(5) RuntimeDirectory= and friends, with their *Mode=: from the directory table.
    ...Object.fromEntries(SYSTEMD_DIRECTORIES.flatMap(({ directive, since, news }) => [directive, `${directive}Mode`].map((name) => [name, { since, news }]))),
    RuntimeDirectoryPreserve: {
        since: 235,
        news: 'NEWS 235: "A new unit setting RuntimeDirectoryPreserve= has been added"',
    },
    ReadWritePaths: {
        since: 231,
        news: 'NEWS 231: "ReadWriteDirectories= ... renamed to ... ReadWritePaths="',
        olderName: 'ReadWriteDirectories',
    },
    ReadOnlyPaths: {
        since: 231,
        news: 'NEWS 231: "ReadOnlyDirectories= ... renamed to ... ReadOnlyPaths="',
        olderName: 'ReadOnlyDirectories',
    },
    InaccessiblePaths: {
        since: 231,
        news: 'NEWS 231: "InaccessableDirectories= ... renamed to InaccessablePaths="',
        olderName: 'InaccessibleDirectories',
    },
    ReadWriteDirectories: ALWAYS('NEWS 199: "Behaviour of PrivateTmp=, ReadWriteDirectories=, ReadOnlyDirectories= and InaccessibleDirectories= has changed" (older than that)'),
    ReadOnlyDirectories: ALWAYS('NEWS 199: "Behaviour of PrivateTmp=, ReadWriteDirectories=, ReadOnlyDirectories= and InaccessibleDirectories= has changed" (older than that)'),
    InaccessibleDirectories: ALWAYS('NEWS 199: "Behaviour of PrivateTmp=, ReadWriteDirectories=, ReadOnlyDirectories= and InaccessibleDirectories= has changed" (older than that)'),
    // Sandboxing (systemd.exec(5) "Security", "Sandboxing", "System Call Filtering", "Capabilities").
    NoNewPrivileges: sandboxing(ALWAYS('in systemd 187 with SystemCallFilter=, which NEWS 187 announces; NoNewPrivileges= has no entry of its own')),
    PrivateTmp: sandboxing(ALWAYS('NEWS 183: "PrivateTmp= now affects both /tmp and /var/tmp" (older than that)')),
    PrivateNetwork: sandboxing(ALWAYS('NEWS 212: "PrivateDevices=, PrivateNetwork= and PrivateTmp= is now used comprehensively" (older than that)')),
    CapabilityBoundingSet: sandboxing(ALWAYS(EARLY)),
    DevicePolicy: sandboxing(ALWAYS('NEWS 212: "imply DevicePolicy=closed" (older than that)')),
    DeviceAllow: sandboxing(ALWAYS(EARLY)),
    SystemCallFilter: sandboxing(ALWAYS('NEWS 187: "A new setting SystemCallFilters= has been added to services"')),
    PrivateDevices: sandboxing({
        since: 209,
        news: 'NEWS 209: "A new PrivateDevices= switch has been added to service units"',
    }),
    SystemCallErrorNumber: sandboxing({
        since: 209,
        news: 'NEWS 209: "a new SystemCallErrorNumber= setting has been introduced"',
    }),
    SystemCallArchitectures: sandboxing({
        since: 209,
        news: 'NEWS 209: "Also, SystemCallArchitectures= has been added"',
    }),
    RestrictAddressFamilies: sandboxing({
        since: 211,
        news: 'NEWS 211: "A new unit file setting RestrictAddressFamilies= has been added"',
    }),
    ProtectSystem: sandboxing({
        since: 214,
        news: 'NEWS 214: "Two new service settings, ProtectHome= and ProtectSystem=, have been added"',
    }),
    ProtectHome: sandboxing({
        since: 214,
        news: 'NEWS 214: "Two new service settings, ProtectHome= and ProtectSystem=, have been added"',
    }),
    AmbientCapabilities: sandboxing({
        since: 229,
        news: 'NEWS 229: "A new service setting AmbientCapabilities= has been added"',
    }),
    MemoryDenyWriteExecute: sandboxing({
        since: 231,
        news: 'NEWS 231: "A new service setting MemoryDenyWriteExecute= has been added"',
    }),
    RestrictRealtime: sandboxing({
        since: 231,
        news: 'NEWS 231: "A new RestrictRealtime= service setting has been added"',
    }),
    PrivateUsers: sandboxing({
        since: 232,
        news: 'NEWS 232: "their own user namespace using the new boolean PrivateUsers= option"',
    }),
    ProtectKernelModules: sandboxing({ since: 232, news: 'NEWS 232: "The new ProtectKernelModules= option"' }),
    ProtectKernelTunables: sandboxing({ since: 232, news: 'NEWS 232: "The new ProtectKernelTunables= option"' }),
    ProtectControlGroups: sandboxing({ since: 232, news: 'NEWS 232: "The new ProtectControlGroups= option"' }),
    RemoveIPC: sandboxing({
        since: 232,
        news: 'NEWS 232: "The new RemoveIPC= option can be used to remove IPC objects"',
    }),
    MountAPIVFS: sandboxing({ since: 233, news: 'NEWS 233: "A new MountAPIVFS= unit file option has been added"' }),
    RestrictNamespaces: sandboxing({
        since: 233,
        news: 'NEWS 233: "A new unit file option RestrictNamespaces= has been added"',
    }),
    LockPersonality: sandboxing({
        since: 235,
        news: 'NEWS 235: "A new unit file setting LockPersonality= has been added"',
    }),
    KeyringMode: sandboxing({ since: 235, news: 'NEWS 235: "A new setting KeyringMode= has been added to unit files"' }),
    IPAddressAllow: sandboxing({
        since: 235,
        news: 'NEWS 235: "Service units acquired two new options IPAddressAllow= and IPAddressDeny="',
    }),
    IPAddressDeny: sandboxing({
        since: 235,
        news: 'NEWS 235: "Service units acquired two new options IPAddressAllow= and IPAddressDeny="',
    }),
    PrivateMounts: sandboxing({ since: 239, news: 'NEWS 239: "A new unit file setting PrivateMounts= has been added"' }),
    ProtectHostname: sandboxing({ since: 242, news: 'NEWS 242: "A new unit setting ProtectHostname= may be used"' }),
    RestrictSUIDSGID: sandboxing({
        since: 242,
        news: 'NEWS 242: "A new boolean sandboxing option RestrictSUIDSGID= has been added"',
    }),
    ProtectKernelLogs: sandboxing({
        since: 244,
        news: 'NEWS 244: "Service units gained a new sandboxing option ProtectKernelLogs="',
    }),
    ProtectClock: sandboxing({
        since: 245,
        news: 'NEWS 245: "A new per-service sandboxing option ProtectClock= has been added"',
    }),
    ProtectProc: sandboxing({ since: 247, news: 'NEWS 247: "Two new unit file settings ProtectProc= and ProcSubset="' }),
    ProcSubset: sandboxing({ since: 247, news: 'NEWS 247: "Two new unit file settings ProtectProc= and ProcSubset="' }),
    PrivateIPC: sandboxing({ since: 248, news: 'NEWS 248: "A new PrivateIPC= setting on a unit file"' }),
};
/** Values that came later than their directive, by directive. */
const values = {
    Type: { exec: { since: 240, news: 'NEWS 240: "A new service type has been added: Type=exec"' } },
    Restart: {
        'on-abnormal': { since: 214, news: 'NEWS 214: "A new "on-abnormal" setting for Restart= has been added"' },
    },
    ProtectSystem: {
        strict: {
            since: 232,
            news: 'NEWS 232: DynamicUser= services "have ProtectHome=read-only and ProtectSystem=strict enabled"',
            olderValue: 'full',
        },
    },
    ProtectHome: { tmpfs: { since: 238, news: 'NEWS 238: "ProtectHome=tmpfs may now be used"' } },
    // System call groups (systemd.exec(5) "System Call Filtering"), checked word by word.
    SystemCallFilter: {
        '@privileged': {
            since: 231,
            news: 'NEWS 231: "SystemCallFilter= ... gained support for pre-defined, named system call filter sets"',
        },
        '@resources': {
            since: 231,
            news: 'NEWS 231: "SystemCallFilter= ... gained support for pre-defined, named system call filter sets"',
        },
        // NEWS never announced @system-service; 239 is the first release whose seccomp-util.c has
        // it, and NEWS 241 already changes it ("mincore() ... dropped from the @system-service").
        '@system-service': {
            since: 239,
            news: 'systemd 239 src/shared/seccomp-util.c (NEWS 241 amends it: "dropped from the @system-service system call filter group")',
        },
    },
};
/** systemd.service(5) "Command lines", table 1: the prefixes newer than Exec*= itself ("-" and "@" are older). */
const execPrefixes = {
    '+': {
        since: 231,
        news: 'NEWS 231: "if the character \'+\' is used the specified command line it will be run with full privileges"',
    },
    '!': {
        since: 235,
        news: 'NEWS 235: "when a command line is prefixed with "!" the command will be executed as configured, except for the credentials"',
    },
    '!!': { since: 235, news: 'NEWS 235: "There\'s also "!!" now"' },
    ':': { since: 242, news: 'NEWS 242: "ExecStart= command lines in unit files may now be prefixed with \':\'"' },
};
/** Directives that moved into [Unit]: before `since` they are only understood under their [Service] name. */
const unitSection = {
    StartLimitIntervalSec: {
        since: 229,
        news: 'NEWS 229: "StartLimitBurst=, StartLimitInterval=, ... have been moved from the [Service] section of unit files to [Unit]"',
        olderName: 'StartLimitInterval',
    },
    StartLimitBurst: {
        since: 229,
        news: 'NEWS 229: "StartLimitBurst=, StartLimitInterval=, ... have been moved from the [Service] section of unit files to [Unit]"',
    },
};
/** The table, for tests and documentation; code asks through the functions below. */
const SYSTEMD_VERSIONS = { directives, values, execPrefixes, unitSection };
/** A directive's row: hand-quoted here for those we write by default, else from the generated table. */
function directiveRow(name) {
    if (Object.hasOwn(directives, name))
        return directives[name];
    const since = introducedIn(name);
    return since === undefined ? undefined : { since, news: GENERATED };
}
const GENERATED = 'systemd NEWS, as scripts/directive-table.mjs reads it (src/systemd/directive-table.ts)';
/** Every directive the table knows, for suggestions. */
const knownDirectives = Object.keys(directives);
/** Sandboxing directives `hardening_overrides` may set. */
const sandboxingDirectives = knownDirectives.filter((name) => directives[name].sandboxing);
/**
 * Everything `Name=value` needs from systemd, newest first: the directive itself, then the value
 * as a whole, then each word of it (a system call group, say, with its `~` taken off).
 */
function requirementsOf(name, value) {
    const found = [];
    const directive = directiveRow(name);
    if (directive)
        found.push({ ...directive, feature: `${name}=` });
    const byValue = Object.hasOwn(values, name) ? values[name] : {};
    const words = [value, ...value.split(/\s+/).map((word) => word.replace(/^~/, ''))];
    for (const word of new Set(words)) {
        const row = Object.hasOwn(byValue, word) ? byValue[word] : undefined;
        if (row)
            found.push({ ...row, feature: `${name}=${word}` });
    }
    return found.sort((a, b) => b.since - a.since);
}
/** The requirements of an Exec prefix string such as `-!!` or `:+`. */
function execPrefixRequirements(prefixes) {
    // "!!" is one prefix; a lone "!" is another (systemd.service(5) table 1).
    const used = prefixes.includes('!!') ? [...prefixes.replace('!!', ''), '!!'] : [...prefixes];
    return used
        .filter((prefix) => Object.hasOwn(execPrefixes, prefix))
        .map((prefix) => ({ ...execPrefixes[prefix], feature: `the "${prefix}" Exec prefix` }))
        .sort((a, b) => b.since - a.since);
}

;// CONCATENATED MODULE: ./src/systemd/capabilities.ts
/**
 * The capabilities of capabilities(7), as AmbientCapabilities= and CapabilityBoundingSet= name
 * them (systemd.exec(5): "capability names as listed in capabilities(7)"), in kernel order.
 */
const CAPABILITIES = [
    'CAP_CHOWN',
    'CAP_DAC_OVERRIDE',
    'CAP_DAC_READ_SEARCH',
    'CAP_FOWNER',
    'CAP_FSETID',
    'CAP_KILL',
    'CAP_SETGID',
    'CAP_SETUID',
    'CAP_SETPCAP',
    'CAP_LINUX_IMMUTABLE',
    'CAP_NET_BIND_SERVICE',
    'CAP_NET_BROADCAST',
    'CAP_NET_ADMIN',
    'CAP_NET_RAW',
    'CAP_IPC_LOCK',
    'CAP_IPC_OWNER',
    'CAP_SYS_MODULE',
    'CAP_SYS_RAWIO',
    'CAP_SYS_CHROOT',
    'CAP_SYS_PTRACE',
    'CAP_SYS_PACCT',
    'CAP_SYS_ADMIN',
    'CAP_SYS_BOOT',
    'CAP_SYS_NICE',
    'CAP_SYS_RESOURCE',
    'CAP_SYS_TIME',
    'CAP_SYS_TTY_CONFIG',
    'CAP_MKNOD',
    'CAP_LEASE',
    'CAP_AUDIT_WRITE',
    'CAP_AUDIT_CONTROL',
    'CAP_SETFCAP',
    'CAP_MAC_OVERRIDE',
    'CAP_MAC_ADMIN',
    'CAP_SYSLOG',
    'CAP_WAKE_ALARM',
    'CAP_BLOCK_SUSPEND',
    'CAP_AUDIT_READ',
    'CAP_PERFMON',
    'CAP_BPF',
    'CAP_CHECKPOINT_RESTORE',
];

// EXTERNAL MODULE: ./src/config/option-directives.ts
var option_directives = __nccwpck_require__(45972);
;// CONCATENATED MODULE: ./src/units/hardening/harden-service.ts
/**
 * The hardening the main service gets: its profile for the runtime, adapted to the configuration,
 * with the user's overrides, gated on the target's systemd. Pure.
 */










/** Home directories ProtectHome= hides (systemd.exec(5) ProtectHome=). */
const HOME_DIRECTORIES = ['/home', '/root', '/run/user'];
function serviceHardening(settings, gate, notices) {
    const profile = profileOf(settings);
    const runtime = settings.string('runtime');
    const chosen = (0,profiles/* profileDirectives */.u6)(profile, runtime).map(({ directive, value }) => ({
        directive,
        value: typeof value === 'string' ? value : settings.list(value.setting).join(' '),
    }));
    adaptToPaths(settings, chosen);
    const overrides = overridesOf(settings);
    adaptToCapabilities(settings, chosen, overrides, notices);
    const lines = [];
    const changes = [];
    const leftOut = [];
    const overridden = new Set();
    for (const { directive, value } of chosen) {
        // An override replaces every line of its directive, where the first of them was.
        if (overrides.has(directive)) {
            if (!overridden.has(directive))
                lines.push(...explicitLines(settings, gate, directive, overrides.get(directive)));
            overridden.add(directive);
            continue;
        }
        const result = gate.chosen(directive, value);
        if (result.kind === 'kept')
            lines.push(result.line);
        else if (result.kind === 'older') {
            lines.push(result.line);
            changes.push(result.change);
        }
        else
            leftOut.push(`${result.missing.feature} (${result.missing.since})`);
    }
    for (const [directive, value] of overrides) {
        if (!overridden.has(directive))
            lines.push(...explicitLines(settings, gate, directive, value));
    }
    if (leftOut.length > 0) {
        notices.push(`hardening ${profile}: left out for ${gate.target.description}, which lacks them: ${leftOut.join(', ')}`);
    }
    notices.push(...changes.map((change) => `hardening ${profile}: ${change}`));
    const readOnlySystem = lines.includes('ProtectSystem=strict');
    const beamNeeds = runtime === 'beam' && readOnlySystem;
    return {
        lines,
        readOnlySystem,
        // The release writes RELEASE_TMP (the runtime directory) at start.
        directories: beamNeeds && !settings.list('dirs').includes('runtime') ? ['runtime'] : [],
        // Without ERL_CRASH_DUMP the VM writes erl_crash.dump to its working directory, read-only here.
        environment: beamNeeds
            ? [
                [
                    'ERL_CRASH_DUMP',
                    `${settings.string(settings.list('dirs').includes('state') ? 'state_dir' : 'runtime_dir')}/erl_crash.dump`,
                ],
            ]
            : [],
    };
}
/** `hardening`, or mix_systemd's `paranoia` set for users migrating; not both. */
function profileOf(settings) {
    const hardening = settings.string('hardening');
    if (!settings.flag('paranoia'))
        return hardening;
    if (hardening !== 'none') {
        throw new shared_errors/* SystemdUnitsError */.dp(`paranoia is mix_systemd's set and hardening: ${hardening} is another: set one of them`, settings.locate('paranoia'));
    }
    return 'paranoia';
}
/** An app deployed under a home directory must still see it: ProtectHome=read-only instead of yes. */
function adaptToPaths(settings, chosen) {
    const appPaths = [settings.string('deploy_dir'), settings.string('working_dir')];
    const underHome = appPaths.some((path) => HOME_DIRECTORIES.some((home) => path === home || path.startsWith(`${home}/`)));
    for (const line of chosen)
        if (underHome && line.directive === 'ProtectHome' && line.value === 'yes')
            line.value = 'read-only';
}
/** The first-class settings that write a sandboxing directive, which the profile's line gives way to. */
const CAPABILITY_SETTINGS = [
    { option: 'ambient_capabilities', directive: 'AmbientCapabilities' },
    { option: 'capability_bounding_set', directive: 'CapabilityBoundingSet' },
];
/**
 * Capabilities the service is granted must survive the profile (systemd.exec(5)
 * AmbientCapabilities=, CapabilityBoundingSet=, PrivateUsers=):
 * - an ambient capability outside the bounding set is dropped, so the profile's bounding set
 *   (empty for standard and strict) grows by the ambient ones;
 * - capabilities held inside a user namespace do not count against the host's network namespace
 *   (user_namespaces(7)), so a bind below 1024 fails with EACCES: PrivateUsers= is left out.
 * A bounding set the user wrote (capability_bounding_set, or CapabilityBoundingSet= in
 * hardening_overrides) replaces the profile's and must hold every ambient capability.
 */
function adaptToCapabilities(settings, chosen, overrides, notices) {
    for (const { option, directive } of CAPABILITY_SETTINGS) {
        if (settings.list(option).length > 0 && overrides.has(directive)) {
            throw new shared_errors/* SystemdUnitsError */.dp(`${option} and hardening_overrides["${directive}"] both write ${directive}=: set one of them`, settings.locate('hardening_overrides', directive));
        }
    }
    const override = overrides.get('AmbientCapabilities');
    // The passthrough's AmbientCapabilities= grants them just the same (directives.Service).
    const passthrough = settings.mapping('directives').find(([section]) => section === 'Service')?.[1];
    const ambient = [
        ...settings.list('ambient_capabilities'),
        ...[override ?? [], passthrough?.['AmbientCapabilities'] ?? []]
            .flat()
            .flatMap((value) => String(value).split(/\s+/)),
    ].filter((capability) => capability !== '' && !capability.startsWith('~'));
    const bounding = settings.list('capability_bounding_set');
    const written = bounding.length > 0
        ? { held: new Set(bounding), location: settings.locate('capability_bounding_set'), what: '' }
        : overrides.has('CapabilityBoundingSet')
            ? {
                held: boundingSetOf(overrides.get('CapabilityBoundingSet')),
                location: settings.locate('hardening_overrides', 'CapabilityBoundingSet'),
                what: 'CapabilityBoundingSet= ',
            }
            : undefined;
    const missing = ambient.filter((capability) => written && !written.held.has(capability));
    if (written && missing.length > 0) {
        throw new shared_errors/* SystemdUnitsError */.dp(`${written.what}lacks ${missing.join(', ')}, which ambient capabilities grant: outside the bounding set the service cannot use them`, written.location);
    }
    for (let index = chosen.length - 1; index >= 0; index--) {
        const line = chosen[index];
        if (line.directive === 'CapabilityBoundingSet' && bounding.length > 0)
            chosen.splice(index, 1);
        else if (line.directive === 'CapabilityBoundingSet' && ambient.length > 0)
            line.value = [...new Set([...line.value.split(/\s+/).filter(Boolean), ...ambient])].join(' ');
        else if (line.directive === 'PrivateUsers' && ambient.length > 0 && !overrides.has('PrivateUsers')) {
            chosen.splice(index, 1);
            notices.push(`PrivateUsers= left out: ambient capabilities (${ambient.join(', ')}) held in a user namespace do not count on the host's network, so a bind below 1024 would fail with EACCES`);
        }
    }
}
/**
 * The capabilities a CapabilityBoundingSet= override keeps, read as systemd reads its lines
 * (systemd.exec(5) CapabilityBoundingSet=, load-fragment.c config_parse_capability_set): the set
 * starts as every capability; a line replaces it while it is still that, or when the line names
 * none (the empty assignment, which leaves no capability), and otherwise adds to it; a leading `~`
 * means all but the named ones (and removes them when adding). No line at all keeps every one.
 */
function boundingSetOf(value) {
    let held = new Set(CAPABILITIES);
    if (value === null || value === undefined)
        return held;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items.length === 0 ? [''] : items) {
        const text = String(item).trim();
        const invert = text.startsWith('~');
        const named = new Set(text
            .slice(invert ? 1 : 0)
            .split(/\s+/)
            .filter(Boolean));
        if (named.size === 0 || held.size === CAPABILITIES.length)
            held = new Set(invert ? CAPABILITIES.filter((capability) => !named.has(capability)) : named);
        else
            for (const capability of named)
                held[invert ? 'delete' : 'add'](capability);
    }
    return held;
}
/** `hardening_overrides`, its directive names checked against the table. */
function overridesOf(settings) {
    const overrides = new Map();
    for (const [directive, value] of settings.mapping('hardening_overrides')) {
        if (!sandboxingDirectives.includes(directive)) {
            const known = directiveRow(directive) !== undefined || directiveSections(directive).length > 0;
            const suggestion = known ? undefined : (0,schema/* closestName */.Nf)(directive, sandboxingDirectives);
            const reason = known
                ? `${directive}= is not a sandboxing directive; ${ownSetting(directive)}`
                : `unknown sandboxing directive ${directive}=${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
            throw new shared_errors/* SystemdUnitsError */.dp(reason, settings.locate('hardening_overrides', directive));
        }
        overrides.set(directive, value);
    }
    return overrides;
}
/** Where a directive that is not a sandboxing one is set instead: its setting, else the passthrough. */
function ownSetting(directive) {
    const setting = option_directives/* OPTION_DIRECTIVES */.N.find((entry) => entry.directive === directive);
    if (setting)
        return `set it with ${setting.option}`;
    const section = directiveSections(directive)[0] ?? 'Service';
    return `set it with directives.${section}.${directive}`;
}
/** The lines an override writes: none for null, one per item of a list, else one; checked against the target. */
function explicitLines(settings, gate, directive, value) {
    if (value === null || value === undefined)
        return [];
    const items = Array.isArray(value) ? value : [value];
    // An empty list resets the directive, as an empty assignment does (systemd.unit(5) "empty string").
    const words = items.length === 0 ? [''] : items.map((item) => (typeof item === 'boolean' ? (item ? 'yes' : 'no') : String(item)));
    return words.map((word) => {
        let escaped;
        try {
            escaped = (0,syntax/* escapeText */.X1)(word);
        }
        catch (error) {
            if (error instanceof shared_errors/* SystemdUnitsError */.dp)
                throw new shared_errors/* SystemdUnitsError */.dp(error.reason, settings.locate('hardening_overrides', directive));
            throw error;
        }
        gate.explicit(directive, word, settings.locate('hardening_overrides', directive));
        return `${directive}=${escaped}`;
    });
}
/** Directory kinds an app writes to. */
const WRITABLE_KINDS = DIRECTORY_KINDS.filter((kind) => kind.writable);
/**
 * What the service must still write when the file system is read-only: the enabled directories
 * this unit does not have systemd create (those systemd creates are writable already, systemd.exec(5)
 * RuntimeDirectory=), and the PID file's directory. A private /tmp and /var/tmp are writable.
 */
function writablePaths(settings, hardening, enabled, created) {
    const privateTmp = hardening.lines.includes('PrivateTmp=yes');
    const candidates = WRITABLE_KINDS.filter(({ kind }) => enabled.has(kind) && !created.has(kind)).map(({ setting }) => settings.string(setting));
    if (settings.string('service_type') === 'forking')
        candidates.push(external_node_path_.posix.dirname(settings.string('pid_file')));
    const writable = WRITABLE_KINDS.filter(({ kind }) => created.has(kind)).map(({ setting }) => settings.string(setting));
    const covered = (path, by) => path === by || path.startsWith(`${by}/`);
    return [...new Set(candidates)].filter((path) => !writable.some((dir) => covered(path, dir)) &&
        !(privateTmp && ['/tmp', '/var/tmp'].some((tmp) => covered(path, tmp))));
}

// EXTERNAL MODULE: ./src/systemd/targets.ts
var targets = __nccwpck_require__(90157);
;// CONCATENATED MODULE: ./src/systemd/version-gate.ts
/**
 * What the target's systemd can do, decided from the one table in systemd-versions.ts. What we
 * chose (a default, a profile) and the target lacks is written in its older form or left out,
 * and the caller says so in a notice; what the user asked for by name and the target lacks is an
 * error, because leaving it out would silently do less than they wrote.
 */





class VersionGate {
    target;
    constructor(settings) {
        this.target = (0,targets/* targetOf */.$r)(settings);
    }
    /**
     * Where the target reads a directive: those that moved into [Unit] are written under their
     * [Service] name for a systemd older than the move (systemd.unit(5) StartLimitIntervalSec=).
     */
    placed(section, directive) {
        const moved = Object.hasOwn(SYSTEMD_VERSIONS.unitSection, directive)
            ? SYSTEMD_VERSIONS.unitSection[directive]
            : undefined;
        if (section !== 'Unit' || !moved || !this.lacks(moved))
            return { section, directive };
        return { section: 'Service', directive: moved.olderName ?? directive };
    }
    /** The newest thing `Name=value` needs that the target lacks, if any. */
    missing(name, value) {
        return requirementsOf(name, value).find((requirement) => this.lacks(requirement));
    }
    /** A directive we chose: kept, written in its older form, or left out. */
    chosen(name, value) {
        const missing = this.missing(name, value);
        if (!missing)
            return { kind: 'kept', line: `${name}=${value}` };
        const older = missing.olderName !== undefined
            ? { name: missing.olderName, value }
            : missing.olderValue !== undefined
                ? { name, value: missing.olderValue }
                : undefined;
        if (older && !this.missing(older.name, older.value)) {
            const line = `${older.name}=${older.value}`;
            return { kind: 'older', line, change: `${name}=${value} written as ${line}: ${this.needs(missing)}` };
        }
        return { kind: 'left-out', missing };
    }
    /** A directive the user set by name (at `location`): the target must understand it. */
    explicit(name, value, location) {
        const missing = this.missing(name, value);
        if (missing)
            throw new shared_errors/* SystemdUnitsError */.dp(this.needs(missing), location);
    }
    /** A command line the user wrote: its Exec prefixes must be ones the target understands. */
    command(key, command, locate, item) {
        // An argument vector is escaped whole and carries no prefixes.
        if (typeof command !== 'string')
            return;
        const missing = execPrefixRequirements((0,command_line/* parseCommandLine */.Du)(command).prefixes).find((requirement) => this.lacks(requirement));
        if (missing)
            throw new shared_errors/* SystemdUnitsError */.dp(this.needs(missing), locate(key, item));
    }
    lacks(requirement) {
        return requirement.since > this.target.version;
    }
    /** `ProtectClock= needs systemd 245; the target is rhel-8 (systemd 239)`. */
    needs(requirement) {
        return `${requirement.feature} needs systemd ${requirement.since}; the target is ${this.target.description}`;
    }
}
/** Fails on the first setting the user wrote that the target's systemd would ignore. */
function checkUserSettings(settings, gate) {
    for (const { option, section, directive: name, shape } of option_directives/* OPTION_DIRECTIVES */.N) {
        const { directive } = gate.placed(section, name);
        if (shape === 'command') {
            const command = settings.command(option);
            if (command !== undefined)
                gate.command(option, command, settings.locate);
            continue;
        }
        if (shape === 'commands') {
            for (const [index, command] of settings.commands(option).entries())
                gate.command(option, command, settings.locate, index);
            continue;
        }
        const value = shape === 'list' ? settings.list(option).join(' ') : settings.optional(option);
        const location = settings.locate(option);
        if (value !== undefined && value !== '' && location.kind !== 'default')
            gate.explicit(directive, value, location);
    }
    // Not a directive of its own: the script becomes the oneshot's ExecStart=.
    const script = settings.command('runtime_environment_service_script');
    if (script !== undefined)
        gate.command('runtime_environment_service_script', script, settings.locate);
}

// EXTERNAL MODULE: ./src/systemd/unit-names.ts
var unit_names = __nccwpck_require__(58940);
// EXTERNAL MODULE: ./src/units/setting-directives.ts
var setting_directives = __nccwpck_require__(97026);
;// CONCATENATED MODULE: ./src/units/passthrough.ts
/**
 * The passthrough: `directives` (the main service) and `unit_directives` (every other unit we
 * generate, by its file name) write directives no setting covers, sections and names exactly as
 * systemd spells them and values as written. systemd ignores an unknown directive with only a
 * warning (systemd.unit(5)), so every key is checked against the directives systemd knows for
 * that section, and every value gets the one-line checks every other value gets. Every problem
 * of the file is reported at once, each at its key. Pure.
 */






/**
 * The directives each generated unit is given, by unit file name. `main` is the main service;
 * `others` the rest of the units generated, which `unit_directives` must name.
 */
function passthroughDirectives(settings, gate, main, others) {
    const errors = [];
    const result = new Map();
    const given = [[main, ['directives'], asWritten(settings, 'directives')]];
    for (const [unit, sections] of settings.mapping('unit_directives')) {
        if (others.includes(unit))
            given.push([unit, ['unit_directives', unit], sections]);
        else
            errors.push(new shared_errors/* SystemdUnitsError */.dp(unknownUnit(unit, main, others), settings.locateKey(['unit_directives', unit])));
    }
    for (const [unit, origin, sections] of given) {
        const checked = checkUnit(settings, gate, unit, origin, sections, errors);
        if (checked.size > 0)
            result.set(unit, checked);
    }
    errors.push(...conflicts(settings, gate, result.get(main)));
    (0,shared_errors/* throwAll */.Kx)(errors);
    return result;
}
function asWritten(settings, option) {
    return Object.fromEntries(settings.mapping(option));
}
function unknownUnit(unit, main, others) {
    if (unit === main)
        return `${main} is the main service: give its directives in directives`;
    const suggestion = (0,schema/* closestName */.Nf)(unit, others);
    const generated = others.length > 0 ? `the other units generated are ${others.join(', ')}` : 'no other unit is generated';
    return `no unit ${unit} is generated${suggestion ? ` (did you mean ${suggestion}?)` : ''}; ${generated}`;
}
/** The sections a unit of this file name has (systemd.unit(5): [Unit], the type's own, [Install]). */
function passthrough_sectionsOf(unit) {
    const type = unit.slice(unit.lastIndexOf('.') + 1);
    return ['Unit', `${type[0].toUpperCase()}${type.slice(1)}`, 'Install'];
}
function checkUnit(settings, gate, unit, origin, sections, errors) {
    const checked = new Map();
    const allowed = passthrough_sectionsOf(unit);
    for (const [section, directives] of Object.entries(sections)) {
        const fail = (path, reason) => errors.push(new shared_errors/* SystemdUnitsError */.dp(reason, settings.locateKey([...origin, ...path])));
        if (!allowed.includes(section)) {
            const suggestion = (0,schema/* closestName */.Nf)(section, allowed);
            const known = UNIT_SECTIONS.includes(section);
            fail([section], `${known ? `${unit} has no [${section}] section` : `unknown section [${section}]`}${suggestion && suggestion !== section ? ` (did you mean ${suggestion}?)` : ''}; it has ${allowed.map((name) => `[${name}]`).join(', ')}`);
            continue;
        }
        const lines = new Map();
        for (const [name, value] of Object.entries(directives)) {
            const problem = checkDirective(gate, section, name, value);
            if (problem)
                fail([section, name], problem);
            else
                lines.set(name, valuesOf(value));
        }
        if (lines.size > 0)
            checked.set(section, lines);
    }
    return checked;
}
/** Why `name` with `value` cannot go in `section`, if it cannot. */
function checkDirective(gate, section, name, value) {
    const lookup = lookUpDirective(section, name);
    switch (lookup.kind) {
        case 'unknown-section':
            return `unknown section [${section}]`;
        case 'unknown':
            return `unknown directive ${name}= in [${section}]${lookup.closest ? ` (did you mean ${lookup.closest}?)` : ''}`;
        case 'other-section':
            return `${name}= belongs in ${lookup.sections.map((name) => `[${name}]`).join(' or ')}, not [${section}]`;
        case 'known':
            break;
    }
    const { directive } = lookup;
    const values = valuesOf(value);
    if (Array.isArray(value) && value.length === 0 && !takesReset(directive)) {
        return `an empty list writes ${name}=, which resets only a list, and ${name}= takes one value (${directive.type})`;
    }
    for (const item of values) {
        const problem = (0,syntax/* checkSingleLine */.Z_)(item) ?? (0,command_line/* checkSpecifiers */.CR)(item);
        if (problem)
            return `the value ${JSON.stringify(item)} ${problem}`;
    }
    if (directive.since !== undefined && directive.since > gate.target.version) {
        return `${name}= needs systemd ${directive.since}; the target is ${gate.target.description}`;
    }
    for (const item of values) {
        const missing = gate.missing(name, item);
        if (missing)
            return gate.needs(missing);
    }
    return undefined;
}
/** One line's value per item; an empty list is the one empty value of the reset form `Key=`. */
function valuesOf(value) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0)
        return [''];
    return items.map((item) => (typeof item === 'boolean' ? (item ? 'yes' : 'no') : String(item)));
}
/**
 * A directive both a setting the user set and `directives` write would be written twice over,
 * one silently winning: name both, as for hardening_overrides and the capability settings.
 */
function conflicts(settings, gate, main) {
    if (!main)
        return [];
    const errors = [];
    for (const { option, section, directive: name } of option_directives/* OPTION_DIRECTIVES */.N) {
        const { section: placed, directive } = gate.placed(section, name);
        if (!main.get(placed)?.has(directive) || !userSet(settings, option))
            continue;
        errors.push(new shared_errors/* SystemdUnitsError */.dp(`${option} and directives.${placed}.${directive} both write ${directive}=: set one of them`, settings.locateKey(['directives', placed, directive])));
    }
    for (const [directive] of settings.mapping('hardening_overrides')) {
        if (!main.get('Service')?.has(directive))
            continue;
        errors.push(new shared_errors/* SystemdUnitsError */.dp(`hardening_overrides["${directive}"] and directives.Service.${directive} both write ${directive}=: set one of them`, settings.locateKey(['directives', 'Service', directive])));
    }
    return errors;
}
/** Whether the user (or the manifest) gave the option a value; defaults write what `directives` may replace. */
function userSet(settings, option) {
    // `command` reads any option's value as it is; an empty list writes nothing.
    const value = settings.command(option);
    const written = value !== undefined && !(Array.isArray(value) && value.length === 0);
    return written && settings.locate(option).kind !== 'default';
}

;// CONCATENATED MODULE: ./src/units/views.ts









const templateNames = [
    'systemd.service',
    'restart.path',
    'restart.service',
    'runtime-environment.service',
];
/**
 * Decide which units to generate and what each template sees. Pure. `variables` says which names
 * a template uses: a setting the template names is the template's to write, so its directive is
 * not added after rendering as well (a second ExecReload= line, say, would be a duplicate).
 */
function planUnits(settings, variables) {
    const notices = [];
    const gate = new VersionGate(settings);
    checkUserSettings(settings, gate);
    const service = settings.string('service_name');
    const runtimeEnvironment = settings.command('runtime_environment_service_script');
    const runtimeEnvironmentUnit = (0,unit_names/* unitName */.Cq)(`${service}-runtime-environment`, 'service');
    const mainView = mainServiceView(settings, gate, runtimeEnvironment ? runtimeEnvironmentUnit : undefined, notices);
    const units = [
        {
            name: (0,unit_names/* unitName */.Cq)(service, 'service'),
            template: 'systemd.service',
            view: mainView,
            directives: (0,setting_directives/* settingDirectives */.V)(settings, gate, new Set([...Object.keys(mainView), ...variables('systemd.service')])),
        },
    ];
    if (settings.string('restart_method') === 'systemd_flag') {
        units.push({ name: (0,unit_names/* unitName */.Cq)(`${service}-restart`, 'path'), template: 'restart.path', view: restartPathView(settings) }, {
            name: (0,unit_names/* unitName */.Cq)(`${service}-restart`, 'service'),
            template: 'restart.service',
            view: restartServiceView(settings),
        });
    }
    if (runtimeEnvironment) {
        units.push({
            name: runtimeEnvironmentUnit,
            template: 'runtime-environment.service',
            view: runtimeEnvironmentView(settings, gate, runtimeEnvironment, notices),
        });
    }
    for (const { name } of units) {
        // The suffixes we add can push a valid service_name past systemd's 255-character limit.
        const reason = (0,syntax/* checkUnitName */.Eg)(name);
        if (reason)
            throw new shared_errors/* SystemdUnitsError */.dp(`${name}: ${reason}`, settings.locate('service_name'));
    }
    const [main, ...others] = units;
    const passthrough = passthroughDirectives(settings, gate, main.name, others.map(({ name }) => name));
    for (const unit of units)
        unit.replacements = passthrough.get(unit.name);
    return { units, notices };
}
function mainServiceView(settings, gate, runtimeEnvironmentUnit, notices) {
    const forking = settings.string('service_type') === 'forking';
    const hardening = serviceHardening(settings, gate, notices);
    const enabled = new Set([...settings.list('dirs'), ...hardening.directories]);
    const dirs = new Set(enabled);
    // The runtime-environment oneshot owns the runtime directory, so a restart of the main
    // service does not delete the file it wrote there.
    if (runtimeEnvironmentUnit)
        dirs.delete('runtime');
    const directories = directoryViews(settings, dirs, gate, notices);
    const paths = pathViews(settings, gate, notices, hardening.readOnlySystem ? writablePaths(settings, hardening, enabled, directories.created) : []);
    return {
        description: (0,syntax/* escapeText */.X1)(settings.string('description')),
        after: afterList([
            'local-fs.target',
            'network.target',
            ...settings.list('unit_after_targets'),
            ...dependencies(settings),
            ...(runtimeEnvironmentUnit ? [runtimeEnvironmentUnit] : []),
        ]),
        requires: [...(runtimeEnvironmentUnit ? [runtimeEnvironmentUnit] : []), ...settings.list('requires')].map(syntax/* escapeText */.X1),
        service_type: settings.string('service_type'),
        notify_access: settings.optional('notify_access'),
        app_user: (0,syntax/* escapeText */.X1)(settings.string('app_user')),
        app_group: (0,syntax/* escapeText */.X1)(settings.string('app_group')),
        working_dir: (0,syntax/* escapePath */.ft)(settings.string('working_dir')),
        exec_start_pre: settings.commands('exec_start_pre').map(setting_directives/* renderCommand */.C),
        exec_start: execStartLine(settings),
        exec_stop: optionalCommand(settings.command('exec_stop')),
        pid_file: forking ? (0,syntax/* escapePath */.ft)(settings.string('pid_file')) : undefined,
        env_files: environmentFiles(settings.list('env_files')),
        environment: environmentLines(settings, forking, hardening.environment),
        limit_nofile: settings.optional('limit_nofile'),
        limit_core: settings.optional('limit_core'),
        umask: settings.optional('umask'),
        syslog_identifier: optionalText(settings.optional('syslog_identifier')),
        restart: settings.string('restart'),
        restart_sec: settings.optional('restart_sec'),
        timeout_start_sec: settings.optional('timeout_start_sec'),
        ...directories.view,
        root_directory: settings.flag('chroot') ? (0,syntax/* escapePath */.ft)(settings.string('root_directory')) : undefined,
        ...paths.view,
        // Path lists in their pre-231 names are sandboxing lines too; the template names only the new ones.
        hardening: [...paths.olderLines, ...hardening.lines],
    };
}
function restartPathView(settings) {
    const service = settings.string('service_name');
    const flag = `${settings.string('flags_dir')}/restart.flag`;
    return {
        description: (0,syntax/* escapeText */.X1)(`Restart ${service} when ${flag} changes`),
        path_modified: (0,syntax/* escapePath */.ft)(flag),
    };
}
function restartServiceView(settings) {
    const service = settings.string('service_name');
    return {
        description: (0,syntax/* escapeText */.X1)(`Restart ${service}`),
        // /bin/systemctl exists on every target: merged-/usr systems link /bin to /usr/bin.
        exec_start: (0,syntax/* escapeExecArgv */.Rg)(['/bin/systemctl', 'restart', (0,unit_names/* unitName */.Cq)(service, 'service')]),
    };
}
function runtimeEnvironmentView(settings, gate, script, notices) {
    const service = settings.string('service_name');
    return {
        description: (0,syntax/* escapeText */.X1)(`Runtime environment for ${service}`),
        after: afterList(['local-fs.target', 'network.target', ...settings.list('runtime_environment_unit_after_targets')]),
        main_unit: (0,syntax/* escapeText */.X1)((0,unit_names/* unitName */.Cq)(service, 'service')),
        app_user: (0,syntax/* escapeText */.X1)(settings.string('app_user')),
        app_group: (0,syntax/* escapeText */.X1)(settings.string('app_group')),
        exec_start: (0,setting_directives/* renderCommand */.C)(script),
        environment: environmentLines(settings, false, []),
        ...directoryViews(settings, new Set(['runtime']), gate, notices).view,
    };
}
/**
 * Units the service depends on, which it also starts after: systemd.unit(5) says Wants=, Requires=
 * and BindsTo= do not order by themselves, and a service started beside its database races it.
 * A unit listed in `before` is ordered the other way.
 */
function dependencies(settings) {
    const before = new Set(settings.list('before'));
    return ['wants', 'requires', 'binds_to', 'part_of']
        .flatMap((option) => settings.list(option))
        .filter((unit) => !before.has(unit));
}
function afterList(units) {
    return (0,syntax/* escapeText */.X1)([...new Set(units)].join(' '));
}
/** ExecStart=, with the wrapper (if any) between the command's prefixes and the command itself. */
function execStartLine(settings) {
    const command = settings.command('exec_start');
    if (command === undefined)
        throw new shared_errors/* SystemdUnitsError */.dp('exec_start is not set', settings.locate('exec_start'));
    const rendered = (0,setting_directives/* renderCommand */.C)(command);
    const wrap = settings.command('exec_start_wrap');
    if (wrap === undefined)
        return rendered;
    const wrapper = (0,setting_directives/* renderCommand */.C)(wrap);
    if ((0,command_line/* parseCommandLine */.Du)(wrapper).prefixes !== '') {
        throw new shared_errors/* SystemdUnitsError */.dp('the wrapper must not carry prefixes such as ! or -: put them on exec_start', settings.locate('exec_start_wrap'));
    }
    const { prefixes, command: rest } = (0,command_line/* parseCommandLine */.Du)(rendered);
    // One space between wrapper and program, however the wrapper ends (an escaped space is kept).
    return `${prefixes}${wrapper.replace(/(?<!\\)[ \t]+$/, '')} ${rest}`;
}
function optionalCommand(command) {
    return command === undefined ? undefined : (0,setting_directives/* renderCommand */.C)(command);
}
function optionalText(value) {
    return value === undefined ? undefined : (0,syntax/* escapeText */.X1)(value);
}
/**
 * EnvironmentFile= lines, one per file. Two entries can name the same file (current_dir equal to
 * deploy_dir in the defaults): it is written once, where it is read last, since a file read again
 * overrides what came between (systemd.exec(5) EnvironmentFile=), and required if any entry is.
 */
function environmentFiles(entries) {
    const files = entries.map((entry) => ({ optional: entry.startsWith('-'), path: entry.replace(/^-/, '') }));
    return files
        .filter(({ path }, index) => !files.slice(index + 1).some((later) => later.path === path))
        .map(({ path }) => {
        const optional = files.every((file) => file.path !== path || file.optional);
        return `${optional ? '-' : ''}${(0,syntax/* escapePath */.ft)(path)}`;
    });
}
/** The path-list options and the directives they write (systemd.exec(5) "Sandboxing"). */
const PATH_LISTS = [
    { option: 'read_write_paths', directive: 'ReadWritePaths' },
    { option: 'read_only_paths', directive: 'ReadOnlyPaths' },
    { option: 'inaccessible_paths', directive: 'InaccessiblePaths' },
];
/**
 * ReadWritePaths= and friends, the writable paths the hardening needs added to the user's. A
 * target older than their names gets the older names instead (the same setting, for directories).
 */
function pathViews(settings, gate, notices, writable) {
    const view = {};
    const olderLines = [];
    for (const { option, directive } of PATH_LISTS) {
        const paths = [...new Set([...settings.list(option), ...(option === 'read_write_paths' ? writable : [])])];
        const value = paths.length > 0 ? (0,syntax/* escapeWordList */.Qy)(paths) : undefined;
        view[option] = value;
        if (value === undefined)
            continue;
        const result = gate.chosen(directive, value);
        // The older names are in every version systemd_version accepts: nothing is left out.
        if (result.kind !== 'older')
            continue;
        // The older names take host paths: "+" (relative to RootDirectory=) came with the new ones.
        const rooted = settings.list(option).findIndex((path) => /^-?\+/.test(path));
        if (rooted >= 0) {
            const requirement = gate.missing(directive, value);
            throw new shared_errors/* SystemdUnitsError */.dp(`the "+" prefix needs ${directive}= (systemd ${requirement?.since}) and the target is ${gate.target.description}, whose ${requirement?.olderName}= takes host paths only`, settings.locate(option, rooted));
        }
        notices.push(result.change);
        olderLines.push(result.line);
        view[option] = undefined;
    }
    return { view, olderLines };
}
/**
 * Built-in variables, then env_vars (a user's value replaces a built-in of the same name in place).
 * EnvironmentFile= entries override all of these (systemd.exec(5) "EnvironmentFile=").
 */
function environmentLines(settings, forking, needed) {
    const variables = new Map();
    const lang = settings.optional('env_lang');
    if (lang !== undefined)
        variables.set('LANG', lang);
    if (settings.isMix) {
        // mix_env null or "" leaves MIX_ENV out, as env_lang null leaves out LANG.
        const mixEnv = settings.optional('mix_env');
        if (mixEnv)
            variables.set('MIX_ENV', mixEnv);
        variables.set('RELEASE_TMP', settings.string('runtime_dir'));
    }
    variables.set('DEPLOY_DIR', settings.string('deploy_dir'));
    const dirs = settings.list('dirs');
    for (const { kind, setting, variable } of DIRECTORY_KINDS) {
        if (dirs.includes(kind))
            variables.set(variable, settings.string(setting));
    }
    if (forking)
        variables.set('PIDFILE', settings.string('pid_file'));
    for (const [name, value] of needed)
        variables.set(name, value);
    for (const [name, value] of settings.environment())
        variables.set(name, value);
    return [...variables].map(([name, value]) => (0,syntax/* escapeEnvironment */.fw)(name, value));
}
/**
 * `*Directory=` settings for the enabled dirs. systemd creates them only under its own bases,
 * and only from the version that added each setting; otherwise deploy scripts must.
 * `created` holds the kinds this unit has systemd create.
 */
function directoryViews(settings, dirs, gate, notices) {
    // Every key is present, set or not, so templates can name any of them. systemd has no
    // TmpDirectory=; the mode is there for a template that creates the directory itself.
    const view = {
        runtime_directory_preserve: undefined,
        tmp_directory_mode: dirs.has('tmp') ? settings.string('tmp_directory_mode') : undefined,
    };
    const created = new Set();
    for (const { kind, setting, directive, base } of SYSTEMD_DIRECTORIES) {
        view[`${kind}_directory`] = undefined;
        view[`${kind}_directory_mode`] = undefined;
        if (!dirs.has(kind))
            continue;
        const name = settings.string(`${kind}_directory`);
        const path = settings.string(setting);
        if (path !== `${base}/${name}`) {
            notices.push(`${directive}= left out: ${setting} ${path} is not under systemd's ${base}; create it in your deploy scripts`);
            continue;
        }
        const missing = gate.missing(directive, name);
        if (missing) {
            notices.push(`${directive}= left out: it needs systemd ${missing.since} and the target is ${gate.target.description}; create ${path} in your deploy scripts`);
            continue;
        }
        created.add(kind);
        view[`${kind}_directory`] = (0,syntax/* escapeWordList */.Qy)([name]);
        view[`${kind}_directory_mode`] = settings.string(`${kind}_directory_mode`);
        const preserve = settings.string('runtime_directory_preserve');
        // A preserve the user set is checked with their settings; the default, "no", is what systemd
        // does without the directive, so leaving it out loses nothing and needs no notice.
        if (kind === 'runtime' && !gate.missing('RuntimeDirectoryPreserve', preserve))
            view['runtime_directory_preserve'] = preserve;
    }
    return { view, created };
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(60218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
