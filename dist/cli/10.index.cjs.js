"use strict";
exports.id = 10;
exports.ids = [10];
exports.modules = {

/***/ 4010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SARIF_RESULT_LIMIT: () => (/* binding */ SARIF_RESULT_LIMIT),
  TOOL_NAME: () => (/* binding */ TOOL_NAME),
  TOOL_VERSION: () => (/* binding */ TOOL_VERSION),
  formatSarif: () => (/* binding */ formatSarif),
  toSarif: () => (/* binding */ toSarif)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/lint/read/repo-root.js
var repo_root = __webpack_require__(5225);
;// CONCATENATED MODULE: ./lib/report/annotations.js


const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
const prefixRankInfo = {
    isPec: (id) => id.startsWith('pec-'),
    order: () => Number.MAX_SAFE_INTEGER
};
function rankFindings(findings, info) {
    return findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => LEVEL_RANK[a.finding.level] - LEVEL_RANK[b.finding.level] ||
        Number(info.isPec(b.finding.ruleId)) - Number(info.isPec(a.finding.ruleId)) ||
        info.order(a.finding.ruleId) - info.order(b.finding.ruleId) ||
        a.index - b.index)
        .map((x) => x.finding);
}
function workspaceRelative(file, workspace) {
    const rel = external_node_path_.relative(workspace, external_node_path_.resolve(workspace, file));
    return rel.split(external_node_path_.sep).join('/');
}
function repositoryPath(file, workspace) {
    return (0,repo_root/* repoRelative */.N)(external_node_path_.resolve(workspace, file)) ?? workspaceRelative(file, workspace);
}
function planAnnotations(findings, options) {
    const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
    const fromFindings = rankFindings(findings, options.rankInfo).map((f) => ({
        level: f.level,
        message: f.message,
        title: f.ruleId,
        file: repositoryPath(f.file, options.workspace),
        startLine: f.line,
        startColumn: f.column
    }));
    const all = [...(options.first ?? []), ...fromFindings];
    const used = { error: 0, warning: 0, note: 0 };
    const omitted = { error: 0, warning: 0, note: 0 };
    const emit = [];
    for (const a of all) {
        if (used[a.level] < perLevel - (options.reserve?.[a.level] ?? 0)) {
            used[a.level]++;
            emit.push(a);
        }
        else {
            omitted[a.level]++;
        }
    }
    return { emit, omitted };
}
const ANNOTATION_MESSAGE_LIMIT = 4096;
function emitAnnotations(plan, sink) {
    for (const annotation of plan.emit) {
        const a = annotation.message.length > ANNOTATION_MESSAGE_LIMIT ? { ...annotation, message: `${annotation.message.slice(0, ANNOTATION_MESSAGE_LIMIT - 1)}\u2026` } : annotation;
        const props = {
            title: a.title,
            ...(a.file !== undefined ? { file: a.file } : {}),
            ...(a.startLine !== undefined ? { startLine: a.startLine } : {}),
            ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {})
        };
        if (a.level === 'error')
            sink.error(a.message, props);
        else if (a.level === 'warning')
            sink.warning(a.message, props);
        else
            sink.notice(a.message, props);
    }
}

// EXTERNAL MODULE: ./lib/lint/rules/index.js + 38 modules
var rules = __webpack_require__(9847);
;// CONCATENATED MODULE: ./lib/lint/rules/rule.js
const DOCS_BASE_URL = 'https://github.com/lighthouse-pec-guard/lighthouse-pec-guard/blob/main/docs/rules/';
function docsUrl(ruleId) {
    return `${DOCS_BASE_URL}${ruleId}.md`;
}

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
;// CONCATENATED MODULE: ./lib/report/sarif.js





const TOOL_NAME = 'Lighthouse PEC Guard';
const TOOL_VERSION = '1.0.0';
const SARIF_RESULT_LIMIT = 25_000;
function toSarif(report, workspace = process.cwd(), resultLimit = SARIF_RESULT_LIMIT) {
    const all = report.results.flatMap((unit) => unit.findings);
    const used = new Set(all.map((f) => f.ruleId));
    const descriptors = rules/* rules */.aO.map((rule) => {
        const url = docsUrl(rule.meta.id);
        return {
            id: rule.meta.id,
            name: toPascal(rule.meta.id),
            shortDescription: { text: rule.meta.description },
            fullDescription: { text: rule.meta.description },
            helpUri: url,
            help: {
                text: `${rule.meta.description} See ${url}`,
                markdown: `${rule.meta.description}\n\n[Rule documentation](${url})`
            },
            defaultConfiguration: { level: rule.meta.level },
            properties: { tags: ['azure-lighthouse', rule.meta.category], precision: 'very-high', 'problem.severity': rule.meta.level === 'note' ? 'recommendation' : rule.meta.level }
        };
    });
    for (const id of used) {
        if (!descriptors.some((d) => d.id === id)) {
            descriptors.push({ id, shortDescription: { text: id }, fullDescription: { text: id }, help: { text: `See ${docsUrl(id)}` }, helpUri: docsUrl(id) });
        }
    }
    const index = new Map(descriptors.map((d, i) => [d.id, i]));
    const omitted = Math.max(0, all.length - resultLimit);
    const kept = omitted === 0 ? all : rankFindings(all, prefixRankInfo).slice(0, resultLimit);
    const results = kept.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: f.level,
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(repositoryPath(f.file, workspace)), uriBaseId: '%SRCROOT%' },
                    region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) }
                }
            }
        ],
        partialFingerprints: { 'lighthousePecGuard/v1': fingerprint(f.ruleId, f.file, f.message) },
        ...fixesOf(f, workspace)
    }));
    const invocations = omitted === 0 ? undefined : [{
            executionSuccessful: true,
            toolExecutionNotifications: [{ level: 'warning', message: { text: `${omitted} less severe result(s) were left out: code scanning accepts at most ${resultLimit} per run. The job summary and the JSON output have every finding.` } }]
        }];
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: docsUrl('').replace(/docs\/rules\/\.md$/, ''), rules: descriptors } },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the git checkout (the working directory when there is none).' } } },
                ...(invocations ? { invocations } : {}),
                results
            }
        ]
    };
}
function formatSarif(report, workspace = process.cwd()) {
    return `${(0,report_escape/* inertJson */.nl)(JSON.stringify(toSarif(report, workspace), null, 2))}\n`;
}
function fixesOf(f, workspace) {
    const all = [
        ...(f.fix ? [{ fix: f.fix, suggestion: false }] : []),
        ...(f.suggestions ?? []).map((fix) => ({ fix, suggestion: true }))
    ];
    if (all.length === 0)
        return {};
    return {
        fixes: all.map(({ fix, suggestion }) => ({
            description: { text: suggestion ? `Suggestion (a person decides; never applied automatically): ${fix.description}` : fix.description },
            artifactChanges: [
                {
                    artifactLocation: { uri: encodeUri(repositoryPath(fix.file, workspace)), uriBaseId: '%SRCROOT%' },
                    replacements: fix.edits.map((e) => ({
                        deletedRegion: { charOffset: e.offset, charLength: e.length },
                        ...(e.content ? { insertedContent: { text: e.content } } : {})
                    }))
                }
            ]
        }))
    };
}
function fingerprint(ruleId, file, message) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\u0000${file}\u0000${message}`).digest('hex').slice(0, 32);
}
function encodeUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function toPascal(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}


/***/ })

};
;