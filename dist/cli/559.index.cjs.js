"use strict";
exports.id = 559;
exports.ids = [559];
exports.modules = {

/***/ 9559:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FIX_USAGE: () => (/* binding */ FIX_USAGE),
  runFixCommand: () => (/* binding */ runFixCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/lint/errors.js
var errors = __webpack_require__(3186);
// EXTERNAL MODULE: ./lib/report/json.js
var json = __webpack_require__(7406);
// EXTERNAL MODULE: ./lib/report/text.js
var report_text = __webpack_require__(4639);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/fail-on.js
var fail_on = __webpack_require__(8368);
// EXTERNAL MODULE: ./lib/shared/ids.js
var ids = __webpack_require__(6095);
// EXTERNAL MODULE: ./lib/fix/automation-role.js
var automation_role = __webpack_require__(53);
// EXTERNAL MODULE: ./lib/fix/fixer.js + 1 modules
var fixer = __webpack_require__(5312);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/lint/read/discover.js
var discover = __webpack_require__(7727);
// EXTERNAL MODULE: ./lib/lint/read/skips.js
var skips = __webpack_require__(4514);
// EXTERNAL MODULE: ./lib/shared/fs-boundary.js
var fs_boundary = __webpack_require__(9157);
// EXTERNAL MODULE: ./lib/lint/read/located-json.js
var located_json = __webpack_require__(7091);
// EXTERNAL MODULE: ./lib/lint/engine.js + 3 modules
var engine = __webpack_require__(9542);
// EXTERNAL MODULE: ./lib/lint/arm/budget.js
var budget = __webpack_require__(7375);
;// CONCATENATED MODULE: ./lib/fix/apply.js
function applyNonOverlapping(text, fixes) {
    const unique = new Map();
    for (const fix of fixes) {
        const key = JSON.stringify(fix.edits);
        if (!unique.has(key) && fix.edits.length > 0)
            unique.set(key, fix);
    }
    const ordered = [...unique.values()].sort((a, b) => start(a) - start(b) || end(a) - end(b));
    const applied = [];
    let lastEnd = -1;
    for (const fix of ordered) {
        if (start(fix) <= lastEnd || !withinText(fix, text.length) || overlapsItself(fix))
            continue;
        applied.push(fix);
        lastEnd = end(fix);
    }
    const edits = applied.flatMap((f) => f.edits).sort((a, b) => b.offset - a.offset);
    let out = text;
    for (const e of edits)
        out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
    return { text: out, applied };
}
function start(fix) {
    return Math.min(...fix.edits.map((e) => e.offset));
}
function end(fix) {
    return Math.max(...fix.edits.map((e) => e.offset + e.length));
}
function withinText(fix, length) {
    return fix.edits.every((e) => e.offset >= 0 && e.length >= 0 && e.offset + e.length <= length);
}
function overlapsItself(fix) {
    const edits = [...fix.edits].sort((a, b) => a.offset - b.offset);
    return edits.some((e, i) => i > 0 && e.offset < edits[i - 1].offset + edits[i - 1].length);
}

// EXTERNAL MODULE: ./lib/fix/files.js
var files = __webpack_require__(4520);
;// CONCATENATED MODULE: ./lib/fix/run.js









const MAX_PASSES = 10;
async function runFix(patterns, options) {
    const cwd = external_node_path_.resolve(options.cwd);
    const lintOptions = {
        cwd,
        automationPrincipalId: options.automationPrincipalId,
        parameterPairs: options.parameterPairs,
        fixes: { automationRoleId: options.automationRoleId, automationDisplayName: options.automationDisplayName }
    };
    const pairs = options.parameterPairs ?? [];
    const reading = {
        boundary: fs_boundary/* Boundary */.l$.create(cwd, [...patterns, ...pairs.flatMap((p) => [p.template, p.parameters])]),
        skips: new skips/* SkipLedger */.ht()
    };
    const boundary = reading.boundary;
    const plans = await (0,discover/* discoverLintUnits */.w)(patterns, cwd, pairs, reading);
    const texts = new Map();
    const originals = new Map();
    const refused = new Map();
    const results = new Array(plans.length).fill(null);
    const kept = new Array(plans.length).fill(false);
    const applied = [];
    let dirty = new Set(plans.keys());
    let passes = 0;
    for (;;) {
        lintPlans(plans, dirty, passes === 0, texts, kept, results, lintOptions, cwd, reading);
        if (passes >= MAX_PASSES)
            break;
        const byFile = new Map();
        for (const i of dirty) {
            for (const finding of results[i]?.findings ?? []) {
                if (!finding.fix)
                    continue;
                const file = external_node_path_.resolve(cwd, finding.fix.file);
                if (refused.has(file))
                    continue;
                let list = byFile.get(file);
                if (!list)
                    byFile.set(file, (list = []));
                list.push({ ruleId: finding.ruleId, fix: finding.fix, edits: finding.fix.edits });
            }
        }
        const changed = new Set();
        for (const [file, pending] of byFile) {
            let text = texts.get(file);
            if (text === undefined) {
                try {
                    text = (0,files/* readTextForEdit */.ty)(boundary, file);
                }
                catch (error) {
                    refused.set(file, error instanceof files/* FileRefusal */.Hv ? error.message : `${file} could not be read (${error.code ?? String(error)})`);
                    continue;
                }
                originals.set(file, text);
            }
            const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
            const result = applyNonOverlapping(text.slice(bom.length), pending);
            if (result.applied.length === 0)
                continue;
            texts.set(file, bom + result.text);
            changed.add(file);
            for (const p of result.applied)
                applied.push({ file: p.fix.file, ruleId: p.ruleId, description: p.fix.description });
        }
        if (changed.size === 0)
            break;
        passes++;
        dirty = new Set([...plans.keys()].filter((i) => kept[i] && (changed.has(plans[i].templatePath) || (plans[i].parametersPath !== null && changed.has(plans[i].parametersPath)))));
    }
    const changes = [];
    for (const [absolute, after] of texts) {
        const before = originals.get(absolute);
        if (before === after)
            continue;
        changes.push({ file: relativeTo(cwd, absolute), absolute, before, after });
    }
    for (const [absolute, reason] of refused)
        changes.push({ file: relativeTo(cwd, absolute), absolute, before: '', after: '', error: reason });
    if (!options.dryRun) {
        for (const change of changes) {
            if (change.error)
                continue;
            try {
                (0,files/* writeTextFile */.Tl)(boundary, change.absolute, change.after, { replace: true });
            }
            catch (error) {
                change.error = error instanceof files/* FileRefusal */.Hv ? error.message : `could not write ${change.file} (${error.code ?? String(error)})`;
            }
        }
    }
    const final = results.filter((r) => r !== null);
    const report = { results: final, summary: (0,engine/* summarize */.eh)(final), skippedFiles: reading.skips.summary((file) => relativeTo(cwd, file)) };
    return { report, applied, changes, passes };
}
function lintPlans(plans, which, first, texts, kept, results, options, cwd, reading) {
    let previous = null;
    const runBudget = new budget/* RunBudget */.bG(options.runSteps);
    for (const i of [...which].sort((a, b) => a - b)) {
        const plan = plans[i];
        let input;
        if (first) {
            input = (0,discover/* readLintUnit */.k)(plan, previous, reading);
            kept[i] = input !== null;
        }
        else {
            const template = previous && previous.templatePath === plan.templatePath ? previous.template : read(plan.templatePath, texts, reading);
            input = { ...plan, template, parameters: plan.parametersPath === null ? null : read(plan.parametersPath, texts, reading) };
        }
        if (!input)
            continue;
        previous = input;
        const unit = input;
        results[i] = (0,located_json/* withUnitFiles */.MC)([unit.template.file, unit.parameters?.file], () => (0,engine/* lintUnit */.II)(unit, options, cwd, runBudget));
    }
}
function read(file, texts, reading) {
    const text = texts.get(file);
    return text === undefined ? (0,located_json/* readJsonFile */.JE)(file, reading.boundary ?? null) : (0,located_json/* parseJsonText */.lk)(file, text, Buffer.byteLength(text, 'utf8'));
}
function relativeTo(cwd, file) {
    return external_node_path_.relative(cwd, file).split(external_node_path_.sep).join('/') || external_node_path_.basename(file);
}
function leftForPeople(report) {
    const all = report.results.flatMap((r) => r.findings);
    return { suggestions: all.filter((f) => f.suggestions?.length), unavailable: all.filter((f) => f.fixUnavailable) };
}

;// CONCATENATED MODULE: ./lib/cli/fix.js











const FIX_USAGE = `Usage: lighthouse-pec fix [PATH...] [options]

Applies the safe fixes to Azure Lighthouse onboarding templates in the file where each value is written (the
parameters file when the authorizations come from it), keeping comments, order, indentation and line endings, then
reports what remains. Changes that alter who may do what (Owner, roles with DataActions) are only suggested.

Options:
  --automation-principal-id GUID  Object ID of the Provider Automation Account (needed for the PEC fixes)
  --automation-role ROLE          Role (GUID or exact name) granted when the account holds no usable PEC-eligible
                                  role; must be PEC-eligible and usable in Lighthouse
                                  (default: Support Request Contributor, cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e)
  --automation-display-name NAME  principalIdDisplayName for the account when no template names it
                                  (default: '${fixer/* DEFAULT_AUTOMATION_DISPLAY_NAME */.BO}')
  --parameters FILE | TEMPLATE=FILE   As for lint
  --dry-run                       Print a unified diff (stdout) and change nothing; the report goes to stderr
  --format text|json              Report format (default: text)
  --fail-on error|warning|never   Exit 1 when what remains reaches this level (default: error)
  --no-color                      Plain text even on a terminal

Exit codes: 0 nothing left reaches --fail-on, 1 something does (or a fix could not be written), 2 usage error.
`;
async function runFixCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                'automation-principal-id': { type: 'string' },
                'automation-role': { type: 'string' },
                'automation-display-name': { type: 'string' },
                parameters: { type: 'string', multiple: true },
                'dry-run': { type: 'boolean', default: false },
                format: { type: 'string', default: 'text' },
                'fail-on': { type: 'string', default: 'error' },
                'no-color': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false }
            }
        });
    }
    catch (error) {
        throw new errors/* UsageError */.e(`${error.message}\n\n${FIX_USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(FIX_USAGE);
        return 0;
    }
    const format = values.format;
    if (!['text', 'json'].includes(format))
        throw new errors/* UsageError */.e(`--format must be text or json, not '${format}'.`);
    const failOn = values['fail-on'];
    if (!['error', 'warning', 'never'].includes(failOn))
        throw new errors/* UsageError */.e(`--fail-on must be error, warning or never, not '${failOn}'.`);
    const principal = values['automation-principal-id'];
    if (principal !== undefined && !(0,ids/* isGuid */.W_)(principal.trim())) {
        throw new errors/* UsageError */.e(`--automation-principal-id must be a GUID (the service principal's object ID), not '${principal}'.`);
    }
    const role = (0,automation_role/* resolveAutomationRole */.y)(values['automation-role']);
    const displayName = values['automation-display-name']?.trim();
    if (values['automation-display-name'] !== undefined && !displayName)
        throw new errors/* UsageError */.e('--automation-display-name must not be empty.');
    const patterns = positionals.length > 0 ? positionals : ['.'];
    const parameterPairs = (values.parameters ?? []).map((value) => {
        const eq = value.indexOf('=');
        if (eq > 0)
            return { template: value.slice(0, eq), parameters: value.slice(eq + 1) };
        if (patterns.length !== 1)
            throw new errors/* UsageError */.e(`--parameters ${value}: with several PATHs, write --parameters TEMPLATE=FILE.`);
        return { template: patterns[0], parameters: value };
    });
    const dryRun = values['dry-run'];
    const result = await runFix(patterns, {
        cwd: io.cwd,
        automationPrincipalId: principal?.trim().toLowerCase(),
        parameterPairs,
        automationRoleId: role.id,
        automationDisplayName: displayName,
        dryRun
    });
    const report = io.stdout;
    const reportStream = dryRun && format === 'text' ? io.stderr : report;
    if (dryRun) {
        const { unifiedDiff } = await __webpack_require__.e(/* import() */ 194).then(__webpack_require__.bind(__webpack_require__, 4194));
        const diff = result.changes.filter((c) => !c.error).map((c) => unifiedDiff(c.file, c.before, c.after)).join('');
        if (format === 'json') {
            io.stdout.write(`${(0,report_escape/* inertJson */.nl)(JSON.stringify({ ...fixJson(result, dryRun), diff }, null, 2))}\n`);
        }
        else {
            io.stdout.write(inertDiff(diff));
            reportStream.write(fixText(result, dryRun, false));
        }
    }
    else if (format === 'json') {
        io.stdout.write(`${(0,report_escape/* inertJson */.nl)(JSON.stringify(fixJson(result, dryRun), null, 2))}\n`);
    }
    else {
        const color = !values['no-color'] && !!reportStream.isTTY && !process.env.NO_COLOR;
        reportStream.write(fixText(result, dryRun, color));
    }
    const unwritten = result.changes.some((c) => c.error);
    return (0,fail_on/* reachesFailOn */.n)(result.report.summary, failOn) || unwritten ? 1 : 0;
}
function fixJson(result, dryRun) {
    return {
        ...(0,json/* toJsonReport */.O)(result.report),
        dryRun,
        applied: result.applied,
        files: result.changes.map((c) => ({ file: c.file, written: !dryRun && !c.error, ...(c.error ? { error: c.error } : {}) }))
    };
}
function fixText(result, dryRun, color) {
    const lines = [];
    const verb = dryRun ? 'Would fix' : 'Fixed';
    const files = new Set(result.applied.map((a) => a.file));
    if (result.applied.length === 0)
        lines.push('Nothing to fix automatically.');
    else
        lines.push(`${verb} ${result.applied.length} problem(s) in ${files.size} file(s):`);
    for (const a of result.applied)
        lines.push(`  ${(0,report_escape/* oneLineText */.gs)(a.file)}  ${a.ruleId}  ${(0,report_escape/* oneLineText */.gs)(a.description)}`);
    for (const c of result.changes.filter((x) => x.error))
        lines.push(`  not written: ${(0,report_escape/* oneLineText */.gs)(c.error)}`);
    const { suggestions, unavailable } = leftForPeople(result.report);
    if (suggestions.length > 0) {
        lines.push('', 'Suggestions, not applied (they change who may do what: a person decides):');
        for (const f of suggestions)
            for (const s of f.suggestions)
                lines.push(`  ${where(f)}  ${f.ruleId}  ${(0,report_escape/* oneLineText */.gs)(s.description)}`);
    }
    if (unavailable.length > 0) {
        lines.push('', 'Not fixed (no safe edit):');
        for (const f of unavailable)
            lines.push(`  ${where(f)}  ${f.ruleId}  ${(0,report_escape/* oneLineText */.gs)(f.fixUnavailable)}`);
    }
    lines.push('', dryRun ? 'What would remain:' : 'What remains:', '');
    return `${lines.map(report_escape/* inertLine */.Fq).join('\n')}\n${(0,report_text/* formatText */.v)(result.report, { color })}`;
}
function inertDiff(diff) {
    if (!diff || process.env.GITHUB_ACTIONS !== 'true')
        return diff;
    let token;
    do
        token = `lighthouse-pec-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    while (diff.includes(token));
    return `::stop-commands::${token}\n${diff}${diff.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}
function where(f) {
    return `${(0,report_escape/* oneLineText */.gs)(f.file)}:${f.line}:${f.column}`;
}


/***/ }),

/***/ 53:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ resolveAutomationRole)
/* harmony export */ });
/* harmony import */ var _lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5403);
/* harmony import */ var _lint_rules_pec_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8173);
/* harmony import */ var _lint_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3186);
/* harmony import */ var _fixer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5312);
/* harmony import */ var _lint_roles_catalogue_generated_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3028);





function resolveAutomationRole(value) {
    const wanted = value?.trim() || _fixer_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_AUTOMATION_ROLE_ID */ .VR;
    const guid = (0,_lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .roleGuidOf */ .VA)(wanted);
    const info = guid ? _lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .roleCatalogue */ .wW.get(guid) : findByName(wanted);
    if (!info)
        throw new _lint_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--automation-role '${wanted}' is not a built-in role (give its GUID or exact name, e.g. 'Support Request Contributor' or 'Contributor').`);
    const standing = (0,_lint_rules_pec_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .pecStanding */ .D4)(info, { kind: 'permanent', delegatedRoleDefinitionIds: undefined }, _lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .roleCatalogue */ .wW);
    if (standing.kind !== 'earns') {
        throw new _lint_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--automation-role ${info.name} (${info.id}) does not surely earn partner earned credit through Lighthouse: ${standing.why}. Choose a PEC-eligible role Lighthouse accepts, e.g. Support Request Contributor (${_fixer_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_AUTOMATION_ROLE_ID */ .VR}) or Contributor.`);
    }
    return info;
}
function findByName(name) {
    const wanted = name.toLowerCase();
    const match = _lint_roles_catalogue_generated_json__WEBPACK_IMPORTED_MODULE_3__/* .roles */ .Ot.find((r) => r.name.toLowerCase() === wanted);
    return match ? _lint_roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .roleCatalogue */ .wW.get(match.id) : undefined;
}


/***/ }),

/***/ 4520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ FileRefusal),
/* harmony export */   Tl: () => (/* binding */ writeTextFile),
/* harmony export */   ty: () => (/* binding */ readTextForEdit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9157);



class FileRefusal extends Error {
    name = 'FileRefusal';
}
const EDIT_LIMIT = 32 * 1024 * 1024;
function readTextForEdit(boundary, file) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
        throw new FileRefusal(`${file} is a symbolic link: not edited (edit the file it points to)`);
    }
    const outcome = (0,_shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(boundary, file, EDIT_LIMIT);
    if (!outcome.ok)
        throw new FileRefusal(`${file}: ${outcome.refusal.message}`);
    const text = outcome.buffer.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(outcome.buffer))
        throw new FileRefusal(`${file} is not valid UTF-8: not edited, so no byte of it changes`);
    return text;
}
function writeTextFile(boundary, file, text, options) {
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file, { throwIfNoEntry: false });
    if (existing && !options.replace)
        throw new FileRefusal(`${file} exists`);
    if (existing?.isSymbolicLink())
        throw new FileRefusal(`${file} is a symbolic link: not written`);
    try {
        (0,_shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileInside */ .gE)(boundary, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(boundary.base, file), text);
    }
    catch (error) {
        if (error instanceof _shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundaryError */ .BV)
            throw new FileRefusal(error.message.replace(/\.$/, ''));
        throw error;
    }
}


/***/ })

};
;