#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(require, exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(require, exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(require, exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(require, exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(require, exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(require, exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

"use strict";
module.exports = require("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

"use strict";
module.exports = require("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 7016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 518:
/***/ ((__webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4970);

process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: USAGE

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./lib/lint/engine.js + 3 modules
var engine = __nccwpck_require__(9542);
// EXTERNAL MODULE: ./lib/lint/errors.js
var errors = __nccwpck_require__(3186);
// EXTERNAL MODULE: ./lib/report/json.js
var json = __nccwpck_require__(7406);
// EXTERNAL MODULE: ./lib/report/text.js
var report_text = __nccwpck_require__(4639);
// EXTERNAL MODULE: ./lib/report/fail-on.js
var fail_on = __nccwpck_require__(8368);
// EXTERNAL MODULE: ./lib/shared/ids.js
var ids = __nccwpck_require__(6095);
// EXTERNAL MODULE: ./lib/shared/fs-boundary.js
var fs_boundary = __nccwpck_require__(9157);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __nccwpck_require__(2527);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: ./lib/cli/tiering.js

const ONE_PASS_TUNING_MIN_UNITS = 100;
function tuneForOnePass() {
    const v8 = (process.getBuiltinModule?.('node:v8') ?? (0,external_node_module_.createRequire)(require("url").pathToFileURL(__filename).href)('node:v8'));
    v8.setFlagsFromString('--interrupt-budget=540672');
}

;// CONCATENATED MODULE: ./lib/cli/run.js










const USAGE = `Usage: lighthouse-pec lint [PATH...] [options]
       lighthouse-pec fix [PATH...] [options]      (lighthouse-pec fix --help)
       lighthouse-pec init --managing-tenant-id GUID --automation-principal-id GUID --offer-name NAME [options]

Lints Azure Lighthouse onboarding templates (and their parameters files) for partner earned credit (PEC)
and for the rules Azure Lighthouse enforces. PATHs are files, folders or glob patterns (default: .).

Options:
  --automation-principal-id GUID  Object ID of the Provider Automation Account that must hold a permanent
                                  PEC-eligible role in every delegation
  --parameters FILE               Parameters file for the single template PATH given
  --parameters TEMPLATE=FILE      Explicit pair (repeatable); overrides the X.parameters.json convention
  --format text|json|sarif        Output format (default: text)
  --output FILE                   Write the report to FILE instead of stdout
  --fail-on error|warning|never   Exit 1 when a finding reaches this level (default: error)
  --no-color                      Plain text even on a terminal
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage error or missing path.
Files are read only inside the working directory and the PATHs given outside it: a symbolic link that leads
elsewhere, a FIFO or a device is not read (a file-not-read finding, or counted as skipped by a folder search).
`;
async function run(argv, io) {
    try {
        if (argv[0] === 'fix')
            return await (await __nccwpck_require__.e(/* import() */ 559).then(__nccwpck_require__.bind(__nccwpck_require__, 9559))).runFixCommand(argv.slice(1), io);
        if (argv[0] === 'init')
            return await (await __nccwpck_require__.e(/* import() */ 892).then(__nccwpck_require__.bind(__nccwpck_require__, 5892))).runInitCommand(argv.slice(1), io);
        return await runLint(argv, io);
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.e || error instanceof fs_boundary/* BoundaryError */.BV) {
            io.stderr.write(`${error.message.split('\n').map((line, i) => (i === 0 ? (0,report_escape/* logLine */.BP)(`lighthouse-pec: ${line}`) : (0,report_escape/* logLine */.BP)(line))).join('\n')}\n`);
            return 2;
        }
        io.stderr.write(`${(0,report_escape/* logLine */.BP)(`lighthouse-pec: unexpected failure: ${error instanceof Error ? error.message : String(error)}`)}\n`);
        return 2;
    }
}
async function runLint(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                'automation-principal-id': { type: 'string' },
                parameters: { type: 'string', multiple: true },
                format: { type: 'string', default: 'text' },
                output: { type: 'string' },
                'fail-on': { type: 'string', default: 'error' },
                'no-color': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false }
            }
        });
    }
    catch (error) {
        throw new errors/* UsageError */.e(`${error.message}\n\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(USAGE);
        return 0;
    }
    if (values.version) {
        io.stdout.write('1.0.0\n');
        return 0;
    }
    const [command, ...paths] = positionals;
    if (command !== 'lint')
        throw new errors/* UsageError */.e(command ? `Unknown command '${command}'.\n\n${USAGE}` : `Missing command.\n\n${USAGE}`);
    const format = values.format;
    if (!['text', 'json', 'sarif'].includes(format))
        throw new errors/* UsageError */.e(`--format must be text, json or sarif, not '${format}'.`);
    const failOn = values['fail-on'];
    if (!['error', 'warning', 'never'].includes(failOn))
        throw new errors/* UsageError */.e(`--fail-on must be error, warning or never, not '${failOn}'.`);
    const principal = values['automation-principal-id'];
    if (principal !== undefined && !(0,ids/* isGuid */.W_)(principal.trim())) {
        throw new errors/* UsageError */.e(`--automation-principal-id must be a GUID (the service principal's object ID), not '${principal}'.`);
    }
    const patterns = paths.length > 0 ? paths : ['.'];
    const parameterPairs = (values.parameters ?? []).map((value) => {
        const eq = value.indexOf('=');
        if (eq > 0)
            return { template: value.slice(0, eq), parameters: value.slice(eq + 1) };
        if (patterns.length !== 1)
            throw new errors/* UsageError */.e(`--parameters ${value}: with several PATHs, write --parameters TEMPLATE=FILE.`);
        return { template: patterns[0], parameters: value };
    });
    const boundary = fs_boundary/* Boundary */.l$.create(io.cwd, [...patterns, ...parameterPairs.flatMap((p) => [p.template, p.parameters])], [values.output ?? '']);
    const onPlanned = (units) => {
        if (units >= ONE_PASS_TUNING_MIN_UNITS)
            tuneForOnePass();
    };
    const report = await (0,engine/* lint */.u8)(patterns, { cwd: io.cwd, automationPrincipalId: principal?.trim(), parameterPairs, boundary, onPlanned, delegations: false });
    const color = format === 'text' && !values.output && !values['no-color'] && !!io.stdout.isTTY && !process.env.NO_COLOR;
    const body = await render(report, format, color, io.cwd);
    if (values.output) {
        (0,fs_boundary/* writeFileInside */.gE)(boundary, values.output, body);
    }
    else {
        io.stdout.write(body);
    }
    return (0,fail_on/* reachesFailOn */.n)(report.summary, failOn) ? 1 : 0;
}
async function render(report, format, color, cwd) {
    if (format === 'json')
        return (0,json/* formatJson */.I)(report);
    if (format === 'sarif')
        return (await __nccwpck_require__.e(/* import() */ 10).then(__nccwpck_require__.bind(__nccwpck_require__, 4010))).formatSarif(report, cwd);
    return (0,report_text/* formatText */.v)(report, { color });
}


/***/ }),

/***/ 5312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ab: () => (/* binding */ CURRENT_API_VERSION),
  BO: () => (/* binding */ DEFAULT_AUTOMATION_DISPLAY_NAME),
  VR: () => (/* binding */ DEFAULT_AUTOMATION_ROLE_ID),
  pT: () => (/* binding */ Fixer),
  iD: () => (/* binding */ SUBSCRIPTION_SCHEMA),
  ld: () => (/* binding */ isProposal)
});

// EXTERNAL MODULE: ./lib/lint/read/located-json.js
var located_json = __nccwpck_require__(7091);
// EXTERNAL MODULE: ./lib/lint/rules/helpers.js
var helpers = __nccwpck_require__(8108);
// EXTERNAL MODULE: ./lib/lint/rules/pec-verdict.js
var pec_verdict = __nccwpck_require__(8173);
// EXTERNAL MODULE: ./lib/lint/rules/iso-duration.js
var iso_duration = __nccwpck_require__(7921);
// EXTERNAL MODULE: ./lib/lint/roles/index.js
var roles = __nccwpck_require__(5403);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
// EXTERNAL MODULE: ./lib/lint/read/source-file.js + 1 modules
var source_file = __nccwpck_require__(631);
// EXTERNAL MODULE: ./lib/shared/memo.js
var memo = __nccwpck_require__(9347);
;// CONCATENATED MODULE: ./lib/fix/json-doc.js



class JsonDoc {
    file;
    formatting;
    lineStarts;
    constructor(file) {
        this.file = file;
        this.formatting = detectFormatting(file.text);
    }
    get text() {
        return this.file.text;
    }
    get tree() {
        return this.file.syntaxTree();
    }
    nodeAt(path) {
        const tree = this.tree;
        if (!tree)
            return undefined;
        try {
            return (0,main.findNodeAtLocation)(tree, path);
        }
        catch {
            return undefined;
        }
    }
    nodeAtPosition(line, column) {
        const tree = this.tree;
        if (!tree)
            return undefined;
        const starts = (this.lineStarts ??= (0,source_file/* computeLineStarts */.p)(this.text));
        if (line < 1 || line > starts.length)
            return undefined;
        const offset = starts[line - 1] + column - 1;
        return (0,main.findNodeAtOffset)(tree, offset);
    }
    pathOf(node) {
        return (0,main.getNodePath)(node);
    }
    draft() {
        return new Draft(this.text, this.formatting, this.file);
    }
}
const DOC = Symbol('JsonDoc');
function docOf(file) {
    return (0,memo/* memoOn */.C)(file, DOC, (f) => new JsonDoc(f));
}
function isExpressionText(value) {
    return typeof value === 'string' && value.startsWith('[') && value.endsWith(']') && !value.startsWith('[[');
}
function isPlainStringNode(node) {
    return !!node && node.type === 'string' && !String(node.value).startsWith('[');
}
function isExpressionNode(node) {
    return !!node && node.type === 'string' && isExpressionText(node.value);
}
function propertyValue(object, key) {
    if (!object || object.type !== 'object' || !object.children)
        return undefined;
    let found;
    for (const property of object.children) {
        const name = property.children?.[0]?.value;
        if (name === key)
            return property.children?.[1];
        if (!found && typeof name === 'string' && name.toLowerCase() === key.toLowerCase())
            found = property.children?.[1];
    }
    return found;
}
function keyOf(node) {
    const parent = node.parent;
    return parent?.type === 'property' && parent.children?.[1] === node ? parent.children[0]?.value : undefined;
}
class Draft {
    original;
    formatting;
    source;
    text;
    constructor(original, formatting, source) {
        this.original = original;
        this.formatting = formatting;
        this.source = source;
        this.text = original;
    }
    set(path, value, insertAt, arrayInsertion = false) {
        const edits = (0,main.modify)(this.text, path, value, {
            formattingOptions: this.writtenOnOneLine(path.slice(0, -1)) ? undefined : this.formatting,
            getInsertionIndex: insertAt,
            isArrayInsertion: arrayInsertion
        });
        this.text = (0,main.applyEdits)(this.text, edits);
    }
    append(path, value) {
        const array = this.nodeAt(path);
        const last = array?.type === 'array' ? array.children?.[array.children.length - 1] : undefined;
        if (!last)
            return this.set(path.concat(0), value, undefined, true);
        if (this.writtenOnOneLine(path))
            return this.insert(last.offset + last.length, `, ${oneLine(value)}`);
        const indent = this.indentOf(last.offset);
        const written = this.text.slice(last.offset, last.offset + last.length);
        this.addAfter(last, true, indent, /[\r\n]/.test(written) ? this.block(value, indent) : oneLine(value));
    }
    writtenOnOneLine(path) {
        const node = this.nodeAt(path);
        return !!node && !/[\r\n]/.test(this.text.slice(node.offset, node.offset + node.length));
    }
    addProperty(path, key, value, after) {
        const object = this.nodeAt(path);
        const members = object?.type === 'object' ? (object.children ?? []) : [];
        const anchor = members.find((m) => String(m.children?.[0]?.value).toLowerCase() === after.toLowerCase()) ?? members[members.length - 1];
        if (!object || !anchor)
            return this.set(path.concat(key), value);
        const entry = `${JSON.stringify(key)}: ${oneLine(value)}`;
        const isLast = anchor === members[members.length - 1];
        if (!/[\r\n]/.test(this.text.slice(object.offset, object.offset + object.length))) {
            this.insert(anchor.offset + anchor.length, `, ${entry}`);
            return;
        }
        this.addAfter(anchor, isLast, this.indentOf(anchor.offset), isLast ? entry : `${entry},`);
    }
    addAfter(node, addComma, indent, content) {
        let at = node.offset + node.length;
        if (!addComma) {
            const comma = this.text.indexOf(',', at);
            if (comma !== -1)
                at = comma + 1;
        }
        let lineEnd = at;
        while (lineEnd < this.text.length && this.text[lineEnd] !== '\n' && this.text[lineEnd] !== '\r')
            lineEnd++;
        const rest = this.text.slice(at, lineEnd).trim();
        const onlyComment = rest === '' || rest.startsWith('//') || (rest.startsWith('/*') && rest.endsWith('*/') && !rest.slice(2, -2).includes('*/'));
        const where = onlyComment ? lineEnd : at;
        this.insert(where, `${this.eol}${indent}${content}`);
        if (addComma)
            this.insert(node.offset + node.length, ',');
    }
    edit() {
        return minimalEdit(this.original, this.text);
    }
    get eol() {
        return this.formatting.eol ?? '\n';
    }
    nodeAt(path) {
        const tree = this.source && this.text === this.original && this.source.text === this.original
            ? this.source.syntaxTree()
            : (0,main.parseTree)(this.text, [], { allowTrailingComma: true, disallowComments: false });
        return tree ? (0,main.findNodeAtLocation)(tree, path) : undefined;
    }
    insert(offset, content) {
        this.text = this.text.slice(0, offset) + content + this.text.slice(offset);
    }
    indentOf(offset) {
        const lineStart = Math.max(this.text.lastIndexOf('\n', offset - 1), this.text.lastIndexOf('\r', offset - 1)) + 1;
        return /^[ \t]*/.exec(this.text.slice(lineStart, offset))[0];
    }
    block(value, indent) {
        const unit = this.formatting.insertSpaces === false ? '\t' : ' '.repeat(this.formatting.tabSize ?? 2);
        return JSON.stringify(value, null, unit).split('\n').join(`${this.eol}${indent}`);
    }
}
function oneLine(value) {
    if (Array.isArray(value))
        return `[${value.map(oneLine).join(', ')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
        return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
    }
    return JSON.stringify(value);
}
function minimalEdit(before, after) {
    if (before === after)
        return undefined;
    let start = 0;
    const max = Math.min(before.length, after.length);
    while (start < max && before.charCodeAt(start) === after.charCodeAt(start))
        start++;
    let endBefore = before.length;
    let endAfter = after.length;
    while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
        endBefore--;
        endAfter--;
    }
    return { offset: start, length: endBefore - start, content: after.slice(start, endAfter) };
}
function detectFormatting(text) {
    let crlf = 0;
    let lf = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
        if (at > 0 && text.charCodeAt(at - 1) === 13)
            crlf++;
        else
            lf++;
    }
    const eol = crlf > lf ? '\r\n' : '\n';
    let tabs = 0;
    let smallest = 0;
    const sample = text.slice(0, 64 * 1024).split(/\r?\n/);
    for (const line of sample) {
        const m = /^([ \t]+)\S/.exec(line);
        if (!m)
            continue;
        if (m[1].startsWith('\t'))
            tabs++;
        else if (smallest === 0 || m[1].length < smallest)
            smallest = m[1].length;
    }
    if (tabs > 0 && smallest === 0)
        return { insertSpaces: false, tabSize: 1, eol };
    return { insertSpaces: true, tabSize: smallest > 0 && smallest <= 8 ? smallest : 2, eol };
}

;// CONCATENATED MODULE: ./lib/fix/fixer.js






const CURRENT_API_VERSION = '2022-10-01';
const SUBSCRIPTION_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#';
const DEFAULT_AUTOMATION_ROLE_ID = roles/* SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID */.Rz;
const DEFAULT_AUTOMATION_DISPLAY_NAME = 'Provider Automation Account';
const MIN_SECONDS = 30 * 60;
const MAX_SECONDS = 8 * 60 * 60;
function isProposal(outcome) {
    return !!outcome && 'edits' in outcome;
}
const unavailable = (reason) => ({ unavailable: reason });
class Fixer {
    init;
    automationRoleId;
    constructor(init) {
        this.init = init;
        this.automationRoleId = init.automationRoleId ?? DEFAULT_AUTOMATION_ROLE_ID;
    }
    grantAutomationRole(def, eligible = []) {
        const principal = this.init.automationPrincipalId;
        if (!principal)
            return undefined;
        const { catalogue } = this.init;
        const kept = eligible.find((a) => (0,pec_verdict/* pecStanding */.D4)((0,helpers/* roleOf */.kp)(a, catalogue), { ...a, kind: 'permanent' }, catalogue).kind === 'earns');
        const roleId = kept ? kept.roleGuid : this.automationRoleId;
        const roleName = catalogue.get(roleId)?.name ?? roleId;
        const props = (0,helpers/* isObject */.Gv)(def.properties) ? def.properties : undefined;
        if (!props)
            return unavailable(`the properties of registration definition ${def.path} are built by an expression: add the authorization by hand`);
        const entry = { principalId: principal, principalIdDisplayName: this.displayNameFor(principal, eligible[0]), roleDefinitionId: roleId };
        const manual = `add ${JSON.stringify(entry)} to properties.authorizations by hand`;
        const list = props.authorizations;
        let draft;
        let doc;
        if (Array.isArray(list)) {
            const at = this.locateArray(list);
            if (!at)
                return unavailable(`properties.authorizations is built by an expression the fixer cannot edit safely: ${manual}`);
            doc = at.doc;
            draft = doc.draft();
            draft.append(at.path, this.literal(doc, entry));
        }
        else if (list === undefined) {
            const at = this.locateObject(props);
            if (!at)
                return unavailable(`the properties object is built by an expression: ${manual}`);
            doc = at.doc;
            draft = doc.draft();
            draft.set([...at.path, 'authorizations'], [this.literal(doc, entry)], afterKey('managedByTenantId'));
        }
        else {
            return unavailable(`properties.authorizations is not a list: ${manual}`);
        }
        let moved = '';
        const mine = def.eligibleAuthorizations.filter((a) => a.principalGuid === principal);
        if (mine.length > 0) {
            const elist = props.eligibleAuthorizations;
            const at = Array.isArray(elist) ? this.locateArray(elist) : undefined;
            if (at && at.doc === doc) {
                for (const a of [...mine].sort((x, y) => y.index - x.index))
                    draft.set([...at.path, a.index], undefined);
                const removed = mine.map(helpers/* authLabel */.bg).join(', ');
                moved = kept
                    ? `, moved from eligibleAuthorizations (${removed} removed: a service principal cannot be eligible)`
                    : `; ${removed} removed from eligibleAuthorizations (a service principal cannot be eligible)`;
            }
            else {
                moved = '; the eligible entry is written elsewhere and was left: remove it from eligibleAuthorizations by hand';
            }
        }
        return this.proposal(doc, draft, `Grant the automation principal ${principal} ${roleName} (${roleId}) permanently in properties.authorizations${moved}.`);
    }
    addDisplayName(def, auth) {
        const at = this.locateObject(auth.value);
        if (!at)
            return unavailable(`${(0,helpers/* authLabel */.bg)(auth)} is built by an expression: add principalIdDisplayName where it is written`);
        const current = propertyValue(at.node, 'principalIdDisplayName');
        if (current && !isPlainStringNode(current)) {
            return unavailable(`${(0,helpers/* authLabel */.bg)(auth)}.principalIdDisplayName comes from an expression: give it a value where that is written`);
        }
        const name = this.displayNameFor(auth.principalGuid, auth, def);
        const draft = at.doc.draft();
        if (current)
            draft.set(at.doc.pathOf(current), this.literal(at.doc, name));
        else
            draft.addProperty(at.path, 'principalIdDisplayName', this.literal(at.doc, name), 'principalId');
        return this.proposal(at.doc, draft, `Add principalIdDisplayName '${name}' to ${(0,helpers/* authLabel */.bg)(auth)} (rename it to what your customers should see).`);
    }
    clampActivationDuration(auth) {
        const policy = auth.justInTimeAccessPolicy;
        const at = this.locateObject(policy);
        const where = `${(0,helpers/* authLabel */.bg)(auth)}.justInTimeAccessPolicy.maximumActivationDuration`;
        if (!at)
            return unavailable(`${(0,helpers/* authLabel */.bg)(auth)}.justInTimeAccessPolicy is built by an expression: set maximumActivationDuration where it is written`);
        const node = propertyValue(at.node, 'maximumActivationDuration');
        if (!isPlainStringNode(node))
            return unavailable(`${where} comes from an expression: set it where it is written`);
        const seconds = (0,iso_duration/* parseIsoDuration */.p)(String(node.value));
        if (seconds === undefined)
            return unavailable(`${where} '${String(node.value)}' is not an ISO-8601 duration: choose one from PT30M to PT8H`);
        const clamped = seconds < MIN_SECONDS ? 'PT30M' : seconds > MAX_SECONDS ? 'PT8H' : undefined;
        if (!clamped)
            return undefined;
        const draft = at.doc.draft();
        draft.set(at.doc.pathOf(node), clamped);
        return this.proposal(at.doc, draft, `Set ${where} from '${String(node.value)}' to '${clamped}' (Lighthouse allows PT30M to PT8H).`);
    }
    setApiVersion(resource) {
        const value = this.valueNodeAt(resource.fieldLoc('apiVersion'), 'apiVersion');
        if (!value)
            return unavailable(`the apiVersion of ${resource.path} could not be found where it is written: set it to '${CURRENT_API_VERSION}'`);
        if (!isPlainStringNode(value.node)) {
            return unavailable(`the apiVersion of ${resource.path} comes from an expression: set it to '${CURRENT_API_VERSION}' where it is written`);
        }
        const draft = value.doc.draft();
        draft.set(value.doc.pathOf(value.node), CURRENT_API_VERSION);
        return this.proposal(value.doc, draft, `Set apiVersion of ${resource.path} from '${String(value.node.value)}' to '${CURRENT_API_VERSION}' (the current stable Microsoft.ManagedServices API).`);
    }
    setSchema() {
        const file = this.init.template;
        if (!file)
            return undefined;
        const doc = docOf(file);
        const root = doc.tree;
        if (!root || root.type !== 'object')
            return undefined;
        if (!propertyValue(root, 'resources'))
            return unavailable('this file has no resources (a policy definition?): add $schema only if it is a deployment template');
        const current = propertyValue(root, '$schema');
        const draft = doc.draft();
        draft.set(['$schema'], SUBSCRIPTION_SCHEMA, () => 0);
        const was = current && current.type === 'string' ? ` (was '${String(current.value)}')` : '';
        return this.proposal(doc, draft, `Set $schema to the subscription deployment template schema${was}.`);
    }
    deterministicName(resource, kind) {
        const manual = `use [guid(parameters('mspOfferName'))] or a literal GUID where the name is written`;
        if (resource.path.includes('\u203a'))
            return unavailable(`the ${kind} is inside a nested deployment, whose expressions see other names: ${manual}`);
        const name = this.valueNodeAt(resource.fieldLoc('name'), 'name');
        const file = this.init.template;
        if (!name || !file || name.doc.file !== file)
            return unavailable(`the name of ${resource.path} could not be found: ${manual}`);
        const doc = name.doc;
        const root = doc.tree;
        let target = name.node;
        let section = 'resource';
        let sectionKey = '';
        for (let hops = 0; hops < 6 && target; hops++) {
            if (!isExpressionNode(target))
                return unavailable(`the name of ${resource.path} is not built where the fixer can see: ${manual}`);
            const inner = String(target.value).slice(1, -1).trim();
            if (/\b(newguid|utcnow)\s*\(/i.test(inner))
                break;
            const parameter = /^parameters\s*\(\s*'([^']+)'\s*\)$/i.exec(inner);
            const variable = /^variables\s*\(\s*'([^']+)'\s*\)$/i.exec(inner);
            if (parameter) {
                target = propertyValue(propertyValue(propertyValue(root, 'parameters'), parameter[1]), 'defaultValue');
                section = 'parameters';
                sectionKey = parameter[1];
            }
            else if (variable) {
                target = propertyValue(propertyValue(root, 'variables'), variable[1]);
                section = 'variables';
                sectionKey = variable[1];
            }
            else {
                return unavailable(`the name of ${resource.path} is built by an expression the fixer does not rewrite: ${manual}`);
            }
        }
        if (!target || !isExpressionNode(target) || !/\b(newguid|utcnow)\s*\(/i.test(String(target.value))) {
            return unavailable(`the newGuid()/utcNow() in the name of ${resource.path} was not found: ${manual}`);
        }
        const offer = this.offerExpression(resource, kind, doc);
        if (!offer)
            return unavailable(`the offer name (registrationDefinitionName) is not a value the fixer can reuse: ${manual}`);
        if (/\b(newguid|utcnow)\s*\(/i.test(offer))
            return unavailable(`the offer name itself changes on every deployment: ${manual}`);
        if (section === 'parameters' && (/\b(variables|reference|list\w*)\s*\(/i.test(offer) || new RegExp(`parameters\\s*\\(\\s*'${escapeRegExp(sectionKey)}'`, 'i').test(offer))) {
            return unavailable(`parameter '${sectionKey}' cannot default to the offer name as written: ${manual}`);
        }
        if (section === 'variables' && /\bvariables\s*\(/i.test(offer))
            return unavailable(`variable '${sectionKey}' cannot be built from the offer name as written: ${manual}`);
        const replacement = `[guid(${offer})]`;
        const draft = doc.draft();
        draft.set(doc.pathOf(target), replacement);
        const where = section === 'resource' ? 'the name' : section === 'parameters' ? `the defaultValue of parameter '${sectionKey}'` : `variable '${sectionKey}'`;
        return this.proposal(doc, draft, `Replace ${String(target.value)} in ${where} with ${replacement}, stable across deployments.`);
    }
    replaceRole(auth, roleId, why) {
        const at = this.locateObject(auth.value);
        const node = at && propertyValue(at.node, 'roleDefinitionId');
        const old = auth.roleGuid;
        if (!at || !isPlainStringNode(node) || !old) {
            return unavailable(`${(0,helpers/* authLabel */.bg)(auth)}.roleDefinitionId comes from an expression: change it where it is written`);
        }
        const text = String(node.value);
        const replaced = text.replace(new RegExp(escapeRegExp(old), 'i'), roleId);
        const draft = at.doc.draft();
        draft.set(at.doc.pathOf(node), replaced);
        const name = this.init.catalogue.get(roleId)?.name ?? roleId;
        return this.proposal(at.doc, draft, `Grant ${name} (${roleId}) instead in ${(0,helpers/* authLabel */.bg)(auth)}: ${why}`);
    }
    removeAuthorization(def, auth, why) {
        const props = (0,helpers/* isObject */.Gv)(def.properties) ? def.properties : undefined;
        const list = props?.[auth.kind === 'eligible' ? 'eligibleAuthorizations' : 'authorizations'];
        const at = Array.isArray(list) ? this.locateArray(list) : undefined;
        if (!at)
            return unavailable(`${(0,helpers/* authLabel */.bg)(auth)} is in a list built by an expression: remove it where it is written`);
        const draft = at.doc.draft();
        draft.set([...at.path, auth.index], undefined);
        return this.proposal(at.doc, draft, `Remove ${(0,helpers/* authLabel */.bg)(auth)}: ${why}`);
    }
    proposal(doc, draft, description) {
        const edit = draft.edit();
        return edit ? { file: doc.file.path, description, edits: [edit] } : undefined;
    }
    locateArray(value) {
        const at = this.locate(value);
        return at && at.node.type === 'array' && (at.node.children?.length ?? 0) === value.length ? at : undefined;
    }
    locateObject(value) {
        const at = (0,helpers/* isObject */.Gv)(value) ? this.locate(value) : undefined;
        return at && at.node.type === 'object' ? at : undefined;
    }
    locate(value) {
        const source = (0,located_json/* sourceOf */.vz)(value);
        if (!source)
            return undefined;
        const doc = docOf(source.file);
        const node = doc.nodeAt(source.path);
        return node ? { doc, path: source.path, node } : undefined;
    }
    valueNodeAt(loc, key) {
        const file = [this.init.template, this.init.parameters].find((f) => f?.path === loc.file);
        if (!file)
            return undefined;
        const doc = docOf(file);
        const at = doc.nodeAtPosition(loc.line, loc.column);
        const property = at?.parent;
        if (!at || at.type !== 'string' || at.value !== key || property?.type !== 'property' || property.children?.[0] !== at)
            return undefined;
        const value = property.children?.[1];
        return value ? { doc, node: value } : undefined;
    }
    offerExpression(resource, kind, doc) {
        let definition;
        if (kind === 'definition')
            definition = resource;
        else if (this.init.resolved.definitions.length >= 1) {
            const tops = new Set(this.init.resolved.definitions.filter((d) => !d.path.includes('\u203a')).map((d) => d.path));
            if (tops.size !== 1)
                return undefined;
            definition = this.init.resolved.definitions.find((d) => tops.has(d.path));
        }
        if (!definition)
            return undefined;
        const name = this.valueNodeAt(definition.fieldLoc('name'), 'name');
        if (!name || name.doc !== doc)
            return undefined;
        const resourceNode = name.node.parent?.parent;
        const offer = propertyValue(propertyValue(resourceNode, 'properties'), 'registrationDefinitionName');
        if (!offer || offer.type !== 'string')
            return undefined;
        const text = String(offer.value);
        if (isExpressionText(text))
            return text.slice(1, -1).trim();
        const literal = text.startsWith('[[') ? text.slice(1) : text;
        return `'${literal.replace(/'/g, "''")}'`;
    }
    displayNameFor(principal, auth, def) {
        if (principal) {
            for (const d of this.init.resolved.definitions) {
                for (const a of (0,helpers/* allAuthorizations */.I2)(d)) {
                    if (a.principalGuid === principal && typeof a.principalIdDisplayName === 'string' && a.principalIdDisplayName.trim() !== '')
                        return a.principalIdDisplayName;
                }
            }
            if (principal === this.init.automationPrincipalId)
                return this.init.automationDisplayName ?? DEFAULT_AUTOMATION_DISPLAY_NAME;
        }
        const role = (auth && (0,helpers/* roleOf */.kp)(auth, this.init.catalogue)?.name) ?? 'delegated role';
        const offer = def && typeof def.registrationDefinitionName === 'string' && def.registrationDefinitionName.trim() !== '' ? def.registrationDefinitionName.trim() : '';
        return offer ? `${offer}: ${role}` : `Partner ${role}`;
    }
    literal(doc, value) {
        if (doc.file !== this.init.template)
            return value;
        const escape = (v) => isExpressionText(v) ? `[${v}` : (0,helpers/* isObject */.Gv)(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escape(x)])) : v;
        return escape(value);
    }
}
function afterKey(key) {
    return (properties) => {
        const at = properties.findIndex((p) => p.toLowerCase() === key.toLowerCase());
        return at === -1 ? properties.length : at + 1;
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 7375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ allocate),
/* harmony export */   Rf: () => (/* binding */ spend),
/* harmony export */   Y$: () => (/* binding */ withBudget),
/* harmony export */   __: () => (/* binding */ Budget),
/* harmony export */   bG: () => (/* binding */ RunBudget)
/* harmony export */ });
/* unused harmony exports DEFAULT_BUDGET, chargeCopy, budgetExceeded */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5009);

const DEFAULT_BUDGET = { steps: 2_000_000, cells: 1_000_000, copies: 10_000 };
class RunBudget {
    steps;
    static DEFAULT_STEPS = 100_000_000;
    remaining;
    constructor(steps = RunBudget.DEFAULT_STEPS) {
        this.steps = steps;
        this.remaining = steps;
    }
    limitsFor(own = DEFAULT_BUDGET) {
        if (this.remaining >= own.steps)
            return own;
        return { ...own, steps: Math.max(0, this.remaining), stepsFromRun: this.steps };
    }
    spent(steps) {
        this.remaining -= steps;
    }
}
class Budget {
    limits;
    steps = 0;
    cells = 0;
    copies = 0;
    exceeded;
    constructor(limits = DEFAULT_BUDGET) {
        this.limits = limits;
        this.stepLimit = limits.steps;
    }
    stepLimit;
    step(n) {
        if ((this.steps += n) > this.stepLimit)
            this.fail('steps');
    }
    allocate(n) {
        if ((this.cells += n) > this.limits.cells || this.exceeded)
            this.fail('cells');
    }
    copy() {
        if (++this.copies > this.limits.copies || this.exceeded)
            this.fail('copies');
    }
    tryStep(n) {
        if (this.exceeded)
            return false;
        try {
            this.step(n);
            return true;
        }
        catch {
            return false;
        }
    }
    tryCopy() {
        if (this.exceeded)
            return false;
        try {
            this.copy();
            return true;
        }
        catch {
            return false;
        }
    }
    fail(what) {
        this.stepLimit = -1;
        this.exceeded ??= new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj('budget', what === 'steps' && this.limits.stepsFromRun !== undefined
            ? `Evaluating the templates of this run took more than ${this.limits.stepsFromRun.toLocaleString('en-US')} steps in all, the linter's limit for one run, before this template was done (lint it on its own to check it)`
            : what === 'steps'
                ? `Evaluating this template took more than ${this.limits.steps.toLocaleString('en-US')} steps, the linter's limit for one template (values built from one another, e.g. doubled many times over, can ask for more work than any check is worth)`
                : what === 'cells'
                    ? `Evaluating this template built more than ${this.limits.cells.toLocaleString('en-US')} array items, object properties and string blocks, the linter's memory limit for one template`
                    : `The copy loops of this template expand to more than ${this.limits.copies.toLocaleString('en-US')} iterations in all, the linter's limit for one template`);
        throw this.exceeded;
    }
}
let active;
function withBudget(budget, fn) {
    const outer = active;
    active = budget;
    try {
        return fn();
    }
    finally {
        active = outer;
    }
}
function spend(n = 1) {
    if (active !== undefined && (active.steps += n) > active.stepLimit)
        active.step(0);
}
function allocate(n) {
    if (active !== undefined)
        active.allocate(n);
}
function chargeCopy() {
    if (active !== undefined)
        active.copy();
}
function budgetExceeded() {
    return active?.exceeded !== undefined;
}


/***/ }),

/***/ 5009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   qt: () => (/* binding */ closestMemo),
/* harmony export */   te: () => (/* binding */ isCertain),
/* harmony export */   tj: () => (/* binding */ ExpressionError)
/* harmony export */ });
/* unused harmony export editDistance */
class ExpressionError extends Error {
    code;
    constructor(code, message) {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        super(message);
        this.code = code;
        Error.stackTraceLimit = limit;
        this.name = 'ExpressionError';
    }
}
function isCertain(code) {
    return code !== 'too-deep' && code !== 'limit' && code !== 'budget' && code !== 'unknown-function' && code !== 'unsupported';
}
function editDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let beforePrevious = [];
    let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
                d = Math.min(d, beforePrevious[j - 2] + 1);
            current[j] = d;
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[t.length];
}
const suggestions = new Map();
function closestMemo(name, candidates) {
    const key = name.toLowerCase();
    let found = suggestions.get(key);
    if (found === undefined) {
        if (suggestions.size >= 1024)
            suggestions.clear();
        suggestions.set(key, (found = closest(name, candidates) ?? null));
    }
    return found ?? undefined;
}
function closest(name, candidates) {
    if (name.length > 64)
        return undefined;
    const budget = Math.max(1, Math.floor(name.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(name, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return bestDistance <= budget ? best : undefined;
}


/***/ }),

/***/ 8868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tj: () => (/* reexport */ errors/* ExpressionError */.tj),
  $r: () => (/* reexport */ arm_unknown/* Unknown */.$),
  O4: () => (/* reexport */ evaluateExpression),
  BH: () => (/* reexport */ isExpression),
  t8: () => (/* reexport */ arm_unknown/* isUnknown */.t),
  CK: () => (/* reexport */ unescapeLiteral)
});

// UNUSED EXPORTS: ARM_GUID_NAMESPACE, MAX_DEPTH, armGuid, functionNames, parseExpression, uniqueString, uuidV5

// EXTERNAL MODULE: ./lib/lint/arm/unknown.js
var arm_unknown = __nccwpck_require__(6554);
// EXTERNAL MODULE: ./lib/lint/arm/errors.js
var errors = __nccwpck_require__(5009);
;// CONCATENATED MODULE: ./lib/lint/arm/tokenizer.js

const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.']);
function isIdentifierStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentifierPart(c) {
    return isIdentifierStart(c) || isDigit(c);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isWhitespace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}
class Tokenizer {
    text;
    limit;
    pos;
    constructor(text, start, limit) {
        this.text = text;
        this.limit = limit;
        this.pos = start;
    }
    next() {
        const text = this.text;
        let pos = this.pos;
        while (pos < this.limit && isWhitespace(text.charCodeAt(pos)))
            pos++;
        if (pos >= this.limit) {
            this.pos = pos;
            return { type: 'end', start: pos, end: pos };
        }
        const c = text.charCodeAt(pos);
        const ch = text[pos];
        if (PUNCTUATION.has(ch)) {
            this.pos = pos + 1;
            return { type: ch, start: pos, end: pos + 1 };
        }
        if (ch === "'")
            return this.string(pos);
        if (isDigit(c) || (ch === '-' && pos + 1 < this.limit && isDigit(text.charCodeAt(pos + 1))))
            return this.integer(pos);
        if (isIdentifierStart(c)) {
            let end = pos + 1;
            while (end < this.limit && isIdentifierPart(text.charCodeAt(end)))
                end++;
            this.pos = end;
            return { type: 'identifier', start: pos, end, value: text.slice(pos, end) };
        }
        if (ch === '"') {
            throw new errors/* ExpressionError */.tj('syntax', `Unexpected '"' at column ${pos + 1}. ARM expressions quote strings with single quotes: 'text' (write '' for a literal quote).`);
        }
        throw new errors/* ExpressionError */.tj('syntax', `Unexpected character '${ch}' at column ${pos + 1}.`);
    }
    string(start) {
        const text = this.text;
        const parts = [];
        let from = start + 1;
        for (;;) {
            const quote = text.indexOf("'", from);
            if (quote === -1 || quote >= this.limit) {
                throw new errors/* ExpressionError */.tj('syntax', `Unterminated string literal starting at column ${start + 1}. Close it with a single quote; write '' for a quote inside the string.`);
            }
            parts.push(text.slice(from, quote));
            if (quote + 1 < this.limit && text[quote + 1] === "'") {
                parts.push("'");
                from = quote + 2;
                continue;
            }
            this.pos = quote + 1;
            return { type: 'string', start, end: quote + 1, value: parts.length === 1 ? parts[0] : parts.join('') };
        }
    }
    integer(start) {
        const text = this.text;
        let end = start + 1;
        while (end < this.limit && isDigit(text.charCodeAt(end)))
            end++;
        if (end < this.limit && text[end] === '.' && end + 1 < this.limit && isDigit(text.charCodeAt(end + 1))) {
            throw new errors/* ExpressionError */.tj('syntax', `Decimal number at column ${start + 1}: ARM expressions only have integers. Use json('${text.slice(start, end + 2)}\u2026') for a decimal value.`);
        }
        const raw = text.slice(start, end);
        const value = Number(raw);
        if (!Number.isSafeInteger(value)) {
            throw new errors/* ExpressionError */.tj('syntax', `Integer ${raw.length > 30 ? raw.slice(0, 30) + '\u2026' : raw} at column ${start + 1} is too large.`);
        }
        this.pos = end;
        return { type: 'integer', start, end, value };
    }
}

;// CONCATENATED MODULE: ./lib/lint/arm/parser.js


const MAX_DEPTH = 256;
function isExpression(s) {
    return s.length >= 2 && s.charCodeAt(0) === 91 && s.charCodeAt(s.length - 1) === 93 && s.charCodeAt(1) !== 91;
}
function unescapeLiteral(s) {
    return s.length >= 3 && s.startsWith('[[') && s.endsWith(']') ? s.slice(1) : s;
}
const CACHE_ENTRIES = 5000;
const CACHE_MAX_TEXT = 64 * 1024;
const cache = new Map();
function parseExpression(text) {
    const cached = cache.get(text);
    if (cached !== undefined)
        return cached;
    const node = parseUncached(text);
    if (text.length <= CACHE_MAX_TEXT) {
        if (cache.size >= CACHE_ENTRIES)
            cache.delete(cache.keys().next().value);
        cache.set(text, node);
    }
    return node;
}
function parseUncached(text) {
    if (typeof text !== 'string')
        throw new errors/* ExpressionError */.tj('syntax', 'An expression must be a string.');
    let start = 0;
    let limit = text.length;
    if (text.startsWith('[[')) {
        throw new errors/* ExpressionError */.tj('syntax', `"${preview(text)}" starts with "[[", which ARM treats as an escaped literal string, not an expression.`);
    }
    if (text.startsWith('[')) {
        if (!text.endsWith(']') || text.length < 2) {
            throw new errors/* ExpressionError */.tj('syntax', `Expression "${preview(text)}" starts with '[' but does not end with ']'. Add the closing ']'.`);
        }
        start = 1;
        limit = text.length - 1;
    }
    return new Parser(text, start, limit).parseRoot();
}
function preview(text) {
    return text.length > 60 ? text.slice(0, 57) + '...' : text;
}
function describe(token, text) {
    if (token.type === 'end')
        return 'the end of the expression';
    return `'${preview(text.slice(token.start, token.end))}' at column ${token.start + 1}`;
}
class Parser {
    text;
    tokens;
    token;
    constructor(text, start, limit) {
        this.text = text;
        this.tokens = new Tokenizer(text, start, limit);
        this.token = this.tokens.next();
    }
    parseRoot() {
        if (this.at('end')) {
            throw new errors/* ExpressionError */.tj('syntax', 'Empty expression "[]". Put a function call between the brackets, or write "[[]" for a literal "[]".');
        }
        const node = this.expression(1);
        if (!this.at('end')) {
            throw new errors/* ExpressionError */.tj('syntax', `Unexpected ${describe(this.token, this.text)} after a complete expression. An expression is a single value or function call; combine values with functions such as concat().`);
        }
        return node;
    }
    at(type) {
        return this.token.type === type;
    }
    advance() {
        const current = this.token;
        this.token = this.tokens.next();
        return current;
    }
    expect(type, what) {
        if (this.token.type !== type) {
            throw new errors/* ExpressionError */.tj('syntax', `Expected ${what} but found ${describe(this.token, this.text)}.`);
        }
        return this.advance();
    }
    expression(depth) {
        if (depth > MAX_DEPTH) {
            throw new errors/* ExpressionError */.tj('too-deep', `Expression nested deeper than ${MAX_DEPTH} levels (at column ${this.token.start + 1}). Split it into variables.`);
        }
        const primary = this.primary(depth);
        if (!this.at('.') && !this.at('['))
            return primary;
        const steps = [];
        while (this.at('.') || this.at('[')) {
            if (this.advance().type === '.') {
                const name = this.expect('identifier', 'a property name after "."');
                steps.push({ kind: 'property', name: name.value, end: name.end });
            }
            else {
                const index = this.expression(depth + 1);
                const close = this.expect(']', "']' to close the index");
                steps.push({ kind: 'index', index, end: close.end });
            }
        }
        return { kind: 'access', target: primary, steps, start: primary.start, end: steps[steps.length - 1].end, source: this.text };
    }
    primary(depth) {
        const token = this.token;
        const source = this.text;
        switch (token.type) {
            case 'string':
                this.advance();
                return { kind: 'string', value: token.value, start: token.start, end: token.end, source };
            case 'integer':
                this.advance();
                return { kind: 'integer', value: token.value, start: token.start, end: token.end, source };
            case 'identifier':
                return this.call(depth);
            default:
                throw new errors/* ExpressionError */.tj('syntax', `Expected a value (a function call, 'string' or integer) but found ${describe(token, this.text)}.`);
        }
    }
    call(depth) {
        const first = this.advance();
        let name = first.value;
        if (!this.at('(')) {
            const lower = name.toLowerCase();
            if (lower === 'true' || lower === 'false' || lower === 'null') {
                const value = lower === 'null' ? null : lower === 'true';
                return { kind: 'literal', value, start: first.start, end: first.end, source: this.text };
            }
            if (this.at('.')) {
                this.advance();
                const member = this.expect('identifier', `a function name after '${name}.'`);
                name = `${name}.${member.value}`;
            }
            if (!this.at('(')) {
                throw new errors/* ExpressionError */.tj('syntax', `Expected '(' after '${name}' at column ${first.start + 1}. Bare words are not values in ARM expressions: quote text as '${name}', or call a function like parameters('${name}').`);
            }
        }
        this.advance();
        const args = [];
        if (!this.at(')')) {
            for (;;) {
                args.push(this.expression(depth + 1));
                if (this.at(',')) {
                    this.advance();
                    continue;
                }
                if (this.at(')'))
                    break;
                throw new errors/* ExpressionError */.tj('syntax', `Expected ',' or ')' in the arguments of '${name}' (opened at column ${first.start + 1}) but found ${describe(this.token, this.text)}.`);
            }
        }
        const close = this.advance();
        return { kind: 'call', name, args, start: first.start, end: close.end, source: this.text };
    }
}

;// CONCATENATED MODULE: ./lib/lint/arm/ast.js
function sourceText(node, end = node.end) {
    return node.source.slice(node.start, end);
}

// EXTERNAL MODULE: ./lib/lint/arm/budget.js
var budget = __nccwpck_require__(7375);
// EXTERNAL MODULE: ./lib/lint/arm/values.js
var arm_values = __nccwpck_require__(4464);
;// CONCATENATED MODULE: ./lib/lint/arm/functions/types.js


function types_define(...defs) {
    return defs;
}
function ordinal(index) {
    return `argument ${index + 1}`;
}
function typeError(site, index, expected, value) {
    return new errors/* ExpressionError */.tj('type', `${site.name}() expects ${ordinal(index)} to be ${expected}, but got ${(0,arm_values/* typeName */.go)(value)} ${(0,arm_values/* show */.WU)(value)}.`);
}
function argString(site, args, index) {
    const value = args[index];
    if (typeof value !== 'string')
        throw typeError(site, index, 'a string', value);
    return value;
}
function argInt(site, args, index) {
    const value = args[index];
    if (!(0,arm_values/* isInteger */.Fq)(value))
        throw typeError(site, index, 'an integer', value);
    return value;
}
function argBool(site, args, index, position = index) {
    const value = args[index];
    if (typeof value !== 'boolean')
        throw typeError(site, position, 'a boolean (true() or false())', value);
    return value;
}
function argArray(site, args, index) {
    const value = args[index];
    if (!Array.isArray(value))
        throw typeError(site, index, 'an array', value);
    return value;
}
function argObject(site, args, index) {
    const value = args[index];
    if (!(0,arm_values/* isObject */.Gv)(value))
        throw typeError(site, index, 'an object', value);
    return value;
}
function argumentError(site, message) {
    return new errors/* ExpressionError */.tj('argument', `${site.name}(): ${message}`);
}

;// CONCATENATED MODULE: ./lib/lint/arm/functions/cidr.js


function parseIpv4(text) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
    if (!m)
        return undefined;
    const octets = m.slice(1).map(Number);
    if (octets.some((o) => o > 255))
        return undefined;
    return octets.reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}
function parseIpv6(text) {
    let groupsText = text;
    let tail;
    const lastColon = text.lastIndexOf(':');
    if (text.slice(lastColon + 1).includes('.')) {
        tail = parseIpv4(text.slice(lastColon + 1));
        if (tail === undefined)
            return undefined;
        groupsText = `${text.slice(0, lastColon + 1)}0:0`;
    }
    const halves = groupsText.split('::');
    if (halves.length > 2)
        return undefined;
    const parse = (half) => (half === '' ? [] : half.split(':'));
    const head = parse(halves[0]);
    const rest = halves.length === 2 ? parse(halves[1]) : [];
    const missing = 8 - head.length - rest.length;
    if (halves.length === 2 ? missing < 1 : missing !== 0)
        return undefined;
    const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
    if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)))
        return undefined;
    const value = groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
    return tail === undefined ? value : (value & ~0xffffffffn) | tail;
}
function parseNetwork(site, text) {
    const slash = text.indexOf('/');
    const address = slash === -1 ? '' : text.slice(0, slash).trim();
    const prefixText = slash === -1 ? '' : text.slice(slash + 1).trim();
    const v4 = parseIpv4(address);
    const value = v4 ?? parseIpv6(address);
    const bits = v4 === undefined ? 128 : 32;
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (value === undefined || !(prefix <= bits)) {
        throw argumentError(site, `'${text}' is not an IP address range in CIDR notation, such as '10.144.0.0/20' or 'fdad:3236:5555::/48'.`);
    }
    return { bits, network: value & mask(bits, prefix), prefix };
}
function mask(bits, prefix) {
    const all = (1n << BigInt(bits)) - 1n;
    return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}
function lastAddress(net) {
    return net.network | ((1n << BigInt(net.bits - net.prefix)) - 1n);
}
function formatAddress(bits, value) {
    if (bits === 32)
        return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
    if (value >> 32n === 0xffffn)
        return `::ffff:${formatAddress(32, value & 0xffffffffn)}`;
    const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart === -1)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
function parseCidr(args, site) {
    const net = parseNetwork(site, argString(site, args, 0));
    const last = lastAddress(net);
    const show = (value) => formatAddress(net.bits, value);
    if (net.bits === 128) {
        return (0,arm_values/* newObject */.wg)([
            ['network', show(net.network)],
            ['netmask', show(mask(128, net.prefix))],
            ['firstUsable', show(net.network)],
            ['lastUsable', show(last)],
            ['cidr', net.prefix]
        ]);
    }
    const reserved = net.prefix <= 30;
    return (0,arm_values/* newObject */.wg)([
        ['network', show(net.network)],
        ['netmask', show(mask(32, net.prefix))],
        ['broadcast', show(last)],
        ['firstUsable', show(reserved ? net.network + 1n : net.network)],
        ['lastUsable', show(reserved ? last - 1n : last)],
        ['cidr', net.prefix]
    ]);
}
function cidrSubnet(args, site) {
    const net = parseNetwork(site, argString(site, args, 0));
    const newPrefix = argInt(site, args, 1);
    const index = argInt(site, args, 2);
    if (newPrefix < net.prefix || newPrefix > net.bits) {
        throw argumentError(site, `the new prefix length ${newPrefix} must be between the range's own (${net.prefix}) and ${net.bits}.`);
    }
    const count = 1n << BigInt(newPrefix - net.prefix);
    if (index < 0 || BigInt(index) >= count) {
        throw argumentError(site, `subnet index ${index} is out of range: a /${net.prefix} holds ${count} subnets of /${newPrefix} (indexes 0 to ${count - 1n}).`);
    }
    const subnet = net.network + (BigInt(index) << BigInt(net.bits - newPrefix));
    return `${formatAddress(net.bits, subnet)}/${newPrefix}`;
}
function cidrHost(args, site) {
    const text = argString(site, args, 0);
    const net = parseNetwork(site, text);
    const index = argInt(site, args, 1);
    const size = 1n << BigInt(net.bits - net.prefix);
    const usable = size - (net.bits === 32 ? 2n : 1n);
    if (usable <= 0n)
        throw argumentError(site, `'${text}' has no host addresses beyond the network address; use a shorter prefix.`);
    if (index < 0 || BigInt(index) >= usable) {
        throw argumentError(site, `host index ${index} is out of range: '${text}' has ${usable} usable addresses (indexes 0 to ${usable - 1n}).`);
    }
    return formatAddress(net.bits, net.network + 1n + BigInt(index));
}
const cidrFunctions = types_define({ name: 'parseCidr', min: 1, max: 1, call: parseCidr }, { name: 'cidrSubnet', min: 3, max: 3, call: cidrSubnet }, { name: 'cidrHost', min: 2, max: 2, call: cidrHost });

;// CONCATENATED MODULE: ./lib/lint/arm/functions/collections.js






const MAX_RANGE = 10_000;
function uniquePush(target, value, scalars) {
    if (value === null || typeof value !== 'object') {
        if (scalars.has(value))
            return;
        scalars.add(value);
        target.push(value);
        return;
    }
    (0,budget/* spend */.Rf)(target.length);
    if (!target.some((existing) => existing !== null && typeof existing === 'object' && (0,arm_values/* deepEqual */.bD)(existing, value)))
        target.push(value);
}
function sameKind(site, args) {
    const kind = Array.isArray(args[0]) ? 'array' : (0,arm_values/* isObject */.Gv)(args[0]) ? 'object' : undefined;
    if (kind === undefined)
        throw typeError(site, 0, 'an array or an object', args[0]);
    args.forEach((value, i) => {
        if (kind === 'array' ? !Array.isArray(value) : !(0,arm_values/* isObject */.Gv)(value)) {
            throw typeError(site, i, `an ${kind} (like argument 1)`, value);
        }
    });
    return kind;
}
function merge(into, from, site, memo, depth) {
    if (into === from)
        return into;
    const known = memo.get(into)?.get(from);
    if (known)
        return known;
    if (depth > MAX_MERGE_DEPTH)
        throw new errors/* ExpressionError */.tj('too-deep', `union(): objects nested more than ${MAX_MERGE_DEPTH} levels deep.`);
    (0,budget/* spend */.Rf)(1);
    const result = (0,arm_values/* newObject */.wg)(Object.keys(into).map((k) => [k, into[k]]));
    for (const key of Object.keys(from)) {
        const next = from[key];
        const existing = Object.hasOwn(result, key) ? result[key] : undefined;
        const mergeable = (value) => (0,arm_values/* isObject */.Gv)(value) || (0,arm_unknown/* isUnknown */.t)(value);
        if (mergeable(existing) && mergeable(next) && ((0,arm_unknown/* isUnknown */.t)(existing) || (0,arm_unknown/* isUnknown */.t)(next))) {
            (0,arm_values/* setOwn */.P5)(result, key, (0,arm_values/* derivedUnknown */.Ez)('union', site.text, [existing, next]));
        }
        else if ((0,arm_values/* isObject */.Gv)(existing) && (0,arm_values/* isObject */.Gv)(next)) {
            (0,arm_values/* setOwn */.P5)(result, key, merge(existing, next, site, memo, depth + 1));
        }
        else {
            (0,arm_values/* setOwn */.P5)(result, key, next);
        }
    }
    let row = memo.get(into);
    if (!row)
        memo.set(into, (row = new Map()));
    row.set(from, result);
    return result;
}
const MAX_MERGE_DEPTH = 512;
function union(args, site) {
    if (sameKind(site, args) === 'array') {
        const result = [];
        const scalars = new Set();
        for (const array of args)
            for (const item of array)
                uniquePush(result, item, scalars);
        return (0,arm_values/* checkArray */.UL)(result, 'union');
    }
    const memo = new Map();
    let result = {};
    for (const object of args)
        result = merge(result, object, site, memo, 0);
    return result;
}
function lookup(array) {
    const scalars = new Set();
    const containers = [];
    for (const item of array) {
        if (item !== null && typeof item === 'object')
            containers.push(item);
        else
            scalars.add(item ?? null);
    }
    return { scalars, containers };
}
function intersection(args, site) {
    if (sameKind(site, args) === 'array') {
        const [first, ...rest] = args;
        const result = [];
        const scalars = new Set();
        const others = rest.map(lookup);
        for (const item of first) {
            (0,budget/* spend */.Rf)(rest.length);
            const found = item !== null && typeof item === 'object'
                ? others.every((other) => ((0,budget/* spend */.Rf)(other.containers.length), other.containers.some((c) => (0,arm_values/* deepEqual */.bD)(c, item))))
                : others.every((other) => other.scalars.has(item ?? null));
            if (found)
                uniquePush(result, item, scalars);
        }
        return result;
    }
    const [first, ...rest] = args;
    const result = {};
    for (const key of Object.keys(first)) {
        if (rest.every((object) => Object.hasOwn(object, key) && (0,arm_values/* deepEqual */.bD)(object[key], first[key]))) {
            (0,arm_values/* setOwn */.P5)(result, key, first[key]);
        }
    }
    return result;
}
function contains(args, site) {
    const [container, item] = args;
    if (typeof container === 'string') {
        if (typeof item !== 'string' && typeof item !== 'number')
            throw typeError(site, 1, 'a string', item);
        return container.includes(String(item));
    }
    if (Array.isArray(container))
        return container.some((element) => (0,arm_values/* deepEqual */.bD)(element, item));
    if ((0,arm_values/* isObject */.Gv)(container)) {
        if (typeof item !== 'string')
            throw typeError(site, 1, 'a string (a property name)', item);
        return (0,arm_values/* findKey */.Tj)(container, item) !== undefined;
    }
    throw typeError(site, 0, 'a string, array or object', container);
}
function collections_length(args, site) {
    const [value] = args;
    if (typeof value === 'string' || Array.isArray(value))
        return value.length;
    if ((0,arm_values/* isObject */.Gv)(value))
        return Object.keys(value).length;
    throw typeError(site, 0, 'a string, array or object', value);
}
function empty(args, site) {
    const [value] = args;
    if (value === null || value === undefined)
        return true;
    if (typeof value === 'string' || Array.isArray(value))
        return value.length === 0;
    if ((0,arm_values/* isObject */.Gv)(value))
        return Object.keys(value).length === 0;
    throw typeError(site, 0, 'a string, array, object or null', value);
}
function sliceLike(site, args) {
    const value = args[0];
    if (typeof value === 'string' || Array.isArray(value))
        return value;
    throw typeError(site, 0, 'a string or an array', value);
}
function firstOrLast(which) {
    return (args, site) => {
        const value = sliceLike(site, args);
        if (value.length === 0)
            return typeof value === 'string' ? '' : null;
        return typeof value === 'string'
            ? (which === 'first' ? value[0] : value[value.length - 1])
            : (which === 'first' ? value[0] : value[value.length - 1]);
    };
}
function createObject(args, site) {
    if (args.length % 2 !== 0) {
        throw argumentError(site, `takes key/value pairs, but got ${args.length} arguments (an odd number). Add the missing value.`);
    }
    if (args.some((value, i) => i % 2 === 0 && (0,arm_unknown/* isUnknown */.t)(value)))
        return (0,arm_values/* derivedUnknown */.Ez)('createObject', site.text, args);
    const result = {};
    for (let i = 0; i < args.length; i += 2)
        (0,arm_values/* setOwn */.P5)(result, argString(site, args, i), args[i + 1]);
    return result;
}
function range(args, site) {
    const start = argInt(site, args, 0);
    const count = argInt(site, args, 1);
    if (count < 0)
        throw argumentError(site, `the count ${count} must not be negative.`);
    if (count > MAX_RANGE) {
        throw new errors/* ExpressionError */.tj('limit', `range(): a count of ${count} is over the limit of ${MAX_RANGE} items.`);
    }
    if (!Number.isSafeInteger(start + count))
        throw argumentError(site, 'start plus count is too large.');
    return Array.from({ length: count }, (_, i) => start + i);
}
function skipOrTake(which) {
    return (args, site) => {
        const value = sliceLike(site, args);
        const count = Math.min(Math.max(argInt(site, args, 1), 0), value.length);
        return which === 'skip' ? value.slice(count) : value.slice(0, count);
    };
}
function tryStep(site, value, key, index) {
    if ((0,arm_values/* isObject */.Gv)(key) && !(0,arm_values/* isObject */.Gv)(value)) {
        const n = key.value;
        if (!Array.isArray(value) || !(0,arm_values/* isInteger */.Fq)(n))
            return null;
        const at = key.fromEnd === true ? value.length - n : n;
        return at >= 0 && at < value.length ? value[at] : null;
    }
    if (Array.isArray(value)) {
        if (!(0,arm_values/* isInteger */.Fq)(key)) {
            if (typeof key === 'string')
                return null;
            throw typeError(site, index, 'an array index (an integer)', key);
        }
        return key >= 0 && key < value.length ? value[key] : null;
    }
    if ((0,arm_values/* isObject */.Gv)(value)) {
        if (typeof key !== 'string') {
            if ((0,arm_values/* isInteger */.Fq)(key))
                return null;
            throw typeError(site, index, 'a property name (a string)', key);
        }
        const found = (0,arm_values/* findKey */.Tj)(value, key);
        return found === undefined ? null : value[found];
    }
    return null;
}
function tryPath(site, start, keys, firstIndex) {
    let value = start;
    for (let i = 0; i < keys.length; i++) {
        if (value === null || value === undefined)
            return null;
        if ((0,arm_unknown/* isUnknown */.t)(value))
            return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [value]);
        value = tryStep(site, value, keys[i], firstIndex + i);
    }
    return value ?? null;
}
function tryGet(args, site) {
    return tryPath(site, args[0], args.slice(1), 1);
}
function fromEnd(site, args) {
    if (!Array.isArray(args[0]))
        throw typeError(site, 0, 'an array', args[0]);
    const n = argInt(site, args, 1);
    return { array: args[0], at: args[0].length - n };
}
function indexFromEnd(args, site) {
    const { array, at } = fromEnd(site, args);
    const n = args[1];
    if (n < 1 || at < 0) {
        throw new errors/* ExpressionError */.tj('reference', `${site.text}: index ${n} from the end is out of range; the array has ${array.length} item${array.length === 1 ? '' : 's'} (1 is the last one). Use tryIndexFromEnd() to get null instead.`);
    }
    return array[at];
}
function tryIndexFromEnd(args, site) {
    if (args[0] === null)
        return null;
    const { array, at } = fromEnd(site, args);
    const n = args[1];
    const item = n >= 1 && at >= 0 ? array[at] : null;
    return tryPath(site, item, args.slice(2), 2);
}
function shallowMerge(args, site) {
    const items = argArray(site, args, 0);
    const result = {};
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if ((0,arm_unknown/* isUnknown */.t)(item))
            return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [item]);
        if (item === null || item === undefined)
            continue;
        if (!(0,arm_values/* isObject */.Gv)(item))
            throw unsupported(site, `item ${i} of the array is ${(0,arm_values/* typeName */.go)(item)}, not an object`);
        for (const key of Object.keys(item))
            (0,arm_values/* setOwn */.P5)(result, key, item[key]);
    }
    return result;
}
function flatten(args, site) {
    const outer = argArray(site, args, 0);
    const result = [];
    for (let i = 0; i < outer.length; i++) {
        const inner = outer[i];
        if ((0,arm_unknown/* isUnknown */.t)(inner))
            return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [inner]);
        if (!Array.isArray(inner))
            throw unsupported(site, `item ${i} is ${(0,arm_values/* typeName */.go)(inner)}, not an array`);
        (0,arm_values/* checkArray */.UL)({ length: result.length + inner.length }, 'flatten');
        for (const item of inner)
            result.push(item);
    }
    return result;
}
function unsupported(site, what) {
    return new errors/* ExpressionError */.tj('unsupported', `${site.name}(): ${what}; the ARM reference does not say what ARM does then, so what depends on it was not checked`);
}
function items(args, site) {
    const object = argObject(site, args, 0);
    return Object.keys(object)
        .sort(byKeyIgnoringCase)
        .map((key) => (0,arm_values/* newObject */.wg)([['key', key], ['value', object[key]]]));
}
function byKeyIgnoringCase(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
const collectionFunctions = types_define({ name: 'createArray', min: 0, max: Infinity, unknowns: 'none', call: (args) => (0,arm_values/* checkArray */.UL)(args, 'createArray') }, { name: 'createObject', min: 0, max: Infinity, unknowns: 'none', call: createObject }, { name: 'union', min: 1, max: Infinity, call: union }, { name: 'intersection', min: 1, max: Infinity, unknowns: 'deep', call: intersection }, { name: 'contains', min: 2, max: 2, unknowns: 'deep', call: contains }, { name: 'length', min: 1, max: 1, call: collections_length }, { name: 'empty', min: 1, max: 1, call: empty }, { name: 'first', min: 1, max: 1, borrows: true, call: firstOrLast('first') }, { name: 'last', min: 1, max: 1, borrows: true, call: firstOrLast('last') }, { name: 'skip', min: 2, max: 2, call: skipOrTake('skip') }, { name: 'take', min: 2, max: 2, call: skipOrTake('take') }, { name: 'range', min: 2, max: 2, call: range }, { name: 'array', min: 1, max: 1, borrows: true, call: (args) => (Array.isArray(args[0]) ? args[0] : [args[0]]) }, { name: 'items', min: 1, max: 1, call: items }, { name: 'objectKeys', min: 1, max: 1, call: (args, site) => Object.keys(argObject(site, args, 0)).sort(byKeyIgnoringCase) }, { name: 'tryGet', min: 2, max: Infinity, borrows: true, call: tryGet }, { name: 'indexFromEnd', min: 2, max: 2, borrows: true, call: indexFromEnd }, { name: 'tryIndexFromEnd', min: 2, max: Infinity, borrows: true, call: tryIndexFromEnd }, { name: 'shallowMerge', min: 1, max: 1, call: shallowMerge }, { name: 'flatten', min: 1, max: 1, call: flatten }, {
    name: 'join',
    min: 2,
    max: 2,
    unknowns: 'deep',
    call: (args, site) => {
        const array = argArray(site, args, 0);
        const delimiter = argString(site, args, 1);
        return array
            .map((item) => {
            if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
                throw typeError(site, 0, 'an array of strings', args[0]);
            }
            return String(item);
        })
            .join(delimiter);
    }
});

;// CONCATENATED MODULE: ./lib/lint/arm/functions/conversion.js



function sanitize(value) {
    if (Array.isArray(value))
        return value.map(sanitize);
    if ((0,arm_values/* isObject */.Gv)(value))
        return (0,arm_values/* newObject */.wg)(Object.keys(value).map((key) => [key, sanitize(value[key])]));
    return value;
}
function parseJsonText(site, text, example) {
    try {
        return sanitize(JSON.parse(text));
    }
    catch (error) {
        if (error instanceof SyntaxError) {
            throw argumentError(site, `the string is not valid JSON (${error.message}). ${example}`);
        }
        throw error;
    }
}
function json(args, site) {
    return parseJsonText(site, argString(site, args, 0), `Use double quotes inside, e.g. json('{"a": 1}').`);
}
function string(args) {
    const [value] = args;
    if (Array.isArray(value) || (0,arm_values/* isObject */.Gv)(value) || (0,arm_unknown/* isUnknown */.t)(value))
        return (0,arm_values/* toJson */.aB)(value);
    return (0,arm_values/* checkString */.Em)((0,arm_values/* scalarText */.ws)(value, 'string'), 'string');
}
const conversionFunctions = types_define({ name: 'json', min: 1, max: 1, call: json }, { name: 'string', min: 1, max: 1, unknowns: 'deep', call: string });

;// CONCATENATED MODULE: ./lib/lint/arm/functions/dates.js


const MIN_MS = new Date('0001-01-01T00:00:00Z').getTime();
const MAX_MS = new Date('9999-12-31T23:59:59.999Z').getTime();
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:?\d{2})?$/i;
function parseInstant(text) {
    const extended = EXTENDED.exec(text.trim());
    const m = extended ?? BASIC.exec(text.trim());
    if (!m)
        return undefined;
    const basic = extended === null;
    const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
    const ms = Number(`0.${m[7] ?? '0'}`) * 1000;
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    const check = new Date(utc);
    check.setUTCFullYear(year);
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59)
        return undefined;
    const zoneText = m[8];
    if (zoneText === undefined)
        return { ms: check.getTime(), zone: 'none', basic };
    if (/^z$/i.test(zoneText))
        return { ms: check.getTime(), zone: 'utc', basic };
    const digits = zoneText.replace(':', '');
    const offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits.startsWith('-') ? -1 : 1);
    return { ms: check.getTime() - offset * 60_000, zone: offset === 0 ? 'utc' : 'offset', basic };
}
function formatInstant(ms) {
    const iso = new Date(ms).toISOString();
    return ms % 1000 === 0 ? `${iso.slice(0, 19)}Z` : iso;
}
function inRange(site, ms) {
    if (!(ms >= MIN_MS && ms <= MAX_MS))
        throw argumentError(site, 'the result falls outside the years 1 to 9999.');
    return ms;
}
const DURATION = /^([-+])?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
function parseDuration(site, text) {
    const m = DURATION.exec(text.trim());
    if (!m || /[PT]$/i.test(text.trim()) || m.slice(2).every((part) => part === undefined)) {
        throw argumentError(site, `'${text}' is not an ISO 8601 duration; write e.g. 'P1D' (a day), 'PT1H' (an hour), 'P3Y' or '-P9D'.`);
    }
    const [years, months, weeks, days, hours, minutes, seconds] = m.slice(2).map((part) => Number(part ?? 0));
    const ms = ((years * 365 + months * 30 + weeks * 7 + days) * 24 * 3600 + hours * 3600 + minutes * 60 + seconds) * 1000;
    return m[1] === '-' ? -ms : ms;
}
function dateTimeAdd(args, site) {
    const base = argString(site, args, 0);
    const duration = parseDuration(site, argString(site, args, 1));
    if (args.length > 2)
        argString(site, args, 2);
    const instant = parseInstant(base);
    if (args.length > 2 || instant === undefined || instant.zone !== 'utc' || instant.basic)
        return (0,arm_values/* derivedUnknown */.Ez)('dateTimeAdd', site.text, args);
    return formatInstant(inRange(site, instant.ms + duration));
}
function dateTimeFromEpoch(args, site) {
    return formatInstant(inRange(site, argInt(site, args, 0) * 1000));
}
function dateTimeToEpoch(args, site) {
    const instant = parseInstant(argString(site, args, 0));
    if (instant === undefined)
        return (0,arm_values/* derivedUnknown */.Ez)('dateTimeToEpoch', site.text, args);
    return Math.floor(instant.ms / 1000);
}
const dateFunctions = types_define({ name: 'dateTimeAdd', min: 2, max: 3, call: dateTimeAdd }, { name: 'dateTimeFromEpoch', min: 1, max: 1, call: dateTimeFromEpoch }, { name: 'dateTimeToEpoch', min: 1, max: 1, call: dateTimeToEpoch });

;// CONCATENATED MODULE: ./lib/lint/arm/functions/deployment.js




function defined(what, value) {
    if (value === undefined)
        throw new errors/* ExpressionError */.tj('reference', `${what} has no value. Give it a value in the template or the parameters file.`);
    return value;
}
function copyIndex(args, site) {
    let loop;
    let offset = 0;
    if (args.length === 1) {
        if (typeof args[0] === 'string')
            loop = args[0];
        else
            offset = argInt(site, args, 0);
    }
    else if (args.length === 2) {
        loop = argString(site, args, 0);
        offset = argInt(site, args, 1);
    }
    const index = site.ctx.copyIndex(loop);
    if ((0,arm_unknown/* isUnknown */.t)(index))
        return offset === 0 ? index : (0,arm_values/* derivedUnknown */.Ez)('copyIndex', site.text, [index]);
    if (!(0,arm_values/* isInteger */.Fq)(index))
        throw new errors/* ExpressionError */.tj('reference', `copyIndex() is not available here (got ${String(index)}).`);
    return index + offset;
}
const subscriptionIdText = 'subscription().subscriptionId';
function defaultSubscription() {
    const subscriptionId = new arm_unknown/* Unknown */.$('subscriptionId', subscriptionIdText);
    return (0,arm_values/* newObject */.wg)([
        ['id', `/subscriptions/${subscriptionId.toString()}`],
        ['subscriptionId', subscriptionId],
        ['tenantId', new arm_unknown/* Unknown */.$('tenantId', 'subscription().tenantId')],
        ['displayName', new arm_unknown/* Unknown */.$('subscriptionName', 'subscription().displayName')]
    ]);
}
function defaultResourceGroup() {
    const name = new arm_unknown/* Unknown */.$('resourceGroupName', 'resourceGroup().name');
    return (0,arm_values/* newObject */.wg)([
        ['id', `/subscriptions/{${subscriptionIdText}}/resourceGroups/${name.toString()}`],
        ['name', name],
        ['type', 'Microsoft.Resources/resourceGroups'],
        ['location', new arm_unknown/* Unknown */.$('location', 'resourceGroup().location')],
        ['tags', new arm_unknown/* Unknown */.$('tags', 'resourceGroup().tags')],
        ['properties', (0,arm_values/* newObject */.wg)([['provisioningState', 'Succeeded']])]
    ]);
}
function defaultTenant() {
    return (0,arm_values/* newObject */.wg)([
        ['id', new arm_unknown/* Unknown */.$('tenantScopeId', 'tenant().id')],
        ['tenantId', new arm_unknown/* Unknown */.$('tenantId', 'tenant().tenantId')],
        ['displayName', new arm_unknown/* Unknown */.$('tenantName', 'tenant().displayName')],
        ['countryCode', new arm_unknown/* Unknown */.$('countryCode', 'tenant().countryCode')]
    ]);
}
function defaultDeployment() {
    return (0,arm_values/* newObject */.wg)([
        ['name', new arm_unknown/* Unknown */.$('deploymentName', 'deployment().name')],
        ['location', new arm_unknown/* Unknown */.$('location', 'deployment().location')],
        ['properties', new arm_unknown/* Unknown */.$('deployment', 'deployment().properties')]
    ]);
}
function scopeSegment(value, site, index) {
    if (typeof value === 'string')
        return value;
    if ((0,arm_unknown/* isUnknown */.t)(value))
        return value.toString();
    throw typeError(site, index, 'a string', value);
}
function currentSubscriptionId(site) {
    if (!site.ctx.subscription)
        return `{${subscriptionIdText}}`;
    const subscription = site.ctx.subscription() ?? defaultSubscription();
    if ((0,arm_values/* isObject */.Gv)(subscription)) {
        const key = (0,arm_values/* findKey */.Tj)(subscription, 'subscriptionId');
        const id = key === undefined ? undefined : subscription[key];
        if (typeof id === 'string' || (0,arm_unknown/* isUnknown */.t)(id))
            return id.toString();
    }
    return `{${subscriptionIdText}}`;
}
function providerPath(site, args, typeIndex) {
    const rawType = args[typeIndex];
    if (typeof rawType !== 'string')
        throw typeError(site, typeIndex, "a resource type like 'Microsoft.ManagedServices/registrationDefinitions'", rawType);
    const type = rawType.replace(/\/+$/, '');
    const segments = type.split('/');
    const names = args.slice(typeIndex + 1);
    if (segments.length < 2 || segments.some((s) => s === '')) {
        throw argumentError(site, `'${rawType}' is not a resource type; expected 'Namespace/type', e.g. 'Microsoft.ManagedServices/registrationDefinitions'.`);
    }
    if (names.length !== segments.length - 1) {
        throw argumentError(site, `resource type '${type}' needs ${segments.length - 1} name${segments.length === 2 ? '' : 's'} after it, but ${names.length} ${names.length === 1 ? 'was' : 'were'} given.`);
    }
    let path = `/providers/${segments[0]}/${segments[1]}/${scopeSegment(names[0], site, typeIndex + 1)}`;
    for (let i = 2; i < segments.length; i++)
        path += `/${segments[i]}/${scopeSegment(names[i - 1], site, typeIndex + i)}`;
    return path;
}
function nonDeterministic(args, site, kind) {
    return args.some((a) => (0,arm_unknown/* isUnknown */.t)(a) && !a.deterministic) ? (0,arm_values/* derivedUnknown */.Ez)(kind, site.text, args) : undefined;
}
function resourceId(args, site) {
    const hidden = nonDeterministic(args, site, 'resourceId');
    if (hidden)
        return hidden;
    const typeIndex = args.findIndex((a) => typeof a === 'string' && a.includes('/'));
    if (typeIndex === -1) {
        if (args.some(arm_unknown/* isUnknown */.t))
            return (0,arm_values/* derivedUnknown */.Ez)('resourceId', site.text, args);
        throw argumentError(site, "no resource type found; pass one like 'Microsoft.ManagedServices/registrationDefinitions' before the names.");
    }
    if (typeIndex > 2)
        throw argumentError(site, 'at most a subscription ID and a resource group name may come before the resource type.');
    const subscription = typeIndex === 2 ? scopeSegment(args[0], site, 0) : currentSubscriptionId(site);
    const group = typeIndex >= 1 ? `/resourceGroups/${scopeSegment(args[typeIndex - 1], site, typeIndex - 1)}` : '';
    return `/subscriptions/${subscription}${group}${providerPath(site, args, typeIndex)}`;
}
function subscriptionResourceId(args, site) {
    const hidden = nonDeterministic(args, site, 'subscriptionResourceId');
    if (hidden)
        return hidden;
    const typeIndex = typeof args[0] === 'string' && args[0].includes('/') ? 0 : 1;
    const subscription = typeIndex === 1 ? scopeSegment(args[0], site, 0) : currentSubscriptionId(site);
    return `/subscriptions/${subscription}${providerPath(site, args, typeIndex)}`;
}
const managementGroupNameText = 'managementGroup().name';
function managementGroupResourceId(args, site) {
    const hidden = nonDeterministic(args, site, 'managementGroupResourceId');
    if (hidden)
        return hidden;
    const typeIndex = typeof args[0] === 'string' && args[0].includes('/') ? 0 : 1;
    const group = typeIndex === 1 ? scopeSegment(args[0], site, 0) : new arm_unknown/* Unknown */.$('managementGroupName', managementGroupNameText).toString();
    return `/providers/Microsoft.Management/managementGroups/${group}${providerPath(site, args, typeIndex)}`;
}
function tenantResourceId(args, site) {
    return nonDeterministic(args, site, 'tenantResourceId') ?? providerPath(site, args, 0);
}
function extensionResourceId(args, site) {
    const hidden = nonDeterministic(args, site, 'extensionResourceId');
    if (hidden)
        return hidden;
    return `${scopeSegment(args[0], site, 0).replace(/\/+$/, '')}${providerPath(site, args, 1)}`;
}
const deploymentFunctions = types_define({
    name: 'parameters',
    borrows: true,
    min: 1,
    max: 1,
    call: (args, site) => {
        const name = argString(site, args, 0);
        return defined(`Parameter '${name}'`, site.ctx.parameter(name));
    }
}, {
    name: 'variables',
    borrows: true,
    min: 1,
    max: 1,
    call: (args, site) => {
        const name = argString(site, args, 0);
        return defined(`Variable '${name}'`, site.ctx.variable(name));
    }
}, { name: 'copyIndex', min: 0, max: 2, call: copyIndex }, { name: 'subscription', min: 0, max: 0, call: (_args, site) => site.ctx.subscription?.() ?? defaultSubscription() }, { name: 'resourceGroup', min: 0, max: 0, call: (_args, site) => site.ctx.resourceGroup?.() ?? defaultResourceGroup() }, { name: 'tenant', min: 0, max: 0, call: (_args, site) => site.ctx.tenant?.() ?? defaultTenant() }, { name: 'deployment', min: 0, max: 0, call: (_args, site) => site.ctx.deployment?.() ?? defaultDeployment() }, { name: 'resourceId', min: 2, max: Infinity, unknowns: 'none', call: resourceId }, { name: 'subscriptionResourceId', min: 2, max: Infinity, unknowns: 'none', call: subscriptionResourceId }, { name: 'tenantResourceId', min: 2, max: Infinity, unknowns: 'none', call: tenantResourceId }, { name: 'managementGroupResourceId', min: 2, max: Infinity, unknowns: 'none', call: managementGroupResourceId }, { name: 'extensionResourceId', min: 3, max: Infinity, unknowns: 'none', call: extensionResourceId }, { name: 'newGuid', min: 0, max: 0, call: (_args, site) => new arm_unknown/* Unknown */.$('newGuid', site.text, false) }, { name: 'utcNow', min: 0, max: 1, call: (_args, site) => new arm_unknown/* Unknown */.$('utcNow', site.text, false) }, { name: 'reference', min: 1, max: 3, unknowns: 'none', call: (_args, site) => new arm_unknown/* Unknown */.$('reference', site.text) }, { name: 'references', min: 1, max: 2, unknowns: 'none', call: (_args, site) => new arm_unknown/* Unknown */.$('reference', site.text) }, { name: 'pickZones', min: 3, max: 5, call: (_args, site) => new arm_unknown/* Unknown */.$('pickZones', site.text) }, { name: 'providers', min: 1, max: 2, call: (_args, site) => new arm_unknown/* Unknown */.$('providers', site.text) }, { name: 'environment', min: 0, max: 0, call: (_args, site) => new arm_unknown/* Unknown */.$('environment', site.text) }, { name: 'managementGroup', min: 0, max: 1, unknowns: 'none', call: (_args, site) => new arm_unknown/* Unknown */.$('managementGroup', site.text) }, { name: 'deployer', min: 0, max: 0, call: () => defaultDeployer() }, { name: 'fail', min: 1, max: 1, call: failFunction }, { name: 'buildUri', min: 1, max: 1, call: (_args, site) => new arm_unknown/* Unknown */.$('buildUri', site.text) }, { name: 'parseUri', min: 1, max: 1, call: (_args, site) => new arm_unknown/* Unknown */.$('parseUri', site.text) }, { name: 'toLogicalZone', min: 4, max: 4, call: (_args, site) => new arm_unknown/* Unknown */.$('zone', site.text) }, { name: 'toLogicalZones', min: 4, max: 4, call: (_args, site) => new arm_unknown/* Unknown */.$('zone', site.text) }, { name: 'toPhysicalZone', min: 4, max: 4, call: (_args, site) => new arm_unknown/* Unknown */.$('zone', site.text) }, { name: 'toPhysicalZones', min: 4, max: 4, call: (_args, site) => new arm_unknown/* Unknown */.$('zone', site.text) });
function defaultDeployer() {
    return (0,arm_values/* newObject */.wg)([
        ['objectId', new arm_unknown/* Unknown */.$('deployerObjectId', 'deployer().objectId')],
        ['tenantId', new arm_unknown/* Unknown */.$('tenantId', 'deployer().tenantId')],
        ['userPrincipalName', new arm_unknown/* Unknown */.$('deployerName', 'deployer().userPrincipalName')]
    ]);
}
function failFunction(args) {
    const message = typeof args[0] === 'string' ? args[0] : String(args[0]);
    throw new errors/* ExpressionError */.tj('fail', `The template calls fail(): "${message.length > 200 ? `${message.slice(0, 197)}...` : message}". ARM stops the deployment here`);
}

;// CONCATENATED MODULE: ./lib/lint/arm/functions/encoding.js



function encoding_preview(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function splitUri(text) {
    const m = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(text);
    return { scheme: m[1], authority: m[2], path: m[3], query: m[4], fragment: m[5] };
}
function removeDotSegments(path) {
    const absolute = path.startsWith('/');
    const segments = (absolute ? path.slice(1) : path).split('/');
    const output = [];
    segments.forEach((segment, i) => {
        if (segment === '.' || segment === '..') {
            if (segment === '..')
                output.pop();
            if (i === segments.length - 1)
                output.push('');
        }
        else {
            output.push(segment);
        }
    });
    return (absolute ? '/' : '') + output.join('/');
}
function mergePaths(base, relativePath) {
    if (base.authority !== undefined && base.path === '')
        return `/${relativePath}`;
    return base.path.slice(0, base.path.lastIndexOf('/') + 1) + relativePath;
}
function resolveUri(base, ref) {
    let target;
    if (ref.scheme !== undefined) {
        target = { ...ref, path: removeDotSegments(ref.path) };
    }
    else if (ref.authority !== undefined) {
        target = { ...ref, scheme: base.scheme, path: removeDotSegments(ref.path) };
    }
    else if (ref.path === '') {
        target = { ...base, query: ref.query ?? base.query, fragment: ref.fragment };
    }
    else {
        const path = ref.path.startsWith('/') ? ref.path : mergePaths(base, ref.path);
        target = { scheme: base.scheme, authority: base.authority, path: removeDotSegments(path), query: ref.query, fragment: ref.fragment };
    }
    let text = `${target.scheme}:`;
    if (target.authority !== undefined)
        text += `//${target.authority}`;
    text += target.path;
    if (target.query !== undefined)
        text += `?${target.query}`;
    if (target.fragment !== undefined)
        text += `#${target.fragment}`;
    return text;
}
function uri(args, site) {
    const baseText = argString(site, args, 0);
    const base = splitUri(baseText);
    if (base.scheme === undefined || !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(base.scheme)) {
        throw argumentError(site, `the base URI '${encoding_preview(baseText)}' is not absolute; it must start with a scheme, e.g. 'https://contoso.com/templates/'.`);
    }
    return (0,arm_values/* checkString */.Em)(resolveUri(base, splitUri(argString(site, args, 1))), 'uri');
}
function uriComponent(args, site) {
    const text = argString(site, args, 0);
    let encoded;
    try {
        encoded = encodeURIComponent(text);
    }
    catch {
        throw argumentError(site, 'the string contains a lone UTF-16 surrogate, which cannot be encoded as UTF-8.');
    }
    return (0,arm_values/* checkString */.Em)(encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`), 'uriComponent');
}
function percentDecode(site, text, what) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        throw argumentError(site, `${what} '${encoding_preview(text)}' is not validly URI-encoded: each '%' must start an escape like %20 that spells UTF-8. Write a literal '%' as %25.`);
    }
}
function uriComponentToString(args, site) {
    return percentDecode(site, argString(site, args, 0), 'the string');
}
function dataUri(args, site) {
    const base64 = Buffer.from(argString(site, args, 0), 'utf8').toString('base64');
    return (0,arm_values/* checkString */.Em)(`data:text/plain;charset=utf8;base64,${base64}`, 'dataUri');
}
function dataUriToString(args, site) {
    const text = argString(site, args, 0);
    const m = /^data:([^,]*),(.*)$/is.exec(text);
    if (!m) {
        throw argumentError(site, `'${encoding_preview(text)}' is not a data URI; expected 'data:[<media type>][;base64],<data>', e.g. 'data:;base64,SGVsbG8='.`);
    }
    const isBase64 = m[1].split(';').pop().trim().toLowerCase() === 'base64';
    return isBase64 ? Buffer.from(m[2], 'base64').toString('utf8') : percentDecode(site, m[2], 'the data');
}
function base64ToJson(args, site) {
    const text = Buffer.from(argString(site, args, 0), 'base64').toString('utf8');
    return parseJsonText(site, text, `Encode a JSON document, e.g. base64ToJson('eyJvbmUiOiAiYSJ9') for {"one": "a"}.`);
}
const encodingFunctions = types_define({ name: 'uri', min: 2, max: 2, call: uri }, { name: 'uriComponent', min: 1, max: 1, call: uriComponent }, { name: 'uriComponentToString', min: 1, max: 1, call: uriComponentToString }, { name: 'dataUri', min: 1, max: 1, call: dataUri }, { name: 'dataUriToString', min: 1, max: 1, call: dataUriToString }, { name: 'base64ToJson', min: 1, max: 1, call: base64ToJson });

;// CONCATENATED MODULE: ./lib/lint/arm/functions/lambda.js





const MAX_LAMBDA_CALLS = 1_000_000;
const TAKERS = 'filter(), groupBy(), map(), mapValues(), reduce(), sort() or toObject()';
function misplacedLambda(node, parent) {
    return new errors/* ExpressionError */.tj('argument', `lambda() at column ${node.start + 1} is ${parent ? `an argument of ${parent}()` : 'not an argument of a function that takes one'}. ARM accepts a lambda only directly as the lambda argument of ${TAKERS}, e.g. map(parameters('names'), lambda('n', toLower(lambdaVariables('n')))).`);
}
function lambdaVariablesOutsideLambda(node) {
    return new errors/* ExpressionError */.tj('reference', `${sourceText(node)} at column ${node.start + 1} is outside any lambda. lambdaVariables() reads a variable declared by an enclosing lambda('name', ...) given to ${TAKERS}.`);
}
function lambdaVariables(args, site) {
    const name = argString(site, args, 0);
    if (site.lambdas === undefined) {
        throw new errors/* ExpressionError */.tj('reference', `lambdaVariables('${name}') is outside any lambda; it only works inside the body of a lambda given to ${TAKERS}.`);
    }
    const lower = name.toLowerCase();
    const visible = [];
    for (let frame = site.lambdas; frame !== undefined; frame = frame.parent) {
        let i = frame.names.indexOf(name);
        if (i === -1)
            i = frame.names.findIndex((n) => n.toLowerCase() === lower);
        if (i !== -1)
            return frame.values[i];
        visible.push(...frame.names);
    }
    const suggestion = (0,errors/* closest */.kp)(name, visible);
    throw new errors/* ExpressionError */.tj('reference', `lambdaVariables('${name}'): no enclosing lambda declares '${name}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Variables in scope: ${visible.map((n) => `'${n}'`).join(', ')}.`);
}
function lambdaArg(site, index, arities, roles) {
    const node = site.nodes[index];
    const args = node.args;
    const nameNodes = args.slice(0, -1);
    if (!arities.includes(nameNodes.length)) {
        throw argumentError(site, `the lambda in argument ${index + 1} declares ${nameNodes.length} variable${nameNodes.length === 1 ? '' : 's'}, but ${site.name}() passes ${roles}. Write it as lambda(${arities[0] === 1 ? "'x'" : "'a', 'b'"}, <expression>).`);
    }
    const names = nameNodes.map((nameNode, i) => {
        const value = site.evaluate(nameNode);
        if (typeof value !== 'string' || value === '') {
            throw argumentError(site, `lambda variable ${i + 1} must be a name in quotes such as 'x', not ${(0,arm_values/* typeName */.go)(value)} ${(0,arm_values/* show */.WU)(value)}.`);
        }
        return value;
    });
    const duplicate = names.find((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i);
    if (duplicate !== undefined)
        throw argumentError(site, `the lambda declares '${duplicate}' twice; give each variable its own name.`);
    return { names, body: args[args.length - 1] };
}
function apply(site, fn, values) {
    return site.evaluateLambda(fn.body, fn.names, values.slice(0, fn.names.length));
}
function inputArray(site) {
    const value = site.evaluate(site.nodes[0]);
    if ((0,arm_unknown/* isUnknown */.t)(value))
        return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [value]);
    if (!Array.isArray(value))
        throw typeError(site, 0, 'an array', value);
    return value;
}
function resultError(site, what, expected, value, item) {
    return argumentError(site, `the ${what} lambda must return ${expected}, but returned ${(0,arm_values/* typeName */.go)(value)} ${(0,arm_values/* show */.WU)(value)} for item ${item}.`);
}
function filter(_args, site) {
    const fn = lambdaArg(site, 1, [1, 2], 'the item, and optionally its index');
    const array = inputArray(site);
    if ((0,arm_unknown/* isUnknown */.t)(array))
        return array;
    const result = [];
    for (let i = 0; i < array.length; i++) {
        const keep = apply(site, fn, [array[i], i]);
        if ((0,arm_unknown/* isUnknown */.t)(keep))
            return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [keep, array]);
        if (typeof keep !== 'boolean')
            throw resultError(site, 'filter', 'a boolean', keep, i);
        if (keep)
            result.push(array[i]);
    }
    return result;
}
function map(_args, site) {
    const fn = lambdaArg(site, 1, [1, 2], 'the item, and optionally its index');
    const array = inputArray(site);
    if ((0,arm_unknown/* isUnknown */.t)(array))
        return array;
    return array.map((item, i) => apply(site, fn, [item, i]));
}
function reduce(_args, site) {
    const fn = lambdaArg(site, 2, [2, 3], 'the accumulated value and the next item, and optionally its index');
    const array = inputArray(site);
    if ((0,arm_unknown/* isUnknown */.t)(array))
        return array;
    let accumulated = site.evaluate(site.nodes[1]);
    for (let i = 0; i < array.length; i++)
        accumulated = apply(site, fn, [accumulated, array[i], i]);
    return accumulated;
}
function sort(_args, site) {
    const fn = lambdaArg(site, 1, [2], 'the two items to compare');
    const array = inputArray(site);
    if ((0,arm_unknown/* isUnknown */.t)(array))
        return array;
    let unknown;
    const before = (a, b) => {
        if (unknown !== undefined)
            return false;
        const result = apply(site, fn, [a, b]);
        if ((0,arm_unknown/* isUnknown */.t)(result)) {
            unknown = result;
            return false;
        }
        if (typeof result !== 'boolean') {
            throw argumentError(site, `the comparison lambda must return a boolean (true when the first item goes first), but returned ${(0,arm_values/* typeName */.go)(result)} ${(0,arm_values/* show */.WU)(result)}.`);
        }
        return result;
    };
    const sorted = [...array].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return unknown === undefined ? sorted : (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [unknown, array]);
}
function keyOf(site, fn, item, index) {
    const key = apply(site, fn, [item]);
    if ((0,arm_unknown/* isUnknown */.t)(key))
        return key;
    if (typeof key !== 'string')
        throw resultError(site, 'key', "a string (wrap it in string() if needed)", key, index);
    return key;
}
function toObject(_args, site) {
    const keyFn = lambdaArg(site, 1, [1], 'the item');
    const valueFn = site.nodes.length > 2 ? lambdaArg(site, 2, [1], 'the item') : undefined;
    const array = inputArray(site);
    if ((0,arm_unknown/* isUnknown */.t)(array))
        return array;
    const result = {};
    for (let i = 0; i < array.length; i++) {
        const key = keyOf(site, keyFn, array[i], i);
        if ((0,arm_unknown/* isUnknown */.t)(key))
            return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [key, array]);
        (0,arm_values/* setOwn */.P5)(result, key, valueFn ? apply(site, valueFn, [array[i]]) : array[i]);
    }
    return result;
}
function groupBy(_args, site) {
    const fn = lambdaArg(site, 1, [1], 'the item');
    const array = inputArray(site);
    if ((0,arm_unknown/* isUnknown */.t)(array))
        return array;
    const result = {};
    for (let i = 0; i < array.length; i++) {
        const key = keyOf(site, fn, array[i], i);
        if ((0,arm_unknown/* isUnknown */.t)(key))
            return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [key, array]);
        if (Object.hasOwn(result, key))
            result[key].push(array[i]);
        else
            (0,arm_values/* setOwn */.P5)(result, key, [array[i]]);
    }
    return result;
}
function mapValues(_args, site) {
    const fn = lambdaArg(site, 1, [1], 'the value');
    const object = site.evaluate(site.nodes[0]);
    if ((0,arm_unknown/* isUnknown */.t)(object))
        return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [object]);
    if (!(0,arm_values/* isObject */.Gv)(object))
        throw typeError(site, 0, 'an object', object);
    return (0,arm_values/* newObject */.wg)(Object.keys(object).map((key) => [key, apply(site, fn, [object[key]])]));
}
function lambda(_args, site) {
    throw new errors/* ExpressionError */.tj('argument', `${site.text}: ARM accepts a lambda only directly as the lambda argument of ${TAKERS}.`);
}
const lambdaFunctions = types_define({ name: 'lambda', min: 2, max: Infinity, lazy: true, unknowns: 'none', call: lambda }, { name: 'lambdaVariables', min: 1, max: 1, borrows: true, call: lambdaVariables }, { name: 'filter', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: filter }, { name: 'map', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: map }, { name: 'reduce', min: 3, max: 3, lazy: true, borrows: true, unknowns: 'none', lambdas: [2], call: reduce }, { name: 'sort', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: sort }, { name: 'toObject', min: 2, max: 3, lazy: true, unknowns: 'none', lambdas: [1, 2], call: toObject }, { name: 'groupBy', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: groupBy }, { name: 'mapValues', min: 2, max: 2, lazy: true, unknowns: 'none', lambdas: [1], call: mapValues });

;// CONCATENATED MODULE: ./lib/lint/arm/functions/logic.js




function ifFunction(_args, site) {
    const [conditionNode, whenTrue, whenFalse] = site.nodes;
    const condition = site.evaluate(conditionNode);
    if (typeof condition === 'boolean')
        return site.evaluate(condition ? whenTrue : whenFalse);
    if (!(0,arm_unknown/* isUnknown */.t)(condition))
        throw typeError(site, 0, 'a boolean', condition);
    let branches;
    try {
        branches = [site.evaluate(whenTrue), site.evaluate(whenFalse)];
    }
    catch (error) {
        if (mayBeSkipped(error))
            return (0,arm_values/* derivedUnknown */.Ez)('if', site.text, [condition]);
        throw error;
    }
    if (!(0,arm_values/* containsUnknown */.ul)(branches[0]) && (0,arm_values/* deepEqual */.bD)(branches[0], branches[1]))
        return branches[0];
    return (0,arm_values/* derivedUnknown */.Ez)('if', site.text, [condition, ...branches]);
}
function andOr(which) {
    const decisive = which === 'or';
    return (_args, site) => {
        const unknowns = [];
        for (let i = 0; i < site.nodes.length; i++) {
            let value;
            try {
                value = site.evaluate(site.nodes[i]);
            }
            catch (error) {
                if (unknowns.length > 0 && mayBeSkipped(error))
                    return (0,arm_values/* derivedUnknown */.Ez)(which, site.text, unknowns);
                throw error;
            }
            if ((0,arm_unknown/* isUnknown */.t)(value)) {
                unknowns.push(value);
                continue;
            }
            if (argBool(site, [value], 0, i) === decisive)
                return decisive;
        }
        return unknowns.length > 0 ? (0,arm_values/* derivedUnknown */.Ez)(which, site.text, unknowns) : !decisive;
    };
}
function mayBeSkipped(error) {
    return error instanceof errors/* ExpressionError */.tj && error.code !== 'limit' && error.code !== 'too-deep' && error.code !== 'budget';
}
function compare(which) {
    return (args, site) => {
        const [a, b] = args;
        const bothInts = (0,arm_values/* isInteger */.Fq)(a) && (0,arm_values/* isInteger */.Fq)(b);
        const bothStrings = typeof a === 'string' && typeof b === 'string';
        if (!bothInts && !bothStrings) {
            throw typeError(site, (0,arm_values/* isInteger */.Fq)(a) || typeof a === 'string' ? 1 : 0, 'an integer or a string (both of the same type)', (0,arm_values/* isInteger */.Fq)(a) || typeof a === 'string' ? b : a);
        }
        const order = a < b ? -1 : a > b ? 1 : 0;
        switch (which) {
            case 'less':
                return order < 0;
            case 'lessOrEquals':
                return order <= 0;
            case 'greater':
                return order > 0;
            case 'greaterOrEquals':
                return order >= 0;
        }
    };
}
function toBool(args, site) {
    const [value] = args;
    if (typeof value === 'boolean')
        return value;
    if ((0,arm_values/* isInteger */.Fq)(value))
        return value !== 0;
    if (typeof value === 'string') {
        const lower = value.trim().toLowerCase();
        if (lower === 'true')
            return true;
        if (lower === 'false')
            return false;
    }
    throw typeError(site, 0, "'true', 'false', an integer or a boolean", value);
}
function coalesce(_args, site) {
    for (const node of site.nodes) {
        const value = site.evaluate(node);
        if ((0,arm_unknown/* isUnknown */.t)(value))
            return (0,arm_values/* derivedUnknown */.Ez)('coalesce', site.text, [value]);
        if (value !== null && value !== undefined)
            return value;
    }
    return null;
}
const logicFunctions = types_define({ name: 'if', min: 3, max: 3, lazy: true, borrows: true, unknowns: 'none', call: ifFunction }, { name: 'equals', min: 2, max: 2, unknowns: 'deep', call: (args) => (0,arm_values/* deepEqual */.bD)(args[0], args[1]) }, { name: 'not', min: 1, max: 1, call: (args, site) => !argBool(site, args, 0) }, { name: 'and', min: 2, max: Infinity, lazy: true, unknowns: 'none', call: andOr('and') }, { name: 'or', min: 2, max: Infinity, lazy: true, unknowns: 'none', call: andOr('or') }, { name: 'bool', min: 1, max: 1, call: toBool }, { name: 'true', min: 0, max: 0, call: () => true }, { name: 'false', min: 0, max: 0, call: () => false }, { name: 'null', min: 0, max: 0, call: () => null }, { name: 'less', min: 2, max: 2, call: compare('less') }, { name: 'lessOrEquals', min: 2, max: 2, call: compare('lessOrEquals') }, { name: 'greater', min: 2, max: 2, call: compare('greater') }, { name: 'greaterOrEquals', min: 2, max: 2, call: compare('greaterOrEquals') }, { name: 'coalesce', min: 1, max: Infinity, lazy: true, borrows: true, unknowns: 'none', call: coalesce });

;// CONCATENATED MODULE: ./lib/lint/arm/functions/numbers.js


function checked(site, value) {
    if (!Number.isSafeInteger(value))
        throw argumentError(site, 'the result is too large for an integer.');
    return value;
}
function arithmetic(op) {
    return (args, site) => checked(site, op(argInt(site, args, 0), argInt(site, args, 1), site));
}
function extreme(which) {
    return (args, site) => {
        const values = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
        if (values.length === 0)
            throw argumentError(site, 'needs at least one integer.');
        values.forEach((value) => {
            if (!(0,arm_values/* isInteger */.Fq)(value))
                throw typeError(site, 0, 'integers or an array of integers', value);
        });
        let best = values[0];
        for (const value of values)
            best = which === 'min' ? Math.min(best, value) : Math.max(best, value);
        return best;
    };
}
function toInt(args, site) {
    const [value] = args;
    if ((0,arm_values/* isInteger */.Fq)(value))
        return value;
    if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value))
        return checked(site, Number(value));
    throw typeError(site, 0, 'an integer or a string of digits', value);
}
const FLOAT_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
function toFloat(args, site) {
    const [value] = args;
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && FLOAT_TEXT.test(value)) {
        const number = Number(value);
        if (Number.isFinite(number))
            return number;
    }
    throw typeError(site, 0, "an integer or a string holding a number, such as '1.5'", value);
}
const numberFunctions = types_define({ name: 'int', min: 1, max: 1, call: toInt }, { name: 'float', min: 1, max: 1, call: toFloat }, { name: 'add', min: 2, max: 2, call: arithmetic((a, b) => a + b) }, { name: 'sub', min: 2, max: 2, call: arithmetic((a, b) => a - b) }, { name: 'mul', min: 2, max: 2, call: arithmetic((a, b) => a * b) }, {
    name: 'div',
    min: 2,
    max: 2,
    call: arithmetic((a, b, site) => {
        if (b === 0)
            throw argumentError(site, 'division by zero.');
        return Math.trunc(a / b);
    })
}, {
    name: 'mod',
    min: 2,
    max: 2,
    call: arithmetic((a, b, site) => {
        if (b === 0)
            throw argumentError(site, 'division by zero.');
        return a % b;
    })
}, { name: 'min', min: 1, max: Infinity, call: extreme('min') }, { name: 'max', min: 1, max: Infinity, call: extreme('max') });

;// CONCATENATED MODULE: ./lib/lint/arm/format.js


class UnsupportedFormat extends Error {
}
function formatDigitsPattern(value, spec) {
    if (!/^[0#]+$/.test(spec))
        return undefined;
    const zeros = spec.length - spec.replace(/0/g, '').length;
    return (value < 0 ? '-' : '') + String(Math.abs(value)).padStart(zeros, '0');
}
function formatInteger(value, spec) {
    const custom = formatDigitsPattern(value, spec);
    if (custom !== undefined)
        return custom;
    const fixed = /^([FfGg])(\d{0,2})$/.exec(spec);
    if (fixed) {
        const kind = fixed[1].toUpperCase();
        const precision = fixed[2] === '' ? undefined : Number(fixed[2]);
        if (kind === 'G')
            return precision === undefined || precision === 0 || precision >= String(Math.abs(value)).length ? String(value) : undefined;
        const decimals = precision ?? 2;
        return String(value) + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
    }
    const match = /^([DdXxNn])(\d{0,2})$/.exec(spec);
    if (!match)
        return undefined;
    const kind = match[1].toUpperCase();
    const precision = match[2] === '' ? undefined : Number(match[2]);
    const negative = value < 0;
    const magnitude = Math.abs(value);
    let digits;
    if (kind === 'D') {
        digits = String(magnitude).padStart(precision ?? 0, '0');
        return (negative ? '-' : '') + digits;
    }
    if (kind === 'X') {
        const hex = (negative ? (BigInt.asUintN(64, BigInt(value))).toString(16) : magnitude.toString(16)).padStart(precision ?? 0, '0');
        return match[1] === 'X' ? hex.toUpperCase() : hex;
    }
    digits = magnitude.toLocaleString('en-US');
    const decimals = precision ?? 2;
    return (negative ? '-' : '') + digits + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
}
function dotnetFormat(template, args) {
    const out = [];
    let size = 0;
    const push = (s) => {
        size += s.length;
        if (size > arm_values/* MAX_STRING_LENGTH */.Mx) {
            throw new errors/* ExpressionError */.tj('limit', `The result of format() is longer than ${arm_values/* MAX_STRING_LENGTH */.Mx} characters.`);
        }
        out.push(s);
    };
    let i = 0;
    while (i < template.length) {
        const open = template.indexOf('{', i);
        const closeOnly = template.indexOf('}', i);
        if (closeOnly !== -1 && (open === -1 || closeOnly < open)) {
            if (template[closeOnly + 1] !== '}') {
                throw new errors/* ExpressionError */.tj('argument', `format(): unmatched '}' at position ${closeOnly} of the format string. Write '}}' for a literal brace.`);
            }
            push(template.slice(i, closeOnly + 1));
            i = closeOnly + 2;
            continue;
        }
        if (open === -1) {
            push(template.slice(i));
            break;
        }
        push(template.slice(i, open));
        if (template[open + 1] === '{') {
            push('{');
            i = open + 2;
            continue;
        }
        const close = template.indexOf('}', open);
        const item = close === -1 ? null : /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::(.*))?$/s.exec(template.slice(open + 1, close));
        if (close === -1 || !item) {
            throw new errors/* ExpressionError */.tj('argument', `format(): invalid placeholder at position ${open} of the format string. Use {0}, {1:D2}, ...; write '{{' for a literal brace.`);
        }
        const index = Number(item[1]);
        if (index >= args.length) {
            throw new errors/* ExpressionError */.tj('argument', `format(): placeholder {${index}} refers to argument ${index + 2}, but only ${args.length} value${args.length === 1 ? '' : 's'} follow the format string.`);
        }
        const value = args[index];
        const spec = item[3] ?? '';
        let text;
        if (spec !== '' && (0,arm_values/* isInteger */.Fq)(value)) {
            const formatted = formatInteger(value, spec);
            if (formatted === undefined)
                throw new UnsupportedFormat(spec);
            text = formatted;
        }
        else {
            text = (0,arm_values/* scalarText */.ws)(value, 'format');
        }
        if (item[2] !== undefined) {
            const width = Number(item[2]);
            if (Math.abs(width) > 10_000)
                throw new errors/* ExpressionError */.tj('limit', `format(): alignment ${width} is too wide.`);
            text = width < 0 ? text.padEnd(-width) : text.padStart(width);
        }
        push(text);
        i = close + 1;
    }
    return out.join('');
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: ./lib/shared/node-crypto.js

let loaded;
function nodeCrypto() {
    return (loaded ??= process.getBuiltinModule?.('node:crypto') ?? (0,external_node_module_.createRequire)(require("url").pathToFileURL(__filename).href)('node:crypto'));
}

;// CONCATENATED MODULE: ./lib/lint/arm/guid.js

const ARM_GUID_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830';
function uuidV5(namespace, name) {
    const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    if (namespaceBytes.length !== 16)
        throw new Error(`Invalid namespace UUID: ${namespace}`);
    return uuidV5Bytes(namespaceBytes, name);
}
function sha1Hex(namespaceBytes, name) {
    const crypto = nodeCrypto();
    const oneShot = crypto.hash;
    if (oneShot)
        return oneShot('sha1', Buffer.concat([namespaceBytes, Buffer.from(name, 'utf8')]), 'hex');
    return crypto.createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest('hex');
}
function uuidV5Bytes(namespaceBytes, name) {
    const hex = sha1Hex(namespaceBytes, name);
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
const ARM_NAMESPACE_BYTES = Buffer.from(ARM_GUID_NAMESPACE.replace(/-/g, ''), 'hex');
const memo = new Map();
function armGuid(values) {
    const name = values.join('-');
    let guid = memo.get(name);
    if (guid === undefined) {
        if (memo.size >= 4096)
            memo.clear();
        guid = uuidV5Bytes(ARM_NAMESPACE_BYTES, name);
        memo.set(name, guid);
    }
    return guid;
}

;// CONCATENATED MODULE: ./lib/lint/arm/unique-string.js
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const F1 = 0x85ebca6b;
const F2 = 0xc2b2ae35;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
function rotl(x, r) {
    return ((x << r) | (x >>> (32 - r))) >>> 0;
}
function mul(a, b) {
    return Math.imul(a, b) >>> 0;
}
function le32(data, i, count = 4) {
    let value = 0;
    for (let k = count - 1; k >= 0; k--)
        value = (value << 8) | data[i + k];
    return value >>> 0;
}
function mixK1(k) {
    return mul(rotl(mul(k, C1), 15), C2);
}
function mixK2(k) {
    return mul(rotl(mul(k, C2), 17), C1);
}
function finalMix(h) {
    h = mul(h ^ (h >>> 16), F1);
    h = mul(h ^ (h >>> 13), F2);
    return (h ^ (h >>> 16)) >>> 0;
}
function murmurHash64(data) {
    const length = data.length;
    let h1 = 0;
    let h2 = 0;
    let i = 0;
    for (; i + 7 < length; i += 8) {
        h1 = (h1 ^ mixK1(le32(data, i))) >>> 0;
        h1 = (rotl(h1, 19) + h2) >>> 0;
        h1 = (mul(h1, 5) + 0x561ccd1b) >>> 0;
        h2 = (h2 ^ mixK2(le32(data, i + 4))) >>> 0;
        h2 = (rotl(h2, 13) + h1) >>> 0;
        h2 = (mul(h2, 5) + 0x0bcaa747) >>> 0;
    }
    const tail = length - i;
    if (tail > 0) {
        h1 = (h1 ^ mixK1(le32(data, i, Math.min(tail, 4)))) >>> 0;
        if (tail > 4)
            h2 = (h2 ^ mixK2(le32(data, i + 4, tail - 4))) >>> 0;
    }
    h1 = (h1 ^ length) >>> 0;
    h2 = (h2 ^ length) >>> 0;
    h1 = (h1 + h2) >>> 0;
    h2 = (h2 + h1) >>> 0;
    h1 = finalMix(h1);
    h2 = finalMix(h2);
    h1 = (h1 + h2) >>> 0;
    h2 = (h2 + h1) >>> 0;
    return (BigInt(h2) << 32n) | BigInt(h1);
}
function uniqueString(values) {
    let hash = murmurHash64(Buffer.from(values.join('-'), 'utf8'));
    let out = '';
    for (let i = 0; i < 13; i++) {
        out += ALPHABET[Number((hash >> 59n) & 31n)];
        hash = (hash << 5n) & 0xffffffffffffffffn;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/lint/arm/functions/strings.js






function fold(s) {
    return s.toLowerCase();
}
function stringArgs(site, args) {
    return args.map((_, i) => argString(site, args, i));
}
function concat(args, site) {
    if (args.length > 0 && Array.isArray(args[0])) {
        let total = 0;
        for (let i = 0; i < args.length; i++) {
            const value = args[i];
            if (!Array.isArray(value))
                throw typeError(site, i, 'an array (the first argument is an array)', value);
            total += value.length;
        }
        (0,arm_values/* checkArray */.UL)({ length: total }, 'concat');
        const result = [];
        for (const array of args)
            for (const item of array)
                result.push(item);
        return result;
    }
    let total = 0;
    const parts = args.map((value, i) => {
        if (typeof value === 'string' || (0,arm_values/* isInteger */.Fq)(value) || typeof value === 'boolean') {
            const text = (0,arm_values/* scalarText */.ws)(value, 'concat');
            total += text.length;
            return text;
        }
        throw typeError(site, i, 'a string or integer (or all arrays)', value);
    });
    (0,arm_values/* checkLength */.Nv)(total, 'concat');
    return parts.join('');
}
function substring(args, site) {
    const s = argString(site, args, 0);
    const start = args.length > 1 ? argInt(site, args, 1) : 0;
    if (start < 0 || start > s.length) {
        throw argumentError(site, `start index ${start} is outside the string (length ${s.length}).`);
    }
    const length = args.length > 2 ? argInt(site, args, 2) : s.length - start;
    if (length < 0 || start + length > s.length) {
        throw argumentError(site, `start ${start} plus length ${length} runs past the end of the string (length ${s.length}).`);
    }
    return s.slice(start, start + length);
}
function replace(args, site) {
    const [s, from, to] = stringArgs(site, args);
    if (from === '')
        throw argumentError(site, 'the string to replace (argument 2) must not be empty.');
    const parts = s.split(from);
    (0,arm_values/* checkLength */.Nv)(s.length + (parts.length - 1) * (to.length - from.length), 'replace');
    return parts.join(to);
}
function split(args, site) {
    const s = argString(site, args, 0);
    const delimiters = Array.isArray(args[1]) ? args[1] : [args[1]];
    const strings = delimiters.map((d) => {
        if (typeof d !== 'string')
            throw typeError(site, 1, 'a string or an array of strings', args[1]);
        return d;
    });
    const usable = strings.filter((d) => d !== '');
    if (usable.length === 0)
        return [s];
    const result = [];
    let from = 0;
    for (;;) {
        let best = -1;
        let bestDelimiter = '';
        for (const d of usable) {
            const at = s.indexOf(d, from);
            if (at !== -1 && (best === -1 || at < best)) {
                best = at;
                bestDelimiter = d;
            }
        }
        if (best === -1)
            break;
        result.push(s.slice(from, best));
        from = best + bestDelimiter.length;
    }
    result.push(s.slice(from));
    return (0,arm_values/* checkArray */.UL)(result, 'split');
}
function padLeft(args, site) {
    const s = typeof args[0] === 'number' ? String(args[0]) : argString(site, args, 0);
    const width = argInt(site, args, 1);
    const pad = args.length > 2 ? argString(site, args, 2) : ' ';
    if (pad.length !== 1)
        throw argumentError(site, `the padding must be a single character, not '${pad}'.`);
    (0,arm_values/* checkLength */.Nv)(width, 'padLeft');
    return s.padStart(width, pad);
}
function stringIndexOf(site, args, which) {
    const s = fold(argString(site, args, 0));
    const sub = fold(argString(site, args, 1));
    if (which === 'first')
        return s.indexOf(sub);
    return sub === '' ? Math.max(0, s.length - 1) : s.lastIndexOf(sub);
}
function arrayIndexOf(site, array, item, which) {
    if ((0,arm_values/* containsUnknown */.ul)(item))
        return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [item]);
    for (let step = 0; step < array.length; step++) {
        const i = which === 'first' ? step : array.length - 1 - step;
        if ((0,arm_values/* containsUnknown */.ul)(array[i]))
            return (0,arm_values/* derivedUnknown */.Ez)(site.name, site.text, [array[i]]);
        if ((0,arm_values/* deepEqual */.bD)(array[i], item))
            return i;
    }
    return -1;
}
function indexOf(which) {
    return (args, site) => {
        if (Array.isArray(args[0]))
            return arrayIndexOf(site, args[0], args[1], which);
        if (typeof args[0] !== 'string')
            throw typeError(site, 0, 'a string or an array', args[0]);
        return stringIndexOf(site, args, which);
    };
}
const stringFunctions = types_define({ name: 'concat', min: 1, max: Infinity, call: concat }, {
    name: 'format',
    min: 1,
    max: Infinity,
    unknowns: 'deep',
    call: (args, site) => {
        try {
            return dotnetFormat(argString(site, args, 0), args.slice(1));
        }
        catch (error) {
            if (error instanceof UnsupportedFormat)
                return new arm_unknown/* Unknown */.$('format', site.text);
            throw error;
        }
    }
}, { name: 'toLower', min: 1, max: 1, call: (args, site) => argString(site, args, 0).toLowerCase() }, { name: 'toUpper', min: 1, max: 1, call: (args, site) => argString(site, args, 0).toUpperCase() }, { name: 'trim', min: 1, max: 1, call: (args, site) => argString(site, args, 0).trim() }, { name: 'replace', min: 3, max: 3, call: replace }, { name: 'split', min: 2, max: 2, call: split }, { name: 'substring', min: 1, max: 3, call: substring }, { name: 'padLeft', min: 2, max: 3, call: padLeft }, {
    name: 'startsWith',
    min: 2,
    max: 2,
    call: (args, site) => fold(argString(site, args, 0)).startsWith(fold(argString(site, args, 1)))
}, {
    name: 'endsWith',
    min: 2,
    max: 2,
    call: (args, site) => fold(argString(site, args, 0)).endsWith(fold(argString(site, args, 1)))
}, { name: 'indexOf', min: 2, max: 2, call: indexOf('first') }, { name: 'lastIndexOf', min: 2, max: 2, call: indexOf('last') }, {
    name: 'base64',
    min: 1,
    max: 1,
    call: (args, site) => (0,arm_values/* checkString */.Em)(Buffer.from(argString(site, args, 0), 'utf8').toString('base64'), 'base64')
}, {
    name: 'base64ToString',
    min: 1,
    max: 1,
    call: (args, site) => Buffer.from(argString(site, args, 0), 'base64').toString('utf8')
}, { name: 'guid', min: 1, max: Infinity, unknowns: 'deep', call: (args, site) => armGuid(stringArgs(site, args)) }, {
    name: 'uniqueString',
    min: 1,
    max: Infinity,
    unknowns: 'deep',
    call: (args, site) => uniqueString(stringArgs(site, args))
});

;// CONCATENATED MODULE: ./lib/lint/arm/functions/index.js










const functions_all = [
    ...stringFunctions,
    ...encodingFunctions,
    ...collectionFunctions,
    ...lambdaFunctions,
    ...logicFunctions,
    ...numberFunctions,
    ...conversionFunctions,
    ...dateFunctions,
    ...cidrFunctions,
    ...deploymentFunctions
];
const functions = new Map(functions_all.flatMap((def) => [[def.name.toLowerCase(), def], [def.name, def]]));
const functionNames = functions_all.map((def) => def.name);

;// CONCATENATED MODULE: ./lib/lint/arm/evaluate.js








const FUNCTIONS_DOC = 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions';
function evaluateExpression(text, ctx) {
    try {
        const root = parseExpression(text);
        const unknownNames = checkFunctionNames(root);
        if (unknownNames.length > 0 && ctx.unknownFunction) {
            for (const name of unknownNames)
                ctx.unknownFunction(name, unknownFunctionMessage(name));
        }
        return new Evaluator(ctx).evaluate(root);
    }
    catch (error) {
        throw asExpressionError(error);
    }
}
function unknownFunctionMessage(name) {
    const suggestion = (0,errors/* closestMemo */.qt)(name, functionNames);
    return (`Function '${name}' is not in the ARM template function reference this linter knows${suggestion ? ` (did you mean '${suggestion}'?)` : ''}. ` +
        `ARM rejects a template that calls an unknown function; if '${name}' is newer than this linter, the template is fine, but what depends on it could not be checked (see ${FUNCTIONS_DOC})`);
}
function asExpressionError(error) {
    if (error instanceof errors/* ExpressionError */.tj)
        return error;
    if (error instanceof RangeError) {
        if (/call stack/i.test(error.message)) {
            return new errors/* ExpressionError */.tj('too-deep', 'Evaluation nested too deeply (through variables or nested values). Simplify the chain of variables.');
        }
        return new errors/* ExpressionError */.tj('limit', `A value grew too large to evaluate (${error.message}).`);
    }
    const message = error instanceof Error ? error.message : String(error);
    return new errors/* ExpressionError */.tj('type', `The expression could not be evaluated: ${message}`);
}
function isListFunction(lower) {
    return lower.startsWith('list') && lower.length > 4;
}
const evaluate_checked = new WeakMap();
const NONE = [];
function checkFunctionNames(root) {
    const known = evaluate_checked.get(root);
    if (known !== undefined)
        return known;
    let unknownNames;
    const stack = [{ node: root, lambdaSlot: false, parent: undefined, inLambda: false }];
    while (stack.length > 0) {
        const { node, lambdaSlot, parent, inLambda } = stack.pop();
        if (node.kind === 'call') {
            const lower = node.name.toLowerCase();
            const def = functions.get(lower);
            if (def === undefined && !isListFunction(lower) && !node.name.includes('.')) {
                unknownNames ??= [];
                if (!unknownNames.includes(node.name))
                    unknownNames.push(node.name);
            }
            if (lower === 'lambda' && !lambdaSlot)
                throw misplacedLambda(node, parent);
            if (lower === 'lambdavariables' && !inLambda)
                throw lambdaVariablesOutsideLambda(node);
            node.args.forEach((arg, i) => {
                const slot = def?.lambdas?.includes(i) ?? false;
                if (slot && !(arg.kind === 'call' && arg.name.toLowerCase() === 'lambda')) {
                    throw new errors/* ExpressionError */.tj('argument', `${def.name}() expects argument ${i + 1} to be a lambda such as lambda('x', lambdaVariables('x')), but got ${sourceText(arg)}.`);
                }
                const body = lower === 'lambda' && i === node.args.length - 1;
                stack.push({ node: arg, lambdaSlot: slot, parent: def?.name ?? node.name, inLambda: inLambda || body });
            });
        }
        else if (node.kind === 'access') {
            stack.push({ node: node.target, lambdaSlot: false, parent, inLambda });
            for (const step of node.steps)
                if (step.kind === 'index')
                    stack.push({ node: step.index, lambdaSlot: false, parent, inLambda });
        }
    }
    const result = unknownNames ?? NONE;
    evaluate_checked.set(root, result);
    return result;
}
class Site {
    name;
    node;
    evaluator;
    lambdas;
    constructor(name, node, evaluator, lambdas) {
        this.name = name;
        this.node = node;
        this.evaluator = evaluator;
        this.lambdas = lambdas;
    }
    get text() {
        return sourceText(this.node);
    }
    get ctx() {
        return this.evaluator.ctx;
    }
    get nodes() {
        return this.node.args;
    }
    evaluate(node) {
        return this.evaluator.evaluate(node);
    }
    evaluateLambda(body, names, values) {
        return this.evaluator.evaluateLambda(body, names, values);
    }
}
function chargeInputs(args) {
    let size = 0;
    for (const arg of args)
        if (typeof arg === 'string' || Array.isArray(arg))
            size += arg.length;
    if (size > 255)
        (0,budget/* spend */.Rf)(size >> 4);
}
class Evaluator {
    ctx;
    scope;
    lambdaCalls = 0;
    constructor(ctx) {
        this.ctx = ctx;
    }
    evaluate(node) {
        (0,budget/* spend */.Rf)();
        switch (node.kind) {
            case 'string':
            case 'integer':
            case 'literal':
                return node.value;
            case 'call':
                return this.call(node);
            case 'access':
                return this.access(node);
        }
    }
    call(node) {
        const def = functions.get(node.name) ?? functions.get(node.name.toLowerCase());
        if (def === undefined) {
            const text = sourceText(node);
            if (node.name.includes('.'))
                return this.userFunction(node, text);
            return new arm_unknown/* Unknown */.$(isListFunction(node.name.toLowerCase()) ? 'reference' : 'unknownFunction', text);
        }
        checkArity(def, node);
        const site = new Site(def.name, node, this, this.scope);
        let result;
        if (def.lazy)
            result = def.call([], site);
        else {
            const args = node.args.map((arg) => this.evaluate(arg));
            chargeInputs(args);
            const policy = def.unknowns ?? 'shallow';
            if (policy !== 'none') {
                const blocked = policy === 'shallow' ? args.some(arm_unknown/* isUnknown */.t) : (0,arm_values/* collectUnknowns */.wm)(args).length > 0;
                if (blocked)
                    return (0,arm_values/* derivedUnknown */.Ez)(def.name, site.text, args);
            }
            result = def.call(args, site);
        }
        if (!def.borrows) {
            if (Array.isArray(result))
                (0,budget/* allocate */.CN)(result.length);
            else if (typeof result === 'string' && result.length > 255)
                (0,budget/* allocate */.CN)(result.length >> 4);
        }
        return result;
    }
    userFunction(node, text) {
        const fn = this.ctx.userFunction?.(node.name);
        if (fn === undefined)
            return new arm_unknown/* Unknown */.$('userFunction', text);
        if (node.args.length !== fn.parameters.length) {
            throw new errors/* ExpressionError */.tj('argument', `${node.name}() takes ${fn.parameters.length} argument${fn.parameters.length === 1 ? '' : 's'}, but ${node.args.length} ${node.args.length === 1 ? 'was' : 'were'} given (column ${node.start + 1}).`);
        }
        return fn.invoke(node.args.map((arg) => this.evaluate(arg)));
    }
    evaluateLambda(body, names, values) {
        (0,budget/* spend */.Rf)();
        if (++this.lambdaCalls > MAX_LAMBDA_CALLS) {
            throw new errors/* ExpressionError */.tj('limit', `Lambda bodies ran more than ${MAX_LAMBDA_CALLS} times in one expression. Use smaller arrays or fewer nested lambdas.`);
        }
        const outer = this.scope;
        this.scope = { names, values, parent: outer };
        try {
            return this.evaluate(body);
        }
        finally {
            this.scope = outer;
        }
    }
    access(node) {
        let value = this.evaluate(node.target);
        for (const step of node.steps) {
            if ((0,arm_unknown/* isUnknown */.t)(value)) {
                return new arm_unknown/* Unknown */.$(value.kind, sourceText(node, node.steps[node.steps.length - 1].end), value.deterministic);
            }
            const key = step.kind === 'property' ? step.name : this.evaluate(step.index);
            if ((0,arm_unknown/* isUnknown */.t)(key)) {
                return (0,arm_values/* derivedUnknown */.Ez)(key.kind, sourceText(node, node.steps[node.steps.length - 1].end), [key, value]);
            }
            value = this.step(value, key, sourceText(node, step.end));
        }
        return value;
    }
    step(value, key, text) {
        if (Array.isArray(value)) {
            if (!(0,arm_values/* isInteger */.Fq)(key)) {
                throw new errors/* ExpressionError */.tj('type', `'${text}': an array is indexed with an integer, not ${(0,arm_values/* typeName */.go)(key)} ${(0,arm_values/* show */.WU)(key)}.`);
            }
            if (key < 0 || key >= value.length) {
                throw new errors/* ExpressionError */.tj('reference', `'${text}': index ${key} is out of range; the array has ${value.length} item${value.length === 1 ? '' : 's'} (indexes start at 0).`);
            }
            return value[key];
        }
        if ((0,arm_values/* isObject */.Gv)(value)) {
            if (typeof key !== 'string') {
                throw new errors/* ExpressionError */.tj('type', `'${text}': an object is indexed with a property name string, not ${(0,arm_values/* typeName */.go)(key)} ${(0,arm_values/* show */.WU)(key)}.`);
            }
            const found = (0,arm_values/* findKey */.Tj)(value, key);
            if (found === undefined) {
                const available = Object.keys(value);
                const suggestion = (0,errors/* closest */.kp)(key, available);
                throw new errors/* ExpressionError */.tj('reference', `'${text}': property '${key}' does not exist.` +
                    (suggestion ? ` Did you mean '${suggestion}'?` : '') +
                    (available.length > 0 ? ` Available properties: ${available.slice(0, 20).join(', ')}${available.length > 20 ? ', ...' : ''}.` : ' The object is empty.'));
            }
            return value[found];
        }
        throw new errors/* ExpressionError */.tj('type', `'${text}': cannot read ${typeof key === 'string' ? `property '${key}'` : `index ${(0,arm_values/* show */.WU)(key)}`} of ${(0,arm_values/* typeName */.go)(value)} ${(0,arm_values/* show */.WU)(value)}.`);
    }
}
function checkArity(def, node) {
    const count = node.args.length;
    if (count >= def.min && count <= def.max)
        return;
    const expected = def.min === def.max
        ? `${def.min} argument${def.min === 1 ? '' : 's'}`
        : def.max === Infinity
            ? `at least ${def.min} argument${def.min === 1 ? '' : 's'}`
            : `${def.min} to ${def.max} arguments`;
    throw new errors/* ExpressionError */.tj('argument', `${def.name}() takes ${expected}, but ${count} ${count === 1 ? 'was' : 'were'} given (column ${node.start + 1}).`);
}

;// CONCATENATED MODULE: ./lib/lint/arm/index.js









/***/ }),

/***/ 6554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ Unknown),
/* harmony export */   t: () => (/* binding */ isUnknown)
/* harmony export */ });
class Unknown {
    kind;
    text;
    deterministic;
    constructor(kind, text, deterministic = true) {
        this.kind = kind;
        this.text = text;
        this.deterministic = deterministic;
    }
    toString() {
        return `{${this.text}}`;
    }
}
function isUnknown(value) {
    return value instanceof Unknown;
}


/***/ }),

/***/ 4464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ checkString),
/* harmony export */   Ez: () => (/* binding */ derivedUnknown),
/* harmony export */   Fq: () => (/* binding */ isInteger),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Mx: () => (/* binding */ MAX_STRING_LENGTH),
/* harmony export */   Nv: () => (/* binding */ checkLength),
/* harmony export */   P5: () => (/* binding */ setOwn),
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   UL: () => (/* binding */ checkArray),
/* harmony export */   Uz: () => (/* binding */ treeSize),
/* harmony export */   VH: () => (/* binding */ preview),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   ul: () => (/* binding */ containsUnknown),
/* harmony export */   wg: () => (/* binding */ newObject),
/* harmony export */   wm: () => (/* binding */ collectUnknowns),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony exports MAX_ARRAY_LENGTH, jsonLength */
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7375);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5009);
/* harmony import */ var _unknown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6554);



const MAX_STRING_LENGTH = 10 * 1024 * 1024;
const MAX_ARRAY_LENGTH = 1_000_000;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(value);
}
function isInteger(value) {
    return typeof value === 'number' && Number.isInteger(value);
}
function setOwn(target, key, value) {
    (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .allocate */ .CN)(1);
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}
function newObject(entries = []) {
    const result = {};
    for (const [key, value] of entries)
        setOwn(result, key, value);
    return result;
}
function findKey(object, key) {
    if (Object.hasOwn(object, key))
        return key;
    const lower = key.toLowerCase();
    return Object.keys(object).find((k) => k.toLowerCase() === lower);
}
function typeName(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return 'string';
    if (typeof value === 'boolean')
        return 'boolean';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    if (Array.isArray(value))
        return 'array';
    if ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(value))
        return 'unknown';
    return 'object';
}
function show(value) {
    if ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(value))
        return value.toString();
    return preview(value, 60);
}
function preview(value, max) {
    if (typeof value === 'string')
        return shorten(JSON.stringify(value), max);
    let out = '';
    const stack = [value];
    const token = (text) => {
        out += text;
        return out.length <= max;
    };
    while (stack.length > 0) {
        const next = stack.pop();
        let ok;
        if (next instanceof Raw)
            ok = token(next.text);
        else if ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(next))
            ok = token(JSON.stringify(next.toString()));
        else if (Array.isArray(next)) {
            ok = token('[');
            stack.push(new Raw(']'));
            for (let i = next.length - 1; i >= 0; i--) {
                stack.push(next[i]);
                if (i > 0)
                    stack.push(COMMA);
            }
        }
        else if (next !== null && typeof next === 'object') {
            ok = token('{');
            stack.push(new Raw('}'));
            const keys = Object.keys(next);
            for (let i = keys.length - 1; i >= 0; i--) {
                stack.push(next[keys[i]]);
                stack.push(new Raw(`${JSON.stringify(keys[i])}:`));
                if (i > 0)
                    stack.push(COMMA);
            }
        }
        else if (next === undefined)
            ok = token('null');
        else
            ok = token(typeof next === 'string' ? JSON.stringify(next.length > max ? next.slice(0, max) : next) : String(next));
        if (!ok)
            return shorten(out, max);
    }
    return out;
}
class Raw {
    text;
    constructor(text) {
        this.text = text;
    }
}
const COMMA = new Raw(',');
function shorten(text, max) {
    return text.length > max ? `${text.slice(0, Math.max(0, max - 3))}...` : text;
}
function collectUnknowns(values) {
    const found = [];
    const stack = [...values];
    let seen;
    while (stack.length > 0) {
        const value = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(value)) {
            found.push(value);
            if (!value.deterministic)
                break;
            continue;
        }
        if ((seen ??= new Set()).has(value))
            continue;
        seen.add(value);
        if (Array.isArray(value)) {
            (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .spend */ .Rf)(value.length + 1);
            for (const item of value)
                if (item !== null && typeof item === 'object')
                    stack.push(item);
        }
        else {
            const keys = Object.keys(value);
            (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .spend */ .Rf)(keys.length + 1);
            for (const key of keys) {
                const item = value[key];
                if (item !== null && typeof item === 'object')
                    stack.push(item);
            }
        }
    }
    return found;
}
function containsUnknown(value) {
    if (value === null || typeof value !== 'object')
        return false;
    if ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(value))
        return true;
    const stack = [value];
    const seen = new Set();
    while (stack.length > 0) {
        const next = stack.pop();
        if (seen.has(next))
            continue;
        seen.add(next);
        const items = Array.isArray(next) ? next : Object.values(next);
        (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .spend */ .Rf)(items.length + 1);
        for (const item of items) {
            if (item === null || typeof item !== 'object')
                continue;
            if ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(item))
                return true;
            stack.push(item);
        }
    }
    return false;
}
function derivedUnknown(kind, text, inputs) {
    return new _unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .Unknown */ .$(kind, text, collectUnknowns(inputs).every((u) => u.deterministic));
}
function deepEqual(a, b) {
    if (typeof a === 'string')
        chargeCompare(a, b);
    if (a === b)
        return true;
    const stack = [a, b];
    let seen;
    while (stack.length > 0) {
        const y = stack.pop();
        const x = stack.pop();
        if (typeof x === 'string')
            chargeCompare(x, y);
        if (x === y)
            continue;
        if (x === undefined || y === undefined) {
            if ((x ?? null) !== (y ?? null))
                return false;
            continue;
        }
        if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object')
            return false;
        if ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(x) || (0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(y))
            return false;
        seen ??= new Map();
        let pairs = seen.get(x);
        if (pairs?.has(y))
            continue;
        if (!pairs)
            seen.set(x, (pairs = new Set()));
        pairs.add(y);
        if (Array.isArray(x)) {
            if (!Array.isArray(y) || x.length !== y.length)
                return false;
            (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .spend */ .Rf)(x.length + 1);
            for (let i = 0; i < x.length; i++)
                stack.push(x[i], y[i]);
            continue;
        }
        if (Array.isArray(y))
            return false;
        const keys = Object.keys(x);
        if (keys.length !== Object.keys(y).length)
            return false;
        (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .spend */ .Rf)(keys.length + 1);
        for (const key of keys) {
            if (!Object.hasOwn(y, key))
                return false;
            stack.push(x[key], y[key]);
        }
    }
    return true;
}
function chargeCompare(x, y) {
    if (x.length > 255 && typeof y === 'string' && y.length === x.length)
        (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .spend */ .Rf)(x.length >> 4);
}
function jsonLength(value, limit) {
    return measure(value, limit, jsonScalar, jsonOverhead);
}
function treeSize(value, limit) {
    let count = 0;
    const stack = [value];
    while (stack.length > 0) {
        const next = stack.pop();
        if (++count > limit)
            return Infinity;
        if (next === null || typeof next !== 'object' || (0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(next))
            continue;
        if (Array.isArray(next))
            for (let i = 0; i < next.length; i++)
                stack.push(next[i]);
        else
            for (const key in next)
                stack.push(next[key]);
    }
    return count;
}
function jsonScalar(item) {
    if (item === null || item === undefined)
        return 4;
    if (typeof item === 'string')
        return item.length + 2;
    if ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(item))
        return item.toString().length + 2;
    return String(item).length;
}
function jsonOverhead(container, count) {
    let total = 2 + Math.max(0, count - 1);
    if (!Array.isArray(container))
        for (const key of Object.keys(container))
            total += key.length + 3;
    return total;
}
function measure(root, limit, scalar, overhead) {
    const isContainer = (v) => v !== null && typeof v === 'object' && !(0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(v);
    if (!isContainer(root))
        return scalar(root);
    const sizes = new Map();
    const stack = [{ value: root, expanded: false }];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (sizes.has(top.value)) {
            stack.pop();
            continue;
        }
        const items = Array.isArray(top.value) ? top.value : Object.values(top.value);
        if (!top.expanded) {
            top.expanded = true;
            (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .spend */ .Rf)(items.length + 1);
            for (const item of items)
                if (isContainer(item) && !sizes.has(item))
                    stack.push({ value: item, expanded: false });
            continue;
        }
        stack.pop();
        let total = overhead(top.value, items.length);
        for (const item of items)
            total += isContainer(item) ? (sizes.get(item) ?? 0) : scalar(item);
        if (total > limit)
            return Infinity;
        sizes.set(top.value, total);
    }
    return sizes.get(root) ?? 0;
}
function checkString(value, fn) {
    (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .allocate */ .CN)(value.length >> 4);
    if (value.length > MAX_STRING_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpressionError */ .tj('limit', `The result of ${fn}() is longer than ${MAX_STRING_LENGTH} characters, more than an ARM template can use.`);
    }
    return value;
}
function checkLength(length, fn) {
    if (length > MAX_STRING_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpressionError */ .tj('limit', `The result of ${fn}() would be longer than ${MAX_STRING_LENGTH} characters, more than an ARM template can use.`);
    }
}
function checkArray(value, fn) {
    if (value.length > MAX_ARRAY_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpressionError */ .tj('limit', `The result of ${fn}() has more than ${MAX_ARRAY_LENGTH} items, more than an ARM template can use.`);
    }
    return value;
}
function toJson(value, fn = 'string') {
    if (value !== null && typeof value === 'object' && jsonLength(value, MAX_STRING_LENGTH) > MAX_STRING_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpressionError */ .tj('limit', `The result of ${fn}() would be longer than ${MAX_STRING_LENGTH} characters, more than an ARM template can use.`);
    }
    const text = JSON.stringify(value, (_key, v) => ((0,_unknown_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknown */ .t)(v) ? v.toString() : v));
    return checkString(text ?? 'null', fn);
}
function scalarText(value, fn) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (value === null || value === undefined)
        return '';
    return toJson(value, fn);
}


/***/ }),

/***/ 9542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u8: () => (/* binding */ lint),
  II: () => (/* binding */ lintUnit),
  eh: () => (/* binding */ summarize)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/lint/read/discover.js
var discover = __nccwpck_require__(7727);
// EXTERNAL MODULE: ./lib/lint/read/skips.js
var skips = __nccwpck_require__(4514);
// EXTERNAL MODULE: ./lib/shared/fs-boundary.js
var fs_boundary = __nccwpck_require__(9157);
// EXTERNAL MODULE: ./lib/lint/read/located-json.js
var located_json = __nccwpck_require__(7091);
// EXTERNAL MODULE: ./lib/lint/read/repo-root.js
var repo_root = __nccwpck_require__(5225);
// EXTERNAL MODULE: ./lib/lint/resolve/lighthouse-text.js
var lighthouse_text = __nccwpck_require__(5866);
// EXTERNAL MODULE: ./lib/lint/arm/index.js + 20 modules
var arm = __nccwpck_require__(8868);
// EXTERNAL MODULE: ./lib/lint/arm/budget.js
var budget = __nccwpck_require__(7375);
// EXTERNAL MODULE: ./lib/lint/arm/values.js
var values = __nccwpck_require__(4464);
// EXTERNAL MODULE: ./lib/shared/ids.js
var ids = __nccwpck_require__(6095);
// EXTERNAL MODULE: ./lib/lint/roles/index.js
var roles = __nccwpck_require__(5403);
// EXTERNAL MODULE: ./lib/lint/arm/errors.js
var errors = __nccwpck_require__(5009);
// EXTERNAL MODULE: ./lib/lint/show-value.js
var show_value = __nccwpck_require__(1432);
;// CONCATENATED MODULE: ./lib/lint/resolve/scope.js




const DIGITS = /^\d+$/;
class ResolveState {
    sink;
    budget;
    uncertain = 0;
    unknownFunctions = new Set();
    budgetReported = false;
    userFunctionDepth = 0;
    constructor(sink, budget) {
        this.sink = sink;
        this.budget = budget;
    }
    maybe(when, fn) {
        if (!when)
            return fn();
        this.uncertain++;
        try {
            return fn();
        }
        finally {
            this.uncertain--;
        }
    }
    reportBudget(at) {
        if (this.budgetReported || !this.budget.exceeded)
            return;
        this.budgetReported = true;
        this.sink.report({
            ruleId: 'expression-error',
            level: 'warning',
            message: `${this.budget.exceeded.message}. The rest of the template was not evaluated, so it could not be fully checked (ARM may well accept it). Simplify the template or lint the parts separately`
        }, at);
    }
}
class CopyVariable {
    spec;
    constructor(spec) {
        this.spec = spec;
    }
}
class LazyEntry {
    compute;
    value;
    done = false;
    constructor(compute) {
        this.compute = compute;
    }
    get() {
        if (!this.done) {
            this.value = this.compute();
            this.done = true;
        }
        return this.value;
    }
}
class Scope {
    state;
    parameterSlots = new Map();
    parameterValues = new Map();
    variableDeclarations = new Map();
    variableValues = new Map();
    functionDeclarations;
    evaluating = [];
    missingParameters = new Map();
    copyLoops = [];
    siteContainer;
    siteKey;
    definitions;
    constructor(state, template, suppliedParameters) {
        this.state = state;
        this.definitions = asDict(template.definitions);
        const declared = asDict(template.parameters);
        if (declared) {
            for (const name of Object.keys(declared)) {
                const hasSupplied = !!suppliedParameters && Object.prototype.hasOwnProperty.call(suppliedParameters, name);
                this.parameterSlots.set(name.toLowerCase(), { name, declaration: declared[name], supplied: hasSupplied ? suppliedParameters[name] : undefined, hasSupplied });
            }
        }
        if (suppliedParameters) {
            for (const name of Object.keys(suppliedParameters)) {
                const slot = this.parameterSlots.get(name.toLowerCase());
                if (slot && !slot.hasSupplied) {
                    slot.supplied = suppliedParameters[name];
                    slot.hasSupplied = true;
                }
            }
        }
        const variables = asDict(template.variables);
        if (variables) {
            for (const name of Object.keys(variables)) {
                if (name === 'copy' && Array.isArray(variables.copy))
                    continue;
                this.variableDeclarations.set(name.toLowerCase(), { name, container: variables, key: name });
            }
            if (Array.isArray(variables.copy))
                this.declareCopyVariables(variables.copy);
        }
        if (Array.isArray(template.functions)) {
            for (const namespace of template.functions) {
                const ns = asDict(namespace);
                const members = asDict(ns?.members);
                if (!ns || typeof ns.namespace !== 'string' || !members)
                    continue;
                for (const member of Object.keys(members)) {
                    const fn = asDict(members[member]);
                    if (fn)
                        (this.functionDeclarations ??= new Map()).set(`${ns.namespace}.${member}`.toLowerCase(), fn);
                }
            }
        }
    }
    get sink() {
        return this.state.sink;
    }
    parameter(name) {
        const key = String(name).toLowerCase();
        if (this.parameterValues.has(key))
            return this.parameterValues.get(key);
        const slot = this.parameterSlots.get(key);
        if (!slot)
            throw new arm/* ExpressionError */.tj('reference', `The template does not declare a parameter named '${name}'. Declare it under "parameters" or fix the name.`);
        const value = this.parameterValue(slot);
        this.parameterValues.set(key, value);
        return value;
    }
    variable(name) {
        const key = String(name).toLowerCase();
        if (this.variableValues.has(key))
            return this.variableValues.get(key);
        const declaration = this.variableDeclarations.get(key);
        if (!declaration)
            throw new arm/* ExpressionError */.tj('reference', `The template does not declare a variable named '${name}'. Declare it under "variables" or fix the name.`);
        if (this.evaluating.includes(key)) {
            const cycle = [...this.evaluating.slice(this.evaluating.indexOf(key)), key].map((k) => this.variableDeclarations.get(k)?.name ?? k);
            throw new arm/* ExpressionError */.tj('cycle', `Variables refer to each other in a cycle: ${cycle.join(' \u2192 ')}. Break the cycle.`);
        }
        this.evaluating.push(key);
        try {
            const value = this.evaluateDeep(declaration.container[declaration.key], declaration.container, declaration.key);
            this.variableValues.set(key, value);
            return value;
        }
        finally {
            this.evaluating.pop();
        }
    }
    copyIndex(loopName) {
        const loops = this.copyLoops;
        if (loops.length === 0)
            throw new arm/* ExpressionError */.tj('reference', 'copyIndex() is used outside a copy loop. Add a "copy" element to the resource or remove copyIndex().');
        if (loopName === undefined)
            return loops[loops.length - 1].index;
        const loop = [...loops].reverse().find((l) => l.name?.toLowerCase() === String(loopName).toLowerCase());
        if (!loop)
            throw new arm/* ExpressionError */.tj('reference', `No copy loop named '${loopName}' encloses this expression. Use the name given in "copy.name".`);
        return loop.index;
    }
    unknownFunction(name, message) {
        const key = name.toLowerCase();
        if (this.state.unknownFunctions.has(key))
            return;
        this.state.unknownFunctions.add(key);
        const at = this.siteKey !== undefined ? this.at(this.siteContainer, this.siteKey) : this.sink.fallback;
        this.sink.report({ ruleId: 'expression-error', level: 'warning', message }, at);
    }
    userFunction(name) {
        const declaration = this.functionDeclarations?.get(name.toLowerCase());
        if (!declaration)
            return undefined;
        const parameters = (Array.isArray(declaration.parameters) ? declaration.parameters : []).map((p) => String(asDict(p)?.name ?? ''));
        const output = asDict(declaration.output);
        const state = this.state;
        const outer = this;
        return {
            parameters,
            invoke(args) {
                if (state.userFunctionDepth >= 32)
                    throw new arm/* ExpressionError */.tj('too-deep', `User-defined function '${name}' calls user-defined functions more than 32 levels deep.`);
                const values = new Map(parameters.map((p, i) => [p.toLowerCase(), args[i]]));
                const context = {
                    parameter: (parameterName) => {
                        const key = String(parameterName).toLowerCase();
                        if (!values.has(key))
                            throw new arm/* ExpressionError */.tj('reference', `User-defined function '${name}' has no parameter named '${parameterName}'.`);
                        return values.get(key);
                    },
                    variable: () => {
                        throw new arm/* ExpressionError */.tj('reference', `User-defined function '${name}' uses variables(), which ARM does not allow in user-defined functions.`);
                    },
                    copyIndex: () => {
                        throw new arm/* ExpressionError */.tj('reference', `User-defined function '${name}' uses copyIndex(), which ARM does not allow in user-defined functions.`);
                    },
                    unknownFunction: (fn, message) => outer.unknownFunction(fn, message),
                    userFunction: (fn) => outer.userFunction(fn)
                };
                state.userFunctionDepth++;
                try {
                    return evaluateValue(output?.value, context);
                }
                finally {
                    state.userFunctionDepth--;
                }
            }
        };
    }
    parameterValueLocation(name) {
        const slot = this.parameterSlots.get(name.toLowerCase());
        if (!slot)
            return undefined;
        if (slot.hasSupplied) {
            const supplied = slot.supplied instanceof LazyEntry ? slot.supplied.get() : slot.supplied;
            return (0,located_json/* locationOf */.hD)(supplied, 'value') ?? (0,located_json/* locationOf */.hD)(supplied);
        }
        const declaration = asDict(slot.declaration);
        return declaration && 'defaultValue' in declaration ? (0,located_json/* locationOf */.hD)(declaration, 'defaultValue') : undefined;
    }
    withCopy(name, index, fn) {
        this.copyLoops.push({ name, index });
        try {
            return fn();
        }
        finally {
            this.copyLoops.pop();
        }
    }
    evaluateDeep(value, container, key, depth = 0) {
        if (typeof value === 'string')
            return this.evaluateString(value, container, key);
        if (value instanceof CopyVariable)
            return this.expandCopyVariable(value.spec);
        if (value === null || typeof value !== 'object')
            return value;
        if (!this.state.budget.tryStep(1))
            return this.outOfBudget(container, key);
        if (depth > located_json/* MAX_JSON_DEPTH */.KX) {
            this.report('template-structure', 'warning', `Value nested deeper than ${located_json/* MAX_JSON_DEPTH */.KX} levels, the linter's limit: it was not checked. Flatten it.`, this.at(container, key));
            return new arm/* Unknown */.$r('error', 'too deep');
        }
        if ((0,arm/* isUnknown */.t8)(value))
            return value;
        if (Array.isArray(value)) {
            let copy;
            for (let i = 0; i < value.length; i++) {
                const item = value[i];
                const evaluated = this.evaluateDeep(item, value, i, depth + 1);
                if (copy)
                    copy.push(evaluated);
                else if (evaluated !== item) {
                    copy = value.slice(0, i);
                    copy.push(evaluated);
                }
            }
            return copy ? (0,located_json/* registerLike */.v_)(copy, value) : value;
        }
        const keys = Object.keys(value);
        const iterations = propertyCopies(value);
        let copy;
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            const item = value[k];
            if (iterations && k === 'copy') {
                copy ??= copyKeys(value, keys, i, true);
                continue;
            }
            const evaluated = this.evaluateDeep(item, value, k, depth + 1);
            if (!copy && evaluated === item)
                continue;
            copy ??= copyKeys(value, keys, i, iterations !== undefined);
            put(copy, k, evaluated);
        }
        if (iterations)
            for (const spec of iterations)
                put(copy, spec.name, this.expandIterations(spec, depth));
        return copy ? (0,located_json/* registerLike */.v_)(copy, value) : value;
    }
    evaluateString(text, container, key) {
        if (!(0,arm/* isExpression */.BH)(text))
            return (0,arm/* unescapeLiteral */.CK)(text);
        if (this.state.budget.exceeded)
            return this.outOfBudget(container, key);
        const outerContainer = this.siteContainer;
        const outerKey = this.siteKey;
        this.siteContainer = container;
        this.siteKey = key;
        try {
            return (0,arm/* evaluateExpression */.O4)(text, this);
        }
        catch (error) {
            return this.failed(error, this.at(container, key));
        }
        finally {
            this.siteContainer = outerContainer;
            this.siteKey = outerKey;
        }
    }
    outOfBudget(container, key) {
        this.state.reportBudget(this.at(container, key));
        return new arm/* Unknown */.$r('budget', 'not evaluated (budget)');
    }
    failed(error, at) {
        if (!(error instanceof arm/* ExpressionError */.tj)) {
            this.report('expression-error', 'warning', `Could not evaluate the expression (${String(error?.message ?? error)}); what depends on it was not checked`, at);
            return new arm/* Unknown */.$r('error', 'expression error');
        }
        if (error.code === 'budget') {
            this.state.reportBudget(at);
            return new arm/* Unknown */.$r('budget', 'not evaluated (budget)');
        }
        if (!(0,errors/* isCertain */.te)(error.code)) {
            const ours = error.code === 'too-deep' || error.code === 'limit';
            this.report('expression-error', 'warning', ours
                ? `${error.message.replace(/\.$/, '')}. This is a limit of the linter, not of ARM: what depends on the expression could not be checked`
                : error.message, at);
            return new arm/* Unknown */.$r('error', 'expression error');
        }
        this.report('expression-error', 'error', error.message, at);
        return new arm/* Unknown */.$r('error', 'expression error');
    }
    report(ruleId, level, message, at) {
        if (level === 'error' && this.state.uncertain > 0) {
            level = 'warning';
            message = `${message.replace(/\.$/, '')}. (A warning, not an error: it is met only if a resource whose condition or copy count cannot be known offline is deployed.)`;
        }
        this.sink.report({ ruleId, level, message }, at);
    }
    at(container, key) {
        return (0,located_json/* locationOf */.hD)(container, key) ?? this.sink.fallback;
    }
    parameterValue(slot) {
        if (slot.hasSupplied) {
            const lazy = slot.supplied instanceof LazyEntry;
            const raw = slot.supplied instanceof LazyEntry ? slot.supplied.get() : slot.supplied;
            if ((0,arm/* isUnknown */.t8)(raw))
                return new arm/* Unknown */.$r(raw.kind, `parameters('${slot.name}')`, raw.deterministic);
            const supplied = asDict(raw);
            if (supplied && 'value' in supplied)
                return supplied.value;
            if (supplied && 'reference' in supplied)
                return new arm/* Unknown */.$r('keyVaultReference', `parameters('${slot.name}') from Key Vault`);
            this.report('template-structure', 'error', `Parameter '${slot.name}' ${lazy ? 'of the nested deployment' : 'in the parameters file'} needs a "value" (or a Key Vault "reference"): write { "value": ... }.`, (0,located_json/* locationOf */.hD)(raw) ?? this.sink.fallback);
            return new arm/* Unknown */.$r('parameter', `parameters('${slot.name}')`);
        }
        const declaration = asDict(slot.declaration);
        if (declaration && 'defaultValue' in declaration)
            return this.evaluateDeep(declaration.defaultValue, declaration, 'defaultValue');
        if (this.isNullable(declaration))
            return null;
        this.missingParameters.set(slot.name.toLowerCase(), slot);
        return new arm/* Unknown */.$r('parameter', `parameters('${slot.name}')`);
    }
    isNullable(declaration) {
        let current = declaration;
        for (let hops = 0; current && hops < 8; hops++) {
            if (current.nullable === true)
                return true;
            const ref = current.$ref;
            if (typeof ref !== 'string' || !ref.startsWith('#/definitions/'))
                return false;
            current = asDict(this.definitions?.[ref.slice('#/definitions/'.length)]);
        }
        return false;
    }
    declareCopyVariables(copies) {
        for (const entry of copies) {
            const spec = asDict(entry);
            if (!spec || typeof spec.name !== 'string')
                continue;
            const name = spec.name;
            const key = name.toLowerCase();
            const container = {};
            Object.defineProperty(container, name, { enumerable: true, value: new CopyVariable(spec) });
            this.variableDeclarations.set(key, { name, container, key: name });
        }
    }
    expandCopyVariable(spec) {
        return this.expandIterations(spec, 0);
    }
    expandIterations(spec, depth) {
        const count = this.copyCount(spec.count, spec, 'count');
        if ((0,arm/* isUnknown */.t8)(count))
            return new arm/* Unknown */.$r('copy', `the '${String(spec.name)}' copy loop (its count is ${count.text})`);
        const items = [];
        for (let i = 0; i < count; i++) {
            if (!this.state.budget.tryCopy())
                return this.outOfBudget(spec, 'count');
            items.push(this.withCopy(spec.name, i, () => this.evaluateDeep(spec.input, spec, 'input', depth + 1)));
        }
        return (0,located_json/* registerLike */.v_)(items, spec);
    }
    copyCount(raw, container, key) {
        const value = this.evaluateDeep(raw, container, key);
        if ((0,arm/* isUnknown */.t8)(value))
            return value;
        const n = typeof value === 'string' && DIGITS.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
            this.report('template-structure', 'error', `copy count must be a whole number from 0 to 800, not ${preview(value)}.`, this.at(container, key));
            return 1;
        }
        if (n > 800) {
            this.report('template-structure', 'error', `copy count is ${n}; ARM allows at most 800 copies. Split the loop or reduce the count. Only the first iteration was checked.`, this.at(container, key));
            return 1;
        }
        return n;
    }
}
function put(target, key, value) {
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}
function propertyCopies(value) {
    const copy = value.copy;
    if (!Array.isArray(copy) || copy.length === 0)
        return undefined;
    const specs = [];
    for (const entry of copy) {
        const spec = asDict(entry);
        if (!spec || typeof spec.name !== 'string' || !('input' in spec))
            return undefined;
        specs.push(spec);
    }
    return specs;
}
function copyKeys(value, keys, upTo, skipCopy) {
    const copy = {};
    for (let j = 0; j < upTo; j++)
        if (!skipCopy || keys[j] !== 'copy')
            put(copy, keys[j], value[keys[j]]);
    return copy;
}
function evaluateValue(value, context) {
    if (typeof value === 'string')
        return (0,arm/* isExpression */.BH)(value) ? (0,arm/* evaluateExpression */.O4)(value, context) : (0,arm/* unescapeLiteral */.CK)(value);
    if (Array.isArray(value))
        return value.map((item) => evaluateValue(item, context));
    const dict = asDict(value);
    if (!dict)
        return value;
    const result = {};
    for (const key of Object.keys(dict))
        put(result, key, evaluateValue(dict[key], context));
    return result;
}
function asDict(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(0,arm/* isUnknown */.t8)(value) ? value : null;
}
function preview(value) {
    if (typeof value !== 'string')
        return (0,show_value/* showValue */.v)(value, 60);
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

;// CONCATENATED MODULE: ./lib/lint/resolve/resolve-template.js








const DEFINITIONS = 'microsoft.managedservices/registrationdefinitions';
const ASSIGNMENTS = 'microsoft.managedservices/registrationassignments';
const DEPLOYMENTS = 'microsoft.resources/deployments';
const POLICY_DEFINITIONS = 'microsoft.authorization/policydefinitions';
const PARAMETER_REFERENCE = /^\[\s*parameters\s*\(\s*'([^']+)'\s*\)\s*\]$/i;
const MAX_NESTING = 16;
const MAX_PROPERTIES_VALUES = 1_000_000;
const EVALUATED_KEYS = ['name', 'location', 'tags', 'sku', 'kind', 'identity', 'plan', 'zones', 'scope', 'resourceGroup', 'subscriptionId', 'properties'];
function resolveTemplate(file, template, parametersFile, parameters, unreadableParametersFile, options = {}) {
    const findings = [];
    const fallback = { file, line: 1, column: 1 };
    const sink = {
        fallback,
        report: (finding, at) => findings.push({ ...finding, file: at.file, line: at.line, column: at.column })
    };
    const root = asDict(template);
    const resolved = new Resolved(file, parametersFile, unreadableParametersFile, findings, root, fallback);
    if (!root) {
        sink.report({ ruleId: 'template-structure', level: 'error', message: `A template must be a JSON object, not ${kindOf(template)}. Start from an onboarding sample.` }, fallback);
        return resolved;
    }
    resolved.schema = root['$schema'];
    if (unreadableParametersFile && options.unreadableParametersFinding)
        resolved.unreadableParametersFinding = options.unreadableParametersFinding;
    for (const section of ['parameters', 'variables']) {
        if (root[section] !== undefined && !asDict(root[section])) {
            sink.report({ ruleId: 'template-structure', level: 'error', message: `"${section}" must be an object keyed by name, not ${kindOf(root[section])}.` }, (0,located_json/* locationOf */.hD)(root, section) ?? fallback);
        }
    }
    const supplied = readParametersFile(parameters, parametersFile, sink);
    const declared = asDict(root.parameters);
    if (declared)
        resolved.declaredParameterNames = Object.keys(declared);
    if (supplied)
        resolved.suppliedParameters = suppliedParameters(supplied, declared, parametersFile);
    const state = new ResolveState(sink, new budget/* Budget */.__(options.budget));
    const scope = new Scope(state, root, supplied);
    const everything = options.everything === true;
    (0,budget/* withBudget */.Y$)(state.budget, () => {
        try {
            if (isPolicyDefinition(root)) {
                walkPolicy(root, false, { scope, path: 'policy', nesting: 0, everything }, resolved, sink);
            }
            else {
                walkResources(root.resources, root, { scope, path: '', nesting: 0, everything }, resolved, sink);
            }
        }
        catch (error) {
            if (!(error instanceof arm/* ExpressionError */.tj && error.code === 'budget'))
                throw error;
            state.reportBudget(fallback);
        }
    });
    reportMissingParameters(scope, resolved, sink);
    const { steps, cells, copies, exceeded } = state.budget;
    resolved.evaluation = { steps, cells, copies, exceeded: exceeded !== undefined };
    return resolved;
}
class Resolved {
    file;
    parametersFile;
    resolveFindings;
    declaredParameterNames = [];
    suppliedParameters = [];
    schema = undefined;
    definitions = [];
    assignments = [];
    #root;
    #fallback;
    constructor(file, parametersFile, unreadableParametersFile, resolveFindings, root, fallback) {
        this.file = file;
        this.parametersFile = parametersFile;
        this.resolveFindings = resolveFindings;
        if (unreadableParametersFile)
            this.unreadableParametersFile = unreadableParametersFile;
        this.#root = root;
        this.#fallback = fallback;
    }
    get schemaLoc() {
        return (this.#root && (0,located_json/* locationOf */.hD)(this.#root, '$schema')) ?? this.#fallback;
    }
}
function readParametersFile(parameters, parametersFile, sink) {
    if (parametersFile === null)
        return null;
    const at = { file: parametersFile, line: 1, column: 1 };
    const root = asDict(parameters);
    if (!root) {
        sink.report({ ruleId: 'template-structure', level: 'error', message: `A parameters file must be a JSON object, not ${kindOf(parameters)}.` }, at);
        return null;
    }
    const inner = 'parameters' in root ? asDict(root.parameters) : root;
    if (!inner) {
        sink.report({ ruleId: 'template-structure', level: 'error', message: '"parameters" must be an object of { "name": { "value": ... } } entries.' }, (0,located_json/* locationOf */.hD)(root, 'parameters') ?? at);
        return null;
    }
    return inner;
}
function suppliedParameters(supplied, declared, parametersFile) {
    const byLowerName = new Map();
    if (declared) {
        for (const name of Object.keys(declared))
            if (!byLowerName.has(name.toLowerCase()))
                byLowerName.set(name.toLowerCase(), declared[name]);
    }
    return Object.keys(supplied).map((name) => new Supplied(name, supplied, byLowerName.get(name.toLowerCase()), parametersFile));
}
class Supplied {
    name;
    file;
    declaration;
    path;
    entry;
    constructor(name, file, declaration, path) {
        this.name = name;
        this.file = file;
        this.declaration = declaration;
        this.path = path;
        this.entry = file[name];
    }
    get loc() {
        return (0,located_json/* locationOf */.hD)(this.file, this.name) ?? { file: this.path, line: 1, column: 1 };
    }
    get valueLoc() {
        const dict = asDict(this.entry);
        return (dict && 'value' in dict ? (0,located_json/* locationOf */.hD)(dict, 'value') : undefined) ?? this.loc;
    }
}
function walkResources(resources, owner, walk, out, sink) {
    if (resources === undefined)
        return;
    const list = Array.isArray(resources)
        ? resources.map((r, i) => [i, r])
        : asDict(resources)
            ? Object.entries(resources)
            : [];
    if (!Array.isArray(resources) && !asDict(resources)) {
        sink.report({ ruleId: 'template-structure', level: 'error', message: `"resources" must be an array of resource objects, not ${kindOf(resources)}.` }, walk.scope.at(owner, 'resources'));
        return;
    }
    for (const [index, resource] of list) {
        const path = `${walk.path}resources[${typeof index === 'number' ? index : JSON.stringify(index)}]`;
        const container = resources;
        const res = asDict(resource);
        if (!res) {
            sink.report({ ruleId: 'template-structure', level: 'error', message: `Each resource must be an object, not ${kindOf(resource)}.` }, walk.scope.at(container, index));
            continue;
        }
        walkResource(res, { ...walk, path }, out, sink);
    }
}
function walkResource(res, walk, out, sink) {
    const { scope } = walk;
    const type = typeof res.type === 'string' && !(0,arm/* isExpression */.BH)(res.type) ? res.type.toLowerCase().replace(/\/+$/, '') : '';
    if (res.existing === true)
        return;
    const lighthouse = type === DEFINITIONS || type === ASSIGNMENTS;
    const holder = type === DEPLOYMENTS || type === POLICY_DEFINITIONS || res.resources !== undefined;
    if (!walk.everything && !lighthouse && !(holder && (0,lighthouse_text/* mentionsManagedServices */.P)(res)))
        return;
    const body = (copyIndex) => {
        let maybe = false;
        if ('condition' in res) {
            const condition = scope.evaluateDeep(res.condition, res, 'condition');
            if (condition === false || condition === 'false')
                return;
            maybe = condition !== true && condition !== 'true';
        }
        scope.state.maybe(maybe, () => {
            if (type === DEFINITIONS)
                out.definitions.push(resolveDefinition(res, walk, copyIndex));
            else if (type === ASSIGNMENTS)
                out.assignments.push(resolveAssignment(res, walk, copyIndex));
            else if (type === DEPLOYMENTS)
                walkNestedDeployment(res, walk, out, sink);
            else if (type === POLICY_DEFINITIONS)
                walkPolicy(res, true, walk, out, sink);
            else if (walk.everything)
                evaluateResource(res, scope);
            if (res.resources !== undefined)
                walkResources(res.resources, res, { ...walk, path: `${walk.path} \u203a ` }, out, sink);
        });
    };
    const copy = asDict(res.copy);
    if (!copy)
        return body();
    const count = scope.copyCount(copy.count, copy, 'count');
    const name = typeof copy.name === 'string' ? copy.name : undefined;
    if ((0,arm/* isUnknown */.t8)(count))
        return scope.state.maybe(true, () => scope.withCopy(name, new arm/* Unknown */.$r('copyIndex', 'copyIndex()'), () => body()));
    for (let i = 0; i < count; i++) {
        if (!scope.state.budget.tryCopy()) {
            scope.state.reportBudget(scope.at(copy, 'count'));
            break;
        }
        scope.withCopy(name, i, () => body(i));
    }
}
function evaluateResource(res, scope) {
    for (const key of EVALUATED_KEYS)
        if (key in res)
            scope.evaluateDeep(res[key], res, key);
}
function walkNestedDeployment(res, walk, out, sink) {
    const { scope } = walk;
    const properties = asDict(res.properties);
    if (!properties)
        return;
    const inner = asDict(properties.template);
    if (!inner)
        return;
    if (walk.nesting >= MAX_NESTING) {
        scope.report('template-structure', 'warning', `Nested deployments deeper than ${MAX_NESTING} levels were not followed, so what they deploy was not checked.`, scope.at(properties, 'template'));
        return;
    }
    if (walk.everything)
        evaluateResource({ name: res.name, location: res.location, resourceGroup: res.resourceGroup, subscriptionId: res.subscriptionId }, scope);
    const name = scope.evaluateDeep(res.name, res, 'name');
    const label = `${walk.path} (nested deployment ${typeof name === 'string' ? `'${name}'` : String(name)}) \u203a `;
    const options = asDict(properties.expressionEvaluationOptions);
    const scopeOption = typeof options?.scope === 'string' ? options.scope.toLowerCase() : undefined;
    const innerScope = scopeOption === 'inner' || (scopeOption === undefined && isLanguageVersion2(inner));
    if (!innerScope) {
        walkResources(inner.resources, inner, { ...walk, path: label, nesting: walk.nesting + 1 }, out, sink);
        return;
    }
    const child = new Scope(scope.state, inner, nestedParameters(properties, scope));
    walkResources(inner.resources, inner, { scope: child, path: label, nesting: walk.nesting + 1, everything: walk.everything }, out, sink);
}
function nestedParameters(properties, scope) {
    const supplied = {};
    let given = asDict(properties.parameters);
    if (!given && typeof properties.parameters === 'string')
        given = asDict(scope.evaluateString(properties.parameters, properties, 'parameters'));
    if (!given)
        return supplied;
    for (const key of Object.keys(given)) {
        const entry = given[key];
        const container = given;
        const lazy = new LazyEntry(() => (typeof entry === 'string' ? scope.evaluateString(entry, container, key) : scope.evaluateDeep(entry, container, key)));
        Object.defineProperty(supplied, key, { value: lazy, enumerable: true });
    }
    return supplied;
}
function isLanguageVersion2(template) {
    return typeof template.languageVersion === 'string' && template.languageVersion.startsWith('2');
}
function walkPolicy(policy, inTemplate, walk, out, sink) {
    if (walk.nesting >= MAX_NESTING)
        return;
    const raw = asDict(policy.properties) ?? policy;
    const properties = inTemplate ? asDict(walk.scope.evaluateDeep(raw, policy, 'properties')) : raw;
    const details = asDict(asDict(asDict(properties?.policyRule)?.then)?.details);
    const deploymentProperties = asDict(asDict(details?.deployment)?.properties);
    const template = asDict(deploymentProperties?.template);
    if (!properties || !deploymentProperties || !template)
        return;
    const policyScope = new Scope(walk.scope.state, { parameters: asDict(properties.parameters) ?? {} }, null);
    const supplied = {};
    const given = asDict(deploymentProperties.parameters);
    if (given) {
        for (const key of Object.keys(given)) {
            const entry = asDict(given[key]);
            const value = entry && 'value' in entry ? policyScope.evaluateDeep(entry.value, entry, 'value') : undefined;
            Object.defineProperty(supplied, key, { value: (0,located_json/* registerLike */.v_)({ value }, entry), enumerable: true });
        }
    }
    const child = new Scope(walk.scope.state, template, supplied);
    walkResources(template.resources, template, { scope: child, path: `${walk.path} (policy deployment) \u203a `, nesting: walk.nesting + 1, everything: walk.everything }, out, sink);
}
function resolveDefinition(res, walk, copyIndex) {
    const { scope } = walk;
    let properties = scope.evaluateDeep(res.properties, res, 'properties');
    if (properties !== res.properties && properties !== null && typeof properties === 'object' && (0,values/* treeSize */.Uz)(properties, MAX_PROPERTIES_VALUES) > MAX_PROPERTIES_VALUES) {
        scope.report('expression-error', 'warning', `The registration definition's properties evaluate to more than ${MAX_PROPERTIES_VALUES.toLocaleString('en-US')} values (built from one another, e.g. by doubling); they were not checked`, scope.at(res, 'properties'));
        properties = new arm/* Unknown */.$r('limit', 'properties (too large to check)');
    }
    return new Definition(res, walk, properties, copyIndex);
}
class Definition {
    properties;
    copyIndex;
    path;
    apiVersion;
    name;
    plan;
    managedByTenantId;
    registrationDefinitionName;
    authorizations;
    eligibleAuthorizations;
    #res;
    #scope;
    #props;
    constructor(res, walk, properties, copyIndex) {
        this.properties = properties;
        this.copyIndex = copyIndex;
        const { scope } = walk;
        const props = asDict(properties);
        this.#res = res;
        this.#scope = scope;
        this.#props = props;
        this.path = walk.path;
        this.apiVersion = scope.evaluateDeep(res.apiVersion, res, 'apiVersion');
        this.name = scope.evaluateDeep(res.name, res, 'name');
        this.plan = 'plan' in res ? scope.evaluateDeep(res.plan, res, 'plan') : undefined;
        this.managedByTenantId = props?.managedByTenantId;
        this.registrationDefinitionName = props?.registrationDefinitionName;
        this.authorizations = this.authorizationsOf('authorizations', 'permanent');
        this.eligibleAuthorizations = this.authorizationsOf('eligibleAuthorizations', 'eligible');
    }
    get loc() {
        return this.#scope.at(this.#res);
    }
    fieldLoc(key) {
        const res = this.#res;
        if (key.startsWith('properties.')) {
            const sub = key.slice('properties.'.length);
            const raw = asDict(res.properties)?.[sub];
            const parameter = typeof raw === 'string' ? PARAMETER_REFERENCE.exec(raw) : null;
            return (parameter && this.#scope.parameterValueLocation(parameter[1])) ?? (this.#props && (0,located_json/* locationOf */.hD)(this.#props, sub)) ?? (0,located_json/* locationOf */.hD)(res, 'properties') ?? this.loc;
        }
        return (0,located_json/* locationOf */.hD)(res, key) ?? this.loc;
    }
    authorizationsOf(key, kind) {
        const list = this.#props?.[key];
        if (!Array.isArray(list))
            return [];
        const definitionFieldLoc = (field) => this.fieldLoc(field);
        return list.map((value, index) => new Authorization(kind, index, value, list, key, definitionFieldLoc));
    }
}
class Authorization {
    kind;
    index;
    value;
    list;
    listKey;
    definitionFieldLoc;
    principalId;
    principalIdDisplayName;
    roleDefinitionId;
    delegatedRoleDefinitionIds;
    justInTimeAccessPolicy;
    principalGuid;
    roleGuid;
    auth;
    constructor(kind, index, value, list, listKey, definitionFieldLoc) {
        this.kind = kind;
        this.index = index;
        this.value = value;
        this.list = list;
        this.listKey = listKey;
        this.definitionFieldLoc = definitionFieldLoc;
        const auth = asDict(value);
        this.auth = auth;
        this.principalId = auth?.principalId;
        this.principalIdDisplayName = auth?.principalIdDisplayName;
        this.roleDefinitionId = auth?.roleDefinitionId;
        this.delegatedRoleDefinitionIds = auth?.delegatedRoleDefinitionIds;
        this.justInTimeAccessPolicy = auth?.justInTimeAccessPolicy;
        const principalId = this.principalId;
        this.principalGuid = (0,ids/* isGuid */.W_)(principalId) ? principalId.toLowerCase() : undefined;
        this.roleGuid = typeof this.roleDefinitionId === 'string' ? (0,roles/* roleGuidOf */.VA)(this.roleDefinitionId) : undefined;
    }
    get loc() {
        return (0,located_json/* locationOf */.hD)(this.list, this.index) ?? this.definitionFieldLoc(`properties.${this.listKey}`);
    }
    fieldLoc(field) {
        return (this.auth && (0,located_json/* locationOf */.hD)(this.auth, field)) ?? this.loc;
    }
}
function resolveAssignment(res, walk, copyIndex) {
    return new Assignment(res, walk.scope, walk.path, copyIndex);
}
class Assignment {
    path;
    copyIndex;
    apiVersion;
    name;
    registrationDefinitionId;
    #res;
    #scope;
    constructor(res, scope, path, copyIndex) {
        this.path = path;
        this.copyIndex = copyIndex;
        this.#res = res;
        this.#scope = scope;
        const properties = asDict(res.properties);
        this.apiVersion = scope.evaluateDeep(res.apiVersion, res, 'apiVersion');
        this.name = scope.evaluateDeep(res.name, res, 'name');
        this.registrationDefinitionId = properties ? scope.evaluateDeep(properties.registrationDefinitionId, properties, 'registrationDefinitionId') : undefined;
    }
    get loc() {
        return this.#scope.at(this.#res);
    }
    fieldLoc(key) {
        const res = this.#res;
        const properties = asDict(res.properties);
        return (key.startsWith('properties.') ? properties && (0,located_json/* locationOf */.hD)(properties, key.slice(11)) : (0,located_json/* locationOf */.hD)(res, key)) ?? this.loc;
    }
}
function reportMissingParameters(scope, out, sink) {
    for (const slot of scope.missingParameters.values()) {
        const declaration = slot.declaration;
        const at = (0,located_json/* locationOf */.hD)(declaration) ?? sink.fallback;
        const unreadable = out.unreadableParametersFile;
        const [where, fix] = unreadable
            ? UNREADABLE[out.unreadableParametersFinding ?? 'parse-error'](unreadable)
            : out.parametersFile
                ? [`the parameters file ${out.parametersFile} has no value for it`, PAIR_FIX]
                : ['no parameters file is paired with this template', PAIR_FIX];
        sink.report({
            ruleId: 'parameters-missing',
            level: 'warning',
            message: `Parameter '${slot.name}' has no value and no defaultValue (${where}), so what depends on it cannot be checked. ${fix}`
        }, at);
    }
}
const PAIR_FIX = "Pair a parameters file (X.parameters.json next to X.json, or --parameters / the action's 'parameters' input) or add a defaultValue.";
const UNREADABLE = {
    'parse-error': (file) => [`the parameters file ${file} could not be parsed, see its parse-error finding`, `Fix the syntax of ${file} so its values can be read.`],
    'file-not-read': (file) => [
        `the parameters file ${file} was not read, see its file-not-read finding`,
        `Make ${file} a regular file inside the workspace (not a link that leads outside it) so its values can be read.`
    ],
    'template-structure': (file) => [`the parameters file ${file} could not be read, see its template-structure finding`, `Fix what that finding names in ${file} so its values can be read.`]
};
function isPolicyDefinition(root) {
    if (Array.isArray(root.resources) || asDict(root.resources))
        return false;
    const properties = asDict(root.properties);
    return !!(asDict(root.policyRule) || asDict(properties?.policyRule));
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if ((0,arm/* isUnknown */.t8)(value))
        return String(value);
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${preview(value)}`;
}

// EXTERNAL MODULE: ./lib/lint/rules/index.js + 38 modules
var rules = __nccwpck_require__(9847);
// EXTERNAL MODULE: ./lib/fix/fixer.js + 1 modules
var fix_fixer = __nccwpck_require__(5312);
;// CONCATENATED MODULE: ./lib/fix/attach.js

function attachFixes(finding, descriptor, fixer, rel) {
    if (descriptor.fix) {
        const outcome = build(() => descriptor.fix(fixer));
        if ((0,fix_fixer/* isProposal */.ld)(outcome))
            finding.fix = toFindingFix(outcome, rel);
        else if (outcome)
            finding.fixUnavailable = outcome.unavailable;
    }
    if (descriptor.suggest) {
        let outcomes;
        try {
            outcomes = descriptor.suggest(fixer);
        }
        catch {
            outcomes = [];
        }
        const suggestions = outcomes.filter(fix_fixer/* isProposal */.ld).map((o) => toFindingFix(o, rel));
        if (suggestions.length > 0)
            finding.suggestions = suggestions;
    }
}
function build(fn) {
    try {
        return fn();
    }
    catch (error) {
        return { unavailable: `the fix could not be built (${error instanceof Error ? error.message : String(error)})` };
    }
}
function toFindingFix(outcome, rel) {
    return { file: rel(outcome.file), description: outcome.description, edits: outcome.edits.map((e) => ({ offset: e.offset, length: e.length, content: e.content })) };
}

;// CONCATENATED MODULE: ./lib/lint/engine.js














const READ_BATCH = 16;
const LEVEL_ORDER = { error: 0, warning: 1, note: 2 };
async function lint(patterns, options = {}) {
    const cwd = external_node_path_.resolve(options.cwd ?? process.cwd());
    const pairs = options.parameterPairs ?? [];
    const reading = {
        boundary: options.boundary ?? fs_boundary/* Boundary */.l$.create(cwd, [...patterns, ...pairs.flatMap((p) => [p.template, p.parameters])]),
        skips: new skips/* SkipLedger */.ht()
    };
    const inputs = await (0,discover/* discoverLintUnits */.w)(patterns, cwd, pairs, reading);
    let selected = inputs;
    let skipped = 0;
    if (options.changedFiles) {
        const changed = new Set(options.changedFiles.map((f) => external_node_path_.resolve(cwd, f)));
        const changedInRepo = new Set(options.changedFiles.map((f) => f.split(external_node_path_.sep).join('/').replace(/^\.\//, '')));
        const isChanged = (file) => {
            const inRepo = (0,repo_root/* repoRelative */.N)(file);
            return changed.has(file) || (inRepo !== null && changedInRepo.has(inRepo));
        };
        selected = inputs.filter((u) => isChanged(u.templatePath) || (u.parametersPath !== null && isChanged(u.parametersPath)));
        skipped = inputs.length - selected.length;
        const kept = new Set(selected);
        for (const u of inputs)
            if (!kept.has(u))
                reading.skips.add('unchanged', u.templatePath, `${u.templatePath}\u0000${u.parametersPath ?? ''}`);
    }
    options.onPlanned?.(selected.length);
    const results = [];
    const runBudget = new budget/* RunBudget */.bG(options.runSteps);
    let previous = null;
    for (let start = 0; start < selected.length; start += READ_BATCH) {
        const batch = [];
        for (const plan of selected.slice(start, start + READ_BATCH)) {
            const input = (0,discover/* readLintUnit */.k)(plan, previous, reading);
            if (!input)
                continue;
            batch.push(input);
            previous = input;
        }
        for (const input of batch) {
            const files = [input.template.file, input.parameters?.file];
            const result = (0,located_json/* withUnitFiles */.MC)(files, () => lintUnit(input, options, cwd, runBudget));
            if (result)
                results.push(result);
            else
                reading.skips.add('no-lighthouse-resource', input.templatePath);
        }
    }
    const report = { results, summary: summarize(results), skippedFiles: reading.skips.summary((file) => relativePath(cwd, file)) };
    if (options.changedFiles)
        report.skipped = skipped;
    return report;
}
function summarize(results) {
    const summary = { templates: results.length, errors: 0, warnings: 0, notes: 0 };
    for (const result of results) {
        for (const finding of result.findings) {
            if (finding.level === 'error')
                summary.errors++;
            else if (finding.level === 'warning')
                summary.warnings++;
            else
                summary.notes++;
        }
    }
    return summary;
}
function lintUnit(input, options, cwd, runBudget) {
    const templateRel = relativePath(cwd, input.templatePath);
    const parametersRel = input.parametersPath ? relativePath(cwd, input.parametersPath) : null;
    const rel = (file) => file === input.templatePath || file === templateRel ? templateRel : file === input.parametersPath || file === parametersRel ? parametersRel : relativePath(cwd, file);
    const findings = [];
    const result = {
        template: templateRel,
        parameters: parametersRel,
        findings,
        pec: 'unknown'
    };
    const add = (finding) => {
        finding.file = rel(finding.file);
        findings.push(finding);
    };
    if (!input.template.ok) {
        const { problem } = input.template;
        add({ ruleId: problem.kind, level: 'error', message: problem.message, file: input.templatePath, line: problem.line, column: problem.column });
        return finish(result);
    }
    const oversize = input.template.sizeBytes > located_json/* AZURE_FILE_LIMIT */.Vf;
    if (oversize) {
        add({ ruleId: 'template-structure', level: 'error', message: `The template is ${(input.template.sizeBytes / 1048576).toFixed(1)} MB; Azure rejects templates over 4 MB, so it was not checked further. Split it into linked or nested templates.`, file: input.templatePath, line: 1, column: 1 });
    }
    let parameters = null;
    if (input.parameters && input.parametersPath) {
        if (input.parameters.ok)
            parameters = input.parameters.value;
        else {
            const { problem } = input.parameters;
            add({ ruleId: problem.kind, level: 'error', message: problem.message, file: input.parametersPath, line: problem.line, column: problem.column });
        }
    }
    const { file: templateFile, value: templateValue } = input.template;
    if (!(0,lighthouse_text/* textMentionsManagedServices */.e)(templateFile.text, () => templateValue))
        return noLighthouse(result, input, add);
    if (oversize)
        return finish(result);
    let resolved;
    try {
        const readable = input.parameters?.ok && input.parametersPath ? rel(input.parametersPath) : null;
        const failed = input.parameters && !input.parameters.ok && input.parametersPath ? input.parameters : undefined;
        const unreadable = failed ? rel(input.parametersPath) : undefined;
        resolved = resolveTemplate(rel(input.templatePath), input.template.value, readable, parameters, unreadable, {
            unreadableParametersFinding: failed?.problem.kind,
            budget: runBudget?.limitsFor()
        });
        runBudget?.spent(resolved.evaluation?.steps ?? 0);
    }
    catch (error) {
        add({ ruleId: 'template-structure', level: 'error', message: `The template could not be resolved (${describe(error)}). Please report this with the file.`, file: input.templatePath, line: 1, column: 1 });
        return finish(result);
    }
    for (const finding of resolved.resolveFindings)
        add(finding);
    if (resolved.definitions.length === 0 && resolved.assignments.length === 0 && !resolved.evaluation?.exceeded)
        return noLighthouse(result, input, add);
    const automationPrincipalId = options.automationPrincipalId?.trim().toLowerCase() || undefined;
    let current = rules/* rules */.aO[0];
    const fixer = options.fixes === false
        ? undefined
        : new fix_fixer/* Fixer */.pT({
            template: input.template.file,
            parameters: input.parameters?.ok ? input.parameters.file : null,
            resolved,
            catalogue: roles/* roleCatalogue */.wW,
            automationPrincipalId,
            automationRoleId: options.fixes?.automationRoleId,
            automationDisplayName: options.fixes?.automationDisplayName
        });
    const context = {
        template: resolved,
        options: { automationPrincipalId },
        catalogue: roles/* roleCatalogue */.wW,
        report: ({ messageId, data, loc, level, fix, suggest }) => {
            const finding = { ruleId: current.meta.id, level: level ?? current.meta.level, message: (0,rules/* formatMessage */.hw)(current, messageId, data), file: loc.file, line: loc.line, column: loc.column };
            if (fixer && (fix || suggest))
                attachFixes(finding, { fix, suggest }, fixer, rel);
            add(finding);
        }
    };
    for (const rule of rules/* rules */.aO) {
        current = rule;
        try {
            rule.check(context);
        }
        catch (error) {
            add({ ruleId: rule.meta.id, level: 'warning', message: `This rule could not finish on this template (${describe(error)}); its other checks were skipped. Please report this with the file.`, file: input.templatePath, line: 1, column: 1 });
        }
    }
    if (options.delegations !== false)
        result.delegations = summarizeDelegations(resolved);
    const unresolved = resolved.evaluation?.exceeded === true || resolved.definitions.some((d) => !Array.isArray(asArrayOrUndefined(d.properties, 'authorizations')));
    return finish(result, unresolved, resolved.definitions.length);
}
function noLighthouse(result, input, add) {
    if (!input.explicit)
        return null;
    add({ ruleId: 'template-structure', level: 'note', message: 'No Microsoft.ManagedServices registration definition or assignment found: nothing to check for Lighthouse.', file: input.templatePath, line: 1, column: 1 });
    return finish(result);
}
function asArrayOrUndefined(properties, key) {
    return properties !== null && typeof properties === 'object' ? properties[key] : undefined;
}
function finish(result, unresolved = false, definitions = 0) {
    const seen = new Set();
    if (result.findings.length > 1)
        result.findings = result.findings
            .filter((f) => {
            const key = `${f.ruleId}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        })
            .sort((a, b) => (a.file === b.file ? 0 : a.file === result.template ? -1 : b.file === result.template ? 1 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
    const pecFailed = result.findings.some((f) => f.ruleId.startsWith('pec-') && f.level === 'error');
    const pecUnsure = result.findings.some((f) => (0,rules/* ruleById */.BD)(f.ruleId)?.meta.pecVerdict === 'unknown');
    result.pec = pecFailed ? 'fail' : !unresolved && !pecUnsure && definitions > 0 ? 'ok' : 'unknown';
    return result;
}
function summarizeDelegations(resolved) {
    const text = (v) => (typeof v === 'string' ? v : (0,arm/* isUnknown */.t8)(v) ? String(v) : null);
    return resolved.definitions.map((d) => ({
        offerName: text(d.registrationDefinitionName),
        managedByTenantId: text(d.managedByTenantId),
        authorizations: [...d.authorizations, ...d.eligibleAuthorizations].map((a) => {
            const roleId = text(a.roleDefinitionId);
            return {
                principalId: text(a.principalId),
                principalIdDisplayName: text(a.principalIdDisplayName),
                roleDefinitionId: roleId,
                roleName: roleId ? (roles/* roleCatalogue */.wW.get(roleId)?.name ?? null) : null,
                eligible: a.kind === 'eligible'
            };
        })
    }));
}
function relativePath(cwd, file) {
    const prefix = cwd.endsWith(external_node_path_.sep) ? cwd : cwd + external_node_path_.sep;
    const relative = file.startsWith(prefix) ? file.slice(prefix.length) : outsideRelative(cwd, file);
    return external_node_path_.sep === '/' ? relative : relative.split(external_node_path_.sep).join('/');
}
const relativeFolders = new Map();
function outsideRelative(cwd, file) {
    const absolute = external_node_path_.resolve(cwd, file);
    if (absolute === cwd)
        return external_node_path_.basename(file);
    const dir = external_node_path_.dirname(absolute);
    const key = `${cwd}\u0000${dir}`;
    let folder = relativeFolders.get(key);
    if (folder === undefined) {
        if (relativeFolders.size >= 1024)
            relativeFolders.clear();
        relativeFolders.set(key, (folder = external_node_path_.relative(cwd, dir)));
    }
    return folder === '' ? external_node_path_.basename(absolute) : `${folder}${external_node_path_.sep}${external_node_path_.basename(absolute)}`;
}
function describe(error) {
    if (error instanceof RangeError)
        return 'too deeply nested';
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 3186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 7727:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readLintUnit),
/* harmony export */   w: () => (/* binding */ discoverLintUnits)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9157);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3186);
/* harmony import */ var _located_json_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7091);
/* harmony import */ var _skips_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4514);
/* harmony import */ var _resolve_lighthouse_text_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5866);







const IGNORE = ['**/node_modules/**', '**/.git/**'];
const PARAMETERS_NAME = /\.parameters(?:\.[^/\\]+)?\.jsonc?$/i;
const JSON_NAME = /\.jsonc?$/i;
async function discoverLintUnits(patterns, cwd, pairs = [], context = {}) {
    const boundary = context.boundary ?? null;
    const explicitFiles = new Set();
    const found = new Set();
    const refused = [];
    const refuse = (file, message) => {
        refused.push({ templatePath: file, parametersPath: null, explicit: true, refused: message });
    };
    for (const raw of patterns.map((p) => p.trim()).filter(Boolean)) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, raw);
        if (await isDynamicPattern(raw)) {
            const base = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, (0,_shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .staticPart */ .Mc)(raw));
            if (boundary && isFolder(base) && !boundary.holdsFolder(base)) {
                refuse(base, `The folder the pattern '${raw}' starts from leads outside the workspace (a symbolic link); it was not searched. Lint reads only files inside the workspace.`);
                continue;
            }
            for (const match of await search(raw, cwd, context))
                if (JSON_NAME.test(match))
                    found.add(node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(match));
            continue;
        }
        const stat = statOrNull(absolute);
        if (!stat)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`Path not found: ${raw} (resolved to ${absolute}). Check the templates pattern or the working directory.`);
        if (stat.isDirectory()) {
            if (boundary && !boundary.holdsFolder(absolute)) {
                refuse(absolute, 'This folder leads outside the workspace (a symbolic link); it was not searched. Lint reads only files inside the workspace.');
                continue;
            }
            for (const match of searchFolder(absolute, context))
                found.add(match);
        }
        else {
            explicitFiles.add(absolute);
            found.add(absolute);
        }
    }
    const explicitPairs = new Map();
    for (const pair of pairs) {
        const template = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, pair.template);
        const parameters = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, pair.parameters);
        for (const [label, file] of [['template', template], ['parameters', parameters]]) {
            const stat = statOrNull(file);
            if (!stat)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`Parameters pair '${pair.template}: ${pair.parameters}': ${label} file not found (${file}).`);
            if (stat.isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`Parameters pair '${pair.template}: ${pair.parameters}': the ${label} is a folder (${file}); name a file.`);
        }
        explicitPairs.set(template, parameters);
        found.add(template);
    }
    const files = [...found].sort();
    const parameterFiles = new Set();
    const templates = [];
    for (const file of files) {
        if (PARAMETERS_NAME.test(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)))
            parameterFiles.add(file);
        else
            templates.push(file);
    }
    for (const file of explicitFiles) {
        if (!parameterFiles.has(file))
            continue;
        const template = templateForParameters(file);
        if (template && !templates.includes(template) && statOrNull(template)?.isFile())
            templates.push(template);
    }
    const pairedExplicitly = new Set(explicitPairs.values());
    const parametersByTemplate = new Map();
    for (const file of parameterFiles) {
        const key = templateKey(file);
        if (!key)
            continue;
        const list = parametersByTemplate.get(key);
        if (list)
            list.push(file);
        else
            parametersByTemplate.set(key, [file]);
    }
    const searchedDirs = new Set();
    for (const file of files)
        if (!explicitFiles.has(file))
            searchedDirs.add(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
    const units = [];
    for (const templatePath of templates.sort()) {
        const explicit = explicitFiles.has(templatePath) || explicitPairs.has(templatePath);
        const pinned = explicitPairs.get(templatePath);
        if (pinned) {
            units.push({ templatePath, parametersPath: pinned, explicit });
            continue;
        }
        const matches = conventionalParameters(templatePath, parametersByTemplate, searchedDirs, pairedExplicitly, boundary);
        if (matches.length === 0)
            units.push({ templatePath, parametersPath: null, explicit });
        for (const parametersPath of matches)
            units.push({ templatePath, parametersPath, explicit });
    }
    if (context.skips) {
        const paired = new Set(units.map((u) => u.parametersPath));
        for (const file of parameterFiles)
            if (!paired.has(file))
                context.skips.add('parameters-file', file);
    }
    return refused.length === 0 ? units : [...units, ...refused].sort((a, b) => (a.templatePath < b.templatePath ? -1 : a.templatePath > b.templatePath ? 1 : 0));
}
async function isDynamicPattern(raw) {
    if (!/[*?[\]{}()!+@]/.test(raw))
        return false;
    return (await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382))).isDynamicPattern(raw);
}
function searchFolder(root, context) {
    const { skips, boundary } = context;
    const found = [];
    const links = [];
    const folders = [{ dir: root, depth: 0, dotted: false }];
    for (let next = 0; next < folders.length; next++) {
        const { dir, depth, dotted } = folders[next];
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            skips?.add('unreadable', node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(dir));
            continue;
        }
        const inside = boundary?.holdsFolder(dir) ?? false;
        for (const entry of entries) {
            const name = entry.name;
            const full = joinName(dir, name);
            if (entry.isDirectory()) {
                const lower = name.toLowerCase();
                if (lower === 'node_modules' || lower === '.git' || (depth === 0 && name.charCodeAt(0) === 46))
                    continue;
                if (inside)
                    boundary.reachedBySearch(full);
                folders.push({ dir: full, depth: depth + 1, dotted: dotted || name.charCodeAt(0) === 46 });
                continue;
            }
            if (!entry.isFile() && entry.isSymbolicLink())
                links.push(full);
            if (!dotted && name.charCodeAt(0) !== 46 && JSON_NAME.test(name))
                found.push(full);
        }
    }
    countSymlinkedFolders(links, found, skips);
    return found;
}
function countSymlinkedFolders(links, matches, skips) {
    if (!skips || links.length === 0)
        return;
    const matched = new Set(matches.map((m) => node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(m)));
    for (const link of links) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(link);
        if (matched.has(link) || name.startsWith('.') || name === 'node_modules')
            continue;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(link, { throwIfNoEntry: false })?.isDirectory())
            skips.add('symlinked-folder', link);
    }
}
async function search(pattern, cwd, context) {
    const { skips, boundary } = context;
    const links = [];
    const { glob } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382));
    const options = {
        cwd,
        absolute: true,
        ignore: IGNORE,
        dot: false,
        onlyFiles: true,
        caseSensitiveMatch: false,
        followSymbolicLinks: false,
        fs: listingAsFiles(links, skips, boundary ?? null)
    };
    const matches = await glob(pattern, options);
    countSymlinkedFolders(links, matches, skips);
    return matches;
}
function listingAsFiles(links, skips, boundary) {
    const present = (dir, entries) => {
        const folder = dir.length > 1 ? dir.replace(/[\\/]+$/, '') : dir;
        const inside = boundary?.holdsFolder(folder) ?? false;
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (entry.isDirectory()) {
                if (inside)
                    boundary.reachedBySearch(node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, entry.name));
                continue;
            }
            if (entry.isFile())
                continue;
            if (entry.isSymbolicLink())
                links.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name));
            entries[i] = asFile(entry);
        }
        return entries;
    };
    const unreadable = (dir) => skips?.add('unreadable', node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(dir));
    return {
        readdir: (dir, options, callback) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, options, (error, entries) => {
            if (error)
                unreadable(dir);
            callback(error, error ? [] : present(dir, entries));
        }),
        readdirSync: (dir, options) => {
            try {
                return present(dir, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, options));
            }
            catch (error) {
                unreadable(dir);
                throw error;
            }
        }
    };
}
function asFile(entry) {
    const file = Object.assign(Object.create(Object.getPrototypeOf(entry)), entry);
    file.isFile = () => true;
    file.isDirectory = () => false;
    file.isSymbolicLink = () => false;
    return file;
}
function isFolder(dir) {
    return statOrNull(dir)?.isDirectory() ?? false;
}
function statOrNull(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false }) ?? null;
    }
    catch {
        return null;
    }
}
function readLintUnit(plan, previous, context = {}) {
    const boundary = context.boundary ?? null;
    if (plan.refused) {
        const problem = { kind: 'file-not-read', message: plan.refused, line: 1, column: 1, refusal: 'outside' };
        return { ...plan, template: { ok: false, file: null, problem, sizeBytes: 0 }, parameters: null };
    }
    if (!plan.explicit && context.skippedTemplate === plan.templatePath)
        return null;
    const skip = (reason) => {
        context.skips?.add(reason, plan.templatePath);
        context.skippedTemplate = plan.templatePath;
        return null;
    };
    let template;
    if (previous && previous.templatePath === plan.templatePath)
        template = previous.template;
    else {
        const source = (0,_located_json_js__WEBPACK_IMPORTED_MODULE_3__/* .readSourceText */ .Vv)(plan.templatePath, boundary);
        if (!('raw' in source)) {
            if (!plan.explicit)
                return skip(source.problem.kind === 'file-not-read' ? (0,_skips_js__WEBPACK_IMPORTED_MODULE_4__/* .skipReasonOf */ .PY)({ reason: source.problem.refusal ?? 'unreadable' }) : 'unreadable');
            template = source;
        }
        else if (plan.explicit) {
            template = (0,_located_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonText */ .lk)(plan.templatePath, source.raw, source.size);
        }
        else {
            const { raw, size } = source;
            if ((0,_located_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isBinary */ .Go)(raw))
                return skip('not-arm-template');
            const text = (0,_located_json_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutBom */ .vA)(raw);
            let parsed;
            const parse = () => (parsed ??= (0,_located_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonText */ .lk)(plan.templatePath, raw, size, text));
            if (!(0,_resolve_lighthouse_text_js__WEBPACK_IMPORTED_MODULE_6__/* .textMentionsManagedServices */ .e)(text, () => { const r = parse(); return r.ok ? r.value : undefined; }))
                return skip(kindOfText(text));
            template = parse();
        }
    }
    if (isParametersFile(plan.templatePath, template))
        return skip('parameters-file');
    if (!plan.explicit && !looksLikeTemplate(template))
        return skip('not-arm-template');
    const parameters = plan.parametersPath === null ? null : (0,_located_json_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonFile */ .JE)(plan.parametersPath, boundary);
    return { ...plan, template, parameters };
}
function kindOfText(text) {
    if (/"\$schema"\s*:\s*"[^"]*deploymentParameters\.json/i.test(text))
        return 'parameters-file';
    if (/deploymentTemplate\.json|"resources"\s*:\s*[[{]|"policyRule"\s*:/i.test(text))
        return 'no-lighthouse-resource';
    return 'not-arm-template';
}
function isParametersFile(file, result) {
    if (PARAMETERS_NAME.test(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)))
        return true;
    if (!result.ok)
        return false;
    const schema = schemaOf(result.value);
    return /deploymentParameters\.json/i.test(schema);
}
function looksLikeTemplate(result) {
    if (!result.ok) {
        const text = result.file?.text ?? '';
        return /schema\.management\.azure\.com|Microsoft\.ManagedServices/i.test(text.slice(0, 1 << 20));
    }
    const value = result.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const root = value;
    if (/deploymentTemplate\.json/i.test(schemaOf(root)))
        return true;
    if (Array.isArray(root.resources))
        return true;
    const properties = root.properties;
    return !!(root.policyRule || (properties && typeof properties === 'object' && 'policyRule' in properties));
}
function schemaOf(value) {
    if (value === null || typeof value !== 'object')
        return '';
    const schema = value['$schema'];
    return typeof schema === 'string' ? schema : '';
}
function conventionalParameters(templatePath, parametersByTemplate, searchedDirs, taken, boundary) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(templatePath);
    const key = joinName(dir, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(templatePath).replace(JSON_NAME, '')).toLowerCase();
    const known = parametersByTemplate.get(key);
    if (!known && searchedDirs.has(dir))
        return [];
    const candidates = new Set(known);
    if (!searchedDirs.has(dir) && (!boundary || boundary.holdsFolder(dir))) {
        const siblings = readNames(dir);
        for (const name of siblings) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
            if (templateKey(file) === key)
                candidates.add(file);
        }
    }
    return [...candidates].filter((file) => !taken.has(file)).sort();
}
function readNames(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
function templateKey(parametersFile) {
    const match = PARAMETERS_OF.exec(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(parametersFile));
    return match ? joinName(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(parametersFile), match[1]).toLowerCase() : null;
}
const PARAMETERS_OF = /^(.+)\.parameters(?:\.[^/\\]+)?\.jsonc?$/i;
function joinName(dir, name) {
    if (name === '' || name === '.' || name === '..')
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
    return dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? dir + name : dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + name;
}
function templateForParameters(file) {
    const match = /^(.*)\.parameters(?:\.[^/\\]+)?\.jsonc?$/i.exec(file);
    return match ? `${match[1]}.json` : null;
}


/***/ }),

/***/ 7091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   MC: () => (/* binding */ withUnitFiles),
/* harmony export */   Vf: () => (/* binding */ AZURE_FILE_LIMIT),
/* harmony export */   Vv: () => (/* binding */ readSourceText),
/* harmony export */   hD: () => (/* binding */ locationOf),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   vA: () => (/* binding */ withoutBom),
/* harmony export */   v_: () => (/* binding */ registerLike),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var _shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9157);
/* harmony import */ var _source_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(631);



const AZURE_FILE_LIMIT = 4 * 1024 * 1024;
const READ_LIMIT = 32 * 1024 * 1024;
const MAX_JSON_DEPTH = 512;
function pathOf(info) {
    const path = [];
    for (let at = info; at && at.parent; at = at.parent)
        path.push(at.key);
    return path.reverse();
}
class UnitLocations {
    files;
    registry;
    origins;
    constructor(files) {
        this.files = files;
    }
    copied(copy, source) {
        ;
        (this.origins ??= new Map()).set(copy, source);
    }
    infoOf(container) {
        let target = container;
        if (this.origins) {
            for (let hops = 0; hops < 64; hops++) {
                const next = this.origins.get(target);
                if (!next)
                    break;
                target = next;
            }
        }
        if (!this.registry) {
            this.registry = new Map();
            for (const file of this.files)
                registerTree(this.registry, file.root, file);
        }
        return this.registry.get(target);
    }
}
let unit = null;
function withUnitFiles(files, fn) {
    const previous = unit;
    unit = new UnitLocations(files.filter((f) => !!f));
    try {
        return fn();
    }
    finally {
        unit = previous;
    }
}
function infoOf(container) {
    return unit?.infoOf(container);
}
function readJsonFile(path, boundary = null) {
    const source = readSourceText(path, boundary);
    return 'raw' in source ? parseJsonText(path, source.raw, source.size) : source;
}
function readSourceText(path, boundary) {
    const outcome = (0,_shared_fs_boundary_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularUtf8 */ .Oy)(boundary, path, READ_LIMIT);
    if (outcome.ok)
        return { raw: outcome.text, size: outcome.size };
    const { refusal } = outcome;
    if (refusal.reason === 'too-large') {
        const size = refusal.size ?? READ_LIMIT;
        return fail(null, 'template-structure', `File is ${mb(size)} MB; Azure accepts at most 4 MB. Split it or move large data out.`, 1, 1, size);
    }
    const result = fail(null, 'file-not-read', `${refusal.message} ${REFUSAL_FIX[refusal.reason]}`, 1, 1, 0);
    result.problem.refusal = refusal.reason;
    return result;
}
const REFUSAL_FIX = {
    outside: 'Lint reads only files inside the workspace: commit the file itself, not a link to it.',
    'not-regular': 'Name a JSON file instead.',
    missing: 'Check the path.',
    unreadable: 'Check its permissions.',
    'too-large': ''
};
function parseJsonText(path, raw, size, decoded) {
    if (isBinary(raw)) {
        return fail(null, 'parse-error', 'This is a binary file, not JSON (it contains a NUL byte). Remove it from the templates pattern.', 1, 1, size);
    }
    const text = decoded ?? withoutBom(raw);
    if (text.trim() === '') {
        return fail(null, 'parse-error', 'The file is empty: a template or parameters file must be a JSON object.', 1, 1, size);
    }
    const file = new _source_file_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceFile */ .s(path, text);
    let value;
    try {
        value = JSON.parse(text);
        file.strictJson = true;
    }
    catch {
        const errors = [];
        try {
            value = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
        }
        catch (error) {
            if (error instanceof RangeError)
                return tooDeep(file, size);
            throw error;
        }
        if (errors.length > 0) {
            const first = errors[0];
            const at = file.position(first.offset);
            return fail(file, 'parse-error', `Invalid JSON: ${describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error))}. Fix the syntax at this position.`, at.line, at.column, size);
        }
    }
    if (tooDeepToWalk(value, text))
        return tooDeep(file, size);
    file.root = value;
    return { ok: true, file, value, sizeBytes: size };
}
function isBinary(raw) {
    const at = raw.indexOf('\u0000');
    if (at === -1 || at >= BINARY_PROBE)
        return false;
    return Buffer.byteLength(raw.slice(0, at), 'utf8') < BINARY_PROBE;
}
const BINARY_PROBE = 8192;
function withoutBom(raw) {
    return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}
function tooDeepToWalk(root, text) {
    if (root === null || typeof root !== 'object')
        return false;
    if (fewerBracketsThan(text, MAX_JSON_DEPTH))
        return false;
    const values = [root];
    const depths = [0];
    while (values.length > 0) {
        const value = values.pop();
        const depth = depths.pop();
        if (depth > MAX_JSON_DEPTH)
            return true;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const child = value[i];
                if (child !== null && typeof child === 'object') {
                    values.push(child);
                    depths.push(depth + 1);
                }
            }
        }
        else {
            for (const key in value) {
                const child = value[key];
                if (child !== null && typeof child === 'object') {
                    values.push(child);
                    depths.push(depth + 1);
                }
            }
        }
    }
    return false;
}
function fewerBracketsThan(text, limit) {
    let count = 0;
    for (let at = text.indexOf('{'); at !== -1 && count < limit; at = text.indexOf('{', at + 1))
        count++;
    for (let at = text.indexOf('['); at !== -1 && count < limit; at = text.indexOf('[', at + 1))
        count++;
    return count < limit;
}
function registerTree(registry, root, file) {
    if (root === null || typeof root !== 'object')
        return;
    const rootInfo = { file, parent: null, key: '', depth: 0 };
    registry.set(root, rootInfo);
    const stack = [[root, rootInfo]];
    while (stack.length > 0) {
        const [value, info] = stack.pop();
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const child = value[i];
                if (child !== null && typeof child === 'object') {
                    const childInfo = { file, parent: info, key: i, depth: info.depth + 1 };
                    registry.set(child, childInfo);
                    stack.push([child, childInfo]);
                }
            }
        }
        else {
            for (const key in value) {
                const child = value[key];
                if (child !== null && typeof child === 'object') {
                    const childInfo = { file, parent: info, key, depth: info.depth + 1 };
                    registry.set(child, childInfo);
                    stack.push([child, childInfo]);
                }
            }
        }
    }
}
function locationOf(container, key) {
    if (container === null || typeof container !== 'object')
        return undefined;
    const info = infoOf(container);
    return info ? new LazyLocation(info, key) : undefined;
}
class LazyLocation {
    info;
    key;
    file;
    resolved;
    constructor(info, key) {
        this.info = info;
        this.key = key;
        this.file = info.file.path;
    }
    position() {
        if (!this.resolved) {
            const { file } = this.info;
            const path = pathOf(this.info);
            this.resolved = (this.key === undefined ? undefined : file.locate([...path, this.key])) ?? file.locate(path) ?? { file: file.path, line: 1, column: 1 };
        }
        return this.resolved;
    }
    get line() {
        return this.position().line;
    }
    get column() {
        return this.position().column;
    }
    get endLine() {
        return this.position().endLine;
    }
    get endColumn() {
        return this.position().endColumn;
    }
}
function sourceOf(container) {
    if (container === null || typeof container !== 'object')
        return undefined;
    const info = infoOf(container);
    return info ? { file: info.file, path: pathOf(info) } : undefined;
}
function registerLike(copy, source) {
    if (unit !== null && source !== null && typeof source === 'object' && source !== copy)
        unit.copied(copy, source);
    return copy;
}
function tooDeep(file, size) {
    return fail(file, 'template-structure', `JSON nested deeper than ${MAX_JSON_DEPTH} levels: no ARM template needs this. Flatten the file.`, 1, 1, size);
}
function fail(file, kind, message, line, column, sizeBytes) {
    return { ok: false, file, problem: { kind, message, line, column }, sizeBytes };
}
function mb(bytes) {
    return (bytes / 1024 / 1024).toFixed(1);
}
function describeParseError(code) {
    const words = {
        InvalidSymbol: 'unexpected character',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected',
        ValueExpected: 'value expected',
        ColonExpected: "':' expected",
        CommaExpected: "',' expected",
        CloseBraceExpected: "'}' expected",
        CloseBracketExpected: "']' expected",
        EndOfFileExpected: 'unexpected content after the end of the JSON value',
        InvalidCommentToken: 'invalid comment',
        UnexpectedEndOfComment: 'unterminated comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unterminated number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character in string'
    };
    return words[code] ?? code;
}


/***/ }),

/***/ 5225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ repoRelative)
/* harmony export */ });
/* unused harmony export repoRootOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);


const roots = new Map();
function repoRootOf(dir) {
    const seen = [];
    let at = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    let root;
    for (;;) {
        root = roots.get(at);
        if (root !== undefined)
            break;
        seen.push(at);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at, '.git'))) {
            root = at;
            break;
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at);
        if (parent === at) {
            root = null;
            break;
        }
        at = parent;
    }
    for (const d of seen)
        roots.set(d, root);
    return root;
}
function repoRelative(file) {
    const root = repoRootOf(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
    return root === null ? null : node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 4514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PY: () => (/* binding */ skipReasonOf),
/* harmony export */   SO: () => (/* binding */ describeSkips),
/* harmony export */   ht: () => (/* binding */ SkipLedger)
/* harmony export */ });
/* unused harmony export SKIP_REASON_TEXT */
const LISTED = new Set(['outside-workspace', 'symlinked-folder', 'not-regular-file', 'unreadable']);
const MAX_LISTED = 100;
class SkipLedger {
    entries = new Map();
    add(reason, file, key = file) {
        if (!this.entries.has(key))
            this.entries.set(key, { file, reason });
    }
    summary(relative) {
        const reasons = {};
        const files = [];
        for (const { file, reason } of this.entries.values()) {
            reasons[reason] = (reasons[reason] ?? 0) + 1;
            if (LISTED.has(reason) && files.length < MAX_LISTED)
                files.push({ file: relative(file), reason });
        }
        return { count: this.entries.size, reasons, files };
    }
}
function skipReasonOf(refusal) {
    switch (refusal.reason) {
        case 'outside':
            return 'outside-workspace';
        case 'not-regular':
            return 'not-regular-file';
        default:
            return 'unreadable';
    }
}
const SKIP_REASON_TEXT = {
    'not-arm-template': 'not ARM templates',
    'no-lighthouse-resource': 'without a Lighthouse resource',
    'parameters-file': 'parameters files without a template',
    unchanged: 'unchanged in the pull request',
    'outside-workspace': 'outside the workspace (symbolic links)',
    'symlinked-folder': 'symbolic links to folders (not followed)',
    'not-regular-file': 'not regular files',
    unreadable: 'unreadable'
};
function describeSkips(skipped, omit = []) {
    if (!skipped)
        return '';
    const parts = Object.entries(skipped.reasons)
        .filter(([reason, n]) => n > 0 && !omit.includes(reason))
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (parts.length === 0)
        return '';
    const total = parts.reduce((sum, [, n]) => sum + n, 0);
    return `${total.toLocaleString('en-US')} file(s) skipped: ${parts.map(([reason, n]) => `${n.toLocaleString('en-US')} ${SKIP_REASON_TEXT[reason]}`).join(', ')}`;
}


/***/ }),

/***/ 631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ SourceFile),
  p: () => (/* binding */ computeLineStarts)
});

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./lib/lint/read/json-tree.js
function strictJsonTree(text) {
    const builder = new TreeBuilder(text);
    const root = builder.value(builder.skip(0), undefined);
    if (root)
        delete root.parent;
    return root;
}
class TreeBuilder {
    text;
    end = 0;
    constructor(text) {
        this.text = text;
    }
    skip(at) {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(at);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                at++;
            else
                return at;
        }
    }
    value(at, parent) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === 123)
            return this.object(at, parent);
        if (c === 91)
            return this.array(at, parent);
        if (c === 34) {
            const end = this.stringEnd(at);
            this.end = end;
            return { type: 'string', offset: at, length: end - at, parent, value: this.stringValue(at, end) };
        }
        let end = at + 1;
        while (end < text.length && !isDelimiter(text.charCodeAt(end)))
            end++;
        this.end = end;
        const token = text.slice(at, end);
        const value = token === 'true' ? true : token === 'false' ? false : token === 'null' ? null : Number(token);
        const type = value === null ? 'null' : typeof value === 'boolean' ? 'boolean' : 'number';
        return { type, offset: at, length: end - at, parent, value };
    }
    object(at, parent) {
        const text = this.text;
        const node = { type: 'object', offset: at, length: -1, parent, children: [] };
        let next = this.skip(at + 1);
        while (text.charCodeAt(next) === 34) {
            const keyEnd = this.stringEnd(next);
            const property = { type: 'property', offset: next, length: -1, parent: node, children: [] };
            node.children.push(property);
            property.children.push({ type: 'string', value: this.stringValue(next, keyEnd), offset: next, length: keyEnd - next, parent: property });
            const colon = this.skip(keyEnd);
            property.colonOffset = colon;
            const child = this.value(this.skip(colon + 1), property);
            property.children.push(child);
            property.length = this.end - property.offset;
            next = this.skip(this.end);
            if (text.charCodeAt(next) === 44)
                next = this.skip(next + 1);
        }
        this.end = next + 1;
        node.length = this.end - at;
        return node;
    }
    array(at, parent) {
        const text = this.text;
        const node = { type: 'array', offset: at, length: -1, parent, children: [] };
        let next = this.skip(at + 1);
        while (text.charCodeAt(next) !== 93) {
            node.children.push(this.value(next, node));
            next = this.skip(this.end);
            if (text.charCodeAt(next) === 44)
                next = this.skip(next + 1);
        }
        this.end = next + 1;
        node.length = this.end - at;
        return node;
    }
    stringEnd(at) {
        const text = this.text;
        let quote = text.indexOf('"', at + 1);
        for (;;) {
            let backslashes = 0;
            while (text.charCodeAt(quote - 1 - backslashes) === 92)
                backslashes++;
            if (backslashes % 2 === 0)
                return quote + 1;
            quote = text.indexOf('"', quote + 1);
        }
    }
    stringValue(at, end) {
        const inner = this.text.slice(at + 1, end - 1);
        return inner.includes('\\') ? JSON.parse(this.text.slice(at, end)) : inner;
    }
}
function isDelimiter(c) {
    return c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9;
}

;// CONCATENATED MODULE: ./lib/lint/read/source-file.js


class SourceFile {
    path;
    text;
    lineStarts;
    root;
    strictJson = false;
    tree;
    constructor(path, text) {
        this.path = path;
        this.text = text;
    }
    position(offset) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        const at = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: at - starts[lo] + 1 };
    }
    location(offset, length = 0) {
        const start = this.position(offset);
        const end = this.position(offset + length);
        return { file: this.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    locate(path) {
        const tree = this.syntaxTree();
        if (!tree)
            return undefined;
        let node;
        try {
            node = (0,main.findNodeAtLocation)(tree, path);
        }
        catch {
            return undefined;
        }
        if (!node)
            return undefined;
        const target = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
        return this.location(target.offset, target.length);
    }
    syntaxTree() {
        if (this.tree === undefined) {
            try {
                this.tree = (this.strictJson ? strictJsonTree(this.text) : (0,main.parseTree)(this.text, [], { allowTrailingComma: true, disallowComments: false })) ?? null;
            }
            catch {
                this.tree = null;
            }
        }
        return this.tree ?? undefined;
    }
}
function computeLineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}


/***/ }),

/***/ 5866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mentionsManagedServices),
/* harmony export */   e: () => (/* binding */ textMentionsManagedServices)
/* harmony export */ });
const NEEDLE = /managedservices/i;
const NEEDLE_OR_ESCAPE = /managedservices|\\u[0-9a-fA-F]{4}/i;
function textMentionsManagedServices(text, parsed) {
    const match = NEEDLE_OR_ESCAPE.exec(text);
    if (match === null)
        return false;
    if (match[0].length > 6 || NEEDLE.test(text))
        return true;
    return mentionsManagedServices(parsed());
}
function mentionsManagedServices(value) {
    const stack = [value];
    while (stack.length > 0) {
        const next = stack.pop();
        if (typeof next === 'string') {
            if (next.length >= 15 && NEEDLE.test(next))
                return true;
            continue;
        }
        if (next === null || typeof next !== 'object')
            continue;
        if (Array.isArray(next))
            for (let i = 0; i < next.length; i++)
                stack.push(next[i]);
        else
            for (const key in next)
                stack.push(next[key]);
    }
    return false;
}


/***/ }),

/***/ 2818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eu: () => (/* binding */ pecTableSource),
/* harmony export */   o2: () => (/* binding */ permissionsSource),
/* harmony export */   tz: () => (/* binding */ dataActionsText),
/* harmony export */   v6: () => (/* binding */ confirmRole)
/* harmony export */ });
function permissionsSource(info, catalogue) {
    const source = catalogue.sources[info.from];
    return `the role data (${source?.title ?? info.from}, seen ${info.seen})`;
}
function pecTableSource(catalogue) {
    const table = catalogue.sources['pec-table'];
    return table ? `the Partner Center PEC table of ${table.seen}` : 'the Partner Center PEC table';
}
function dataActionsText(info) {
    const shown = info.dataActions ?? [];
    const more = (info.dataActionCount ?? shown.length) - shown.length;
    if (shown.length === 0)
        return 'DataActions';
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
function confirmRole(what) {
    const validate = 'run the action with mode: validate or what-if (ARM rejects the delegation if the role has them)';
    return what === 'dataActions'
        ? `Confirm before relying on it: ${validate}; the action's live role check also reads the role's DataActions from Azure`
        : `Confirm before relying on it: ${validate}`;
}


/***/ }),

/***/ 5403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ REGISTRATION_DELETE_ROLE_ID),
/* harmony export */   Rz: () => (/* binding */ SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID),
/* harmony export */   VA: () => (/* binding */ roleGuidOf),
/* harmony export */   Z_: () => (/* binding */ READER_ROLE_ID),
/* harmony export */   j3: () => (/* binding */ CONTRIBUTOR_ROLE_ID),
/* harmony export */   kx: () => (/* binding */ USER_ACCESS_ADMINISTRATOR_ROLE_ID),
/* harmony export */   wW: () => (/* binding */ roleCatalogue),
/* harmony export */   zK: () => (/* binding */ OWNER_ROLE_ID)
/* harmony export */ });
/* unused harmony export createRoleCatalogue */
/* harmony import */ var _catalogue_generated_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3028);

const OWNER_ROLE_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const USER_ACCESS_ADMINISTRATOR_ROLE_ID = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';
const SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID = 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e';
const CONTRIBUTOR_ROLE_ID = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const READER_ROLE_ID = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const REGISTRATION_DELETE_ROLE_ID = '91c1777a-f3dc-4fae-b103-61d183457e46';
const GUID_AT_END = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i;
const roleGuidMemo = new Map();
function roleGuidOf(roleDefinitionId) {
    const known = roleGuidMemo.get(roleDefinitionId);
    if (known !== undefined)
        return known ?? undefined;
    if (roleGuidMemo.size >= 4096)
        roleGuidMemo.clear();
    const guid = parseRoleGuid(roleDefinitionId);
    roleGuidMemo.set(roleDefinitionId, guid ?? null);
    return guid;
}
function parseRoleGuid(roleDefinitionId) {
    const trimmed = roleDefinitionId.trim();
    if (trimmed.includes('/') && !/\/providers\/microsoft\.authorization\/roledefinitions\/[^/]+$/i.test(trimmed)) {
        return undefined;
    }
    const match = GUID_AT_END.exec(trimmed);
    if (!match)
        return undefined;
    const guid = match[1].toLowerCase();
    return trimmed.includes('/') || trimmed.length === guid.length ? guid : undefined;
}
const NO_SOURCES = Object.freeze({});
function createRoleCatalogue(roles, sources = NO_SOURCES) {
    const byId = new Map();
    for (const role of roles)
        byId.set(role.id.toLowerCase(), role);
    return {
        get(roleDefinitionId) {
            if (typeof roleDefinitionId !== 'string')
                return undefined;
            const direct = byId.get(roleDefinitionId);
            if (direct)
                return direct;
            const guid = roleGuidOf(roleDefinitionId);
            return guid === undefined ? undefined : byId.get(guid);
        },
        get size() {
            return byId.size;
        },
        sources
    };
}
const roleCatalogue = createRoleCatalogue(_catalogue_generated_json__WEBPACK_IMPORTED_MODULE_0__/* .roles */ .Ot, _catalogue_generated_json__WEBPACK_IMPORTED_MODULE_0__/* .sources */ .Tj);


/***/ }),

/***/ 8108:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ compareApiVersions),
/* harmony export */   Bi: () => (/* binding */ ZERO_GUID),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   I2: () => (/* binding */ allAuthorizations),
/* harmony export */   J_: () => (/* binding */ roleIdOf),
/* harmony export */   SH: () => (/* binding */ isZeroGuid),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   Up: () => (/* binding */ describeRole),
/* harmony export */   VK: () => (/* binding */ listIsUnknown),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   W_: () => (/* reexport safe */ _shared_ids_js__WEBPACK_IMPORTED_MODULE_2__.W_),
/* harmony export */   bg: () => (/* binding */ authLabel),
/* harmony export */   e7: () => (/* binding */ listIsMalformed),
/* harmony export */   fn: () => (/* binding */ isPlaceholderText),
/* harmony export */   kp: () => (/* binding */ roleOf),
/* harmony export */   mi: () => (/* binding */ hasLighthouseResources),
/* harmony export */   wC: () => (/* binding */ describePrincipal),
/* harmony export */   wm: () => (/* binding */ defLabel)
/* harmony export */ });
/* unused harmony exports guidOf, roleInfoOf */
/* harmony import */ var _show_value_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1432);
/* harmony import */ var _arm_unknown_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6554);
/* harmony import */ var _roles_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5403);
/* harmony import */ var _shared_memo_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9347);
/* harmony import */ var _shared_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6095);






const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
const guidMemo = new Map();
function guidOf(value) {
    if (typeof value !== 'string')
        return undefined;
    let guid = guidMemo.get(value);
    if (guid === undefined) {
        if (guidMemo.size >= 8192)
            guidMemo.clear();
        guidMemo.set(value, (guid = isGuid(value) ? value.toLowerCase() : null));
    }
    return guid ?? undefined;
}
function isZeroGuid(value) {
    return typeof value === 'string' && value.trim() === ZERO_GUID;
}
function isPlaceholderText(value) {
    if (typeof value !== 'string')
        return false;
    if ((0,_shared_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .isGuid */ .W_)(value))
        return false;
    const v = value.trim();
    if (v.length === 0)
        return false;
    if (v.length > 11 && v.length !== 36 && v.charCodeAt(0) !== 123 && !v.includes('<'))
        return false;
    if (ANGLED.test(v) || INSERT_HINT.test(v))
        return true;
    if (BRACED.test(v))
        return true;
    if (PLACEHOLDER_WORD.test(v))
        return true;
    return X_GUID.test(v);
}
const ANGLED = /^<[^<>]*>$/;
const INSERT_HINT = /<\s*(insert|enter|your|add|replace|put)\b[^>]*>/i;
const BRACED = /^\{[a-z][\w .-]*\}$/i;
const PLACEHOLDER_WORD = /^(todo|tbd|changeme|placeholder)$/i;
const X_GUID = /^x{8}-x{4}-x{4}-x{4}-x{12}$/i;
function roleIdOf(value) {
    return typeof value === 'string' ? (0,_roles_index_js__WEBPACK_IMPORTED_MODULE_1__/* .roleGuidOf */ .VA)(value) : undefined;
}
function roleOf(auth, catalogue) {
    return auth.roleGuid === undefined ? undefined : catalogue.get(auth.roleGuid);
}
function roleInfoOf(value, catalogue) {
    const id = roleIdOf(value);
    return id === undefined ? undefined : catalogue.get(id);
}
function show(value) {
    return (0,_show_value_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .v)(value);
}
function quoted(text, max = 120) {
    const json = JSON.stringify(text);
    return json.length > max ? `${json.slice(0, max - 4)}..."` : json;
}
function describePrincipal(auth) {
    const name = auth.principalIdDisplayName;
    const id = show(auth.principalId);
    return typeof name === 'string' && name.trim() !== '' ? `'${name}' (${id})` : id;
}
function describeRole(value, catalogue) {
    const info = roleInfoOf(value, catalogue);
    if (info)
        return `${info.name} (${info.id})`;
    const id = roleIdOf(value);
    return id === undefined ? show(value) : `${id} (not in the built-in role catalogue)`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const ALL = Symbol('allAuthorizations');
function allAuthorizations(def) {
    return (0,_shared_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .memoOn */ .C)(def, ALL, (d) => (Array.isArray(d.authorizations) ? d.authorizations : []).concat(Array.isArray(d.eligibleAuthorizations) ? d.eligibleAuthorizations : []));
}
function authLabel(auth) {
    return `${auth.kind === 'eligible' ? 'eligibleAuthorizations' : 'authorizations'}[${auth.index}]`;
}
function defLabel(def) {
    return def.copyIndex === undefined ? def.path : `${def.path} (copy ${def.copyIndex})`;
}
function listIsUnknown(def, key) {
    if ((0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnknown */ .t)(def.properties))
        return true;
    return isObject(def.properties) && (0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnknown */ .t)(def.properties[key]);
}
function listIsMalformed(def, key) {
    if (!isObject(def.properties))
        return false;
    const value = def.properties[key];
    return value !== undefined && value !== null && !(0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnknown */ .t)(value) && !Array.isArray(value);
}
function hasLighthouseResources(template) {
    return template.definitions.length > 0 || template.assignments.length > 0;
}
function compareApiVersions(a, b) {
    if (typeof a !== 'string')
        return undefined;
    const ma = parseApiVersion(a);
    const mb = parseApiVersion(b);
    if (!ma || !mb)
        return undefined;
    if (ma.date !== mb.date)
        return ma.date < mb.date ? -1 : 1;
    return Number(!ma.preview) - Number(!mb.preview);
}
const API_VERSION = /^(\d{4}-\d{2}-\d{2})(-[a-z0-9.-]+)?$/i;
const apiVersions = new Map();
function parseApiVersion(text) {
    let parsed = apiVersions.get(text);
    if (parsed === undefined) {
        const match = API_VERSION.exec(text.trim());
        parsed = match ? { date: match[1], preview: !!match[2] } : null;
        if (apiVersions.size >= 1024)
            apiVersions.clear();
        apiVersions.set(text, parsed);
    }
    return parsed;
}


/***/ }),

/***/ 9847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hw: () => (/* binding */ formatMessage),
  BD: () => (/* binding */ ruleById),
  aO: () => (/* binding */ rules)
});

// UNUSED EXPORTS: docsUrl

;// CONCATENATED MODULE: ./lib/lint/rules/parse-error.js
const rule = {
    meta: {
        id: 'parse-error',
        level: 'error',
        category: 'template',
        description: 'The file is not valid JSON (with comments): ARM cannot read it.',
        messages: {
            parse: '{{detail}}. Fix the JSON syntax; ARM accepts // and /* */ comments and a UTF-8 BOM, nothing else beyond JSON.'
        }
    },
    check() { }
};
/* harmony default export */ const parse_error = ((/* unused pure expression or super */ null && (rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/file-not-read.js
const file_not_read_rule = {
    meta: {
        id: 'file-not-read',
        level: 'error',
        category: 'template',
        description: 'A file named for linting was not read: it leads outside the workspace (a symbolic link), is not a regular file, or cannot be read.',
        messages: {
            refused: '{{detail}}'
        }
    },
    check() { }
};
/* harmony default export */ const file_not_read = ((/* unused pure expression or super */ null && (file_not_read_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/expression-error.js
const expression_error_rule = {
    meta: {
        id: 'expression-error',
        level: 'error',
        category: 'template',
        description: 'An ARM template expression fails as ARM would fail it (syntax, variable cycle, wrong arguments, fail()); what cannot be checked offline (a function newer than the linter, its own limits) is a warning.',
        messages: {
            expression: '{{detail}}. Fix the expression; ARM would fail the deployment the same way.'
        }
    },
    check() { }
};
/* harmony default export */ const expression_error = ((/* unused pure expression or super */ null && (expression_error_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/template-structure.js
const template_structure_rule = {
    meta: {
        id: 'template-structure',
        level: 'error',
        category: 'template',
        description: 'The template has a structural problem ARM rejects: wrong types, a copy count over 800, nesting too deep, or a file too large.',
        messages: {
            structure: '{{detail}}. Fix the template structure so ARM can deploy it.'
        }
    },
    check() { }
};
/* harmony default export */ const template_structure = ((/* unused pure expression or super */ null && (template_structure_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/parameters-missing.js
const parameters_missing_rule = {
    meta: {
        id: 'parameters-missing',
        level: 'warning',
        category: 'template',
        description: 'A parameter the delegation depends on has no value (no parameters file paired, the file lacks it, or it could not be read or parsed) and no defaultValue, so it cannot be checked.',
        messages: {
            missing: "Parameter '{{name}}' has no value and no defaultValue. Pair a parameters file or add a defaultValue."
        }
    },
    check() { }
};
/* harmony default export */ const parameters_missing = ((/* unused pure expression or super */ null && (parameters_missing_rule)));

// EXTERNAL MODULE: ./lib/lint/rules/helpers.js
var helpers = __nccwpck_require__(8108);
;// CONCATENATED MODULE: ./lib/lint/rules/parameters-undeclared.js

const FILE_KEYS = new Set(['$schema', 'contentversion']);
const NAMES_SHOWN = 12;
const parameters_undeclared_rule = {
    meta: {
        id: 'parameters-undeclared',
        level: 'error',
        category: 'template',
        description: 'The parameters file passes a parameter the template does not declare; ARM rejects the whole deployment.',
        messages: {
            undeclared: 'The parameters file passes parameter {{name}}, which the template does not declare, and ARM rejects such a deployment ("The template parameters \'{{plain}}\' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time"). ' +
                'The template declares {{declared}}. Remove the entry, rename it to the parameter it is meant for, or declare it in the template.'
        }
    },
    check(context) {
        const { suppliedParameters, declaredParameterNames } = context.template;
        if (suppliedParameters.length === 0)
            return;
        let declared;
        for (const parameter of suppliedParameters) {
            if (parameter.declaration !== undefined || FILE_KEYS.has(parameter.name.toLowerCase()))
                continue;
            declared ??=
                declaredParameterNames.length === 0
                    ? 'no parameters'
                    : declaredParameterNames.slice(0, NAMES_SHOWN).map((n) => (0,helpers/* quoted */.TL)(n, 60)).join(', ') +
                        (declaredParameterNames.length > NAMES_SHOWN ? ` and ${declaredParameterNames.length - NAMES_SHOWN} more` : '');
            context.report({ messageId: 'undeclared', loc: parameter.loc, data: { name: (0,helpers/* quoted */.TL)(parameter.name, 80), plain: parameter.name.slice(0, 80), declared } });
        }
    }
};
/* harmony default export */ const parameters_undeclared = ((/* unused pure expression or super */ null && (parameters_undeclared_rule)));

// EXTERNAL MODULE: ./lib/lint/arm/index.js + 20 modules
var arm = __nccwpck_require__(8868);
;// CONCATENATED MODULE: ./lib/lint/rules/parameters-invalid-value.js


const EXPECTED = {
    string: { kinds: ['String'], arm: 'String, Uri', example: '"text"' },
    securestring: { kinds: ['String'], arm: 'String, Uri', example: '"text" (or a Key Vault reference)' },
    int: { kinds: ['Integer'], arm: 'Integer', example: '42 (a number without quotes)' },
    bool: { kinds: ['Boolean'], arm: 'Boolean', example: 'true or false (without quotes)' },
    object: { kinds: ['Object'], arm: 'Object', example: '{ \u2026 }' },
    secureobject: { kinds: ['Object'], arm: 'Object', example: '{ \u2026 } (or a Key Vault reference)' },
    array: { kinds: ['Array'], arm: 'Array', example: '[ \u2026 ]' }
};
function kindOf(value) {
    if (value === null)
        return 'Null';
    if (Array.isArray(value))
        return 'Array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'Integer' : 'Float';
    if (typeof value === 'boolean')
        return 'Boolean';
    if (typeof value === 'string')
        return 'String';
    return 'Object';
}
function isScalar(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
function looselyEqual(a, b) {
    if (isScalar(a) && isScalar(b))
        return a === b || String(a).toLowerCase() === String(b).toLowerCase() || String(a).toUpperCase() === String(b).toUpperCase();
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => looselyEqual(x, b[i]));
    if ((0,helpers/* isObject */.Gv)(a) && (0,helpers/* isObject */.Gv)(b)) {
        const ka = Object.keys(a);
        const kb = new Map(Object.keys(b).map((k) => [k.toLowerCase(), k]));
        return ka.length === kb.size && ka.every((k) => kb.has(k.toLowerCase()) && looselyEqual(a[k], b[kb.get(k.toLowerCase())]));
    }
    return a === b;
}
function isWholeNumber(value) {
    return typeof value === 'number' && Number.isSafeInteger(value);
}
const parameters_invalid_value_rule = {
    meta: {
        id: 'parameters-invalid-value',
        level: 'error',
        category: 'template',
        description: 'A value in the parameters file has the wrong type for its declared parameter, or breaks its allowedValues, minLength/maxLength or minValue/maxValue; ARM fails the deployment at validation.',
        messages: {
            wrongType: "Parameter '{{name}}' is declared {{type}}, but the parameters file gives {{actual}}: ARM rejects the deployment (\"Template parameter JToken type is not valid. Expected '{{expected}}'. Actual '{{actualKind}}'.\"). Write the value as {{example}}.",
            notAllowed: "Parameter '{{name}}' is {{value}} in the parameters file, which is not one of its allowedValues ({{allowed}}): ARM fails the deployment at validation (\"The parameter value is not part of the allowed value(s)\"). Use one of them.",
            itemNotAllowed: "Parameter '{{name}}' lists {{value}} in the parameters file, which is not one of its allowedValues ({{allowed}}); every item of an array parameter must be one: ARM fails the deployment at validation. Remove it or use an allowed value.",
            tooShort: "Parameter '{{name}}' has {{length}} {{unit}} in the parameters file, fewer than its minLength of {{limit}}: ARM fails the deployment at validation. Give a longer value.",
            tooLong: "Parameter '{{name}}' has {{length}} {{unit}} in the parameters file, more than its maxLength of {{limit}}: ARM fails the deployment at validation. Give a shorter value.",
            tooSmall: "Parameter '{{name}}' is {{value}} in the parameters file, less than its minValue of {{limit}}: ARM fails the deployment at validation. Give a value of at least {{limit}}.",
            tooLarge: "Parameter '{{name}}' is {{value}} in the parameters file, more than its maxValue of {{limit}}: ARM fails the deployment at validation. Give a value of at most {{limit}}."
        }
    },
    check(context) {
        for (const parameter of context.template.suppliedParameters)
            checkParameter(context, parameter);
    }
};
function checkParameter(context, parameter) {
    const declaration = parameter.declaration;
    const entry = parameter.entry;
    if (!(0,helpers/* isObject */.Gv)(declaration) || !(0,helpers/* isObject */.Gv)(entry) || !('value' in entry))
        return;
    const value = entry.value;
    if (value === null || value === undefined)
        return;
    if (typeof value === 'string' && (0,arm/* isExpression */.BH)(value))
        return;
    const type = typeof declaration.type === 'string' ? declaration.type.toLowerCase() : undefined;
    const expected = type ? EXPECTED[type] : undefined;
    if (!type || !expected)
        return;
    const secure = type.startsWith('secure');
    const name = parameter.name;
    const shown = (v) => (secure ? 'the secure value given' : typeof v === 'string' ? (0,helpers/* quoted */.TL)(v, 80) : quotedJson(v));
    const report = (messageId, data) => context.report({ messageId, loc: parameter.valueLoc, data: { name, ...data } });
    const actualKind = kindOf(value);
    if (!expected.kinds.includes(actualKind)) {
        report('wrongType', {
            type: String(declaration.type),
            actual: secure ? `a value of kind ${actualKind}` : `${shown(value)} (${actualKind})`,
            expected: expected.arm,
            actualKind,
            example: expected.example
        });
        return;
    }
    const allowed = Array.isArray(declaration.allowedValues) ? declaration.allowedValues : undefined;
    if (allowed && allowed.length > 0) {
        const list = allowed.length > 8 ? `${allowed.slice(0, 8).map(shownAllowed).join(', ')}, \u2026` : allowed.map(shownAllowed).join(', ');
        if (type === 'array') {
            const items = value;
            if (!allowed.some((a) => looselyEqual(a, items)) && items.every(isScalar)) {
                const bad = items.find((item) => !allowed.some((a) => looselyEqual(a, item)));
                if (bad !== undefined)
                    report('itemNotAllowed', { value: shown(bad), allowed: list });
            }
        }
        else if (isScalar(value) && !allowed.some((a) => looselyEqual(a, value))) {
            report('notAllowed', { value: shown(value), allowed: secure ? `${allowed.length} value(s)` : list });
        }
    }
    if (type === 'array' || type === 'string' || type === 'securestring') {
        const length = value.length;
        const unit = type === 'array' ? 'item(s)' : 'character(s)';
        if (isWholeNumber(declaration.minLength) && length < declaration.minLength)
            report('tooShort', { length, unit, limit: declaration.minLength });
        if (isWholeNumber(declaration.maxLength) && length > declaration.maxLength)
            report('tooLong', { length, unit, limit: declaration.maxLength });
    }
    if (type === 'int' && isWholeNumber(value)) {
        if (isWholeNumber(declaration.minValue) && value < declaration.minValue)
            report('tooSmall', { value, limit: declaration.minValue });
        if (isWholeNumber(declaration.maxValue) && value > declaration.maxValue)
            report('tooLarge', { value, limit: declaration.maxValue });
    }
}
function quotedJson(value) {
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        text = String(value);
    }
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function shownAllowed(value) {
    return typeof value === 'string' ? (0,helpers/* quoted */.TL)(value, 60) : quotedJson(value);
}
/* harmony default export */ const parameters_invalid_value = ((/* unused pure expression or super */ null && (parameters_invalid_value_rule)));

// EXTERNAL MODULE: ./lib/lint/rules/pec-verdict.js
var pec_verdict = __nccwpck_require__(8173);
// EXTERNAL MODULE: ./lib/lint/roles/index.js
var roles = __nccwpck_require__(5403);
;// CONCATENATED MODULE: ./lib/lint/rules/pec-messages.js


const SUGGESTED_ROLE = `'${roles/* SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID */.Rz}' (Support Request Contributor)`;
function definitionName(def) {
    const name = def.registrationDefinitionName;
    return typeof name === 'string' && name.trim() !== '' ? `'${name}'` : (0,helpers/* defLabel */.wm)(def);
}
function roleName(roleId, catalogue) {
    return catalogue.get(roleId)?.name ?? roleId;
}

;// CONCATENATED MODULE: ./lib/lint/rules/pec-automation-jit-only.js



const pec_automation_jit_only_rule = {
    meta: {
        id: 'pec-automation-jit-only',
        level: 'error',
        category: 'pec',
        pecVerdict: 'unknown',
        description: 'The Provider Automation Account holds its PEC-eligible role only just-in-time (eligibleAuthorizations), which earns no credit.',
        messages: {
            jitOnly: 'The automation principal {{principal}} holds {{role}} only under eligibleAuthorizations in registration definition {{definition}}: partner earned credit needs a permanent authorization, and a service principal cannot be eligible anyway. ' +
                "Move it to properties.authorizations as {principalId: '{{principalId}}', roleDefinitionId: '{{roleId}}'} (or use roleDefinitionId {{suggestedRole}}).",
            jitOnlyUnsure: 'The automation principal {{principal}} holds {{role}} only under eligibleAuthorizations in registration definition {{definition}}, which earns no partner earned credit; ' +
                'its permanent roles are not known to earn it either ({{roles}}), so PEC is not assured. ' +
                "Move it to properties.authorizations as {principalId: '{{principalId}}', roleDefinitionId: '{{roleId}}'} (or use roleDefinitionId {{suggestedRole}})."
        }
    },
    check(context) {
        const principal = (0,pec_verdict/* pinnedPrincipal */.xN)(context.options);
        if (principal === undefined)
            return;
        for (const def of context.template.definitions) {
            const verdict = (0,pec_verdict/* verdictFor */.Xb)(def, principal, context.catalogue);
            if (verdict.kind !== 'jit-only')
                continue;
            const first = verdict.eligible[0];
            const unsure = verdict.unsure.length > 0;
            context.report({
                messageId: unsure ? 'jitOnlyUnsure' : 'jitOnly',
                level: unsure ? 'warning' : undefined,
                loc: first.loc,
                data: {
                    roles: [...new Set(verdict.unsure.map((a) => `${(0,helpers/* describeRole */.Up)(a.roleDefinitionId, context.catalogue)}: ${(0,pec_verdict/* whyNotEarning */.ol)(a, context.catalogue) ?? 'not known to earn credit'}`))].join('; '),
                    principal: (0,helpers/* describePrincipal */.wC)(first),
                    principalId: principal,
                    role: (0,helpers/* describeRole */.Up)(first.roleDefinitionId, context.catalogue),
                    roleId: first.roleGuid ?? String(first.roleDefinitionId),
                    definition: definitionName(def),
                    suggestedRole: SUGGESTED_ROLE
                },
                fix: (fixer) => fixer.grantAutomationRole(def, verdict.eligible)
            });
        }
    }
};
/* harmony default export */ const pec_automation_jit_only = ((/* unused pure expression or super */ null && (pec_automation_jit_only_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/pec-role-not-eligible.js



const pec_role_not_eligible_rule = {
    meta: {
        id: 'pec-role-not-eligible',
        level: 'error',
        category: 'pec',
        description: 'The Provider Automation Account has authorizations, but none with a permanent PEC-eligible role that Lighthouse accepts.',
        messages: {
            notEligible: 'The automation principal {{principal}} holds no permanent PEC-eligible role that Lighthouse accepts in registration definition {{definition}}: {{roles}}. ' +
                "Add a permanent authorization {principalId: '{{principalId}}', roleDefinitionId: {{suggestedRole}}} (Contributor also qualifies)."
        }
    },
    check(context) {
        const principal = (0,pec_verdict/* pinnedPrincipal */.xN)(context.options);
        if (principal === undefined)
            return;
        for (const def of context.template.definitions) {
            const verdict = (0,pec_verdict/* verdictFor */.Xb)(def, principal, context.catalogue);
            if (verdict.kind !== 'role-not-eligible')
                continue;
            const held = [...verdict.permanent, ...verdict.eligible];
            const roles = held
                .map((a) => `${(0,helpers/* describeRole */.Up)(a.roleDefinitionId, context.catalogue)}: ${(0,pec_verdict/* whyNotEarning */.ol)(a, context.catalogue) ?? 'not PEC-eligible'}`)
                .join('; ');
            const first = held[0];
            context.report({
                messageId: 'notEligible',
                loc: first.fieldLoc('roleDefinitionId'),
                data: {
                    principal: (0,helpers/* describePrincipal */.wC)(first),
                    principalId: principal,
                    definition: definitionName(def),
                    roles,
                    suggestedRole: SUGGESTED_ROLE
                },
                fix: (fixer) => fixer.grantAutomationRole(def)
            });
        }
    }
};
/* harmony default export */ const pec_role_not_eligible = ((/* unused pure expression or super */ null && (pec_role_not_eligible_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/pec-automation-missing.js


const pec_automation_missing_rule = {
    meta: {
        id: 'pec-automation-missing',
        level: 'error',
        category: 'pec',
        description: 'The pinned Provider Automation Account must appear in every registration definition, with a permanent PEC-eligible role.',
        messages: {
            missing: 'The automation principal {{principalId}} appears in no authorization of registration definition {{definition}}, so the Partner ID linked to it earns no partner earned credit on this delegation. ' +
                "Add a permanent authorization {principalId: '{{principalId}}', roleDefinitionId: {{suggestedRole}}} to properties.authorizations."
        }
    },
    check(context) {
        const principal = (0,pec_verdict/* pinnedPrincipal */.xN)(context.options);
        if (principal === undefined)
            return;
        for (const def of context.template.definitions) {
            if ((0,pec_verdict/* verdictFor */.Xb)(def, principal, context.catalogue).kind !== 'missing')
                continue;
            context.report({
                messageId: 'missing',
                loc: def.fieldLoc('properties.authorizations'),
                data: { principalId: principal, definition: definitionName(def), suggestedRole: SUGGESTED_ROLE },
                fix: (fixer) => fixer.grantAutomationRole(def)
            });
        }
    }
};
/* harmony default export */ const pec_automation_missing = ((/* unused pure expression or super */ null && (pec_automation_missing_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/pec-role-not-assured.js



function rolesText(auths, catalogue) {
    return [...new Set(auths.map((a) => `${(0,helpers/* describeRole */.Up)(a.roleDefinitionId, catalogue)}: ${(0,pec_verdict/* whyNotEarning */.ol)(a, catalogue) ?? 'not known to earn credit'}`))].join('; ');
}
const pec_role_not_assured_rule = {
    meta: {
        id: 'pec-role-not-assured',
        level: 'warning',
        category: 'pec',
        description: 'PEC not assured: the only permanent roles that could earn partner earned credit are ones the PEC table does not list, or whose Lighthouse usability the role data cannot settle.',
        pecVerdict: 'unknown',
        messages: {
            notAssured: 'PEC not assured: the automation principal {{principal}} holds no permanent role that surely earns partner earned credit in registration definition {{definition}}: {{roles}}. ' +
                "Use a role the table lists: add a permanent authorization {principalId: '{{principalId}}', roleDefinitionId: {{suggestedRole}}} (Contributor also qualifies).",
            notAssuredAny: 'PEC not assured: no principal in registration definition {{definition}} holds a permanent role that surely earns partner earned credit: {{roles}}. ' +
                "Use a role the table lists: add a permanent authorization for your Provider Automation Account {principalId: '<its object ID>', roleDefinitionId: {{suggestedRole}}}."
        }
    },
    check(context) {
        const principal = (0,pec_verdict/* pinnedPrincipal */.xN)(context.options);
        for (const def of context.template.definitions) {
            if (principal !== undefined) {
                const verdict = (0,pec_verdict/* verdictFor */.Xb)(def, principal, context.catalogue);
                if (verdict.kind !== 'unsure')
                    continue;
                const first = verdict.unsure[0];
                context.report({
                    messageId: 'notAssured',
                    loc: first.fieldLoc('roleDefinitionId'),
                    data: {
                        principal: (0,helpers/* describePrincipal */.wC)(first),
                        principalId: principal,
                        definition: definitionName(def),
                        roles: rolesText(verdict.unsure, context.catalogue),
                        suggestedRole: SUGGESTED_ROLE
                    },
                    fix: (fixer) => fixer.grantAutomationRole(def)
                });
                continue;
            }
            const verdict = (0,pec_verdict/* anyPrincipalVerdict */.KF)(def, context.catalogue);
            if (verdict.kind !== 'unsure')
                continue;
            context.report({
                messageId: 'notAssuredAny',
                loc: verdict.unsure[0].fieldLoc('roleDefinitionId'),
                data: { definition: definitionName(def), roles: rolesText(verdict.unsure, context.catalogue), suggestedRole: SUGGESTED_ROLE }
            });
        }
    }
};
/* harmony default export */ const pec_role_not_assured = ((/* unused pure expression or super */ null && (pec_role_not_assured_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/pec-uaa-undocumented.js



const pec_uaa_undocumented_rule = {
    meta: {
        id: 'pec-uaa-undocumented',
        level: 'warning',
        category: 'pec',
        description: 'The only PEC-eligible role is User Access Administrator; whether it earns credit through Lighthouse is not documented.',
        messages: {
            uaaOnly: '{{principal}} qualifies for partner earned credit in registration definition {{definition}} only through User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9); whether UAA delegated through Lighthouse earns PEC is not documented. ' +
                'Also grant {{principal}} a permanent authorization with roleDefinitionId {{suggestedRole}}.'
        }
    },
    check(context) {
        const principal = (0,pec_verdict/* pinnedPrincipal */.xN)(context.options);
        for (const def of context.template.definitions) {
            const verdict = principal === undefined ? (0,pec_verdict/* anyPrincipalVerdict */.KF)(def, context.catalogue) : (0,pec_verdict/* verdictFor */.Xb)(def, principal, context.catalogue);
            if (verdict.kind !== 'ok' || !verdict.uaaOnly)
                continue;
            const first = verdict.via[0];
            context.report({
                messageId: 'uaaOnly',
                loc: first.fieldLoc('roleDefinitionId'),
                data: { principal: (0,helpers/* describePrincipal */.wC)(first), definition: definitionName(def), suggestedRole: SUGGESTED_ROLE }
            });
        }
    }
};
/* harmony default export */ const pec_uaa_undocumented = ((/* unused pure expression or super */ null && (pec_uaa_undocumented_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/pec-no-eligible-authorization.js



const pec_no_eligible_authorization_rule = {
    meta: {
        id: 'pec-no-eligible-authorization',
        level: 'error',
        category: 'pec',
        description: 'Without a pinned automation principal: no principal holds a permanent PEC-eligible role that Lighthouse accepts.',
        messages: {
            none: 'No principal in registration definition {{definition}} holds a permanent PEC-eligible role that Lighthouse accepts (roles found: {{roles}}), so no Partner ID link can earn partner earned credit on this delegation. ' +
                "Add a permanent authorization for your Provider Automation Account: {principalId: '<its object ID>', roleDefinitionId: {{suggestedRole}}}."
        }
    },
    check(context) {
        if ((0,pec_verdict/* pinnedPrincipal */.xN)(context.options) !== undefined)
            return;
        for (const def of context.template.definitions) {
            if ((0,pec_verdict/* anyPrincipalVerdict */.KF)(def, context.catalogue).kind !== 'none')
                continue;
            const roles = [...new Set(def.authorizations.map((a) => (0,helpers/* describeRole */.Up)(a.roleDefinitionId, context.catalogue)))];
            context.report({
                messageId: 'none',
                loc: def.fieldLoc('properties.authorizations'),
                data: { definition: definitionName(def), roles: roles.length > 0 ? roles.join(', ') : 'none', suggestedRole: SUGGESTED_ROLE }
            });
        }
    }
};
/* harmony default export */ const pec_no_eligible_authorization = ((/* unused pure expression or super */ null && (pec_no_eligible_authorization_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/pec-principal-not-pinned.js

const pec_principal_not_pinned_rule = {
    meta: {
        id: 'pec-principal-not-pinned',
        level: 'note',
        category: 'pec',
        description: 'No automation principal is pinned, so PEC can only be checked for "some principal", not for the one linked to the Partner ID.',
        messages: {
            notPinned: 'No automation principal is pinned: PEC is only checked for some principal holding a PEC-eligible role, not for the one linked to your Partner ID. ' +
                'Set the action input automation-principal-id (CLI: --automation-principal-id) to the object ID of your Provider Automation Account.'
        }
    },
    check(context) {
        if ((0,pec_verdict/* pinnedPrincipal */.xN)(context.options) !== undefined)
            return;
        const first = context.template.definitions[0];
        if (!first)
            return;
        context.report({ messageId: 'notPinned', loc: first.loc });
    }
};
/* harmony default export */ const pec_principal_not_pinned = ((/* unused pure expression or super */ null && (pec_principal_not_pinned_rule)));

// EXTERNAL MODULE: ./lib/lint/arm/unknown.js
var unknown = __nccwpck_require__(6554);
;// CONCATENATED MODULE: ./lib/lint/schema/registration-definition.validate.generated.js
// Generated by scripts/generate-validator.mjs from registration-definition.schema.json. Do not edit.
// @ts-nocheck

const validate = validate10;
/* harmony default export */ const registration_definition_validate_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lighthouse-pec-guard/schemas/registration-definition.json","title":"Resolved Microsoft.ManagedServices/registrationDefinitions resource (properties and plan)","description":"Written from the ARM template reference for Microsoft.ManagedServices (API 2022-10-01). Validates the evaluated resource: { properties, plan }.","type":"object","required":["properties"],"properties":{"properties":{"$ref":"#/definitions/registrationDefinitionProperties"},"plan":{"description":"Marketplace plan: all four fields or no plan at all (null, from if(..., json('null')), counts as none).","type":["object","null"],"required":["name","publisher","product","version"],"properties":{"name":{"type":"string"},"publisher":{"type":"string"},"product":{"type":"string"},"version":{"type":"string"}},"additionalProperties":false}},"definitions":{"registrationDefinitionProperties":{"type":"object","required":["managedByTenantId","authorizations"],"properties":{"registrationDefinitionName":{"type":"string"},"description":{"type":"string"},"managedByTenantId":{"type":"string"},"authorizations":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/authorization"}},"eligibleAuthorizations":{"type":"array","items":{"$ref":"#/definitions/eligibleAuthorization"}}}},"authorization":{"type":"object","required":["principalId","roleDefinitionId"],"properties":{"principalId":{"type":"string"},"principalIdDisplayName":{"type":"string"},"roleDefinitionId":{"type":"string"},"delegatedRoleDefinitionIds":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"eligibleAuthorization":{"type":"object","required":["principalId","roleDefinitionId"],"properties":{"principalId":{"type":"string"},"principalIdDisplayName":{"type":"string"},"roleDefinitionId":{"type":"string"},"justInTimeAccessPolicy":{"$ref":"#/definitions/justInTimeAccessPolicy"}}},"justInTimeAccessPolicy":{"type":"object","required":["multiFactorAuthProvider"],"properties":{"multiFactorAuthProvider":{"enum":["Azure","None"]},"maximumActivationDuration":{"type":"string"},"managedByTenantApprovers":{"type":"array","maxItems":10,"items":{"type":"object","required":["principalId"],"properties":{"principalId":{"type":"string"},"principalIdDisplayName":{"type":"string"}}}}}}}};
const schema12 = {"type":"object","required":["managedByTenantId","authorizations"],"properties":{"registrationDefinitionName":{"type":"string"},"description":{"type":"string"},"managedByTenantId":{"type":"string"},"authorizations":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/authorization"}},"eligibleAuthorizations":{"type":"array","items":{"$ref":"#/definitions/eligibleAuthorization"}}}};
const schema13 = {"type":"object","required":["principalId","roleDefinitionId"],"properties":{"principalId":{"type":"string"},"principalIdDisplayName":{"type":"string"},"roleDefinitionId":{"type":"string"},"delegatedRoleDefinitionIds":{"type":"array","items":{"type":"string"}}},"additionalProperties":false};
const schema14 = {"type":"object","required":["principalId","roleDefinitionId"],"properties":{"principalId":{"type":"string"},"principalIdDisplayName":{"type":"string"},"roleDefinitionId":{"type":"string"},"justInTimeAccessPolicy":{"$ref":"#/definitions/justInTimeAccessPolicy"}}};
const schema15 = {"type":"object","required":["multiFactorAuthProvider"],"properties":{"multiFactorAuthProvider":{"enum":["Azure","None"]},"maximumActivationDuration":{"type":"string"},"managedByTenantApprovers":{"type":"array","maxItems":10,"items":{"type":"object","required":["principalId"],"properties":{"principalId":{"type":"string"},"principalIdDisplayName":{"type":"string"}}}}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.principalId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "principalId"},message:"must have required property '"+"principalId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.roleDefinitionId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "roleDefinitionId"},message:"must have required property '"+"roleDefinitionId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.principalId !== undefined){
if(typeof data.principalId !== "string"){
const err2 = {instancePath:instancePath+"/principalId",schemaPath:"#/properties/principalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.principalIdDisplayName !== undefined){
if(typeof data.principalIdDisplayName !== "string"){
const err3 = {instancePath:instancePath+"/principalIdDisplayName",schemaPath:"#/properties/principalIdDisplayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.roleDefinitionId !== undefined){
if(typeof data.roleDefinitionId !== "string"){
const err4 = {instancePath:instancePath+"/roleDefinitionId",schemaPath:"#/properties/roleDefinitionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.justInTimeAccessPolicy !== undefined){
let data3 = data.justInTimeAccessPolicy;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.multiFactorAuthProvider === undefined){
const err5 = {instancePath:instancePath+"/justInTimeAccessPolicy",schemaPath:"#/definitions/justInTimeAccessPolicy/required",keyword:"required",params:{missingProperty: "multiFactorAuthProvider"},message:"must have required property '"+"multiFactorAuthProvider"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.multiFactorAuthProvider !== undefined){
let data4 = data3.multiFactorAuthProvider;
if(!((data4 === "Azure") || (data4 === "None"))){
const err6 = {instancePath:instancePath+"/justInTimeAccessPolicy/multiFactorAuthProvider",schemaPath:"#/definitions/justInTimeAccessPolicy/properties/multiFactorAuthProvider/enum",keyword:"enum",params:{allowedValues: schema15.properties.multiFactorAuthProvider.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.maximumActivationDuration !== undefined){
if(typeof data3.maximumActivationDuration !== "string"){
const err7 = {instancePath:instancePath+"/justInTimeAccessPolicy/maximumActivationDuration",schemaPath:"#/definitions/justInTimeAccessPolicy/properties/maximumActivationDuration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.managedByTenantApprovers !== undefined){
let data6 = data3.managedByTenantApprovers;
if(Array.isArray(data6)){
if(data6.length > 10){
const err8 = {instancePath:instancePath+"/justInTimeAccessPolicy/managedByTenantApprovers",schemaPath:"#/definitions/justInTimeAccessPolicy/properties/managedByTenantApprovers/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.principalId === undefined){
const err9 = {instancePath:instancePath+"/justInTimeAccessPolicy/managedByTenantApprovers/" + i0,schemaPath:"#/definitions/justInTimeAccessPolicy/properties/managedByTenantApprovers/items/required",keyword:"required",params:{missingProperty: "principalId"},message:"must have required property '"+"principalId"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data7.principalId !== undefined){
if(typeof data7.principalId !== "string"){
const err10 = {instancePath:instancePath+"/justInTimeAccessPolicy/managedByTenantApprovers/" + i0+"/principalId",schemaPath:"#/definitions/justInTimeAccessPolicy/properties/managedByTenantApprovers/items/properties/principalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.principalIdDisplayName !== undefined){
if(typeof data7.principalIdDisplayName !== "string"){
const err11 = {instancePath:instancePath+"/justInTimeAccessPolicy/managedByTenantApprovers/" + i0+"/principalIdDisplayName",schemaPath:"#/definitions/justInTimeAccessPolicy/properties/managedByTenantApprovers/items/properties/principalIdDisplayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/justInTimeAccessPolicy/managedByTenantApprovers/" + i0,schemaPath:"#/definitions/justInTimeAccessPolicy/properties/managedByTenantApprovers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/justInTimeAccessPolicy/managedByTenantApprovers",schemaPath:"#/definitions/justInTimeAccessPolicy/properties/managedByTenantApprovers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/justInTimeAccessPolicy",schemaPath:"#/definitions/justInTimeAccessPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.managedByTenantId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "managedByTenantId"},message:"must have required property '"+"managedByTenantId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.authorizations === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizations"},message:"must have required property '"+"authorizations"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.registrationDefinitionName !== undefined){
if(typeof data.registrationDefinitionName !== "string"){
const err2 = {instancePath:instancePath+"/registrationDefinitionName",schemaPath:"#/properties/registrationDefinitionName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.managedByTenantId !== undefined){
if(typeof data.managedByTenantId !== "string"){
const err4 = {instancePath:instancePath+"/managedByTenantId",schemaPath:"#/properties/managedByTenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.authorizations !== undefined){
let data3 = data.authorizations;
if(Array.isArray(data3)){
if(data3.length < 1){
const err5 = {instancePath:instancePath+"/authorizations",schemaPath:"#/properties/authorizations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.principalId === undefined){
const err6 = {instancePath:instancePath+"/authorizations/" + i0,schemaPath:"#/definitions/authorization/required",keyword:"required",params:{missingProperty: "principalId"},message:"must have required property '"+"principalId"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.roleDefinitionId === undefined){
const err7 = {instancePath:instancePath+"/authorizations/" + i0,schemaPath:"#/definitions/authorization/required",keyword:"required",params:{missingProperty: "roleDefinitionId"},message:"must have required property '"+"roleDefinitionId"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data4){
if(!((((key0 === "principalId") || (key0 === "principalIdDisplayName")) || (key0 === "roleDefinitionId")) || (key0 === "delegatedRoleDefinitionIds"))){
const err8 = {instancePath:instancePath+"/authorizations/" + i0,schemaPath:"#/definitions/authorization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.principalId !== undefined){
if(typeof data4.principalId !== "string"){
const err9 = {instancePath:instancePath+"/authorizations/" + i0+"/principalId",schemaPath:"#/definitions/authorization/properties/principalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.principalIdDisplayName !== undefined){
if(typeof data4.principalIdDisplayName !== "string"){
const err10 = {instancePath:instancePath+"/authorizations/" + i0+"/principalIdDisplayName",schemaPath:"#/definitions/authorization/properties/principalIdDisplayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.roleDefinitionId !== undefined){
if(typeof data4.roleDefinitionId !== "string"){
const err11 = {instancePath:instancePath+"/authorizations/" + i0+"/roleDefinitionId",schemaPath:"#/definitions/authorization/properties/roleDefinitionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.delegatedRoleDefinitionIds !== undefined){
let data8 = data4.delegatedRoleDefinitionIds;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(typeof data8[i1] !== "string"){
const err12 = {instancePath:instancePath+"/authorizations/" + i0+"/delegatedRoleDefinitionIds/" + i1,schemaPath:"#/definitions/authorization/properties/delegatedRoleDefinitionIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/authorizations/" + i0+"/delegatedRoleDefinitionIds",schemaPath:"#/definitions/authorization/properties/delegatedRoleDefinitionIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/authorizations/" + i0,schemaPath:"#/definitions/authorization/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/authorizations",schemaPath:"#/properties/authorizations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.eligibleAuthorizations !== undefined){
let data10 = data.eligibleAuthorizations;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate12(data10[i2], {instancePath:instancePath+"/eligibleAuthorizations/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/eligibleAuthorizations",schemaPath:"#/properties/eligibleAuthorizations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://lighthouse-pec-guard/schemas/registration-definition.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.properties === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.properties !== undefined){
if(!(validate11(data.properties, {instancePath:instancePath+"/properties",parentData:data,parentDataProperty:"properties",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.plan !== undefined){
let data1 = data.plan;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
const err1 = {instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/type",keyword:"type",params:{type: schema11.properties.plan.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err2 = {instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.publisher === undefined){
const err3 = {instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.product === undefined){
const err4 = {instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.version === undefined){
const err5 = {instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data1){
if(!((((key0 === "name") || (key0 === "publisher")) || (key0 === "product")) || (key0 === "version"))){
const err6 = {instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err7 = {instancePath:instancePath+"/plan/name",schemaPath:"#/properties/plan/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.publisher !== undefined){
if(typeof data1.publisher !== "string"){
const err8 = {instancePath:instancePath+"/plan/publisher",schemaPath:"#/properties/plan/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.product !== undefined){
if(typeof data1.product !== "string"){
const err9 = {instancePath:instancePath+"/plan/product",schemaPath:"#/properties/plan/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.version !== undefined){
if(typeof data1.version !== "string"){
const err10 = {instancePath:instancePath+"/plan/version",schemaPath:"#/properties/plan/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./lib/lint/schema/registration-definition.js


function stripUnknowns(value, path, unknownPaths, depth = 0) {
    if ((0,unknown/* isUnknown */.t)(value)) {
        unknownPaths.push(path);
        return null;
    }
    if (depth > 64)
        return value;
    if (Array.isArray(value))
        return value.map((v, i) => stripUnknowns(v, `${path}/${i}`, unknownPaths, depth + 1));
    if (typeof value === 'object' && value !== null) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            Object.defineProperty(out, k, { value: stripUnknowns(v, `${path}/${escapePointer(k)}`, unknownPaths, depth + 1), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    return value;
}
function containsUnknown(value, depth) {
    if ((0,unknown/* isUnknown */.t)(value))
        return true;
    if (value === null || typeof value !== 'object' || depth > 64)
        return false;
    if (Array.isArray(value))
        return value.some((v) => containsUnknown(v, depth + 1));
    for (const key in value)
        if (containsUnknown(value[key], depth + 1))
            return true;
    return false;
}
function escapePointer(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function validateRegistrationDefinition(resource) {
    const unknownPaths = [];
    const strip = (value, path) => (containsUnknown(value, 0) ? stripUnknowns(value, path, unknownPaths) : value);
    const data = { properties: strip(resource.properties, '/properties') };
    if (resource.plan !== undefined)
        data.plan = strip(resource.plan, '/plan');
    if (validate(data))
        return [];
    const errors = (validate.errors ?? []);
    return errors
        .filter((e) => !unknownPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)))
        .map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params, message: e.message ?? e.keyword }));
}

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-definition-shape.js



const lighthouse_definition_shape_rule = {
    meta: {
        id: 'lighthouse-definition-shape',
        level: 'error',
        category: 'lighthouse',
        description: 'The registration definition must match the Microsoft.ManagedServices schema: required fields and types (unknown authorization fields are a warning).',
        messages: {
            shape: '{{definition}}: {{path}} {{problem}}. {{fix}}'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            if ((0,unknown/* isUnknown */.t)(def.properties))
                continue;
            const errors = validateRegistrationDefinition({ properties: def.properties, plan: def.plan });
            for (const error of errors) {
                if (ownedElsewhere(error))
                    continue;
                const { path, problem, fix } = describe(error);
                const level = error.keyword === 'additionalProperties' ? 'warning' : undefined;
                context.report({ messageId: 'shape', loc: locate(def, error), data: { definition: (0,helpers/* defLabel */.wm)(def), path, problem, fix }, ...(level ? { level } : {}) });
            }
        }
    }
};
function ownedElsewhere(error) {
    return ((error.keyword === 'enum' && error.instancePath.endsWith('/justInTimeAccessPolicy/multiFactorAuthProvider')) ||
        (error.keyword === 'maxItems' && error.instancePath.endsWith('/justInTimeAccessPolicy/managedByTenantApprovers')));
}
function segments(pointer) {
    return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function humanPath(segs) {
    let out = '';
    for (const s of segs)
        out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`;
    return out === '' ? 'the resource' : out;
}
function describe(error) {
    const segs = segments(error.instancePath);
    const p = error.params;
    switch (error.keyword) {
        case 'required': {
            const missing = String(p.missingProperty);
            return { path: humanPath([...segs, missing]), problem: 'is required but missing', fix: `Add ${missing} to ${humanPath(segs)}.` };
        }
        case 'additionalProperties': {
            const extra = String(p.additionalProperty);
            return {
                path: humanPath([...segs, extra]),
                problem: 'is not a property the Microsoft.ManagedServices API documents here (its value is ignored or the deployment refused)',
                fix: `Remove ${extra} or fix its spelling (allowed: ${segs[0] === 'plan' ? 'name, publisher, product, version' : 'principalId, principalIdDisplayName, roleDefinitionId, delegatedRoleDefinitionIds'}).`
            };
        }
        case 'type':
            return { path: humanPath(segs), problem: `must be of type ${String(p.type).replace(',', ' or ')}`, fix: `Write it as ${withArticle(String(p.type).split(',')[0])}.` };
        case 'minItems':
            return { path: humanPath(segs), problem: `must hold at least ${String(p.limit)} item(s)`, fix: 'Add at least one permanent authorization.' };
        case 'maxItems':
            return { path: humanPath(segs), problem: `must hold at most ${String(p.limit)} item(s)`, fix: 'Remove entries.' };
        case 'enum':
            return {
                path: humanPath(segs),
                problem: `must be one of ${(p.allowedValues ?? []).map((v) => `'${String(v)}'`).join(', ')}`,
                fix: 'Use one of the allowed values.'
            };
        default:
            return { path: humanPath(segs), problem: error.message, fix: 'See the Microsoft.ManagedServices/registrationDefinitions template reference.' };
    }
}
function locate(def, error) {
    const segs = segments(error.instancePath);
    if (segs[0] === 'plan')
        return def.fieldLoc('plan');
    if (segs[0] !== 'properties')
        return def.loc;
    if (segs.length === 1)
        return def.fieldLoc('properties');
    const key = segs[1];
    if ((key === 'authorizations' || key === 'eligibleAuthorizations') && segs.length >= 3) {
        const index = Number(segs[2]);
        const list = key === 'authorizations' ? def.authorizations : def.eligibleAuthorizations;
        const auth = list.find((a) => a.index === index);
        if (auth)
            return segs.length >= 4 ? auth.fieldLoc(segs[3]) : auth.loc;
    }
    return def.fieldLoc(`properties.${key}`);
}
/* harmony default export */ const lighthouse_definition_shape = ((/* unused pure expression or super */ null && (lighthouse_definition_shape_rule)));
function withArticle(type) {
    return `${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type}`;
}

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-owner-role.js


const lighthouse_owner_role_rule = {
    meta: {
        id: 'lighthouse-owner-role',
        level: 'error',
        category: 'lighthouse',
        description: 'Azure Lighthouse does not support the Owner role in authorizations.',
        messages: {
            owner: '{{where}} grants Owner (8e3af657-a8ff-443c-a75c-2fe8c4bcb635) to {{principal}}: Azure Lighthouse rejects Owner. ' +
                'Use Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c), plus User Access Administrator with delegatedRoleDefinitionIds if the principal must assign roles to managed identities.'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            for (const auth of (0,helpers/* allAuthorizations */.I2)(def)) {
                if (auth.roleGuid !== roles/* OWNER_ROLE_ID */.zK)
                    continue;
                context.report({
                    messageId: 'owner',
                    loc: auth.fieldLoc('roleDefinitionId'),
                    data: { where: (0,helpers/* authLabel */.bg)(auth), principal: (0,helpers/* describePrincipal */.wC)(auth) },
                    suggest: (fixer) => [fixer.replaceRole(auth, roles/* CONTRIBUTOR_ROLE_ID */.j3, 'Lighthouse rejects Owner; Contributor cannot assign roles, so decide whether this principal needs more.')]
                });
            }
        }
    }
};
/* harmony default export */ const lighthouse_owner_role = ((/* unused pure expression or super */ null && (lighthouse_owner_role_rule)));

// EXTERNAL MODULE: ./lib/lint/roles/certainty.js
var certainty = __nccwpck_require__(2818);
;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-role-data-actions.js


const lighthouse_role_data_actions_rule = {
    meta: {
        id: 'lighthouse-role-data-actions',
        level: 'error',
        category: 'lighthouse',
        description: 'Azure Lighthouse does not support roles with DataActions (a warning when the role data is recent or disputed).',
        messages: {
            dataActions: '{{where}} grants {{role}} to {{principal}}, but this role has DataActions ({{dataActions}}) per {{source}}, and Azure Lighthouse rejects roles with DataActions. ' +
                'Choose a role without DataActions, e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) or a narrower control-plane role.',
            unsettled: '{{where}} grants {{role}} to {{principal}}; {{source}} lists DataActions for it ({{dataActions}}), which Azure Lighthouse rejects, but {{why}}, so whether the role has them today is not certain. ' +
                '{{confirm}}; or choose a role without DataActions, e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c).'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            for (const auth of (0,helpers/* allAuthorizations */.I2)(def)) {
                const info = (0,helpers/* roleOf */.kp)(auth, context.catalogue);
                if (!info?.hasDataActions)
                    continue;
                const data = {
                    where: (0,helpers/* authLabel */.bg)(auth),
                    role: (0,helpers/* describeRole */.Up)(auth.roleDefinitionId, context.catalogue),
                    principal: (0,helpers/* describePrincipal */.wC)(auth),
                    dataActions: (0,certainty/* dataActionsText */.tz)(info),
                    source: (0,certainty/* permissionsSource */.o2)(info, context.catalogue)
                };
                if (info.unsettled) {
                    context.report({ messageId: 'unsettled', level: 'warning', loc: auth.fieldLoc('roleDefinitionId'), data: { ...data, why: info.unsettled, confirm: (0,certainty/* confirmRole */.v6)('dataActions') } });
                }
                else {
                    context.report({
                        messageId: 'dataActions',
                        loc: auth.fieldLoc('roleDefinitionId'),
                        data,
                        suggest: (fixer) => [fixer.removeAuthorization(def, auth, 'Lighthouse rejects roles with DataActions; decide which role without DataActions this principal needs instead.')]
                    });
                }
            }
        }
    }
};
/* harmony default export */ const lighthouse_role_data_actions = ((/* unused pure expression or super */ null && (lighthouse_role_data_actions_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-role-restricted-actions.js



const lighthouse_role_restricted_actions_rule = {
    meta: {
        id: 'lighthouse-role-restricted-actions',
        level: 'error',
        category: 'lighthouse',
        description: 'Azure Lighthouse does not support roles that can write or delete role assignments, role definitions, classic administrators, locks or deny assignments (a warning when the role data is recent or disputed).',
        messages: {
            restricted: '{{where}} grants {{role}} to {{principal}}, but this role can perform {{actions}} per {{source}}, which Azure Lighthouse rejects. ' +
                'Choose a role without Microsoft.Authorization writes (policy writes are fine), e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c).',
            unsettled: '{{where}} grants {{role}} to {{principal}}; per {{source}} this role can perform {{actions}}, which Azure Lighthouse rejects, but {{why}}, so this is not certain. ' +
                '{{confirm}}; or choose a role without Microsoft.Authorization writes, e.g. Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c).'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            for (const auth of (0,helpers/* allAuthorizations */.I2)(def)) {
                const info = (0,helpers/* roleOf */.kp)(auth, context.catalogue);
                if (!info || info.id === roles/* OWNER_ROLE_ID */.zK || info.id === roles/* USER_ACCESS_ADMINISTRATOR_ROLE_ID */.kx)
                    continue;
                if (info.restrictedActions.length === 0)
                    continue;
                const shown = info.restrictedActions.slice(0, 3).join(', ') + (info.restrictedActions.length > 3 ? ', ...' : '');
                const data = {
                    where: (0,helpers/* authLabel */.bg)(auth),
                    role: (0,helpers/* describeRole */.Up)(auth.roleDefinitionId, context.catalogue),
                    principal: (0,helpers/* describePrincipal */.wC)(auth),
                    actions: shown,
                    source: (0,certainty/* permissionsSource */.o2)(info, context.catalogue)
                };
                if (info.unsettled) {
                    context.report({ messageId: 'unsettled', level: 'warning', loc: auth.fieldLoc('roleDefinitionId'), data: { ...data, why: info.unsettled, confirm: (0,certainty/* confirmRole */.v6)('actions') } });
                }
                else {
                    context.report({
                        messageId: 'restricted',
                        loc: auth.fieldLoc('roleDefinitionId'),
                        data,
                        suggest: (fixer) => [fixer.removeAuthorization(def, auth, 'Lighthouse rejects roles that write role assignments, definitions or locks; decide which role this principal needs instead.')]
                    });
                }
            }
        }
    }
};
/* harmony default export */ const lighthouse_role_restricted_actions = ((/* unused pure expression or super */ null && (lighthouse_role_restricted_actions_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-uaa-delegated-roles.js



const lighthouse_uaa_delegated_roles_rule = {
    meta: {
        id: 'lighthouse-uaa-delegated-roles',
        level: 'error',
        category: 'lighthouse',
        description: 'User Access Administrator needs delegatedRoleDefinitionIds, which may not include User Access Administrator or Owner; other roles take no delegatedRoleDefinitionIds.',
        messages: {
            missing: '{{where}} grants User Access Administrator to {{principal}} without delegatedRoleDefinitionIds: Lighthouse accepts this role only for assigning roles to managed identities. ' +
                "Add delegatedRoleDefinitionIds: ['<role GUID>', ...] listing the built-in roles it may assign (e.g. 'b24988ac-6180-42a0-ab88-20f7382dd24c' Contributor).",
            forbidden: '{{where}}.delegatedRoleDefinitionIds includes {{role}}: Lighthouse does not allow User Access Administrator to delegate User Access Administrator or Owner. Remove it.',
            notUaa: '{{where}} has delegatedRoleDefinitionIds ({{value}}) but its role is {{role}}, not User Access Administrator: the list has no effect. Remove it, or use User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9).'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            for (const auth of def.authorizations) {
                const role = auth.roleGuid;
                const ids = auth.delegatedRoleDefinitionIds;
                if ((0,unknown/* isUnknown */.t)(ids) || (0,unknown/* isUnknown */.t)(auth.roleDefinitionId))
                    continue;
                const present = ids !== undefined && ids !== null;
                if (role === roles/* USER_ACCESS_ADMINISTRATOR_ROLE_ID */.kx) {
                    if (!Array.isArray(ids) || ids.length === 0) {
                        context.report({
                            messageId: 'missing',
                            loc: present ? auth.fieldLoc('delegatedRoleDefinitionIds') : auth.fieldLoc('roleDefinitionId'),
                            data: { where: (0,helpers/* authLabel */.bg)(auth), principal: (0,helpers/* describePrincipal */.wC)(auth) }
                        });
                        continue;
                    }
                    for (const id of ids) {
                        const inner = (0,helpers/* roleIdOf */.J_)(id);
                        if (inner !== roles/* USER_ACCESS_ADMINISTRATOR_ROLE_ID */.kx && inner !== roles/* OWNER_ROLE_ID */.zK)
                            continue;
                        context.report({
                            messageId: 'forbidden',
                            loc: auth.fieldLoc('delegatedRoleDefinitionIds'),
                            data: { where: (0,helpers/* authLabel */.bg)(auth), role: (0,helpers/* describeRole */.Up)(id, context.catalogue) }
                        });
                    }
                }
                else if (role !== undefined && present && !(Array.isArray(ids) && ids.length === 0)) {
                    context.report({
                        messageId: 'notUaa',
                        level: 'warning',
                        loc: auth.fieldLoc('delegatedRoleDefinitionIds'),
                        data: { where: (0,helpers/* authLabel */.bg)(auth), role: (0,helpers/* describeRole */.Up)(auth.roleDefinitionId, context.catalogue), value: (0,helpers/* show */.WU)(ids) }
                    });
                }
            }
        }
    }
};
/* harmony default export */ const lighthouse_uaa_delegated_roles = ((/* unused pure expression or super */ null && (lighthouse_uaa_delegated_roles_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-eligible-service-principal.js


const lighthouse_eligible_service_principal_rule = {
    meta: {
        id: 'lighthouse-eligible-service-principal',
        level: 'error',
        category: 'lighthouse',
        description: 'The automation principal is a service principal, and service principals cannot be eligible (just-in-time) authorizations.',
        messages: {
            servicePrincipal: '{{where}} makes the automation principal {{principal}} eligible, but eligible authorizations accept only users and groups, never service principals. ' +
                'Move it to properties.authorizations (permanent), or remove it from eligibleAuthorizations.'
        }
    },
    check(context) {
        const principal = (0,pec_verdict/* pinnedPrincipal */.xN)(context.options);
        if (principal === undefined)
            return;
        for (const def of context.template.definitions) {
            for (const auth of def.eligibleAuthorizations) {
                if (auth.principalGuid !== principal)
                    continue;
                context.report({
                    messageId: 'servicePrincipal',
                    loc: auth.fieldLoc('principalId'),
                    data: { where: (0,helpers/* authLabel */.bg)(auth), principal: (0,helpers/* describePrincipal */.wC)(auth) }
                });
            }
        }
    }
};
/* harmony default export */ const lighthouse_eligible_service_principal = ((/* unused pure expression or super */ null && (lighthouse_eligible_service_principal_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-eligible-authorization.js


const lighthouse_eligible_authorization_rule = {
    meta: {
        id: 'lighthouse-eligible-authorization',
        level: 'error',
        category: 'lighthouse',
        description: 'Eligible (just-in-time) authorizations cannot use User Access Administrator or carry delegatedRoleDefinitionIds.',
        messages: {
            uaa: '{{where}} makes {{principal}} eligible for User Access Administrator, which Lighthouse does not allow for eligible authorizations. Grant it permanently in properties.authorizations with delegatedRoleDefinitionIds instead.',
            delegated: '{{where}} carries delegatedRoleDefinitionIds, which eligible authorizations do not accept. Remove delegatedRoleDefinitionIds from it.'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            for (const auth of def.eligibleAuthorizations) {
                if (auth.roleGuid === roles/* USER_ACCESS_ADMINISTRATOR_ROLE_ID */.kx) {
                    context.report({ messageId: 'uaa', loc: auth.fieldLoc('roleDefinitionId'), data: { where: (0,helpers/* authLabel */.bg)(auth), principal: (0,helpers/* describePrincipal */.wC)(auth) } });
                }
                if (auth.delegatedRoleDefinitionIds !== undefined && auth.delegatedRoleDefinitionIds !== null) {
                    context.report({ messageId: 'delegated', loc: auth.fieldLoc('delegatedRoleDefinitionIds'), data: { where: (0,helpers/* authLabel */.bg)(auth) } });
                }
            }
        }
    }
};
/* harmony default export */ const lighthouse_eligible_authorization = ((/* unused pure expression or super */ null && (lighthouse_eligible_authorization_rule)));

// EXTERNAL MODULE: ./lib/lint/rules/iso-duration.js
var iso_duration = __nccwpck_require__(7921);
;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-jit-policy.js



const MIN_SECONDS = 30 * 60;
const MAX_SECONDS = 8 * 60 * 60;
const MAX_APPROVERS = 10;
const lighthouse_jit_policy_rule = {
    meta: {
        id: 'lighthouse-jit-policy',
        level: 'error',
        category: 'lighthouse',
        description: 'Just-in-time policies must use a duration between PT30M and PT8H, multiFactorAuthProvider Azure or None, at most 10 approvers, and be identical for one role.',
        messages: {
            duration: "{{where}}.justInTimeAccessPolicy.maximumActivationDuration is '{{value}}', {{problem}}. Use an ISO-8601 duration from PT30M to PT8H, e.g. 'PT8H' or 'PT1H30M'.",
            mfa: "{{where}}.justInTimeAccessPolicy.multiFactorAuthProvider is '{{value}}'. Use 'Azure' (require Azure AD MFA on activation) or 'None'.",
            approvers: '{{where}}.justInTimeAccessPolicy.managedByTenantApprovers lists {{count}} approvers; Lighthouse allows at most 10. Use a group as approver instead of many individuals.',
            inconsistent: '{{where}} and {{other}} are both eligible for {{role}} with different justInTimeAccessPolicy values; Lighthouse requires identical policies for one role. Make the policies the same.'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            const seen = new Map();
            for (const auth of def.eligibleAuthorizations) {
                const policy = auth.justInTimeAccessPolicy;
                if (!(0,helpers/* isObject */.Gv)(policy))
                    continue;
                const where = (0,helpers/* authLabel */.bg)(auth);
                const duration = policy.maximumActivationDuration;
                if (typeof duration === 'string') {
                    const seconds = (0,iso_duration/* parseIsoDuration */.p)(duration);
                    const problem = seconds === undefined
                        ? 'which is not an ISO-8601 duration'
                        : seconds < MIN_SECONDS
                            ? 'shorter than the minimum PT30M'
                            : seconds > MAX_SECONDS
                                ? 'longer than the maximum PT8H'
                                : undefined;
                    if (problem) {
                        context.report({ messageId: 'duration', loc: auth.fieldLoc('justInTimeAccessPolicy'), data: { where, value: duration, problem }, fix: (fixer) => fixer.clampActivationDuration(auth) });
                    }
                }
                const mfa = policy.multiFactorAuthProvider;
                if (typeof mfa === 'string' && mfa !== 'Azure' && mfa !== 'None') {
                    context.report({ messageId: 'mfa', loc: auth.fieldLoc('justInTimeAccessPolicy'), data: { where, value: mfa } });
                }
                const approvers = policy.managedByTenantApprovers;
                if (Array.isArray(approvers) && approvers.length > MAX_APPROVERS) {
                    context.report({ messageId: 'approvers', loc: auth.fieldLoc('justInTimeAccessPolicy'), data: { where, count: approvers.length } });
                }
                const role = auth.roleGuid;
                if (role === undefined || lighthouse_jit_policy_containsUnknown(policy))
                    continue;
                const key = canonical(policy);
                const earlier = seen.get(role);
                if (!earlier) {
                    seen.set(role, { where, policy: key });
                }
                else if (earlier.policy !== key) {
                    context.report({
                        messageId: 'inconsistent',
                        level: 'warning',
                        loc: auth.fieldLoc('justInTimeAccessPolicy'),
                        data: { where, other: earlier.where, role: (0,helpers/* describeRole */.Up)(role, context.catalogue) }
                    });
                }
            }
        }
    }
};
function lighthouse_jit_policy_containsUnknown(value) {
    if ((0,unknown/* isUnknown */.t)(value))
        return true;
    if (Array.isArray(value))
        return value.some(lighthouse_jit_policy_containsUnknown);
    if ((0,helpers/* isObject */.Gv)(value))
        return Object.values(value).some(lighthouse_jit_policy_containsUnknown);
    return false;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if ((0,helpers/* isObject */.Gv)(value)) {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${k}:${canonical(value[k])}`)
            .join(',')}}`;
    }
    return typeof value === 'string' ? JSON.stringify(value.toLowerCase()) : JSON.stringify(value);
}
/* harmony default export */ const lighthouse_jit_policy = ((/* unused pure expression or super */ null && (lighthouse_jit_policy_rule)));

// EXTERNAL MODULE: ./lib/shared/memo.js
var memo = __nccwpck_require__(9347);
;// CONCATENATED MODULE: ./lib/lint/rules/fields.js


class Field {
    value;
    kind;
    auth;
    def;
    suffix;
    locKey;
    constructor(value, kind, auth, def, suffix, locKey) {
        this.value = value;
        this.kind = kind;
        this.auth = auth;
        this.def = def;
        this.suffix = suffix;
        this.locKey = locKey;
    }
    get path() {
        return this.auth ? `${(0,helpers/* authLabel */.bg)(this.auth)}.${this.suffix}` : this.suffix;
    }
    get loc() {
        return this.auth ? this.auth.fieldLoc(this.locKey) : this.def.fieldLoc(this.locKey);
    }
}
const GUID_FIELDS = Symbol('guidFields');
function guidFields(def) {
    return (0,memo/* memoOn */.C)(def, GUID_FIELDS, collectGuidFields);
}
function suspect(value, guid) {
    if (typeof value !== 'string')
        return false;
    const known = guid ?? ((0,helpers/* isGuid */.W_)(value) ? value : undefined);
    return known === undefined || known === helpers/* ZERO_GUID */.Bi;
}
function collectGuidFields(def) {
    const out = [];
    if (suspect(def.managedByTenantId))
        out.push(new Field(def.managedByTenantId, 'tenant', null, def, 'managedByTenantId', 'properties.managedByTenantId'));
    for (const auth of (0,helpers/* allAuthorizations */.I2)(def)) {
        if (suspect(auth.principalId, auth.principalGuid))
            out.push(new Field(auth.principalId, 'principal', auth, def, 'principalId', 'principalId'));
        if (suspect(auth.roleDefinitionId))
            out.push(new Field(auth.roleDefinitionId, 'role', auth, def, 'roleDefinitionId', 'roleDefinitionId'));
        if (Array.isArray(auth.delegatedRoleDefinitionIds)) {
            auth.delegatedRoleDefinitionIds.forEach((value, i) => {
                if (suspect(value))
                    out.push(new Field(value, 'role', auth, def, `delegatedRoleDefinitionIds[${i}]`, 'delegatedRoleDefinitionIds'));
            });
        }
        const policy = auth.justInTimeAccessPolicy;
        if ((0,helpers/* isObject */.Gv)(policy) && Array.isArray(policy.managedByTenantApprovers)) {
            policy.managedByTenantApprovers.forEach((approver, i) => {
                if (!(0,helpers/* isObject */.Gv)(approver) || !suspect(approver.principalId))
                    return;
                out.push(new Field(approver.principalId, 'principal', auth, def, `justInTimeAccessPolicy.managedByTenantApprovers[${i}].principalId`, 'justInTimeAccessPolicy'));
            });
        }
    }
    return out;
}
function placeholderTextFields(def) {
    const out = [];
    if ((0,helpers/* isPlaceholderText */.fn)(def.registrationDefinitionName)) {
        out.push(new Field(def.registrationDefinitionName, 'text', null, def, 'registrationDefinitionName', 'properties.registrationDefinitionName'));
    }
    for (const auth of (0,helpers/* allAuthorizations */.I2)(def)) {
        if ((0,helpers/* isPlaceholderText */.fn)(auth.principalIdDisplayName))
            out.push(new Field(auth.principalIdDisplayName, 'text', auth, def, 'principalIdDisplayName', 'principalIdDisplayName'));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-invalid-guid.js


const lighthouse_invalid_guid_rule = {
    meta: {
        id: 'lighthouse-invalid-guid',
        level: 'error',
        category: 'lighthouse',
        description: 'managedByTenantId, principal IDs and role definition IDs must be GUIDs.',
        messages: {
            notGuid: "{{path}} is '{{value}}', which is not a GUID; Azure rejects the delegation. Use the {{what}} GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).",
            rolePath: "{{path}} is a full role definition resource ID; Lighthouse expects the bare built-in role GUID. Use '{{guid}}'."
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            for (const field of guidFields(def)) {
                if (typeof field.value !== 'string' || (0,helpers/* isGuid */.W_)(field.value) || (0,helpers/* isPlaceholderText */.fn)(field.value))
                    continue;
                const guid = field.kind === 'role' ? (0,helpers/* roleIdOf */.J_)(field.value) : undefined;
                if (guid !== undefined) {
                    context.report({ messageId: 'rolePath', loc: field.loc, data: { path: field.path, guid } });
                    continue;
                }
                const what = field.kind === 'tenant' ? 'managing tenant ID' : field.kind === 'principal' ? 'Entra object ID' : 'built-in role definition';
                context.report({ messageId: 'notGuid', loc: field.loc, data: { path: field.path, value: field.value, what } });
            }
        }
    }
};
/* harmony default export */ const lighthouse_invalid_guid = ((/* unused pure expression or super */ null && (lighthouse_invalid_guid_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-placeholder-value.js


const lighthouse_placeholder_value_rule = {
    meta: {
        id: 'lighthouse-placeholder-value',
        level: 'error',
        category: 'lighthouse',
        description: "Values still hold the samples' placeholders (all-zero GUIDs, '<insert \u2026>' text).",
        messages: {
            placeholder: "{{path}} is still the placeholder '{{value}}': the delegation would deploy nothing useful. Fill in the real value in {{where}}."
        }
    },
    check(context) {
        const where = context.template.parametersFile ? 'the parameters file' : 'the parameters file (or the template)';
        for (const def of context.template.definitions) {
            for (const field of [...guidFields(def), ...placeholderTextFields(def)]) {
                if (typeof field.value !== 'string')
                    continue;
                if (!((0,helpers/* isPlaceholderText */.fn)(field.value) || (field.kind !== 'text' && (0,helpers/* isZeroGuid */.SH)(field.value))))
                    continue;
                context.report({ messageId: 'placeholder', loc: field.loc, data: { path: field.path, value: field.value, where } });
            }
        }
    }
};
/* harmony default export */ const lighthouse_placeholder_value = ((/* unused pure expression or super */ null && (lighthouse_placeholder_value_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-duplicate-authorization.js

const lighthouse_duplicate_authorization_rule = {
    meta: {
        id: 'lighthouse-duplicate-authorization',
        level: 'warning',
        category: 'lighthouse',
        description: 'The same principal and role appear twice in one registration definition.',
        messages: {
            duplicate: '{{where}} repeats {{other}}: {{principal}} with {{role}}. Remove the duplicate.'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            for (const list of [def.authorizations, def.eligibleAuthorizations]) {
                const seen = new Map();
                for (const auth of list) {
                    const principal = auth.principalGuid;
                    const role = auth.roleGuid;
                    if (principal === undefined || role === undefined)
                        continue;
                    const key = `${principal}|${role}`;
                    const other = seen.get(key);
                    if (other === undefined) {
                        seen.set(key, (0,helpers/* authLabel */.bg)(auth));
                        continue;
                    }
                    context.report({
                        messageId: 'duplicate',
                        loc: auth.loc,
                        data: { where: (0,helpers/* authLabel */.bg)(auth), other, principal: (0,helpers/* describePrincipal */.wC)(auth), role: (0,helpers/* describeRole */.Up)(role, context.catalogue) }
                    });
                }
            }
        }
    }
};
/* harmony default export */ const lighthouse_duplicate_authorization = ((/* unused pure expression or super */ null && (lighthouse_duplicate_authorization_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-nondeterministic-name.js

const lighthouse_nondeterministic_name_rule = {
    meta: {
        id: 'lighthouse-nondeterministic-name',
        level: 'error',
        category: 'lighthouse',
        description: 'Registration definition and assignment names must be deterministic: never newGuid() or utcNow().',
        messages: {
            nondeterministic: "The name of {{kind}} {{path}} is {{value}}, which changes on every deployment: redeploying creates a second offer instead of updating the first, and two assignments at one scope cannot share an offer name. " +
                "Use a literal GUID or guid(...) of stable inputs, e.g. [guid(parameters('mspOfferName'))]."
        }
    },
    check(context) {
        const resources = [
            ...context.template.definitions.map((r) => ({ r, kind: 'registration definition' })),
            ...context.template.assignments.map((r) => ({ r, kind: 'registration assignment' }))
        ];
        for (const { r, kind } of resources) {
            if (!(0,unknown/* isUnknown */.t)(r.name) || r.name.deterministic)
                continue;
            context.report({
                messageId: 'nondeterministic',
                loc: r.fieldLoc('name'),
                data: { kind, path: r.path, value: r.name.toString() },
                fix: (fixer) => fixer.deterministicName(r, kind === 'registration definition' ? 'definition' : 'assignment')
            });
        }
    }
};
/* harmony default export */ const lighthouse_nondeterministic_name = ((/* unused pure expression or super */ null && (lighthouse_nondeterministic_name_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-assignment-unlinked.js

const DEFINITION_ID = /^\/subscriptions\/[^/]+(?:\/resourceGroups\/[^/]+)?\/providers\/Microsoft\.ManagedServices\/registrationDefinitions\/([^/]+)\/?$/i;
function definitionIdTarget(id) {
    const match = DEFINITION_ID.exec(id.trim());
    if (match)
        return { kind: 'definition', name: match[1] };
    return id.trimStart().startsWith('[') ? { kind: 'literal-expression' } : { kind: 'other' };
}
const lighthouse_assignment_unlinked_rule = {
    meta: {
        id: 'lighthouse-assignment-unlinked',
        level: 'error',
        category: 'lighthouse',
        description: "A registration assignment's registrationDefinitionId must be the resource ID of a registration definition of the template.",
        messages: {
            unlinked: "Registration assignment {{path}} points at registration definition '{{target}}', but the template defines {{names}}. " +
                "Use resourceId('Microsoft.ManagedServices/registrationDefinitions', <the definition's name>) for properties.registrationDefinitionId.",
            literalExpression: 'Registration assignment {{path}} has registrationDefinitionId {{value}}: ARM evaluates a value only when it starts with [ and ends with ], so this one is sent as literal text, not as the resource ID of a registration definition. ' +
                "Make the whole value one expression: \"[resourceId('Microsoft.ManagedServices/registrationDefinitions', <the definition's name>)]\".",
            notResourceId: "Registration assignment {{path}} has registrationDefinitionId {{value}}, which is not the resource ID of a registration definition (/subscriptions/\u2026/providers/Microsoft.ManagedServices/registrationDefinitions/<name>) as the API documents it. " +
                "Use resourceId('Microsoft.ManagedServices/registrationDefinitions', <the definition's name>).",
            noDefinition: 'Registration assignment {{path}} is in a template with no registration definition: it only deploys if that definition already exists in the subscription. ' +
                'Deploy the definition in the same template, or make sure it exists first.'
        }
    },
    check(context) {
        const { definitions, assignments } = context.template;
        if (assignments.length === 0)
            return;
        const names = definitions.length > 0 && definitions.every((d) => typeof d.name === 'string') ? definitions.map((d) => d.name.toLowerCase()) : null;
        for (const a of assignments) {
            const id = a.registrationDefinitionId;
            const target = typeof id === 'string' ? definitionIdTarget(id) : undefined;
            if (target?.kind === 'literal-expression') {
                context.report({ messageId: 'literalExpression', loc: a.fieldLoc('properties.registrationDefinitionId'), data: { path: a.path, value: (0,helpers/* quoted */.TL)(id) } });
            }
            else if (target?.kind === 'other') {
                context.report({ messageId: 'notResourceId', level: 'warning', loc: a.fieldLoc('properties.registrationDefinitionId'), data: { path: a.path, value: (0,helpers/* quoted */.TL)(id) } });
            }
            else if (target?.kind === 'definition' && names && !names.includes(target.name.toLowerCase())) {
                const data = { path: a.path, target: target.name, names: definitions.map((d) => `'${String(d.name)}'`).join(', ') };
                context.report({ messageId: 'unlinked', loc: a.fieldLoc('properties.registrationDefinitionId'), data });
            }
            if (definitions.length === 0)
                context.report({ messageId: 'noDefinition', level: 'warning', loc: a.loc, data: { path: a.path } });
        }
    }
};
/* harmony default export */ const lighthouse_assignment_unlinked = ((/* unused pure expression or super */ null && (lighthouse_assignment_unlinked_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-eligible-api-version.js

const MIN = '2020-02-01-preview';
const lighthouse_eligible_api_version_rule = {
    meta: {
        id: 'lighthouse-eligible-api-version',
        level: 'error',
        category: 'lighthouse',
        description: 'eligibleAuthorizations need apiVersion 2020-02-01-preview or later.',
        messages: {
            tooOld: "Registration definition {{path}} uses eligibleAuthorizations with apiVersion '{{apiVersion}}', which predates them: Azure rejects the definition (eligible authorizations are 'only allowed with api-version greater and equal to 2020-02-01-preview'). Set apiVersion to '2022-10-01'."
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            const hasEligible = def.eligibleAuthorizations.length > 0 || (0,helpers/* listIsUnknown */.VK)(def, 'eligibleAuthorizations');
            if (!hasEligible)
                continue;
            const cmp = (0,helpers/* compareApiVersions */.$5)(def.apiVersion, MIN);
            if (cmp === undefined || cmp >= 0)
                continue;
            context.report({ messageId: 'tooOld', loc: def.fieldLoc('apiVersion'), data: { path: def.path, apiVersion: (0,helpers/* show */.WU)(def.apiVersion) }, fix: (fixer) => fixer.setApiVersion(def) });
        }
    }
};
/* harmony default export */ const lighthouse_eligible_api_version = ((/* unused pure expression or super */ null && (lighthouse_eligible_api_version_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-api-version.js

const OLDEST_STABLE = '2019-06-01';
const lighthouse_api_version_rule = {
    meta: {
        id: 'lighthouse-api-version',
        level: 'warning',
        category: 'lighthouse',
        description: 'Microsoft.ManagedServices resources use a preview API version older than the first stable one (2019-06-01).',
        messages: {
            old: "{{kind}} {{path}} uses apiVersion '{{apiVersion}}', a preview that predates the first stable Microsoft.ManagedServices API (2019-06-01). Use the current stable '2022-10-01'."
        }
    },
    check(context) {
        const resources = [
            ...context.template.definitions.map((r) => ({ r, kind: 'Registration definition' })),
            ...context.template.assignments.map((r) => ({ r, kind: 'Registration assignment' }))
        ];
        for (const { r, kind } of resources) {
            const cmp = (0,helpers/* compareApiVersions */.$5)(r.apiVersion, OLDEST_STABLE);
            if (cmp === undefined || cmp >= 0)
                continue;
            context.report({ messageId: 'old', loc: r.fieldLoc('apiVersion'), data: { kind, path: r.path, apiVersion: (0,helpers/* show */.WU)(r.apiVersion) }, fix: (fixer) => fixer.setApiVersion(r) });
        }
    }
};
/* harmony default export */ const lighthouse_api_version = ((/* unused pure expression or super */ null && (lighthouse_api_version_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-schema.js


const SUBSCRIPTION_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#';
const KNOWN = new Map([
    ['schemas/2014-04-01-preview/deploymenttemplate.json', 'resourceGroup'],
    ['schemas/2015-01-01/deploymenttemplate.json', 'resourceGroup'],
    ['schemas/2019-04-01/deploymenttemplate.json', 'resourceGroup'],
    ['schemas/2018-05-01/subscriptiondeploymenttemplate.json', 'subscription'],
    ['schemas/2019-08-01/managementgroupdeploymenttemplate.json', 'managementGroup'],
    ['schemas/2019-08-01/tenantdeploymenttemplate.json', 'tenant']
]);
function schemaScope(schema) {
    const m = /^(?:https?:\/\/)?schema\.management\.azure\.com\/(schemas\/[^#?]+?)\/?#?$/i.exec(schema.trim());
    return m ? KNOWN.get(m[1].toLowerCase()) : undefined;
}
const lighthouse_schema_rule = {
    meta: {
        id: 'lighthouse-schema',
        level: 'warning',
        category: 'lighthouse',
        description: "The template's $schema must be a real deployment template schema; Lighthouse onboarding is a subscription deployment.",
        messages: {
            unknownSchema: "$schema is '{{value}}', which is not a known ARM deployment template schema{{hint}}. Use '" + SUBSCRIPTION_SCHEMA + "'.",
            missing: "The template has no $schema. Add \"$schema\": \"" + SUBSCRIPTION_SCHEMA + '".',
            resourceGroupScope: "$schema is the resource-group deploymentTemplate, but the template declares registration definition {{path}} at top level: Lighthouse onboarding is deployed at subscription scope (az deployment sub create / New-AzSubscriptionDeployment). " +
                "Use '" + SUBSCRIPTION_SCHEMA + "', and create resource-group assignments through nested deployments."
        }
    },
    check(context) {
        const { template } = context;
        if (!(0,helpers/* hasLighthouseResources */.mi)(template))
            return;
        const schema = template.schema;
        if ((0,unknown/* isUnknown */.t)(schema))
            return;
        if (schema === undefined || schema === null) {
            context.report({ messageId: 'missing', loc: template.schemaLoc, fix: (fixer) => fixer.setSchema() });
            return;
        }
        const value = (0,helpers/* show */.WU)(schema);
        const scope = typeof schema === 'string' ? schemaScope(schema) : undefined;
        if (scope === undefined) {
            const hint = /2019-08-01\/subscriptionDeploymentTemplate/i.test(value)
                ? ' (there is no 2019-08-01 subscriptionDeploymentTemplate; Microsoft samples use it by mistake)'
                : '';
            context.report({ messageId: 'unknownSchema', loc: template.schemaLoc, data: { value, hint }, fix: (fixer) => fixer.setSchema() });
            return;
        }
        if (scope !== 'resourceGroup')
            return;
        const topLevel = template.definitions.find((d) => !d.path.includes('\u203a') && !/nested/i.test(d.path));
        if (topLevel)
            context.report({ messageId: 'resourceGroupScope', loc: template.schemaLoc, data: { path: topLevel.path }, fix: (fixer) => fixer.setSchema() });
    }
};
/* harmony default export */ const lighthouse_schema = ((/* unused pure expression or super */ null && (lighthouse_schema_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-managing-tenant.js

const lighthouse_managing_tenant_rule = {
    meta: {
        id: 'lighthouse-managing-tenant',
        level: 'error',
        category: 'lighthouse',
        description: "managedByTenantId must be the managing (provider) tenant, never the customer's own tenant.",
        messages: {
            customerTenant: "Registration definition {{path}} sets managedByTenantId to {{value}}, which is the customer's own tenant at deployment: Azure rejects a delegation to the same tenant. " +
                'Set managedByTenantId to your managing tenant ID (a literal GUID in the parameters file).'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            const v = def.managedByTenantId;
            if (!(0,unknown/* isUnknown */.t)(v) || v.kind !== 'tenantId')
                continue;
            context.report({ messageId: 'customerTenant', loc: def.fieldLoc('properties.managedByTenantId'), data: { path: def.path, value: v.toString() } });
        }
    }
};
/* harmony default export */ const lighthouse_managing_tenant = ((/* unused pure expression or super */ null && (lighthouse_managing_tenant_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-display-name-missing.js


const lighthouse_display_name_missing_rule = {
    meta: {
        id: 'lighthouse-display-name-missing',
        level: 'warning',
        category: 'lighthouse',
        description: 'Authorizations should carry principalIdDisplayName, the only name the customer sees for the principal.',
        messages: {
            missing: '{{where}} ({{principalId}}, {{role}}) has no principalIdDisplayName: the customer sees only a GUID in Service providers. Add principalIdDisplayName with the user, group or service principal name.'
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            for (const auth of (0,helpers/* allAuthorizations */.I2)(def)) {
                const name = auth.principalIdDisplayName;
                if ((0,unknown/* isUnknown */.t)(name) || !(0,helpers/* isObject */.Gv)(auth.value))
                    continue;
                if (typeof name === 'string' && name.trim() !== '')
                    continue;
                context.report({
                    messageId: 'missing',
                    loc: auth.loc,
                    data: { where: (0,helpers/* authLabel */.bg)(auth), principalId: (0,helpers/* show */.WU)(auth.principalId), role: (0,helpers/* describeRole */.Up)(auth.roleDefinitionId, context.catalogue) },
                    fix: (fixer) => fixer.addDisplayName(def, auth)
                });
            }
        }
    }
};
/* harmony default export */ const lighthouse_display_name_missing = ((/* unused pure expression or super */ null && (lighthouse_display_name_missing_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-delete-role-missing.js



const lighthouse_delete_role_missing_rule = {
    meta: {
        id: 'lighthouse-delete-role-missing',
        level: 'note',
        category: 'lighthouse',
        description: 'No authorization grants Managed Services Registration assignment Delete Role, so the provider cannot remove the delegation.',
        messages: {
            missing: "Registration definition {{path}} grants no one Managed Services Registration assignment Delete Role (91c1777a-f3dc-4fae-b103-61d183457e46): only the customer can remove this delegation. " +
                "Add a permanent authorization {principalId: '<an admin group>', roleDefinitionId: '91c1777a-f3dc-4fae-b103-61d183457e46'}."
        }
    },
    check(context) {
        for (const def of context.template.definitions) {
            if ((0,helpers/* listIsUnknown */.VK)(def, 'authorizations') || (0,helpers/* listIsMalformed */.e7)(def, 'authorizations'))
                continue;
            if (def.authorizations.some((a) => (0,unknown/* isUnknown */.t)(a.value) || (0,unknown/* isUnknown */.t)(a.roleDefinitionId)))
                continue;
            if (def.authorizations.some((a) => a.roleGuid === roles/* REGISTRATION_DELETE_ROLE_ID */.Jq))
                continue;
            context.report({ messageId: 'missing', loc: def.fieldLoc('properties.authorizations'), data: { path: (0,helpers/* defLabel */.wm)(def) } });
        }
    }
};
/* harmony default export */ const lighthouse_delete_role_missing = ((/* unused pure expression or super */ null && (lighthouse_delete_role_missing_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/lighthouse-unknown-role.js



const lighthouse_unknown_role_rule = {
    meta: {
        id: 'lighthouse-unknown-role',
        level: 'warning',
        category: 'lighthouse',
        description: 'A role GUID is not in the built-in role catalogue: Lighthouse rejects custom roles, though a brand-new built-in may be missing.',
        messages: {
            unknownRole: '{{where}} grants role {{roleId}} to {{principal}}, which is not in the built-in role catalogue: Lighthouse accepts only built-in roles, so a custom role is rejected (a built-in newer than the catalogue is fine). ' +
                'Check the GUID against the Azure built-in roles list, or run the live role check.',
            unknownDelegated: '{{where}}.delegatedRoleDefinitionIds lists {{roleId}}, which is not in the built-in role catalogue: only built-in roles can be delegated. Check the GUID.'
        }
    },
    check(context) {
        const automation = (0,pec_verdict/* pinnedPrincipal */.xN)(context.options);
        for (const def of context.template.definitions) {
            for (const auth of (0,helpers/* allAuthorizations */.I2)(def)) {
                const roleId = auth.roleGuid;
                const isAutomation = automation !== undefined && auth.principalGuid === automation;
                if (roleId !== undefined && !isAutomation && !context.catalogue.get(roleId)) {
                    context.report({
                        messageId: 'unknownRole',
                        loc: auth.fieldLoc('roleDefinitionId'),
                        data: { where: (0,helpers/* authLabel */.bg)(auth), roleId, principal: (0,helpers/* describePrincipal */.wC)(auth) }
                    });
                }
                const delegated = auth.delegatedRoleDefinitionIds;
                if (!Array.isArray(delegated) || (0,unknown/* isUnknown */.t)(delegated))
                    continue;
                for (const id of delegated) {
                    const inner = (0,helpers/* roleIdOf */.J_)(id);
                    if (inner === undefined || context.catalogue.get(inner))
                        continue;
                    context.report({ messageId: 'unknownDelegated', loc: auth.fieldLoc('delegatedRoleDefinitionIds'), data: { where: (0,helpers/* authLabel */.bg)(auth), roleId: inner } });
                }
            }
        }
    }
};
/* harmony default export */ const lighthouse_unknown_role = ((/* unused pure expression or super */ null && (lighthouse_unknown_role_rule)));

;// CONCATENATED MODULE: ./lib/lint/rules/index.js



































const rules = [
    rule,
    file_not_read_rule,
    expression_error_rule,
    template_structure_rule,
    parameters_missing_rule,
    parameters_undeclared_rule,
    parameters_invalid_value_rule,
    pec_automation_jit_only_rule,
    pec_role_not_eligible_rule,
    pec_automation_missing_rule,
    pec_role_not_assured_rule,
    pec_uaa_undocumented_rule,
    pec_no_eligible_authorization_rule,
    pec_principal_not_pinned_rule,
    lighthouse_definition_shape_rule,
    lighthouse_owner_role_rule,
    lighthouse_role_data_actions_rule,
    lighthouse_role_restricted_actions_rule,
    lighthouse_uaa_delegated_roles_rule,
    lighthouse_eligible_service_principal_rule,
    lighthouse_eligible_authorization_rule,
    lighthouse_jit_policy_rule,
    lighthouse_invalid_guid_rule,
    lighthouse_placeholder_value_rule,
    lighthouse_duplicate_authorization_rule,
    lighthouse_nondeterministic_name_rule,
    lighthouse_assignment_unlinked_rule,
    lighthouse_eligible_api_version_rule,
    lighthouse_api_version_rule,
    lighthouse_schema_rule,
    lighthouse_managing_tenant_rule,
    lighthouse_display_name_missing_rule,
    lighthouse_delete_role_missing_rule,
    lighthouse_unknown_role_rule
];
const byId = new Map(rules.map((r) => [r.meta.id, r]));
function ruleById(id) {
    return byId.get(id);
}
function formatMessage(rule, messageId, data) {
    const template = Object.prototype.hasOwnProperty.call(rule.meta.messages, messageId) ? rule.meta.messages[messageId] : messageId;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => data && Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole);
}


/***/ }),

/***/ 7921:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parseIsoDuration)
/* harmony export */ });
const DURATION = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
function parseIsoDuration(text) {
    const t = text.trim();
    const m = DURATION.exec(t);
    if (!m || /^P(T)?$/i.test(t) || /T$/i.test(t))
        return undefined;
    const n = (s) => (s === undefined ? 0 : Number(s.replace(',', '.')));
    const [, y, mo, w, d, h, mi, s] = m;
    return ((((n(y) * 365 + n(mo) * 30 + n(w) * 7 + n(d)) * 24 + n(h)) * 60 + n(mi)) * 60 + n(s));
}


/***/ }),

/***/ 8173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ pecStanding),
/* harmony export */   KF: () => (/* binding */ anyPrincipalVerdict),
/* harmony export */   Xb: () => (/* binding */ verdictFor),
/* harmony export */   ol: () => (/* binding */ whyNotEarning),
/* harmony export */   xN: () => (/* binding */ pinnedPrincipal)
/* harmony export */ });
/* unused harmony export earnsCredit */
/* harmony import */ var _arm_unknown_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6554);
/* harmony import */ var _roles_certainty_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2818);
/* harmony import */ var _roles_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5403);
/* harmony import */ var _shared_memo_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9347);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8108);





const EARNS = { kind: 'earns' };
function pecStanding(info, auth, catalogue) {
    if (!info) {
        return {
            kind: 'unsure',
            why: 'not in the built-in role catalogue: a custom role (Lighthouse rejects those) or a built-in role newer than the catalogue, which the PEC table cannot list'
        };
    }
    if (info.pecEligible === null)
        return { kind: 'unsure', why: `not listed in ${(0,_roles_certainty_js__WEBPACK_IMPORTED_MODULE_2__/* .pecTableSource */ .eu)(catalogue)} (absent means unknown, not ineligible)` };
    if (!info.pecEligible)
        return { kind: 'no', why: `not PEC-eligible per ${(0,_roles_certainty_js__WEBPACK_IMPORTED_MODULE_2__/* .pecTableSource */ .eu)(catalogue)}` };
    switch (info.lighthouse) {
        case 'no-owner':
            return { kind: 'no', why: 'PEC-eligible, but Lighthouse rejects Owner' };
        case 'no-data-actions':
            return info.unsettled
                ? { kind: 'unsure', why: `PEC-eligible; ${(0,_roles_certainty_js__WEBPACK_IMPORTED_MODULE_2__/* .permissionsSource */ .o2)(info, catalogue)} lists DataActions, which Lighthouse rejects, but ${info.unsettled}` }
                : { kind: 'no', why: `PEC-eligible, but it has DataActions per ${(0,_roles_certainty_js__WEBPACK_IMPORTED_MODULE_2__/* .permissionsSource */ .o2)(info, catalogue)}, which Lighthouse rejects` };
        case 'no-restricted-actions':
            return info.unsettled
                ? { kind: 'unsure', why: `PEC-eligible; ${(0,_roles_certainty_js__WEBPACK_IMPORTED_MODULE_2__/* .permissionsSource */ .o2)(info, catalogue)} lists role assignment, role definition or lock writes, which Lighthouse rejects, but ${info.unsettled}` }
                : { kind: 'no', why: 'PEC-eligible, but it can write role assignments/definitions or locks, which Lighthouse rejects' };
        case 'only-with-delegatedRoleDefinitionIds':
            return hasDelegatedIds(auth) ? EARNS : { kind: 'no', why: 'Lighthouse accepts User Access Administrator only with delegatedRoleDefinitionIds' };
        case 'yes':
        case 'yes-unverified':
            return EARNS;
        default:
            return { kind: 'unsure', why: 'PEC-eligible, but whether Lighthouse accepts it is not known' };
    }
}
function hasDelegatedIds(auth) {
    const ids = auth.delegatedRoleDefinitionIds;
    return (0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnknown */ .t)(ids) || (Array.isArray(ids) && ids.length > 0);
}
function standingOf(auth, catalogue) {
    if (auth.kind !== 'permanent')
        return { kind: 'no', why: 'eligible (just-in-time) only' };
    return pecStanding((0,_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .roleOf */ .kp)(auth, catalogue), auth, catalogue);
}
function earnsCredit(auth, catalogue) {
    return standingOf(auth, catalogue).kind === 'earns';
}
function whyNotEarning(auth, catalogue) {
    const standing = standingOf(auth, catalogue);
    return standing.kind === 'earns' ? undefined : standing.why;
}
function isUnsure(auth, catalogue) {
    return auth.roleGuid !== undefined && standingOf(auth, catalogue).kind === 'unsure';
}
function isUaa(auth) {
    return auth.roleGuid === _roles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .USER_ACCESS_ADMINISTRATOR_ROLE_ID */ .kx;
}
function isMalformed(def) {
    return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .listIsMalformed */ .e7)(def, 'authorizations') || (0,_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .listIsMalformed */ .e7)(def, 'eligibleAuthorizations');
}
const VERDICTS = Symbol('verdicts');
function verdictFor(def, principalId, catalogue) {
    const byPrincipal = (0,_shared_memo_js__WEBPACK_IMPORTED_MODULE_4__/* .memoOn */ .C)(def, VERDICTS, () => new Map());
    const key = principalId.toLowerCase();
    let verdict = byPrincipal.get(key);
    if (!verdict)
        byPrincipal.set(key, (verdict = decideVerdict(def, key, catalogue)));
    return verdict;
}
function decideVerdict(def, principalId, catalogue) {
    if (isMalformed(def))
        return { kind: 'unknown' };
    const target = principalId;
    const permanentAll = Array.isArray(def.authorizations) ? def.authorizations : [];
    const eligibleAll = Array.isArray(def.eligibleAuthorizations) ? def.eligibleAuthorizations : [];
    const mine = (a) => a.principalGuid === target;
    const permanent = permanentAll.filter(mine);
    const eligible = eligibleAll.filter(mine);
    const via = permanent.filter((a) => earnsCredit(a, catalogue));
    if (via.length > 0)
        return { kind: 'ok', via, uaaOnly: via.every(isUaa) };
    if ((0,_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .listIsUnknown */ .VK)(def, 'authorizations'))
        return { kind: 'unknown' };
    if (permanentAll.some((a) => (0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnknown */ .t)(a.principalId) || (0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnknown */ .t)(a.value)))
        return { kind: 'unknown' };
    if (permanent.some((a) => (0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnknown */ .t)(a.roleDefinitionId)))
        return { kind: 'unknown' };
    const pecEligible = (a) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .roleOf */ .kp)(a, catalogue)?.pecEligible === true;
    const unsure = permanent.filter((a) => isUnsure(a, catalogue));
    const jitOnly = eligible.filter(pecEligible);
    if (jitOnly.length > 0)
        return { kind: 'jit-only', eligible: jitOnly, permanent, unsure };
    if (unsure.length > 0)
        return { kind: 'unsure', unsure };
    if (permanent.length > 0 || eligible.length > 0)
        return { kind: 'role-not-eligible', permanent, eligible };
    if ((0,_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .listIsUnknown */ .VK)(def, 'eligibleAuthorizations') || eligibleAll.some((a) => (0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnknown */ .t)(a.principalId))) {
        return { kind: 'unknown' };
    }
    return { kind: 'missing' };
}
function anyPrincipalVerdict(def, catalogue) {
    if (isMalformed(def))
        return { kind: 'unknown' };
    const permanentAll = Array.isArray(def.authorizations) ? def.authorizations : [];
    const via = permanentAll.filter((a) => earnsCredit(a, catalogue));
    if (via.length > 0)
        return { kind: 'ok', via, uaaOnly: via.every(isUaa) };
    if ((0,_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .listIsUnknown */ .VK)(def, 'authorizations'))
        return { kind: 'unknown' };
    if (permanentAll.some((a) => (0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnknown */ .t)(a.value) || (0,_arm_unknown_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnknown */ .t)(a.roleDefinitionId)))
        return { kind: 'unknown' };
    const unsure = permanentAll.filter((a) => isUnsure(a, catalogue));
    if (unsure.length > 0)
        return { kind: 'unsure', unsure };
    return { kind: 'none' };
}
function pinnedPrincipal(options) {
    const id = options.automationPrincipalId;
    return typeof id === 'string' && id.trim() !== '' ? id.trim().toLowerCase() : undefined;
}


/***/ }),

/***/ 1432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ showValue)
/* harmony export */ });
/* harmony import */ var _arm_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8868);
/* harmony import */ var _arm_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4464);


function showValue(value, max = 80) {
    if ((0,_arm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnknown */ .t8)(value))
        return value.toString();
    if (typeof value === 'string')
        return value;
    if (value === undefined)
        return '(missing)';
    return (0,_arm_values_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(value, max);
}


/***/ }),

/***/ 2527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   gs: () => (/* binding */ oneLineText),
/* harmony export */   nl: () => (/* binding */ inertJson)
/* harmony export */ });
/* unused harmony exports escapeMarkdown, encodePathSegment, clip */
const INLINE_SPECIALS = /[\\`*_[\]|~!$]/g;
const LEADING_SPECIAL = /^(\s*)([#+=>-]|\d+[.)])/;
function escapeMarkdown(text) {
    const oneLine = oneLineText(text);
    return (oneLine
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(INLINE_SPECIALS, (c) => `\\${c}`)
        .replace(LEADING_SPECIAL, (_m, space, mark) => `${space}\\${mark}`)
        .replace(/@/g, '@\u200b')
        .replace(/:\/\//g, ':/\u200b/')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`));
}
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function oneLineText(text) {
    return String(text ?? '')
        .replace(/\r\n?|\n|\u2028|\u2029|\u0085/g, ' ')
        .replace(HIDDEN, '');
}
function inertLine(line) {
    let out = line;
    if (out.includes('##['))
        out = out.replace(/##\[/g, '##\u200b[');
    return COMMAND_START.test(out) ? out.replace(COMMAND_START, '$1:\u200b:') : out;
}
const COMMAND_START = /^([\s\p{Cc}\p{Cf}]*)::/u;
function inertJson(json) {
    return json.includes('##[') ? json.replace(/##\[/g, '##\\u005b') : json;
}
function logLine(text) {
    return inertLine(oneLineText(text));
}
function encodePathSegment(segment) {
    return encodeURIComponent(segment).replace(/[()!*'~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}


/***/ }),

/***/ 8368:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ reachesFailOn)
/* harmony export */ });
/* unused harmony export failOnCount */
function failOnCount(summary, failOn) {
    if (failOn === 'never')
        return 0;
    return failOn === 'warning' ? summary.errors + summary.warnings : summary.errors;
}
function reachesFailOn(summary, failOn) {
    return failOnCount(summary, failOn) > 0;
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ formatJson),
/* harmony export */   O: () => (/* binding */ toJsonReport)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2527);

function toJsonReport(report) {
    return {
        results: report.results.map((r) => ({
            template: r.template,
            parameters: r.parameters,
            findings: r.findings.map((f) => ({
                ruleId: f.ruleId,
                level: f.level,
                message: f.message,
                file: f.file,
                line: f.line,
                column: f.column,
                ...(f.fix ? { fix: fixJson(f.fix) } : {}),
                ...(f.suggestions?.length ? { suggestions: f.suggestions.map(fixJson) } : {})
            }))
        })),
        summary: {
            templates: report.summary.templates,
            errors: report.summary.errors,
            warnings: report.summary.warnings,
            notes: report.summary.notes
        },
        skipped: {
            count: report.skippedFiles?.count ?? 0,
            reasons: { ...report.skippedFiles?.reasons },
            files: (report.skippedFiles?.files ?? []).map((f) => ({ file: f.file, reason: f.reason }))
        }
    };
}
function fixJson(fix) {
    return { file: fix.file, description: fix.description, edits: fix.edits.map((e) => ({ offset: e.offset, length: e.length, content: e.content })) };
}
function formatJson(report) {
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inertJson */ .nl)(JSON.stringify(toJsonReport(report), null, 2))}\n`;
}


/***/ }),

/***/ 4639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ formatText)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var _lint_read_skips_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4514);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2527);



function formatText(report, options) {
    const paint = (style, text) => (options.color ? (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(style, text) : text);
    const lines = [];
    for (const result of report.results) {
        const title = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLineText */ .gs)(result.parameters ? `${result.template} + ${result.parameters}` : result.template);
        const verdict = result.pec === 'ok' ? paint('green', 'PEC ok') : result.pec === 'fail' ? paint('red', 'PEC at risk') : paint('gray', 'PEC unknown');
        lines.push(`${paint('underline', title)}  ${verdict}`);
        if (result.findings.length === 0) {
            lines.push(`  ${paint('green', 'no findings')}`);
        }
        const byFile = new Map();
        for (const f of result.findings)
            byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
        for (const [file, findings] of byFile) {
            if (file !== result.template || byFile.size > 1)
                lines.push(`  ${paint('dim', (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLineText */ .gs)(file))}`);
            for (const f of findings) {
                const level = f.level === 'error' ? paint('red', 'error  ') : f.level === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'note   ');
                lines.push(`    ${paint('dim', `${f.line}:${f.column}`.padEnd(8))} ${level} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLineText */ .gs)(f.message)}  ${paint('dim', (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLineText */ .gs)(f.ruleId))}`);
            }
        }
        lines.push('');
    }
    const { templates, errors, warnings, notes } = report.summary;
    const total = `${templates} template${templates === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${notes} note${notes === 1 ? '' : 's'}`;
    lines.push(errors > 0 ? paint('red', `\u2716 ${total}`) : paint('green', `\u2714 ${total}`));
    const skipped = (0,_lint_read_skips_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSkips */ .SO)(report.skippedFiles);
    if (skipped)
        lines.push(paint('dim', skipped));
    else if (report.skipped)
        lines.push(paint('dim', `${report.skipped} unchanged template(s) skipped`));
    for (const { file, reason } of report.skippedFiles?.files ?? [])
        lines.push(paint('dim', `  skipped ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLineText */ .gs)(file)}: ${reason}`));
    const fixable = report.results.reduce((n, r) => n + r.findings.filter((f) => f.fix).length, 0);
    if (fixable > 0)
        lines.push(paint('dim', `${fixable} finding(s) fixable with \`lighthouse-pec fix\` (--dry-run shows the diff)`));
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq).join('\n')}\n`;
}


/***/ }),

/***/ 9157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ BoundaryError),
/* harmony export */   Mc: () => (/* binding */ staticPart),
/* harmony export */   Oy: () => (/* binding */ readRegularUtf8),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   gE: () => (/* binding */ writeFileInside),
/* harmony export */   l$: () => (/* binding */ Boundary),
/* harmony export */   sH: () => (/* binding */ writeRefusal)
/* harmony export */ });
/* unused harmony exports checkRegularFile, readTextInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);


const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NOFOLLOW | NONBLOCK;
class BoundaryError extends Error {
    detail;
    reason;
    name = 'BoundaryError';
    constructor(what, detail, reason) {
        super(`${what}: ${detail}.`);
        this.detail = detail;
        this.reason = reason;
    }
}
class Boundary {
    base;
    roots;
    writeRoots;
    folders = new Map();
    constructor(base, roots, writeRoots = []) {
        this.base = base;
        this.roots = roots;
        this.writeRoots = writeRoots;
        this.rootSet = new Set(roots);
    }
    rootSet;
    static create(base, named = [], outputs = []) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base);
        const realBase = realOrSelf(absolute);
        const roots = new Set([realBase]);
        const namedFolders = [];
        for (const raw of named) {
            if (!raw || !raw.trim())
                continue;
            const at = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(absolute, staticPart(raw.trim()));
            if (within(at, absolute) || within(at, realBase))
                continue;
            const folder = nearestFolder(at);
            roots.add(realOrSelf(folder));
            namedFolders.push(folder);
        }
        const writeRoots = new Set();
        for (const raw of outputs) {
            if (!raw || !raw.trim())
                continue;
            const at = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(absolute, staticPart(raw.trim()));
            if (within(at, absolute) || within(at, realBase))
                continue;
            writeRoots.add(realOrSelf(nearestFolder(at)));
        }
        const boundary = new Boundary(absolute, [...roots], [...writeRoots]);
        for (const folder of namedFolders)
            boundary.folders.set(folder, true);
        return boundary;
    }
    containsReal(real) {
        if (this.roots.length <= 4) {
            for (const root of this.roots)
                if (within(real, root))
                    return true;
            return false;
        }
        for (let at = real;;) {
            if (this.rootSet.has(at))
                return true;
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at);
            if (parent === at)
                return false;
            at = parent;
        }
    }
    holdsForWriting(real) {
        if (this.containsReal(real))
            return true;
        for (const root of this.writeRoots)
            if (within(real, root))
                return true;
        return false;
    }
    holdsFolder(dir) {
        let inside = this.folders.get(dir);
        if (inside === undefined) {
            try {
                inside = this.containsReal(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(dir));
            }
            catch {
                inside = false;
            }
            this.folders.set(dir, inside);
        }
        return inside;
    }
    reachedBySearch(dir) {
        this.folders.set(dir, true);
    }
}
function staticPart(pattern) {
    const segments = pattern.split(/[\\/]/);
    const fixed = [];
    for (const segment of segments) {
        if (/[*?[\]{}]/.test(segment))
            break;
        fixed.push(segment);
    }
    if (fixed.length === segments.length)
        return pattern;
    const joined = fixed.join('/');
    return joined === '' && pattern.startsWith('/') ? '/' : joined || '.';
}
function within(file, folder) {
    if (file === folder)
        return true;
    const prefix = folder.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? folder : folder + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    return file.startsWith(prefix);
}
function realOrSelf(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(file);
    }
    catch {
        return file;
    }
}
function nearestFolder(file) {
    for (let at = file;; at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at).isDirectory() || at === node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at))
                return at;
        }
        catch {
            if (at === node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at))
                return at;
        }
    }
}
function readRegularFile(boundary, file, limit) {
    return withRegularFile(boundary, file, (fd, size) => {
        if (size > limit)
            return { ok: false, refusal: { reason: 'too-large', message: `It is ${mb(size)} MB, over the ${mb(limit)} MB read limit.`, size } };
        return { ok: true, buffer: readAll(fd, size, limit) };
    });
}
function readRegularUtf8(boundary, file, limit) {
    return withRegularFile(boundary, file, (fd, size) => {
        if (size > limit)
            return { ok: false, refusal: { reason: 'too-large', message: `It is ${mb(size)} MB, over the ${mb(limit)} MB read limit.`, size } };
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
        const bytes = text.length > size ? Buffer.byteLength(text, 'utf8') : size;
        if (bytes > limit)
            return { ok: false, refusal: { reason: 'too-large', message: 'It grew over the read limit while it was read.' } };
        return { ok: true, text, size: bytes };
    });
}
function checkRegularFile(boundary, file) {
    const outcome = withRegularFile(boundary, file, () => ({ ok: true, buffer: EMPTY }));
    return outcome.ok ? null : outcome.refusal;
}
const EMPTY = Buffer.alloc(0);
function withRegularFile(boundary, file, use) {
    if (boundary && !boundary.holdsFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file))) {
        return refuse('outside', 'It lies in a folder that leads outside the workspace (a symbolic link); it was not read.');
    }
    let fd;
    try {
        try {
            if (!NOFOLLOW && boundary)
                throw Object.assign(new Error('no O_NOFOLLOW'), { code: 'ELOOP' });
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, READ_FLAGS);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ELOOP' && code !== 'EMLINK')
                throw error;
            let real;
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(file);
            }
            catch {
                return refuse('missing', 'It is a symbolic link that leads nowhere a file can be read from; it was not read.');
            }
            if (boundary && !boundary.containsReal(real)) {
                return refuse('outside', 'It is a symbolic link to a file outside the workspace; it was not read.');
            }
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, READ_FLAGS);
        }
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return refuse('not-regular', `It is not a regular file (${kindOf(stat)}); it was not read.`);
        return use(fd, stat.size);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EFBIG')
            return { ok: false, refusal: { reason: 'too-large', message: 'It grew over the read limit while it was read.' } };
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return refuse('missing', 'It does not exist (or is a symbolic link that leads nowhere).');
        return refuse('unreadable', `It cannot be read (${code ?? String(error)}).`);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readTextInside(boundary, file, what, limit = 32 * 1024 * 1024) {
    const outcome = readRegularFile(boundary, file, limit);
    if (!outcome.ok) {
        const { message, reason } = outcome.refusal;
        throw new BoundaryError(what, message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, ''), reason);
    }
    const text = outcome.buffer.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function writeFileInside(boundary, file, data) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(boundary.base, file);
    const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(target);
    if (!name || name === '.' || name === '..')
        throw new BoundaryError(file, 'not a file name', 'not-regular');
    const folder = ensureFolder(boundary, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), file);
    const destination = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, name);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(destination, { throwIfNoEntry: false });
    const kind = existing?.isSymbolicLink() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(destination, { throwIfNoEntry: false }) : existing;
    if (kind && !kind.isFile())
        throw new BoundaryError(file, `it is not a regular file (${kindOf(kind)}); it was not written`, 'not-regular');
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, `.${name}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.tmp`);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temporary, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | NOFOLLOW, 0o666);
    }
    catch (error) {
        throw new BoundaryError(file, `its folder cannot be written (${error.code ?? String(error)})`, 'unreadable');
    }
    try {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        for (let at = 0; at < bytes.length;)
            at += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, at, bytes.length - at);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temporary);
        throw error;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, destination);
    }
    catch (error) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temporary);
        }
        catch {
        }
        const code = error.code;
        if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST')
            throw new BoundaryError(file, 'a folder is in the way; it was not written', 'not-regular');
        throw error;
    }
    return target;
}
function writeRefusal(boundary, file) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(boundary.base, file);
    let at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target);
    try {
        while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at, { throwIfNoEntry: false })) {
            if (at === node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at))
                break;
            at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at);
        }
    }
    catch (error) {
        if (error.code === 'ENOTDIR')
            return fileInTheWay(file);
        throw error;
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(at);
    }
    catch {
        return new BoundaryError(file, 'its folder is a symbolic link that leads nowhere; it was not written', 'missing');
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory())
        return fileInTheWay(file);
    if (!boundary.holdsForWriting(real))
        return new BoundaryError(file, 'its folder leads outside the workspace (a symbolic link); it was not written', 'outside');
    return null;
}
function fileInTheWay(file) {
    return new BoundaryError(file, 'a file stands where one of its folders should be; it was not written', 'not-regular');
}
function ensureFolder(boundary, dir, file) {
    const missing = [];
    let at = dir;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at);
            break;
        }
        catch (error) {
            if (error.code === 'ENOTDIR')
                throw fileInTheWay(file);
            if (error.code !== 'ENOENT' || at === node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at))
                throw error;
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(at));
            at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at);
        }
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(at);
    }
    catch {
        throw new BoundaryError(file, 'its folder is a symbolic link that leads nowhere; it was not written', 'missing');
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory())
        throw fileInTheWay(file);
    if (!boundary.holdsForWriting(real)) {
        throw new BoundaryError(file, 'its folder leads outside the workspace (a symbolic link); it was not written', 'outside');
    }
    for (const name of missing.reverse()) {
        real = node_path__WEBPACK_IMPORTED_MODULE_1__.join(real, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(real);
        }
        catch (error) {
            if (error.code !== 'EEXIST' || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real).isDirectory())
                throw error;
        }
    }
    return real;
}
function readAll(fd, size, limit) {
    let buffer = Buffer.allocUnsafe(size > 0 ? size : 8192);
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            const more = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, probe, 0, probe.length, null);
            if (more === 0)
                break;
            if (length + more > limit)
                throw Object.assign(new Error('file too large'), { code: 'EFBIG' });
            const bigger = Buffer.allocUnsafe(Math.min(limit, Math.max(buffer.length * 2, length + more)));
            buffer.copy(bigger, 0, 0, length);
            probe.copy(bigger, length, 0, more);
            buffer = bigger;
            length += more;
            continue;
        }
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
        if (read === 0)
            break;
        length += read;
    }
    return length === buffer.length ? buffer : buffer.subarray(0, length);
}
const probe = Buffer.allocUnsafe(8192);
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    if (stat.isSocket())
        return 'a socket';
    return 'not a file';
}
function refuse(reason, message) {
    return { ok: false, refusal: { reason, message } };
}
function mb(bytes) {
    return (bytes / 1024 / 1024).toFixed(1);
}


/***/ }),

/***/ 6095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W_: () => (/* binding */ isGuid)
/* harmony export */ });
/* unused harmony exports GUID_PATTERN, PARTNER_ID_PATTERN */
const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
    if (typeof value !== 'string' || value.length !== 36)
        return false;
    for (let i = 0; i < 36; i++) {
        const c = value.charCodeAt(i);
        if (i === 8 || i === 13 || i === 18 || i === 23) {
            if (c !== 45)
                return false;
        }
        else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) {
            return false;
        }
    }
    return true;
}
const PARTNER_ID_PATTERN = /^\d{1,12}$/;


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ memoOn)
/* harmony export */ });
function memoOn(target, key, compute) {
    const slots = target;
    if (Object.prototype.hasOwnProperty.call(target, key))
        return slots[key];
    const value = compute(target);
    if (Object.isExtensible(target))
        Object.defineProperty(target, key, { value });
    return value;
}


/***/ }),

/***/ 3028:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('{"Tj":{"learn-docs":{"title":"Microsoft Learn\'s built-in roles pages","ref":"learn.microsoft.com/azure/role-based-access-control/built-in-roles","seen":"2026-10-10"},"arm-dump":{"title":"a dump of ARM role definitions (roles Microsoft Learn does not document)","ref":"github.com/philomath213/azure-roles-analyzer src/assets/data/AzureBuiltinRoles.json","seen":"2026-01-31"},"third-party-blog":{"title":"a third-party blog (not Microsoft)","ref":"see builtin-roles.json \\"source\\"","seen":"2026-07-03"},"pec-table":{"title":"the Partner Center table \'Roles and permissions required to receive partner earned credit\'","ref":"learn.microsoft.com/partner-center/billing/azure-roles-perms-pec","seen":"2022-11-08"}},"Ot":[{"id":"76cc9ee4-d5d3-4a45-a930-26add3d73475","name":"Access Review Operator Service Role","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"c2f4ef07-c644-48eb-af81-4b1b4947fb11","name":"AcrDelete","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6cef56e8-d556-48e5-a04f-b8e64114680f","name":"AcrImageSigner","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerRegistry/registries/trustedCollections/write"],"dataActionCount":1},{"id":"7f951dda-4ed3-4680-a7ca-43fe172d538d","name":"AcrPull","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"8311e382-0749-4cb8-b61a-304f252e45ec","name":"AcrPush","pecEligible":true,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"cdda3590-29a3-44f6-95f2-9f980659eb04","name":"AcrQuarantineReader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerRegistry/registries/quarantinedArtifacts/read"],"dataActionCount":1},{"id":"c8d4ff99-41c3-41a8-9f60-21dfdad59608","name":"AcrQuarantineWriter","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerRegistry/registries/quarantinedArtifacts/read"],"dataActionCount":2},{"id":"6b534d80-e337-47c4-864f-140f5c7f593d","name":"Advisor Recommendations Contributor (Assessments and Reviews)","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-21","unsettled":"its definition changed on 2026-06-21"},{"id":"8aac15f0-d885-4138-8afa-bfb5872f7d13","name":"Advisor Reviews Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c64499e0-74c3-47ad-921c-13865957895c","name":"Advisor Reviews Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a8d4b70f-0fb9-4f72-b267-b87b2f990aec","name":"AgFood Platform Dataset Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/datasets/*"],"dataActionCount":2},{"id":"6b77f0a0-0d89-41cc-acd1-579c22c17a67","name":"AgFood Platform Sensor Partner Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/sensorPartnerScope/*"],"dataActionCount":1},{"id":"f8da80de-1ff9-4747-ad80-a19b7f6079e3","name":"AgFood Platform Service Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/*"],"dataActionCount":1},{"id":"8508508a-4469-4e45-963b-2518ee0bb728","name":"AgFood Platform Service Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/*/action"],"dataActionCount":3},{"id":"7ec7ccdc-f61e-41fe-9aaf-980df0a44eba","name":"AgFood Platform Service Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/*/list/action"],"dataActionCount":6},{"id":"8b9beb50-e28c-4879-8472-24c9d328085f","name":"AI Model Scanner Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a2138dac-4907-4679-a376-736901ed8ad8","name":"AnyBuild Builder","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AnyBuild/clusters/build/write"],"dataActionCount":2},{"id":"c031e6a8-4391-4de0-8d69-4706a7ed3729","name":"API Management Developer Portal Content Editor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"312a565d-c81f-4fd8-895a-4e21e48d571c","name":"API Management Service Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"e022efe7-f5ba-4159-bbe4-b44f577e9b61","name":"API Management Service Operator Role","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"71522526-b88f-4d52-b57f-d31fc3546d0d","name":"API Management Service Reader Role","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-03","unsettled":"its definition changed on 2026-06-03"},{"id":"9565a273-41b9-4368-97d2-aeb0c976a9b3","name":"API Management Service Workspace API Developer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"d59a3e9c-6d52-4a5a-aeed-6bf3cf0e31da","name":"API Management Service Workspace API Product Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"56328988-075d-4c6a-8766-d93edd6725b6","name":"API Management Workspace API Developer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"73c2c328-d004-4c5e-938c-35c6f5679a1f","name":"API Management Workspace API Product Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0c34c906-8d99-4cb7-8bb7-33f5b0a1a799","name":"API Management Workspace Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ef1c2c96-4a77-49e8-b9a4-6179fe1d2fd2","name":"API Management Workspace Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0f37683f-2463-46b6-9ce7-9b788b988ba2","name":"App Compliance Automation Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ffc6bbe0-e443-4c3b-bf54-26581bb2f78e","name":"App Compliance Automation Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"fe86443c-f201-4fc4-9d2a-ac61149fbda0","name":"App Configuration Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5ae67dd6-50cb-40e7-96ff-dc2bfa4b606b","name":"App Configuration Data Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-07-02","dataActions":["Microsoft.AppConfiguration/configurationStores/*/action"],"dataActionCount":4,"unsettled":"its definition changed on 2026-07-02"},{"id":"516239f1-63e1-4d78-a4de-a74fb236a071","name":"App Configuration Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppConfiguration/configurationStores/*/read"],"dataActionCount":1},{"id":"175b81b9-6e0d-490a-85e4-0d422273c10c","name":"App Configuration Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"8ea85a25-eb16-4e29-ab4d-6f2a26c711a2","name":"App Service Environment Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"fbc52c3f-28ad-4303-a892-8a056630b8f1","name":"AppGw for Containers Configuration Manager","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ServiceNetworking/trafficControllers/serviceRoutingConfigurations/read"],"dataActionCount":3},{"id":"ca6382a4-1721-4bcf-a114-ff0c70227b6b","name":"Application Group Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ae349356-3a1b-4a5e-921d-050484c6347e","name":"Application Insights Component Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"08954f03-6346-4c2e-81c0-ec3a5cfae23b","name":"Application Insights Snapshot Debugger","pecEligible":true,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ee99642a-225b-4fe8-a771-9d9036053e87","name":"Arc Container Storage Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"f6e92014-8af2-414d-9948-9b1abf559285","name":"Arc Gateway Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"dca88c6f-5090-44cd-a0ff-a88f337b12a5","name":"ArizeAi.ObservabilityEval Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"dc0882cc-bc27-4d21-9ea2-f821aaa10fb1","name":"ARN Service Event Grid Subscriber Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"2837e146-70d7-4cfd-ad55-7efa6464f958","name":"Artifact Signing Certificate Profile Signer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.CodeSigning/certificateProfiles/Sign/action"],"dataActionCount":1},{"id":"4339b7cf-9826-4e41-b4ed-c7f4505dac08","name":"Artifact Signing Identity Verifier","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.CodeSigning/IdentityVerification/Read"],"dataActionCount":3},{"id":"a6a9a135-9048-45df-b559-a90bb025e92f","name":"Astronomer Astro Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"bbf86eb8-f7b4-4cce-96e4-18cddf81d86e","name":"Attestation Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"fd1bd22b-8476-40bc-a0bc-69b95687b9f3","name":"Attestation Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a8d01690-9418-4783-8ca2-9f0f1791783d","name":"Auto Actions Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"f353d9bd-d4a6-484e-a77a-8050b599b867","name":"Automation Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4fe576fe-1146-4730-92eb-48519fa6bf9f","name":"Automation Job Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"d3881f73-407a-4167-8283-e981cbba0404","name":"Automation Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5fb5aef8-1081-4b8e-bb16-9d5d0385bab5","name":"Automation Runbook Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b8b15564-4fa6-4a59-ab12-03e1d9594795","name":"Autonomous Development Platform Data Contributor (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AutonomousDevelopmentPlatform/accounts/dataPools/discoveries/*"],"dataActionCount":12},{"id":"27f8b550-c507-4db9-86f2-f4b8e816d59d","name":"Autonomous Development Platform Data Owner (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AutonomousDevelopmentPlatform/*"],"dataActionCount":1},{"id":"d63b75f7-47ea-4f27-92ac-e0d173aaf093","name":"Autonomous Development Platform Data Reader (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AutonomousDevelopmentPlatform/*/read"],"dataActionCount":1},{"id":"4f8fab4f-1852-4a58-a46a-8eaf358af14a","name":"Avere Contributor","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete"],"dataActionCount":3},{"id":"c025889f-8102-4ebf-b32c-fc0c6f0c6bd9","name":"Avere Operator","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete"],"dataActionCount":3},{"id":"49fc33c1-886f-4b21-a00e-1d9993234734","name":"AVS on Fleet VIS Role","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"d715fb95-a0f0-4f1c-8be6-5ad2d2767f67","name":"AVS Orchestrator Role","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"98c206fe-ea1b-4578-93f8-83a99a5628fc","name":"Aws Connector contributor role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"69a41f41-6dce-4ea7-8a34-8e095ddba55c","name":"Azure Advisor Service Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b78c5d69-af96-48a3-bf8d-a8b4d589de94","name":"Azure AI Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"64702f94-c441-49e6-a78b-ef80e0188fee","name":"Azure AI Developer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/ContentSafety/*"],"dataActionCount":4},{"id":"b556d68e-0be0-4f35-a333-ad7ee1ce17ea","name":"Azure AI Enterprise Network Connection Approver","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-21","unsettled":"its definition changed on 2026-06-21"},{"id":"25cabde7-1a6c-4350-8877-cb6fe59f1399","name":"Azure AI Enterprise Networking Outbound Rules Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"3afb7f49-54cb-416e-8c09-6dc049efa503","name":"Azure AI Inference Deployment Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"11102f94-c441-49e6-a78b-ef80e0188abc","name":"Azure AI Safety Evaluator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ede9aaa3-4627-494e-be13-4aa7c256148d","name":"Azure API Center Compliance Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1df7cd83-1d3f-41df-95b0-53b30d963369","name":"Azure API Center Credential Access Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ApiCenter/services/workspaces/apis/versions/securityRequirements/read"],"dataActionCount":2},{"id":"c7244dfb-f447-457d-b2ba-3999044d1706","name":"Azure API Center Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ApiCenter/services/*/read"],"dataActionCount":3},{"id":"dd24193f-ef65-44e5-8a7e-6fa6e03f7713","name":"Azure API Center Service Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6cba8790-29c5-48e5-bab1-c7541b01cb04","name":"Azure API Center Service Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"00493d72-78f6-4148-b6c5-d3ce8e4799dd","name":"Azure Arc Enabled Kubernetes Cluster User Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"dffb1e0c-446f-4dde-a09f-99eb5cc68b96","name":"Azure Arc Kubernetes Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Kubernetes/connectedClusters/apps/controllerrevisions/read"],"dataActionCount":32},{"id":"8393591c-06b9-48a2-a542-1bd6b377f6a2","name":"Azure Arc Kubernetes Cluster Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Kubernetes/connectedClusters/*"],"dataActionCount":1},{"id":"63f0a09d-1495-4db4-a681-037d84835eb4","name":"Azure Arc Kubernetes Viewer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Kubernetes/connectedClusters/apps/controllerrevisions/read"],"dataActionCount":28},{"id":"5b999177-9696-4545-85c7-50de3797e5a1","name":"Azure Arc Kubernetes Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Kubernetes/connectedClusters/apps/controllerrevisions/read"],"dataActionCount":29},{"id":"a92dfd61-77f9-4aec-a531-19858b406c87","name":"Azure Arc ScVmm Administrator role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c0781e91-8102-4553-8951-97c6d4243cda","name":"Azure Arc ScVmm Private Cloud User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6aac74c4-6311-40d2-bbdd-7d01e7c6e3a9","name":"Azure Arc ScVmm Private Clouds Onboarding","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"e582369a-e17b-42a5-b10c-874c387c530b","name":"Azure Arc ScVmm VM Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ddc140ed-e463-4246-9145-7c664192013f","name":"Azure Arc VMware Administrator role ","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ce551c02-7c42-47e0-9deb-e3b6fc3a9a83","name":"Azure Arc VMware Private Cloud User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"67d33e57-3129-45e6-bb0b-7cc522f762fa","name":"Azure Arc VMware Private Clouds Onboarding","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b748a06d-6150-4f8a-aaa9-ce3940cd96cb","name":"Azure Arc VMware VM Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"8d6517c1-e434-405c-9f3f-e0ae65085d76","name":"Azure Automanage Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"afc680e2-a938-412d-b213-9a49efa7fb83","name":"Azure Backup Snapshot Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"29fe4964-1e60-436b-bd3a-77fd4c178b3c","name":"Azure Batch Account Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Batch/*"],"dataActionCount":1},{"id":"11076f67-66f6-4be0-8f6b-f0609fd05cc9","name":"Azure Batch Account Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Batch/*/read"],"dataActionCount":1},{"id":"6aaa78f1-f7de-44ca-8722-c64a23943cae","name":"Azure Batch Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Batch/batchAccounts/jobSchedules/*"],"dataActionCount":2},{"id":"48e5e92e-a480-4e71-aa9c-2778f4c13781","name":"Azure Batch Job Submitter","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Batch/batchAccounts/jobSchedules/*"],"dataActionCount":2},{"id":"a35466a1-cfd6-450a-b35e-683fcdf30363","name":"Azure Batch Service Orchestration Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"9fc6112f-f48e-4e27-8b09-72a5c94e4ae9","name":"Azure Bot Service Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"f4eb044f-76b9-47af-92f9-1d95c4c14ab5","name":"Azure Business Continuity DUPI Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"3b5a0aa9-eccd-48dc-9011-f2fd03b5e5f9","name":"Azure Business Continuity UPI Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"7b0c7e81-271f-4c71-90bf-e30bdfdbc2f7","name":"Azure Center for SAP solutions administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"],"dataActionCount":1},{"id":"6d949e1d-41e2-46e3-8920-c6e4f31a8310","name":"Azure Center for SAP solutions Management role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"05352d14-a920-4328-a0de-4cbe7430e26b","name":"Azure Center for SAP solutions reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"aabbc5dd-1af0-458b-a942-81af88f9c138","name":"Azure Center for SAP solutions service role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0105a6b0-4bb9-43d2-982a-12806f9faddb","name":"Azure Center for SAP solutions Service role for management","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b64e21ea-ac4e-4cdf-9dc9-5b892992bee7","name":"Azure Connected Machine Onboarding","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"cd570a14-e51a-42ad-bac8-bafd67325302","name":"Azure Connected Machine Resource Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"f5819b54-e033-4d82-ac66-4fec3cbf3f4c","name":"Azure Connected Machine Resource Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"e8113dce-c529-4d33-91fa-e9b972617508","name":"Azure Connected SQL Server Onboarding","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5d977122-f97e-4b4d-a52f-6b43003ddb4d","name":"Azure Container Instances Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"95dd08a6-00bd-4661-84bf-f6726f83a4d0","name":"Azure Container Storage Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"08d4c71a-cc63-4ce4-a9c8-5dd251b4d619","name":"Azure Container Storage Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"95de85bd-744d-4664-9dde-11430bc34793","name":"Azure Container Storage Owner","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"0fb8eba5-a2bb-4abe-b1c1-49dfad359bb0","name":"Azure ContainerApps Session Executor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.App/sessionPools/*/read"],"dataActionCount":5},{"id":"6cd4ddd5-44f4-45bf-853e-a23e79738ce8","name":"Azure Copilot User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.PortalServices/copilotSettings/conversations/action"],"dataActionCount":1},{"id":"4dae6930-7baf-46f5-909e-0383bc931c46","name":"Azure Customer Lockbox Approver for Subscription","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"eded264d-1796-4e25-8500-a78427f8a316","name":"Azure Data Transfer Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b7ef99e8-10af-4a7c-8b15-5b6c352a8378","name":"Azure Databases ARM Management Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"bf7f8882-3383-422a-806a-6526c631a88a","name":"Azure Deployment Stack Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"adb29209-aa1d-457b-a786-c913953d2891","name":"Azure Deployment Stack Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a954a0e0-f57f-4606-8421-fd7bd4e54b0f","name":"Azure Device Onboarding Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a227fb39-f479-404b-96fd-0176f5d88ab4","name":"Azure Device Onboarding Discovery Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"12675fd7-7f59-493f-9201-f7944860a2f1","name":"Azure Device Registry Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","added":"2026-07-02"},{"id":"a5c3590a-3a1a-4cd4-9648-ea0a32b15137","name":"Azure Device Registry Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["microsoft.deviceregistry/namespaces/credentials/policies/issueCertificate/action"],"dataActionCount":2},{"id":"09267e11-2e06-40b5-8fe4-68cea20794c9","name":"Azure Device Registry Credentials Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"547f7f0a-69c0-4807-bd9e-0321dfb66a84","name":"Azure Device Registry Onboarding","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Devices/provisioningServices/enrollmentGroups/*"],"dataActionCount":2},{"id":"2a740172-0fc2-4039-972c-b31864cd47d6","name":"Azure Device Update Agent","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DeviceUpdate/updateAccounts/agents/requestUpdate/action"],"dataActionCount":1},{"id":"bcd981a7-7f74-457b-83e1-cceb9e632ffe","name":"Azure Digital Twins Data Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DigitalTwins/digitaltwins/*"],"dataActionCount":7},{"id":"d57506d4-4c8d-48b1-8587-93c323f6a5a3","name":"Azure Digital Twins Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DigitalTwins/digitaltwins/read"],"dataActionCount":8},{"id":"9295f069-25d0-4f44-bb6a-3da70d11aa00","name":"Azure Edge Hardware Center Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"207bcc4b-86a6-4487-9141-d6c1f4c238aa","name":"Azure Edge On-Site Deployment Engineer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"f526a384-b230-433a-b45c-95f59c4a2dec","name":"Azure Event Hubs Data Owner","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.EventHub/*"],"dataActionCount":1},{"id":"a638d3c7-ab3a-418d-83e6-5f17a39d4fde","name":"Azure Event Hubs Data Receiver","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.EventHub/*/receive/action"],"dataActionCount":1},{"id":"2b629674-e913-4c01-ae53-ef4638d8f975","name":"Azure Event Hubs Data Sender","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.EventHub/*/send/action"],"dataActionCount":1},{"id":"7392c568-9289-4bde-aaaa-b7131215889d","name":"Azure Extension for SQL Server Deployment","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"92b92042-07d9-4307-87f7-36a593fc5850","name":"Azure File Sync Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write"],"from":"learn-docs","seen":"2026-10-10"},{"id":"754c1a27-40dc-4708-8ad4-2bffdeee09e8","name":"Azure File Sync Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0ab34830-df19-4f8c-b84e-aa85b8afa6e8","name":"Azure Front Door Domain Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0f99d363-226e-4dca-9920-b807cf8e1a5f","name":"Azure Front Door Domain Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"662802e2-50f6-46b0-aed2-e834bacc6d12","name":"Azure Front Door Profile Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"3f2eb865-5811-4578-b90a-6fc6fa0df8e5","name":"Azure Front Door Secret Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0db238c4-885e-4c4f-a933-aa2cef684fca","name":"Azure Front Door Secret Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5d9c6a55-fc0e-4e21-ae6f-f7b095497342","name":"Azure Hybrid Database Administrator - Read Only Service Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"36e80216-a7e8-4f42-a7e1-f12c98cbaf8a","name":"Azure impact Reporter role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"dfb2f09d-25f8-4558-8986-497084006d7a","name":"Azure impact-insight reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5bc02df6-6cd5-43fe-ad3d-4c93cf56cc16","name":"Azure IoT Operations Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"7b7c71ed-33fa-4ed2-a91a-e56d5da260b5","name":"Azure IoT Operations Onboarding","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write"],"from":"learn-docs","seen":"2026-10-10"},{"id":"20cf746c-c765-402a-885e-c389c64478ce","name":"Azure Kubernetes Fleet Manager ABAC Custom Resources Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ContainerService/fleets/customresources/read"],"dataActionCount":1},{"id":"e1663658-d5f7-4383-9afb-af9fdc9c5eae","name":"Azure Kubernetes Fleet Manager ABAC Custom Resources Reader for Member Clusters","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ContainerService/fleets/members/customresources/read"],"dataActionCount":1},{"id":"ff8eb232-5069-437e-94e5-31112ef30539","name":"Azure Kubernetes Fleet Manager ABAC Custom Resources Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ContainerService/fleets/customresources/write"],"dataActionCount":2},{"id":"673366d4-9664-4020-b03b-b0093366bff9","name":"Azure Kubernetes Fleet Manager ABAC Custom Resources Writer for Member Clusters","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ContainerService/fleets/members/customresources/write"],"dataActionCount":2},{"id":"63bb64ad-9799-4770-b5c3-24ed299a07bf","name":"Azure Kubernetes Fleet Manager Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"de2b316d-7a2c-4143-b4cd-c148f6a355a1","name":"Azure Kubernetes Fleet Manager Hub Agent Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"850c5848-fc51-4a9a-8823-f220370626e3","name":"Azure Kubernetes Fleet Manager Hub Cluster User Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"434fb43a-c01c-447e-9f67-c3ad923cfaba","name":"Azure Kubernetes Fleet Manager RBAC Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/fleets/apps/controllerrevisions/read"],"dataActionCount":33},{"id":"d1f699ed-700a-4c77-a22f-29890ac7b115","name":"Azure Kubernetes Fleet Manager RBAC Admin for Member Clusters","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/fleets/members/*"],"dataActionCount":1},{"id":"18ab4d3d-a1bf-4477-8ad9-8359bc988f69","name":"Azure Kubernetes Fleet Manager RBAC Cluster Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/fleets/*"],"dataActionCount":1},{"id":"79a36d98-eb96-4a76-ae1d-481dc98d2c23","name":"Azure Kubernetes Fleet Manager RBAC Cluster Admin for Member Clusters","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/fleets/members/*"],"dataActionCount":1},{"id":"bd80684d-2f5f-4130-892a-0955546282de","name":"Azure Kubernetes Fleet Manager RBAC Cluster Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ContainerService/fleets/apiextensions.k8s.io/customresourcedefinitions/read"],"dataActionCount":35},{"id":"1dc4cd5a-de51-4ee4-bc8e-b40e9c17e320","name":"Azure Kubernetes Fleet Manager RBAC Cluster Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ContainerService/fleets/apiextensions.k8s.io/customresourcedefinitions/read"],"dataActionCount":61},{"id":"30b27cfc-9c84-438e-b0ce-70e35255df80","name":"Azure Kubernetes Fleet Manager RBAC Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/fleets/apps/controllerrevisions/read"],"dataActionCount":29},{"id":"463ad26c-fcce-4469-9c7f-5653d8acbab5","name":"Azure Kubernetes Fleet Manager RBAC Reader for Member Clusters","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/fleets/members/apps/controllerrevisions/read"],"dataActionCount":31},{"id":"5af6afb3-c06c-4fa4-8848-71a8aee05683","name":"Azure Kubernetes Fleet Manager RBAC Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/fleets/apps/controllerrevisions/read"],"dataActionCount":51},{"id":"50346970-0998-40f2-b47d-f3b8809840f8","name":"Azure Kubernetes Fleet Manager RBAC Writer for Member Clusters","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/fleets/members/apps/controllerrevisions/read"],"dataActionCount":35},{"id":"1b7f3653-4324-473a-9165-bc55e4d04ba8","name":"Azure Kubernetes Service Agent Pool Manager Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b29efa5f-7782-4dc3-9537-4d5bc70a5e9f","name":"Azure Kubernetes Service Arc Cluster Admin Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"233ca253-b031-42ff-9fba-87ef12d6b55f","name":"Azure Kubernetes Service Arc Cluster User Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5d3f1697-4507-4d08-bb4a-477695db5f82","name":"Azure Kubernetes Service Arc Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8","name":"Azure Kubernetes Service Cluster Admin Role","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1afdec4b-e479-420e-99e7-f82237c7c5e6","name":"Azure Kubernetes Service Cluster Monitoring User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4abbcc35-e782-43d8-92c5-2d3f1bd2253f","name":"Azure Kubernetes Service Cluster User Role","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ed7f3fbd-7b88-4dd4-9017-9adb7ce333f8","name":"Azure Kubernetes Service Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b5092dac-c796-4349-8681-1a322a31c3f9","name":"Azure Kubernetes Service Hybrid Cluster Admin Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"fc3f91a1-40bf-4439-8c46-45edbd83563a","name":"Azure Kubernetes Service Hybrid Cluster User Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e7037d40-443a-4434-a3fb-8cd202011e1d","name":"Azure Kubernetes Service Hybrid Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8e253927-1f29-4d89-baa2-c3a549eff423","name":"Azure Kubernetes Service Machine Manager Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"289d8817-ee69-43f1-a0af-43a45505b488","name":"Azure Kubernetes Service Namespace Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c9f76ca8-b262-4b10-8ed2-09cf0948aa35","name":"Azure Kubernetes Service Namespace User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"18ed5180-3e48-46fd-8541-4ea054d57064","name":"Azure Kubernetes Service Policy Add-on Deployment","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"3498e952-d568-435e-9b2c-8d77e338d7f7","name":"Azure Kubernetes Service RBAC Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/managedClusters/*"],"dataActionCount":1},{"id":"b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b","name":"Azure Kubernetes Service RBAC Cluster Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/managedClusters/*"],"dataActionCount":1},{"id":"7f6c6a51-bcf8-42ba-9220-52d62157d7db","name":"Azure Kubernetes Service RBAC Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/managedClusters/apps/controllerrevisions/read"],"dataActionCount":31},{"id":"a7ffa36f-339b-4b5c-8bdf-e2c188b2c0eb","name":"Azure Kubernetes Service RBAC Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerService/managedClusters/apps/controllerrevisions/read"],"dataActionCount":35},{"id":"478d20ba-a53e-4946-b33c-8078a92f2d0a","name":"Azure Local Disconnected Operations Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"1cfa4eac-9a23-481c-a793-bfb6958e836c","name":"Azure Local Migrate Execute Expert","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"learn-docs","seen":"2026-10-10","added":"2026-07-15"},{"id":"fd8ea4d5-6509-4db0-bada-356ab233b4fb","name":"Azure Local Migrate Owner","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"learn-docs","seen":"2026-10-10","added":"2026-07-15"},{"id":"ea01e6af-a1c1-4350-9563-ad00f8c72ec5","name":"Azure Machine Learning Workspace Connection Secrets Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5c2d7e57-b7c2-4d8a-be4f-82afa42c6e95","name":"Azure Managed Grafana Workspace Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"3015e5ed-6856-4ab3-b2f0-b8492aa30ca6","name":"Azure Managed Redis Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","added":"2026-05-19"},{"id":"f287ba2f-f923-4464-a5bd-721c3951d32d","name":"Azure Managed Redis Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","added":"2026-05-19"},{"id":"dba33070-676a-4fb0-87fa-064dc56ff7fb","name":"Azure Maps Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8f5e0ce6-4f7b-4dcf-bddf-e6f48634a204","name":"Azure Maps Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Maps/accounts/*/action"],"dataActionCount":4},{"id":"d6470a16-71bd-43ab-86b3-6f3a73f4e787","name":"Azure Maps Data Read and Batch Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Maps/accounts/services/*/read"],"dataActionCount":2},{"id":"423170ca-a8f6-4b0f-8487-9e4eb8f49bfa","name":"Azure Maps Data Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Maps/accounts/*/read"],"dataActionCount":1},{"id":"6be48352-4f82-47c9-ad5e-0acacefdb005","name":"Azure Maps Search and Render Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Maps/accounts/services/render/read"],"dataActionCount":2},{"id":"f27b7598-bc64-41f7-8a44-855ff16326c2","name":"Azure Messaging Catalog Data Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MessagingCatalog/*"],"dataActionCount":1},{"id":"ff478a4e-8633-416e-91bc-ec33ce7c9516","name":"Azure Messaging Connectors Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MessagingConnectors/*"],"dataActionCount":1},{"id":"7859c0b0-0bb9-4994-bd12-cd529af7d646","name":"Azure Migrate Decide and Plan Expert","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"1cfa4eac-9a23-481c-a793-bfb6958e836b","name":"Azure Migrate Execute Expert","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"c20ab07d-648c-4fed-977e-f917d8095dfc","name":"Azure Migrate Management Role","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"fd8ea4d5-6509-4db0-bada-356ab233b4fa","name":"Azure Migrate Owner","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"ba480ccd-6499-4709-b581-8f38bb215c63","name":"Azure Migrate Service Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0618ae3d-2930-4bb7-aa00-718db34ee9f9","name":"Azure Monitor Dashboards with Grafana Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"679dc20a-52e8-4ac0-a23c-3b557dfb1e24","name":"Azure Monitor Pipeline Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"2d50f159-7b96-4f1e-8fc7-fee6957ab7cc","name":"Azure Monitor Pipeline Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"55077723-1b30-4603-a70b-68de134cfa20","name":"Azure Native Dynatrace Agent Management Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c20923c5-b089-47a5-bf67-fd89569c4ad9","name":"Azure Programmable Connectivity Gateway Dataplane User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ProgrammableConnectivity/Gateways/NetworkAPIAccess"],"dataActionCount":1},{"id":"609c0c20-e0a0-4a71-b99f-e7e755ac493d","name":"Azure Programmable Connectivity Gateway User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a1f96423-95ce-4224-ab27-4e3dc72facd4","name":"Azure Red Hat OpenShift Cloud Controller Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0336e1d3-7a87-462b-b6db-342b63f7802c","name":"Azure Red Hat OpenShift Cluster Ingress Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5b7237c5-45e1-49d6-bc18-a1f62f400748","name":"Azure Red Hat OpenShift Disk Storage Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ef318e2a-8334-4a05-9e4a-295a196c6a6e","name":"Azure Red Hat OpenShift Federated Credential","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0d7aedc0-15fd-4a67-a412-efad370c947e","name":"Azure Red Hat OpenShift File Storage Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"42f3c60f-e7b1-46d7-ba56-6de681664342","name":"Azure Red Hat OpenShift First Party Network","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"88366f10-ed47-4cc0-9fab-c8a06148393e","name":"Azure Red Hat OpenShift Hosted Control Planes Cluster API Provider","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"fc0c873f-45e9-4d0d-a7d1-585aab30c6ed","name":"Azure Red Hat OpenShift Hosted Control Planes Control Plane Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c0ff367d-66d8-445e-917c-583feb0ef0d4","name":"Azure Red Hat OpenShift Hosted Control Planes Service Managed Identity","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8b32b316-c2f5-4ddf-b05b-83dacd2d08b5","name":"Azure Red Hat OpenShift Image Registry Operator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action"],"dataActionCount":5},{"id":"0358943c-7e01-48ba-8889-02cc51d78637","name":"Azure Red Hat OpenShift Machine API Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"be7a6435-15ae-4171-8f30-4a343eff9e8f","name":"Azure Red Hat OpenShift Network Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4436bae4-7702-4c84-919b-c4069ff25ee2","name":"Azure Red Hat OpenShift Service Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"26e0b698-aa6d-4085-9386-aadae190014d","name":"Azure Relay Listener","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Relay/*/listen/action"],"dataActionCount":1},{"id":"2787bf04-f1f5-4bfe-8383-c8a24483ee38","name":"Azure Relay Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Relay/*"],"dataActionCount":1},{"id":"26baccc8-eea7-41f1-98f4-1762cc7f685d","name":"Azure Relay Sender","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Relay/*/send/action"],"dataActionCount":1},{"id":"c914561b-1575-4601-af9c-a1356bf59818","name":"Azure Resilience Management Drills Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write"],"from":"arm-dump","seen":"2026-01-31"},{"id":"5a2ec2f1-2375-4950-9906-59ec1d979249","name":"Azure Resilience Management Drills Assets Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write"],"from":"arm-dump","seen":"2026-01-31"},{"id":"344b740c-5e7c-4d32-89b2-ee3b51cb89bc","name":"Azure Resilience Management Drills Assets Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e131102b-11a5-4ff4-8508-ed922132b74c","name":"Azure Resilience Management Drills Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ff09793b-be48-49f6-ad96-70d32039c0b9","name":"Azure Resilience Management Drills Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d2e8fe82-9212-490f-af3e-34bb52d87d3d","name":"Azure Resilience Management Drills Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e4c7f620-39b8-4688-bba2-70dd82ef367b","name":"Azure Resilience Management Drills Target Resource Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write"],"from":"arm-dump","seen":"2026-01-31"},{"id":"82c6a823-ae9c-4b90-b5c5-bff581c45896","name":"Azure Resilience Management Drills Target Resource Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a2b7cc47-30ec-462f-a2f4-9ac6e1c266af","name":"Azure Resilience Management Goals Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write"],"from":"arm-dump","seen":"2026-01-31"},{"id":"3910633d-19d0-4d31-b5e6-4f3101b137b9","name":"Azure Resilience Management Goals Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"39ea2c4e-798a-4469-b81d-65dc7c54cbdb","name":"Azure Resilience Management Goals Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"481d9636-d9f0-468b-b93d-6056318e6f36","name":"Azure Resilience Management Recovery Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write"],"from":"arm-dump","seen":"2026-01-31"},{"id":"4c7fd853-7345-4453-babd-e9481e9b460b","name":"Azure Resilience Management Recovery Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write"],"from":"arm-dump","seen":"2026-01-31"},{"id":"517781b0-5ad4-4418-94d5-f2421834b586","name":"Azure Resilience Management Recovery Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8210e6a3-4e4c-4e1a-bd83-ef8bac788a45","name":"Azure Resilience Management Recovery Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"7b1f81f9-4196-4058-8aae-762e593270df","name":"Azure Resource Bridge Deployment Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0b962ed2-6d56-471c-bd5f-3477d83a7ba4","name":"Azure Resource Notifications System Topics Subscriber","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"090c5cfd-751d-490a-894a-3ce6f1109419","name":"Azure Service Bus Data Owner","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ServiceBus/*"],"dataActionCount":1},{"id":"4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0","name":"Azure Service Bus Data Receiver","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ServiceBus/*/receive/action"],"dataActionCount":1},{"id":"69a216fc-b8fb-44d8-bc22-1f3c2cd27a39","name":"Azure Service Bus Data Sender","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ServiceBus/*/send/action"],"dataActionCount":1},{"id":"8b9dfcab-4b77-4632-a6df-94bd07820648","name":"Azure Sphere Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5a382001-fe36-41ff-bba4-8bf06bd54da9","name":"Azure Sphere Owner","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"6d994134-994b-4a59-9974-f479f0b227fb","name":"Azure Sphere Publisher","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c8ae6279-5a0b-4cb2-b3f0-d4d62845742c","name":"Azure Sphere Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"25211fc6-dc78-40b6-b205-e4ac934fd9fd","name":"Azure Spring Apps Application Configuration Service Config File Pattern Reader Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/ApplicationConfigurationService/read"],"dataActionCount":1},{"id":"6593e776-2a30-40f9-8a32-4fe28b77655d","name":"Azure Spring Apps Application Configuration Service Log Reader Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/ApplicationConfigurationService/logstream/action"],"dataActionCount":1},{"id":"80558df3-64f9-4c0f-b32d-e5094b036b0b","name":"Azure Spring Apps Connect Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/apps/deployments/connect/action"],"dataActionCount":1},{"id":"91422e52-bb88-4415-bb4a-90f5b71f6dcb","name":"Azure Spring Apps Job Execution Instance List Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AppPlatform/Spring/jobs/executions/listInstances/action"],"dataActionCount":1},{"id":"b459aa1d-e3c8-436f-ae21-c0531140f43e","name":"Azure Spring Apps Job Log Reader Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/jobs/executions/listInstances/action"],"dataActionCount":2},{"id":"52fd16bd-6ed5-46af-9c40-29cbd7952a29","name":"Azure Spring Apps Managed Components Log Reader Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AppPlatform/Spring/managedComponents/logstream/action"],"dataActionCount":1},{"id":"a99b0159-1064-4c22-a57b-c9b3caa1c054","name":"Azure Spring Apps Remote Debugging Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/apps/deployments/remotedebugging/action"],"dataActionCount":1},{"id":"4037dd68-1cc7-4a64-8765-3a79963a9940","name":"Azure Spring Apps Service Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AppPlatform/*"],"dataActionCount":1},{"id":"74252426-c508-480e-9345-4607bbebead4","name":"Azure Spring Apps Spring Cloud Config Server Log Reader Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AppPlatform/Spring/configService/logstream/action"],"dataActionCount":1},{"id":"4301dc2a-25a9-44b0-ae63-3636cf7f2bd2","name":"Azure Spring Apps Spring Cloud Gateway Log Reader Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/SpringCloudGateway/logstream/action"],"dataActionCount":1},{"id":"a06f5c24-21a7-4e1a-aa2b-f19eb6684f5b","name":"Azure Spring Cloud Config Server Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/configService/delete"],"dataActionCount":3},{"id":"d04c6db6-4947-4782-9e91-30a88feb7be7","name":"Azure Spring Cloud Config Server Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/configService/read"],"dataActionCount":1},{"id":"b5537268-8956-4941-a8f0-646150406f0c","name":"Azure Spring Cloud Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/*/read"],"dataActionCount":1},{"id":"f5880b48-c26d-48be-b172-7927bfa1c8f1","name":"Azure Spring Cloud Service Registry Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/eurekaService/delete"],"dataActionCount":3},{"id":"cff1b556-2399-4e7e-856d-a8f754be7b65","name":"Azure Spring Cloud Service Registry Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AppPlatform/Spring/eurekaService/read"],"dataActionCount":1},{"id":"12b8206a-0216-4469-908d-a3e2025fe085","name":"Azure Stack Edge Operations Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"bda0d508-adf1-4af0-9c28-88919fc3ae06","name":"Azure Stack HCI Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"c99c945f-8bd1-4fb1-a903-01460aae6068","name":"Azure Stack HCI Connected InfraVMs","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"865ae368-6a45-4bd1-8fbf-0d5151f56fc1","name":"Azure Stack HCI Device Management Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1a6f9009-515c-4455-b170-143e4c9ce229","name":"Azure Stack HCI Edge Machine Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"874d1c73-6003-4e60-a13a-cb31ea190a85","name":"Azure Stack HCI VM Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4b3fe76c-f777-4d24-a2d7-b027b0f7b273","name":"Azure Stack HCI VM Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"17e4de9d-139f-4531-b521-20804c310cf8","name":"Azure Stack Hub Linked Subscriptions role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"9a0e5da3-6c70-4a35-b13a-715cd5a7919a","name":"Azure Stack Hub registration role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"6f12a6df-dd06-4f3e-bcb1-ce8be600526a","name":"Azure Stack Registration Owner","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"f0310ce6-e953-4cf8-b892-fb1c87eaf7f6","name":"Azure Usage Billing Data Sender","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.UsageBilling/accounts/inputs/send/action"],"dataActionCount":1},{"id":"6ae96244-5829-4925-a7d3-5975537d91dd","name":"Azure VM Managed identities restore Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"78739afa-3ece-4d6b-90ba-762fdccd7438","name":"AzureEdgeOn-SiteDeploymentManager","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-10","unsettled":"its permissions are not in the data set"},{"id":"e503ece1-11d0-4e8e-8e2c-7a6c3bf38815","name":"AzureML Compute Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"f6c7c914-8db3-469d-8ca1-694a8f32e121","name":"AzureML Data Scientist","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"635dd51f-9968-44d3-b7fb-6d9a6bd613ae","name":"AzureML Metrics Writer (preview)","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1823dd4f-9b8c-4ab6-ab4e-7397a3684615","name":"AzureML Registry User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5e467623-bb1f-42f4-a55d-6e525e11384b","name":"Backup Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c2a970b4-16a7-4a51-8c84-8a8ea6ee0bb8","name":"Backup MUA Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"f54b6d04-23c6-443e-b462-9c16ab7b4a52","name":"Backup MUA Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"00c29273-979b-4161-815c-10b084fb9324","name":"Backup Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a795c7a0-d4a2-40c1-ae25-d81f01202912","name":"Backup Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-03","unsettled":"its definition changed on 2026-06-03"},{"id":"39138f76-04e6-41f0-ba6b-c411b59081a9","name":"Bayer Ag Powered Services Crop Id Solution User Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/parties/fields/read"],"dataActionCount":7},{"id":"a9b99099-ead7-47db-8fcf-072597a61dfa","name":"Bayer Ag Powered Services CWUM Solution","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/parties/read"],"dataActionCount":11},{"id":"1af232de-e806-426f-8ca1-c36142449755","name":"Bayer Ag Powered Services Field Imagery Solution Service Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/parties/read"],"dataActionCount":6},{"id":"c4bc862a-3b64-4a35-a021-a380c159b042","name":"Bayer Ag Powered Services GDU Solution","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/parties/read"],"dataActionCount":6},{"id":"b5b192c1-773c-4543-bfb0-6c59254b74a9","name":"Bayer Ag Powered Services Historical Weather Data Solution User Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/parties/read"],"dataActionCount":7},{"id":"ef29765d-0d37-4119-a4f8-f9f9902c9588","name":"Bayer Ag Powered Services Imagery Solution","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/parties/read"],"dataActionCount":11},{"id":"539283cd-c185-4a9a-9503-d35217a1db7b","name":"Bayer Ag Powered Services Smart Boundary Solution User Role","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.AgFoodPlatform/farmBeats/parties/read"],"dataActionCount":7},{"id":"fa23ad8b-c56e-40d8-ac0c-ce449e1d2c64","name":"Billing Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5e3c6656-6cfa-4708-81fe-0de47ac73342","name":"BizTalk Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"31a002a1-acaf-453e-8a5b-297c9ca1ea24","name":"Blockchain Member Node Access (Preview)","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Blockchain/blockchainMembers/transactionNodes/connect/action"],"dataActionCount":1},{"id":"41077137-e803-4205-871c-5a86e6a753b4","name":"Blueprint Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"437d2ced-4a38-4302-8479-ed2bcb43d090","name":"Blueprint Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"fa0d39e6-28e5-40cf-8521-1eb320653a4c","name":"Carbon Optimization Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"426e0c7f-0c7e-4658-b36f-ff54d6c29b45","name":"CDN Endpoint Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"871e35f6-b5c1-49cc-a043-bde969a0f2cd","name":"CDN Endpoint Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ec156ff8-a8d1-4d15-830c-5b80698ca432","name":"CDN Profile Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"8f96442b-4075-438f-813d-ad51ab4019af","name":"CDN Profile Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"fdb3df26-8dd6-49ff-9a74-e95dbfadcad3","name":"Change Safety Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"7c2e40b7-25eb-482a-82cb-78ba06cb46d5","name":"Chaos Studio Experiment Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1a40e87e-6645-48e0-b27a-0b115d849a20","name":"Chaos Studio Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"29e2da8a-229c-4157-8ae8-cc72fc506b74","name":"Chaos Studio Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"59a618e3-3c9a-406e-9f03-1a20dd1c55f1","name":"Chaos Studio Target Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b34d265f-36f7-4a0d-a4d4-e158ca92e90f","name":"Classic Network Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"86e8f5dc-a6e9-4c67-9d15-de283e8eac25","name":"Classic Storage Account Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"985d6b00-f706-48f5-a6fe-d0ca12fb668d","name":"Classic Storage Account Key Operator Service Role","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"d73bb868-a0df-4d4d-bd69-98a00b01fccb","name":"Classic Virtual Machine Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"9106cda0-8a86-4e81-b686-29a22c54effe","name":"ClearDB MySQL DB Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d0a94e7a-d791-4571-b2e0-8bdd8f867544","name":"Clinical Coder Data User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.HealthBot/healthBots/AIActions/ClinicalCoder/Process/Action"],"dataActionCount":1},{"id":"4e9d0bd4-5aab-4f91-92df-9def33fe287c","name":"CloudTest Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b1e6a0dd-ea0f-4108-8925-7047693f2cfe","name":"CloudTest Leased VM Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"7ac06ca7-21ca-47e3-a67b-cbd6e6223baf","name":"Cognitive Search Serverless Data Contributor (Deprecated)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.CognitiveSearch/indexes/schema/*"],"dataActionCount":2},{"id":"79b01272-bf9f-4f4c-9517-5506269cf524","name":"Cognitive Search Serverless Data Reader (Deprecated)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.CognitiveSearch/indexes/schema/read"],"dataActionCount":2},{"id":"25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68","name":"Cognitive Services Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c1ff6cc2-c111-46fe-8896-e0ef812ad9f3","name":"Cognitive Services Custom Vision Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/CustomVision/*"],"dataActionCount":1},{"id":"5c4089e1-6d96-4d2f-b296-c1bc7137275f","name":"Cognitive Services Custom Vision Deployment","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/CustomVision/*/read"],"dataActionCount":7},{"id":"88424f51-ebe7-446f-bc41-7fa16989e96c","name":"Cognitive Services Custom Vision Labeler","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/CustomVision/*/read"],"dataActionCount":6},{"id":"93586559-c37d-4a6b-ba08-b9f0940c2d73","name":"Cognitive Services Custom Vision Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/CustomVision/*/read"],"dataActionCount":2},{"id":"0a5ae4ab-0d65-4eeb-be61-29fc9b54394b","name":"Cognitive Services Custom Vision Trainer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/CustomVision/*"],"dataActionCount":1},{"id":"19c28022-e58e-450d-a464-0b2a53034789","name":"Cognitive Services Data Contributor (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.CognitiveServices/*"],"dataActionCount":1},{"id":"b59867f0-fa02-499b-be73-45a86b5b3e1c","name":"Cognitive Services Data Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/*/read"],"dataActionCount":1},{"id":"b5b0c71d-aca9-4081-aee2-9b1bb335fc1a","name":"Cognitive Services Face Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.CognitiveServices/accounts/Face/*"],"dataActionCount":1},{"id":"9894cab4-e18a-44aa-828b-cb588cd6f2d7","name":"Cognitive Services Face Recognizer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/Face/*/sessions/action"],"dataActionCount":12},{"id":"b2de6794-95db-4659-8781-7e080d3f2b9d","name":"Cognitive Services Immersive Reader User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/ImmersiveReader/getcontentmodelforreader/action"],"dataActionCount":1},{"id":"f07febfe-79bc-46b1-8b37-790e26e6e498","name":"Cognitive Services Language Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/ConversationalLanguageUnderstanding/*"],"dataActionCount":4},{"id":"7628b7b8-a8b2-4cdc-b46f-e9b35248918e","name":"Cognitive Services Language Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/ConversationalLanguageUnderstanding/*/read"],"dataActionCount":16},{"id":"f2310ca1-dc64-4889-bb49-c8e0fa3d47a8","name":"Cognitive Services Language Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/ConversationalLanguageUnderstanding/*"],"dataActionCount":4},{"id":"f72c8140-2111-481c-87ff-72b910f6e3f8","name":"Cognitive Services LUIS Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/LUIS/*"],"dataActionCount":1},{"id":"18e81cdc-4e98-4e29-a639-e7d10c5a6226","name":"Cognitive Services LUIS Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/LUIS/*/read"],"dataActionCount":2},{"id":"6322a993-d5c9-4bed-b113-e49bbea25b27","name":"Cognitive Services LUIS Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/LUIS/*"],"dataActionCount":1},{"id":"cb43c632-a144-4ec5-977c-e80c4affc34a","name":"Cognitive Services Metrics Advisor Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/MetricsAdvisor/*"],"dataActionCount":1},{"id":"3b20f47b-3825-43cb-8114-4bd2201156a8","name":"Cognitive Services Metrics Advisor User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/MetricsAdvisor/*"],"dataActionCount":1},{"id":"a001fd3d-188f-4b5d-821b-7da978bf7442","name":"Cognitive Services OpenAI Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/OpenAI/*"],"dataActionCount":1},{"id":"5e0bd9bd-7b93-4f28-af87-19fc36ad61bd","name":"Cognitive Services OpenAI User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/OpenAI/*/read"],"dataActionCount":16},{"id":"f4cc2bf9-21be-47a1-bdf1-5c5804381025","name":"Cognitive Services QnA Maker Editor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/QnAMaker.v2/alterations/read"],"dataActionCount":39},{"id":"466ccd10-b268-4a11-b098-b4849f024126","name":"Cognitive Services QnA Maker Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/QnAMaker.v2/alterations/read"],"dataActionCount":18},{"id":"14f26b53-9d80-4924-8141-f664426a48f6","name":"Cognitive Services Security Integration Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"0e75ca1e-0464-4b4d-8b93-68208a576181","name":"Cognitive Services Speech Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/AudioContentCreation/*"],"dataActionCount":8},{"id":"f2dc8367-1007-4938-bd23-fe263f013447","name":"Cognitive Services Speech User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/accounts/AudioContentCreation/*"],"dataActionCount":19},{"id":"bba48692-92b0-4667-a9ad-c31c7b334ac2","name":"Cognitive Services Usages Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a97b65f3-24c7-4388-baec-2e87135dc908","name":"Cognitive Services User","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.CognitiveServices/*"],"dataActionCount":1},{"id":"daa9e50b-21df-454c-94a6-a8050adab352","name":"Collaborative Data Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"7a6f0e70-c033-4fb1-828c-08514e5f4102","name":"Collaborative Runtime Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b256d512-9a3a-4a96-9366-9f54f900e58b","name":"Common Edge Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"09976791-48a7-449e-bb21-39d1a415f350","name":"Communication and Email Service Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"49435da6-99fe-48a5-a235-fc668b9dc04a","name":"Community Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5e28a61e-8040-49db-b175-bb5b88af6239","name":"Community Owner Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e6aadb6b-e64f-41c0-9392-d2bba3bc3ebc","name":"Community Reader Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"df2711a6-406d-41cf-b366-b0250bff9ad1","name":"Compute Diagnostics Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"2bed379c-9fba-455b-99e4-6b911073bcf2","name":"Compute Fleet Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"85a2d0d9-2eba-4c9c-b355-11c2cc0788ab","name":"Compute Gallery Artifacts Publisher","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"cf7c76d2-98a3-4358-a134-615aa78bf44d","name":"Compute Gallery Image Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1ef6a3be-d0ac-425d-8c01-acb62866290b","name":"Compute Gallery Sharing Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"980cf6f7-edec-4fd1-8e9e-28f70b1d5258","name":"Compute Limit Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"e82342c9-ac7f-422b-af64-e426d2e12b2d","name":"Compute Recommendations Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"f1641a58-a144-402b-baf9-39d1a4c10119","name":"ConfidentialLedgerDataContributor","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-21","unsettled":"its permissions are not in the data set"},{"id":"4f1e6fca-3fde-4291-961e-642def6d5e1d","name":"ConfidentialLedgerDataReader","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-21","unsettled":"its permissions are not in the data set"},{"id":"65a14201-8f6c-4c28-bec4-12619c5a9aaa","name":"Connected Cluster Managed Identity CheckAccess Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6cdbb904-5ff3-429d-8169-7d7818b91bd8","name":"Connector Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c459b115-f629-486b-b359-35feb5568b83","name":"Connector Writer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"6f4fe6fc-f04f-4d97-8528-8bc18c848dca","name":"Container Apps ConnectedEnvironments Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"d5adeb5b-107f-4aca-99ea-4e3f4fc008d5","name":"Container Apps ConnectedEnvironments Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"358470bc-b998-42bd-ab17-a7e34c199c0f","name":"Container Apps Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4e3d2b60-56ae-4dc6-a233-09c8e5a82e68","name":"Container Apps Jobs Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b9a307c4-5aa3-4b52-ba60-2b17c136cd7b","name":"Container Apps Jobs Operator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.App/jobs/exec/action"],"dataActionCount":2},{"id":"edd66693-d32a-450b-997d-0158c03976b0","name":"Container Apps Jobs Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"57cc5028-e6a7-4284-868d-0611c5923f8d","name":"Container Apps ManagedEnvironments Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1b32c00b-7eff-4c22-93e6-93d11d72d2d8","name":"Container Apps ManagedEnvironments Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"f3bd1b5c-91fa-40e7-afe7-0c11d331232c","name":"Container Apps Operator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.App/containerApps/debug/action"],"dataActionCount":3},{"id":"f7669afb-68b2-44b4-9c5f-6d2a47fddda0","name":"Container Apps SessionPools Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"af61e8fc-2633-4b95-bed3-421ad6826515","name":"Container Apps SessionPools Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"df87f177-bb12-4db1-9793-a413691eff94","name":"Container Registry Cache Rule Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c357b964-0002-4b64-a50d-7a28f02edc52","name":"Container Registry Cache Rule Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"69b07be0-09bf-439a-b9a6-e73de851bd59","name":"Container Registry Configuration Reader and Data Access Configuration Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-07-02","unsettled":"its definition changed on 2026-07-02"},{"id":"3bc748fc-213d-45c1-8d91-9da5725539b9","name":"Container Registry Contributor and Data Access Configuration Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-07-02","unsettled":"its definition changed on 2026-07-02"},{"id":"f094fb07-0703-4400-ad6a-e16dd8000e14","name":"Container Registry Credential Set Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"29093635-9924-4f2c-913b-650a12949526","name":"Container Registry Credential Set Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"577a9874-89fd-4f24-9dbd-b5034d0ad23a","name":"Container Registry Data Importer and Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerRegistry/registries/catalog/read"],"dataActionCount":3},{"id":"bfdb9389-c9a5-478a-bb2f-ba9ca092c3c7","name":"Container Registry Repository Catalog Lister","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerRegistry/registries/catalog/read"],"dataActionCount":1},{"id":"2efddaa5-3f1f-4df3-97df-af3f13818f4c","name":"Container Registry Repository Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerRegistry/registries/repositories/content/delete"],"dataActionCount":6},{"id":"b93aa761-3e63-49ed-ac28-beffa264f7ac","name":"Container Registry Repository Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerRegistry/registries/repositories/content/read"],"dataActionCount":2},{"id":"2a1e307c-b015-4ebd-883e-5b7698a07328","name":"Container Registry Repository Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.ContainerRegistry/registries/repositories/content/read"],"dataActionCount":4},{"id":"fb382eab-e894-4461-af04-94435c366c3f","name":"Container Registry Tasks Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"bf94e731-3a51-4a7c-8c54-a1ab9971dfc1","name":"Container Registry Transfer Pipeline Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ad2dd5fb-cd4b-4fd4-a9b6-4fed3630980b","name":"ContainerApp Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b24988ac-6180-42a0-ab88-20f7382dd24c","name":"Contributor","pecEligible":true,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b3eb788f-5426-48bd-821d-561701ede368","name":"Conversation Session User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.HealthBot/healthBots/ConversationSession/Action"],"dataActionCount":1},{"id":"fbdf93bf-df7d-467e-a4d2-9458aa1360c8","name":"Cosmos DB Account Reader Role","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"fd5a8ad5-38c7-4428-a6d3-ed202e467ff0","name":"Cosmos DB Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DocumentDB/databaseAccounts/metadata/read"],"dataActionCount":2},{"id":"356d02cb-3f43-4b52-8ac4-85065178b1a0","name":"Cosmos DB Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DocumentDB/databaseAccounts/metadata/read"],"dataActionCount":3},{"id":"fc896ebc-f9a8-484d-a5ff-bd6a8c36289f","name":"Cosmos DB Long Term Retention Backup Role","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-08","unsettled":"its permissions are not in the data set"},{"id":"955d0cb2-de4e-43ed-819a-14220e079ba7","name":"Cosmos DB Long Term Retention Restore Role","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-08","unsettled":"its permissions are not in the data set"},{"id":"230815da-be43-4aae-9cb4-875f7bd000aa","name":"Cosmos DB Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-03","unsettled":"its definition changed on 2026-06-03"},{"id":"db7b14f2-5adf-42da-9f96-f2ee17bab5cb","name":"CosmosBackupOperator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"bf41e52e-617f-4981-8b7a-47431bd4e011","name":"CosmosDB Fleet Analytics Storage Data Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete"],"dataActionCount":4},{"id":"35ffec73-9cb8-4593-8718-40d5bc4b7f6f","name":"CosmosDB Fleet Operator Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5432c526-bc82-444a-b7ba-57c5b0b5b34f","name":"CosmosRestoreOperator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"434105ed-43f6-45c7-a02f-909b2ba83430","name":"Cost Management Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"72fafb9e-0641-4937-9268-a91bfd8191a3","name":"Cost Management Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"399c3b2b-64c2-4ff1-af34-571db925b068","name":"CrossConnectionManager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b6ee44de-fe58-4ddc-b5c2-ab174eb23f05","name":"CrossConnectionReader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"aab6f660-bf25-4d5c-97c5-55049e6d38d3","name":"Custom Role - Cloud PC Delegated MSIS (PROD)","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d1a38570-4b05-4d70-b8e4-1100bcf76d12","name":"Data Boundary Tenant Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"add466c9-e687-43fc-8d98-dfcf8d720be5","name":"Data Box Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"028f4ed7-e2a9-465e-a8f4-9c0ffdfdc027","name":"Data Box Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"673868aa-7521-48a0-acc6-0f60742d39f5","name":"Data Factory Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c6decf44-fd0a-444c-a844-d653c394e7ab","name":"Data Labeling - Labeler","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"47b7735b-770e-4598-a7da-8b91488b4c88","name":"Data Lake Analytics Developer","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"959f8984-c045-4866-89c7-12bf9737be2e","name":"Data Operator for Managed Disks","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Compute/disks/download/action"],"dataActionCount":4},{"id":"150f5e0c-0603-4f03-8c7f-cf70034c4e90","name":"Data Purger","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"96ebd254-ecc7-4590-aff5-e9af3ff5f3b3","name":"Dedicated Host Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d24ecba3-c1f4-40fa-a7bb-4588a071e8fd","name":"Defender Agentless VM Scan","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"6fe711ec-654d-4ef7-8e32-eb7de3d94774","name":"Defender AI","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"third-party-blog","seen":"2026-07-03","unsettled":"only a third-party blog (not Microsoft) describes its permissions"},{"id":"6f91a4f9-10ee-4b95-b8cd-96ee73c5968d","name":"Defender API Security","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d2acaa63-2a62-4c01-998a-cdbe7a00d709","name":"Defender Azure Cosmos DB","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"eef9d654-743f-4e2c-ad0f-9ed243177663","name":"Defender Azure SQL Databases","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"third-party-blog","seen":"2026-07-03","unsettled":"only a third-party blog (not Microsoft) describes its permissions"},{"id":"512ef07a-840c-48d2-9be4-9a30a75a5c70","name":"Defender Cloud Secrets Posture","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5e93ba01-8f92-4c7a-b12a-801e3df23824","name":"Defender Containers Sensor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"46023a6a-0702-4cbf-956c-d8c3ac27bc2b","name":"Defender CSPM","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.CognitiveServices/accounts/aiservices/agents/read"],"dataActionCount":2},{"id":"8480c0f0-4509-4229-9339-7c10018cb8c4","name":"Defender CSPM Storage Scanner Operator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"0e2ecf2a-0574-4b08-89e2-be133aa6303f","name":"Defender Databricks Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c5c82243-e78e-43f9-8428-793bba85b28e","name":"Defender For Container Registries Operator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ContainerRegistry/registries/repositories/content/read"],"dataActionCount":3},{"id":"1e7ca9b1-60d1-4db8-a914-f2ca1ff27c40","name":"Defender for Storage Data Scanner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete"],"dataActionCount":6},{"id":"0f641de8-0b88-4198-bdef-bd8b45ceba96","name":"Defender for Storage Scanner Operator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"a366d631-94bf-46bf-b4af-b38f28c80774","name":"Defender for Storage Threat Protection","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8bb6f106-b146-4ee6-a3f9-b9c5a96e0ae5","name":"Defender Kubernetes Agent Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d5a2ae44-610b-4500-93be-660a0c5f5ca6","name":"Defender Kubernetes API Access","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"99626c15-0799-47ad-96ab-f298031f69d6","name":"Defender Open Source Relational Databases","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"96062cf7-95ca-4f89-9b9d-2a2aa47356af","name":"Defender Registry Access","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ContainerRegistry/registries/repositories/metadata/read"],"dataActionCount":6},{"id":"0b6ca2e8-2cdc-4bd6-b896-aa3d8c21fc35","name":"Defender Sensitive Data Discovery","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"],"dataActionCount":2},{"id":"68ac31b4-936a-4046-a6d2-ba6f8a757bf6","name":"Defender Serverless Scanner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"78b19ac9-582c-44d8-9e11-733ae424ad83","name":"Defender Servers P1","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"1dc24dd8-b00e-4344-837c-58b193cd23c7","name":"Defender Servers P2","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"third-party-blog","seen":"2026-07-03","unsettled":"only a third-party blog (not Microsoft) describes its permissions"},{"id":"7d0c0268-1199-449b-a52e-75c20879f46b","name":"Defender Settings Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d9468a2b-1820-47e1-a40e-d2b7fba1879a","name":"Defender SQL Servers On Machines","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c6c9b2d8-9a5e-4122-85e1-81612a046ab2","name":"Defender Storage Automated Malware Remediation","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"third-party-blog","seen":"2026-07-03","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete"],"dataActionCount":1,"unsettled":"only a third-party blog (not Microsoft) describes its permissions"},{"id":"cd50fd1f-0421-46f2-8cce-afc587dbcc77","name":"Defender Storage Malware Data Scanner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"third-party-blog","seen":"2026-07-03","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"],"dataActionCount":6,"unsettled":"only a third-party blog (not Microsoft) describes its permissions"},{"id":"971cce9f-2680-4357-9678-c947847a9425","name":"Defender Storage Malware Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"third-party-blog","seen":"2026-07-03","unsettled":"only a third-party blog (not Microsoft) describes its permissions"},{"id":"1fd5d8bf-9037-4ede-89bf-680f798e2765","name":"Defender Unified RBAC Authorization Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ca62263b-07d5-4b48-b437-088803f5c2ff","name":"Defender Unified RBAC Authorization Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"625a1cea-653b-4a19-bd3a-df1d66ab6637","name":"Defender Unified RBAC Contributor and Responder","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"40ead2a5-466e-4039-8a80-325542d9d2dd","name":"Defender Unified RBAC Data Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"78b7345a-1e1b-483a-ac62-62228c6ea89d","name":"Defender Unified RBAC Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.OperationalInsights/workspaces/tables/data/read"],"dataActionCount":1},{"id":"1bacae94-6c0f-4d2d-8dfa-408d5a28e6ec","name":"Defender Unified RBAC Responder","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d56b031f-8d90-4376-9231-b5c94fce88ef","name":"Defender Unified RBAC Scoped Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.OperationalInsights/workspaces/tables/data/read"],"dataActionCount":1},{"id":"8a90fa6b-6997-4a07-8a95-30633a7c97b9","name":"DeID Batch Data Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthDataAIServices/DeidServices/Batch/delete"],"dataActionCount":3},{"id":"b73a14ee-91f5-41b7-bd81-920e12466be9","name":"DeID Batch Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthDataAIServices/DeidServices/Batch/read"],"dataActionCount":1},{"id":"78e4b983-1a0b-472e-8b7d-8d770f7c5890","name":"DeID Data Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthDataAIServices/DeidServices/*"],"dataActionCount":1},{"id":"bb6577c4-ea0a-40b2-8962-ea18cb8ecd4e","name":"DeID Realtime Data User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthDataAIServices/DeidServices/Realtime/action"],"dataActionCount":1},{"id":"eb960402-bf75-4cc3-8d68-35b34f960f72","name":"Deployment Environments Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DevCenter/projects/users/environments/adminActionRead/action"],"dataActionCount":3},{"id":"18e40d4e-8d2e-438d-97e1-9528336e149c","name":"Deployment Environments User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DevCenter/projects/users/environments/userActionManage/action"],"dataActionCount":5},{"id":"97dfb3ce-e936-462c-9425-9cdb67e66d45","name":"Desktop Virtualization App Attach Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"86240b0e-9422-4c43-887b-b61143f32ba8","name":"Desktop Virtualization Application Group Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"aebf23d0-b568-4e86-b8f9-fe83a2c6ab55","name":"Desktop Virtualization Application Group Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"082f0a83-3be5-4ba1-904c-961cca79b387","name":"Desktop Virtualization Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"e307426c-f9b6-4e81-87de-d99efb3c32bc","name":"Desktop Virtualization Host Pool Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ceadfde2-b300-400a-ab7b-6143895aa822","name":"Desktop Virtualization Host Pool Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"489581de-a3bd-480d-9518-53dea7416b33","name":"Desktop Virtualization Power On Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"40c5ff49-9181-41f8-ae61-143b0e78555e","name":"Desktop Virtualization Power On Off Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"49a72310-ab8d-41df-bbb0-79b649203868","name":"Desktop Virtualization Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"2ad6aaab-ead9-4eaa-8ac5-da422f562408","name":"Desktop Virtualization Session Host Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1d18fff3-a72a-46b5-b4a9-0b38a3cd7e63","name":"Desktop Virtualization User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DesktopVirtualization/appAttachPackages/useApplications/action"],"dataActionCount":2},{"id":"ea4bfff8-7fb4-485a-aadd-d4129a0ffaa6","name":"Desktop Virtualization User Session Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a959dbd1-f747-45e3-8ba6-dd80f235f97c","name":"Desktop Virtualization Virtual Machine Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"21efdde3-836f-432b-bf3d-3e8e734d4b2b","name":"Desktop Virtualization Workspace Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0fa44ee9-7a7d-466b-9bb2-2bf446b1204d","name":"Desktop Virtualization Workspace Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"45d50f46-0b78-4001-a660-4198cbe8cd05","name":"DevCenter Dev Box User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DevCenter/projects/users/devboxes/userActionManage/action"],"dataActionCount":11},{"id":"4c6569b6-f23e-4295-9b90-bd4cc4ff3292","name":"DevCenter Owner","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"331c37c6-af14-46d9-b9f4-e1909e1b95a0","name":"DevCenter Project Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DevCenter/projects/pools/align/action"],"dataActionCount":27},{"id":"c24cf47c-5077-412d-a19c-45202126392c","name":"DevComputeSandboxGroupDataOwner","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-28","unsettled":"its permissions are not in the data set"},{"id":"dfce44e4-17b7-4bd1-a6d1-04996ec95633","name":"Device Provisioning Service Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Devices/provisioningServices/*"],"dataActionCount":1},{"id":"10745317-c249-44a1-a5ce-3a4353c0bbd8","name":"Device Provisioning Service Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Devices/provisioningServices/*/read"],"dataActionCount":1},{"id":"02ca0879-e8e4-47a5-a61e-5c618b76e64a","name":"Device Update Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DeviceUpdate/accounts/instances/management/delete"],"dataActionCount":6},{"id":"0378884a-3af5-44ab-8323-f5b22f9f3c98","name":"Device Update Content Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DeviceUpdate/accounts/instances/updates/delete"],"dataActionCount":3},{"id":"d1ee9a80-8b14-47f0-bdc2-f4a351625a7b","name":"Device Update Content Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DeviceUpdate/accounts/instances/updates/read"],"dataActionCount":1},{"id":"f82fbe13-0f98-4809-af81-b82c343db82f","name":"Device Update Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e4237640-0e3d-4a46-8fda-70bc94856432","name":"Device Update Deployments Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DeviceUpdate/accounts/instances/management/delete"],"dataActionCount":4},{"id":"49e2f5d2-7741-4835-8efa-19e1fe35e47f","name":"Device Update Deployments Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DeviceUpdate/accounts/instances/management/read"],"dataActionCount":2},{"id":"e9dba6fb-3d52-4cf0-bce3-f06ce71b9e0f","name":"Device Update Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DeviceUpdate/accounts/instances/management/read"],"dataActionCount":2},{"id":"76153a9e-0edb-49bc-8e01-93c47e6b5180","name":"DevOps Infrastructure Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"76283e04-6283-4c54-8f91-bcf1374a3c64","name":"DevTest Labs User","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"64375caa-ac3e-48b3-9492-da4d60aba7bb","name":"DiagnosticsOperator","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-04-09","unsettled":"its permissions are not in the data set"},{"id":"58a3b984-7adf-4c20-983a-32417c86fbc8","name":"DICOM Data Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/workspaces/dicomservices/resources/*"],"dataActionCount":1},{"id":"e89c7a3c-2f64-4fa1-a847-3e4c9ba4283a","name":"DICOM Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/workspaces/dicomservices/resources/read"],"dataActionCount":1},{"id":"3e5e47e6-65f7-47ef-90b5-e5dd4d455f24","name":"Disk Backup Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"136d308c-0937-4a49-9bd7-edfb42adbffc","name":"Disk Encryption Set Operator for Managed Disks","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"60fc6e62-5479-42d4-8bf4-67625fcc2840","name":"Disk Pool Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b50d9833-a0cb-478e-945f-707fcc997c13","name":"Disk Restore Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"7efff54f-a5b4-42b5-a1c5-5411624893ce","name":"Disk Snapshot Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0f2ebee7-ffd4-4fc0-b3b7-664099fdad5d","name":"DNS Resolver Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"befefa01-2a29-4197-83a8-272ff33ce314","name":"DNS Zone Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","name":"DNS Zone Contributor TXT Only","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5bd9cd88-fe45-4216-938b-f97437e15450","name":"DocumentDB Account Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"eeaeda52-9324-47f6-8069-5d5bade478b2","name":"Domain Services Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"361898ef-9ed1-48c2-849c-a832951106bb","name":"Domain Services Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0ad04412-c4d5-4796-b79c-f76d14c8d402","name":"Durable Task Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DurableTask/*"],"dataActionCount":1},{"id":"d6a5505f-6ebb-45a4-896e-ac8274cfc0ac","name":"Durable Task Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DurableTask/schedulers/taskhubs/orchestrations/metadata/read"],"dataActionCount":2},{"id":"80d0d6b0-f522-40a4-8886-a5a11720c375","name":"Durable Task Worker","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.DurableTask/schedulers/taskhubs/orchestrations/execute/action"],"dataActionCount":1},{"id":"89f7a3ec-e9d0-40eb-9b96-c016a5c2a53f","name":"Dynamics 365 Customer Insights Service Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"53e48117-a530-4075-bcbe-d91913e3bdb8","name":"Edge Management Copilot User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"f24a559b-c2fc-4409-b96e-9af4b0c28ad6","name":"Edge Order Partner Inventory Manager Service Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"4b2b8358-764b-4884-85c6-f4b7946d95ad","name":"EdgeMarketPlace role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"753ceed7-553b-434b-a2e5-78da1a8379d9","name":"Elastic Autopilot Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"fa6cecf6-5db3-4c43-8470-c540bcb4eafa","name":"Elastic SAN Network Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"80dcbedb-47ef-405d-95bd-188a1b4ac406","name":"Elastic SAN Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"af6a70f8-3c9f-4105-acf1-d719e9fca4ca","name":"Elastic SAN Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1c4770c0-34f7-4110-a1ea-a5855cc7a939","name":"Elastic SAN Snapshot Exporter","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8da79822-b118-42bc-83c9-789fdbdcd77b","name":"Elastic SAN Volume Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ElasticSan/elasticsans/volumeGroups/volumes/data/read"],"dataActionCount":2},{"id":"a8281131-f312-4f34-8d98-ae12be9f0d23","name":"Elastic SAN Volume Group Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"90e8b822-3e73-47b5-868a-787dc80c008f","name":"Elastic SAN Volume Importer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"2142ea27-02ad-4094-bfea-2dbac6d24934","name":"Enclave Approver Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"19feefae-eacc-4106-81fd-ac34c0671f14","name":"Enclave Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"3d5f3eff-eb94-473d-91e3-7aac74d6c0bb","name":"Enclave Owner Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"86fede04-b259-4277-8c3e-e26b9865abd8","name":"Enclave Reader Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"93629c8c-5d36-4533-85cd-f5bb3338710e","name":"Entra Connect Health Service Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"34013b0a-565b-43aa-8755-1b7c286f6cf7","name":"Essential Machine Management Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1e241071-0855-49ea-94dc-649edcd759de","name":"EventGrid Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1d8c3fe3-8864-474b-8749-01e3783e8157","name":"EventGrid Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.EventGrid/events/send/action"],"dataActionCount":2},{"id":"78cbd9e7-9798-4e2e-9b5a-547d9ebb31fb","name":"EventGrid Data Receiver","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.EventGrid/events/receive/action"],"dataActionCount":1},{"id":"d5a91429-5739-47e2-a06b-3470a27159e7","name":"EventGrid Data Sender","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.EventGrid/events/send/action"],"dataActionCount":1},{"id":"428e0ff0-5e57-4d9c-a221-2c70d0e0a443","name":"EventGrid EventSubscription Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"2414bbcf-6497-4faf-8c65-045460748405","name":"EventGrid EventSubscription Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a12b0b94-b317-4dcd-84a8-502ce99884c6","name":"EventGrid TopicSpaces Publisher","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-03","dataActions":["Microsoft.EventGrid/topicSpaces/publish/action"],"dataActionCount":1,"unsettled":"its definition changed on 2026-06-03"},{"id":"4b0f2fd7-60b4-4eca-896f-4435034f8bf5","name":"EventGrid TopicSpaces Subscriber","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-03","dataActions":["Microsoft.EventGrid/topicSpaces/subscribe/action"],"dataActionCount":1,"unsettled":"its definition changed on 2026-06-03"},{"id":"7f646f1b-fa08-80eb-a33b-edd6ce5c915c","name":"Experimentation Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Experimentation/experimentWorkspaces/experimentationGroups/admin/action"],"dataActionCount":13},{"id":"7f646f1b-fa08-80eb-a22b-edd6ce5c915c","name":"Experimentation Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Experimentation/experimentWorkspaces/experimentationGroups/read"],"dataActionCount":8},{"id":"6188b7c9-7d01-4f99-a59f-c88b630326c0","name":"Experimentation Metric Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Experimentation/experimentWorkspaces/experimentationGroups/read"],"dataActionCount":4},{"id":"49632ef5-d9ac-41f4-b8e7-bbe587fa74a1","name":"Experimentation Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Experimentation/experimentWorkspaces/read"],"dataActionCount":2},{"id":"548d7e7c-65ee-412b-ae37-2dbb419d4207","name":"Experimentation Resource Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"337a31c1-4e14-4ef9-83ed-584bb8d2b70a","name":"Fabric Resource Management Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"804db8d3-32c7-4ad4-a975-3f6f90d5f5f5","name":"FHIR Data Bulk Operator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/services/fhir/resources/bulkOperator/action"],"dataActionCount":16},{"id":"5a1fc7df-4bf1-4951-a576-89034ee01acd","name":"FHIR Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/services/fhir/resources/*"],"dataActionCount":2},{"id":"a1705bd2-3a8f-45a5-8683-466fcfd5cc24","name":"FHIR Data Converter","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/services/fhir/resources/convertData/action"],"dataActionCount":2},{"id":"3db33094-8700-4567-8da5-1501d4e7e843","name":"FHIR Data Exporter","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/services/fhir/resources/export/action"],"dataActionCount":4},{"id":"4465e953-8ced-4406-a58e-0f6e3f3b530b","name":"FHIR Data Importer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/workspaces/fhirservices/resources/import/action"],"dataActionCount":2},{"id":"4c8d0bbc-75d3-4935-991f-5f3c56d81508","name":"FHIR Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/services/fhir/resources/read"],"dataActionCount":2},{"id":"3f88fce4-5892-4214-ae73-ba5294559913","name":"FHIR Data Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/services/fhir/resources/convertData/action"],"dataActionCount":18},{"id":"4ba50f17-9666-485c-a643-ff00808643f0","name":"FHIR SMART User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthcareApis/services/fhir/resources/read"],"dataActionCount":8},{"id":"9c1607d1-791d-4c68-885d-c7b7aaff7c8a","name":"Firmware Analysis Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"2a94a2fd-3c4f-45d1-847d-6585ba88af94","name":"Firmware Analysis Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"53b2724d-1e51-44fa-b586-bcace0c82609","name":"Firmware Analysis User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"61eb6405-5f4a-440b-ad03-fe06c5c85e44","name":"Flux Configurations Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c840cbbc-8508-4228-b700-ec6522a74314","name":"Foundational RP Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/locks/write"],"from":"arm-dump","seen":"2026-01-31"},{"id":"e47c6f54-e4a2-4754-9501-8e0985b135e1","name":"Foundry Account Owner","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10","changed":"2026-05-16","unsettled":"its definition changed on 2026-05-16"},{"id":"c883944f-8b7b-4483-af10-35834be79c4a","name":"Foundry Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-21","dataActions":["Microsoft.CognitiveServices/*"],"dataActionCount":1,"unsettled":"its definition changed on 2026-06-21"},{"id":"eadc314b-1a2d-4efa-be10-5d325db5065e","name":"Foundry Project Manager","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10","changed":"2026-05-16","dataActions":["Microsoft.CognitiveServices/*"],"dataActionCount":1,"unsettled":"its definition changed on 2026-05-16"},{"id":"53ca6127-db72-4b80-b1b0-d745d6d5456d","name":"Foundry User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-05-16","dataActions":["Microsoft.CognitiveServices/*"],"dataActionCount":1,"unsettled":"its definition changed on 2026-05-16"},{"id":"1694e55a-2496-4d07-b005-7259aa3fcbe8","name":"Garnet Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DocumentDB/garnetClusters/acl/append/write"],"dataActionCount":115},{"id":"04f6c337-ffae-414c-b00f-3e80c9ab8a2c","name":"Garnet Data Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DocumentDB/garnetClusters/acl/*"],"dataActionCount":1},{"id":"d9cd91b9-dada-4fa9-9406-454c4659c137","name":"Garnet Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DocumentDB/garnetClusters/acl/clientid/read"],"dataActionCount":62},{"id":"56e95fdc-3337-468d-b964-30d07f2a2018","name":"Garnet PubSub Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DocumentDB/garnetClusters/acl/clientid/read"],"dataActionCount":17},{"id":"da9adf61-39cd-41d5-87a0-30b21f7270d8","name":"Garnet PubSub Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DocumentDB/garnetClusters/acl/clientid/read"],"dataActionCount":14},{"id":"7021ea36-e168-4bc0-af53-88de51d20665","name":"Garnet Script Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.DocumentDB/garnetClusters/acl/clientid/read"],"dataActionCount":14},{"id":"a51d5f27-deba-47d1-9ccd-8589014b2e28","name":"Gcp Connector contributor role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ef3729d8-2861-401e-95ae-c7d4845a6097","name":"Genome Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"0e91b552-ae32-49ea-9898-317af306aa4b","name":"GenomeEndUser","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-04-07","unsettled":"its permissions are not in the data set"},{"id":"c9c97b9c-105d-4bb5-a2a7-7d15666c2484","name":"GeoCatalog Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b7b8f583-43d0-40ae-b147-6b46f53661c1","name":"GeoCatalog Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"22926164-76b3-42b3-bc55-97df8dab3e41","name":"Grafana Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Dashboard/grafana/ActAsGrafanaAdmin/action"],"dataActionCount":1},{"id":"a79a5197-3a5c-4973-a920-486035ffd60f","name":"Grafana Editor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Dashboard/grafana/ActAsGrafanaEditor/action"],"dataActionCount":1},{"id":"41e04612-9dac-4699-a02b-c82ff2cc3fb5","name":"Grafana Limited Viewer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Dashboard/grafana/ActAsGrafanaLimitedViewer/action"],"dataActionCount":1},{"id":"60921a7e-fef1-4a43-9b16-a26c52ad4769","name":"Grafana Viewer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Dashboard/grafana/ActAsGrafanaViewer/action"],"dataActionCount":1},{"id":"b60367af-1334-4454-b71e-769d9a4f83d9","name":"Graph Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"2016c9ed-c18d-4120-93d7-178e583efe92","name":"Grounding with Bing User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Bing/accounts/useGrounding/action"],"dataActionCount":1},{"id":"d0f495dc-44ef-4140-aeb0-b89110e6a7c1","name":"GroupQuota Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e2217c0e-04bb-4724-9580-91cf9871bc01","name":"GroupQuota Request Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ed2561a6-b260-4d25-9d88-54ee1b8e8b37","name":"Guest configuration deploy policy role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"088ab73d-1256-47ae-bea9-9de8e7131f31","name":"Guest Configuration Resource Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"0847e196-2fd2-4c2f-a48c-fca6fd030f44","name":"HDInsight Cluster Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"61ed4efc-fab3-44fd-b111-e24485cc132a","name":"HDInsight Cluster Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"8d8d5a11-05d3-4bda-a417-a08778121c7c","name":"HDInsight Domain Services Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"fd036e6b-1266-47a0-b0bb-a05d04831731","name":"HDInsight on AKS Cluster Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"bcf28286-af25-4c81-bb6f-351fcab5dbe9","name":"HDInsight on AKS Cluster Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"7656b436-37d4-490a-a4ab-d39f838f0042","name":"HDInsight on AKS Cluster Pool Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"566f0da3-e2a5-4393-9089-763f8bab8fb6","name":"Health Safeguards Data User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.HealthBot/healthBots/HealthSafeguards/ClinicalAnchoring/Process/Action"],"dataActionCount":8},{"id":"f1082fec-a70f-419f-9230-885d2550fb38","name":"Healthcare Agent Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthBot/healthBots/Admin/*"],"dataActionCount":19},{"id":"13d06eae-ec82-4345-bcd6-c38625ddffbc","name":"Healthcare Agent Contributer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"af854a69-80ce-4ff7-8447-f1118a2e0ca8","name":"Healthcare Agent Editor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthBot/healthBots/AnalyticReport/Read"],"dataActionCount":18},{"id":"eb5a76d5-50e7-4c33-a449-070e7c9c4cf2","name":"Healthcare Agent Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.HealthBot/healthBots/AnalyticReport/Read"],"dataActionCount":17},{"id":"29f61507-bdfb-4987-b629-20033be2d6c3","name":"Healthcare Apis contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"585db2ed-219e-4821-a06a-c6c14b602afa","name":"Healthcare Interop Contributor","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-02-27","unsettled":"its permissions are not in the data set"},{"id":"350f8d15-c687-4448-8ae1-157740a3936d","name":"Hierarchy Settings Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"f0f57965-de58-41bc-ba76-2aaab4d09f30","name":"Hybrid Connectivity contributor role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"9d3ef640-3c86-4e0a-8907-8d361559c012","name":"Hybrid Network Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5d1e5ee4-7c68-4a71-ac8b-0739630a3dfb","name":"Hybrid Server Onboarding","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"48b40c6e-82e0-4eb3-90d5-19e40f49b624","name":"Hybrid Server Resource Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"e9701b4d-e6e7-4657-91cd-360a0881d224","name":"HybridCompute Machine ListAccessDetails Action In-Built Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"68ff5d27-c7f5-4fa9-a21c-785d0df7bd9e","name":"Impact Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"2e481b5d-5af3-463b-8b01-f9c948aaf0c5","name":"Informatica DataManagement Contributor role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a41e2c5b-bd99-4a07-88f4-9bf657a760b8","name":"Integration Service Environment Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c7aa55d3-1abb-444a-a5ca-5e51e485d6ec","name":"Integration Service Environment Developer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"03a6d094-3444-4b3d-88af-7477090a9e5e","name":"Intelligent Systems Account Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4fc6c259-987e-4a07-842e-c321cc9d413f","name":"IoT Hub Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Devices/IotHubs/*"],"dataActionCount":1},{"id":"b447c946-2db7-41ec-983d-d8bf3b1c77e3","name":"IoT Hub Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Devices/IotHubs/*/read"],"dataActionCount":2},{"id":"4ea46cd5-c1b2-4a8e-910b-273211f9ce47","name":"IoT Hub Registry Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Devices/IotHubs/devices/*"],"dataActionCount":1},{"id":"494bdba2-168f-4f31-a0a1-191d2f7c028c","name":"IoT Hub Twin Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Devices/IotHubs/twins/*"],"dataActionCount":1},{"id":"7b3e853f-ad5d-4fb5-a7b8-56a3581c7037","name":"IPAM Pool User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8d7ecc5c-f27b-43cf-883f-46409d445502","name":"Issue Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"00482a5a-887f-4fb3-b363-3b7fe8e74483","name":"Key Vault Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/*"],"dataActionCount":1},{"id":"db79e9a7-68ee-4b58-9aeb-b90e7c24fcba","name":"Key Vault Certificate User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/certificates/read"],"dataActionCount":4},{"id":"a4417e6f-fecd-4de8-b567-7b0420556985","name":"Key Vault Certificates Officer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/certificatecas/*"],"dataActionCount":3},{"id":"f25e0fa2-a7c8-4377-a976-54943a77a395","name":"Key Vault Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"14b46e9e-c2b7-41b4-b07b-48a6ebf60603","name":"Key Vault Crypto Officer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/keyrotationpolicies/*"],"dataActionCount":2},{"id":"e147488a-f6f5-4113-8e2d-b22465e65bf6","name":"Key Vault Crypto Service Encryption User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/keys/read"],"dataActionCount":3},{"id":"08bbd89e-9f13-488c-ac41-acfcb10c90ab","name":"Key Vault Crypto Service Release User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/keys/release/action"],"dataActionCount":1},{"id":"12338af0-0e69-4776-bea7-57ae8d297424","name":"Key Vault Crypto User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/keys/backup/action"],"dataActionCount":9},{"id":"8b54135c-b56d-4d72-a534-26097cfdc8d8","name":"Key Vault Data Access Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"a68e7c17-0ab2-4c09-9a58-125dae29748c","name":"Key Vault Purge Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"21090545-7ca7-4776-b22c-e363652d74d2","name":"Key Vault Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-03","dataActions":["Microsoft.KeyVault/vaults/*/read"],"dataActionCount":2,"unsettled":"its definition changed on 2026-06-03"},{"id":"b86a8fe4-44ce-4948-aee5-eccb2c155cd7","name":"Key Vault Secrets Officer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/secrets/*"],"dataActionCount":1},{"id":"4633458b-17de-408a-b874-0445c86b69e6","name":"Key Vault Secrets User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.KeyVault/vaults/secrets/getSecret/action"],"dataActionCount":2},{"id":"ee361c5d-f7b5-4119-b4b6-892157c8f64c","name":"Knowledge Consumer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ada52afe-776a-4b4d-a8f2-55670d3d8178","name":"Kubernetes Agent Subscription Level Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"34e09817-6cbe-4d01-b1a2-e0eac5743d41","name":"Kubernetes Cluster - Azure Arc Onboarding","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"85cb6faf-e071-4c9b-8136-154b5a04f717","name":"Kubernetes Extension Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ba79058c-0414-4a34-9e42-c3399d80cd5a","name":"Kubernetes Namespace User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"0cd9749a-3aaf-4ae5-8803-bd217705bf3b","name":"Kubernetes Runtime Storage Class Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"1a5682fc-4f12-4b25-927e-e8cfed0c539e","name":"KubernetesRuntime Load Balancer Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8ca4f98b-e38b-4784-9fc0-7aefa970cc5b","name":"Kusto Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ce40b423-cede-4313-a93f-9b28290b72e1","name":"Lab Assistant","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5daaa2af-1fe8-407c-9122-bba179798270","name":"Lab Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.LabServices/labPlans/createLab/action"],"dataActionCount":1},{"id":"b97fb8bc-a8b2-4522-a38b-dd33c7e65ead","name":"Lab Creator","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.LabServices/labPlans/createLab/action"],"dataActionCount":1,"unsettled":"the PEC table of 2022-11-08 found it usable in Lighthouse, so it gained these permissions since"},{"id":"a36e6959-b6be-4b12-8e9f-ef4b474d304d","name":"Lab Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"f69b8690-cc87-41d6-b77a-a4bc3c0a966f","name":"Lab Services Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.LabServices/labPlans/createLab/action"],"dataActionCount":1},{"id":"2a5c394f-5eb7-4d4f-9c8e-e8eae39faebc","name":"Lab Services Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"44a00263-b2a0-45d5-a618-5d8d11709349","name":"LambdaTest.HyperExecute Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"bf2b6809-e9a5-4aea-a6e1-40a9dc8c43a7","name":"Landing Zone Account Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"2718b1f7-eb07-424e-8868-0137541392a1","name":"Landing Zone Account Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"38863829-c2a4-4f8d-b1d2-2e325973ebc7","name":"Landing Zone Management Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8fe6e843-6d9e-417b-9073-106b048f50bb","name":"Landing Zone Management Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"81b67e46-ef5b-4404-bddd-090985bb4a28","name":"Liftr Datadog Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d683b71b-2b91-4fc1-a43e-b53b3d85bed9","name":"Liftr Dell Owner role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"fa96a588-3fac-4adb-bfb2-f8404ece07e0","name":"Liftr Dynatrace Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d68eeb8d-afae-4932-a331-203b7957e509","name":"Liftr Elastic Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"225efd4d-4ca0-42a1-ae53-5f233ba23c73","name":"Liftr Elastic Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a60da355-bdec-443f-8d42-a03f0422f04d","name":"Liftr Newrelic Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"85546f1f-f28b-4cb3-b852-73e422a96897","name":"Liftr PureStorage Owner role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"749a398d-560b-491b-bb21-08924219302e","name":"Load Test Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.LoadTestService/loadtests/*"],"dataActionCount":3},{"id":"45bb0b16-2f0c-4e78-afaa-a07599b003f6","name":"Load Test Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.LoadTestService/*"],"dataActionCount":1},{"id":"3ae3fb29-0000-4ccd-bf80-542e7b26e081","name":"Load Test Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.LoadTestService/loadtests/readTest/action"],"dataActionCount":3},{"id":"a8835c7d-b5cb-47fa-b6f0-65ea10ce07a2","name":"LocalNGFirewallAdministrator role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"bfc3b73d-c6ff-45eb-9a5f-40298295bf20","name":"LocalRulestacksAdministrator role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"28bf596f-4eb7-45ce-b5bc-6cf482fec137","name":"Locks Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"92aaf0da-9dab-42b6-94a3-d43ce8d16293","name":"Log Analytics Contributor","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-03","dataActions":["Microsoft.OperationalInsights/workspaces/jobs/export/action"],"dataActionCount":1,"disputed":"Sources disagree (checked 2026-12-03): Microsoft\'s Azure Monitor search-job/export docs say this role provides Microsoft.OperationalInsights/workspaces/jobs/export/action, and a Lighthouse deployment was rejected in 2025 while it carried that DataAction (Azure/Azure-Lighthouse-samples issue 137); but the Learn built-in roles page dated 2026-02-23 and a catalogue snapshot of 2026-04-17 list no DataActions, and a role-history site shows it added and removed in December 2025. Treat it as volatile: only a live GET of the role definition (or ARM validation) is certain.","unsettled":"sources disagree about its permissions (checked 2026-12-03), and they changed back and forth"},{"id":"3b03c2da-16b3-4a49-8834-0f8130efdd3b","name":"Log Analytics Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.OperationalInsights/workspaces/tables/data/read"],"dataActionCount":1},{"id":"73c42c96-874c-492b-b04d-ab87d138a893","name":"Log Analytics Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-03","dataActions":["Microsoft.OperationalInsights/workspaces/jobs/export/action"],"dataActionCount":1,"disputed":"Sources disagree (checked 2026-12-03): Microsoft\'s Azure Monitor search-job/export docs say this role provides Microsoft.OperationalInsights/workspaces/jobs/export/action, and a Lighthouse deployment was rejected in 2025 while it carried that DataAction (Azure/Azure-Lighthouse-samples issue 137); but the Learn built-in roles page dated 2026-02-23 and a catalogue snapshot of 2026-04-17 list no DataActions, and a role-history site shows it added and removed in December 2025. Treat it as volatile: only a live GET of the role definition (or ARM validation) is certain.","unsettled":"sources disagree about its permissions (checked 2026-12-03), and they changed back and forth"},{"id":"87a39d53-fc1b-424a-814c-f7e04687dc9e","name":"Logic App Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"515c2055-d9d4-4321-b1b9-bd0c9a0f79fe","name":"Logic App Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ad710c24-b039-4e85-a019-deb4a06e8570","name":"Logic Apps Standard Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-08-12","unsettled":"its definition changed on 2026-08-12"},{"id":"523776ba-4eb2-4600-a3c8-f2dc93da4bdb","name":"Logic Apps Standard Developer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-08-12","unsettled":"its definition changed on 2026-08-12"},{"id":"b70c96e9-66fe-4c09-b6e7-c98e69c98555","name":"Logic Apps Standard Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-08-12","unsettled":"its definition changed on 2026-08-12"},{"id":"4accf36b-2c05-432f-91c8-5c532dff4c73","name":"Logic Apps Standard Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-08-12","unsettled":"its definition changed on 2026-08-12"},{"id":"641177b8-a67a-45b9-a033-47bc880bb21e","name":"Managed Application Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c7393b34-138c-406f-901b-d8cf2b17e6ae","name":"Managed Application Operator Role","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b9331d33-8a36-4f8c-b097-4f54124fdb44","name":"Managed Application Publisher Operator","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"18500a29-7fe2-46b2-a342-b16a415e101d","name":"Managed HSM contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"e40ec5ca-96e0-45a2-b4ff-59039f2c2b59","name":"Managed Identity Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"7e559ce2-48d7-4b27-9128-fa1b247f1308","name":"Managed Identity Federated Identity Credential Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"f1a07417-d97a-45cb-824c-7a7467783830","name":"Managed Identity Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"852e55ca-96ce-48b0-abca-2cd74d9042ca","name":"Managed Mesh for AKS Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"91c1777a-f3dc-4fae-b103-61d183457e46","name":"Managed Services Registration assignment Delete Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5d58bcaf-24a5-4b20-bdb6-eed9f69fbe4c","name":"Management Group Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"ac63b705-f282-497d-ac71-919bf39d939d","name":"Management Group Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"dd920d6d-f481-47f1-b461-f338c46b2d9f","name":"Marketplace Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"0343f3e8-01ac-4bb8-8f93-78b1d31ba64b","name":"Microsoft Approvals Request User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"98d40527-c073-4096-943a-dd593105ca9c","name":"Microsoft Approvals Service Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"92318126-08be-45d0-a1b2-532e6c7d52ce","name":"Microsoft Approvals Workflow Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5052f0f9-7e27-4570-bc13-9ee1cf442526","name":"Microsoft Confluent Contributor role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"87a87389-f3af-4c43-a694-f6e5efec8582","name":"Microsoft Defender for Cloud administrator (preview)","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"7a2b6e6c-472e-4b39-8878-a26eb63d75c6","name":"Microsoft Discovery Platform Administrator (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Discovery/*"],"dataActionCount":1},{"id":"01288891-85ee-45a7-b367-9db3b752fc65","name":"Microsoft Discovery Platform Contributor (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Discovery/*"],"dataActionCount":1},{"id":"3bb7c424-af4e-436b-bfcc-8779c8934c31","name":"Microsoft Discovery Platform Reader (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Discovery/*/read"],"dataActionCount":1},{"id":"8c87871d-6201-42da-abb1-1c0c985ff71c","name":"Microsoft PowerBI Tenant Operations Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"f4c81013-99ee-4d62-a7ee-b3f1f648599a","name":"Microsoft Sentinel Automation Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c18f9900-27b8-47c7-a8f0-5b3b3d4c2bc2","name":"Microsoft Sentinel Business Applications Agent Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ab8e14d6-4a74-4a29-9ba8-549422addade","name":"Microsoft Sentinel Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"51d6186e-6489-4900-b93f-92e23144cca5","name":"Microsoft Sentinel Playbook Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"8d289c81-5878-46d4-8554-54e1e3d8b5cb","name":"Microsoft Sentinel Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"3e150937-b8fe-4cfb-8069-0eaf05ecd056","name":"Microsoft Sentinel Responder","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b6d9c0f6-d69f-472b-91b4-7a6838c6d1cb","name":"Microsoft.AzureStackHCI Device Pool Machine Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"adc3c795-c41e-4a89-a478-0b321783324c","name":"Microsoft.AzureStackHCI Device Pool Manager","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5f569efd-4da5-4123-99cd-d42fbb2a836e","name":"Microsoft.AzureStackHCI EdgeMachine Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"83ee7727-862c-4213-8ed8-2ce6c5d69a40","name":"Microsoft.Edge Winfields federated subscription read access role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5548b2cf-c94c-4228-90ba-30851930a12f","name":"Microsoft.Kubernetes connected cluster role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"79732128-7761-4733-aebf-35590da9f29b","name":"Microsoft.OffAzureSpringBoot Service Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"246fffca-69ee-4945-bbf1-2a867dce4fda","name":"Microsoft.WeightsAndBiases Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"21bffb94-04c0-4ed0-b676-68bb926e832b","name":"Microsoft.Windows365.CloudPcDelegatedMsis Writer User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8ec773c5-7ce6-4b78-91d1-182f8faa536d","name":"MicrosoftDiscoveryBookshelfIndexDataReader-Preview","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-21","unsettled":"its permissions are not in the data set"},{"id":"5d5dddae-e124-4753-972d-aae60b37deb4","name":"Migrate Arc Discovery Reader - Preview","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"045b6ee5-0c68-42c4-9be0-7389794309f5","name":"MongoDB Atlas Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"56be40e2-4db1-4ccf-93c3-7e44c597135b","name":"Monitored Objects Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"749f88d5-cbae-40b8-bcfc-e573ddc772fa","name":"Monitoring Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b0d8363b-8ddd-447d-831f-62ca05bff136","name":"Monitoring Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Monitor/accounts/data/metrics/read"],"dataActionCount":1},{"id":"3913510d-42f4-4e42-8a64-420c390055eb","name":"Monitoring Metrics Publisher","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Insights/Metrics/Write"],"dataActionCount":2},{"id":"47be4a87-7950-4631-9daf-b664a405f074","name":"Monitoring Policy Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"43d0d8ad-25c7-4714-9337-8ba259a9fe05","name":"Monitoring Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"24208841-77f2-463a-ab3d-f8343716e8af","name":"MySQL Access Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"d18ad5f3-1baf-4119-b49b-d944edb1f9d0","name":"MySQL Backup And Export Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b5207fd7-42d3-40fa-8cc6-a7e189aef39e","name":"MySQL Control Plane","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"abed7cd4-f358-4384-9d17-def9303b3b53","name":"MySQL User Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"],"dataActionCount":3},{"id":"8894c184-eeb6-45cc-868a-1be782055af3","name":"MySQL User Data Writer","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Storage/storageAccounts/blobServices/*"],"dataActionCount":2},{"id":"4d97b98b-1d4f-4787-a291-c67834d212e7","name":"Network Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5d28c62d-5b37-4476-8438-e587778df237","name":"New Relic APM Account Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"374a1cc6-96cb-4946-8d8b-a41054c8ae97","name":"Nexus Identity Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"46c70067-0f50-457f-8137-2449c90de518","name":"Nexus Network Fabric Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"05fdd44c-adc6-4aff-981c-61041f0c929a","name":"Nexus Network Fabric Service Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a5eb8433-97a5-4a06-80b2-a877e1622c31","name":"Nexus Network Fabric Service Writer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"61aed14c-6c9a-4ed5-aa44-49fc5e96a167","name":"NginxPlus Contributor service role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ca0835dd-bacc-42dd-8ed2-ed5e7230d15b","name":"Object Anchors Account Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/ObjectAnchorsAccounts/ingest/action"],"dataActionCount":2},{"id":"4a167cdf-cb95-4554-9203-2347fe489bd9","name":"Object Anchors Account Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/ObjectAnchorsAccounts/ingest/read"],"dataActionCount":1},{"id":"4dd61c23-6743-42fe-a388-d8bdd41cb745","name":"Object Understanding Account Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/ObjectUnderstandingAccounts/ingest/action"],"dataActionCount":2},{"id":"d18777c0-1514-4662-8490-608db7d334b6","name":"Object Understanding Account Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/ObjectUnderstandingAccounts/ingest/read"],"dataActionCount":1},{"id":"2c7a01fe-5518-4a42-93c2-658e45441691","name":"Online Experimentation Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"53747cdd-e97c-477a-948c-b587d0e514b2","name":"Online Experimentation Data Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.OnlineExperimentation/workspaces/read"],"dataActionCount":4},{"id":"1363e94d-546f-4fe9-8434-b0eefb292d59","name":"Online Experimentation Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.OnlineExperimentation/workspaces/read"],"dataActionCount":1},{"id":"58b80de8-4b34-424c-9e47-23faf0f7cfe2","name":"Online Experimentation Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"4aa368ec-fba9-4e93-81ed-396b3d461cc5","name":"Operator Nexus Compute Contributor Role (Preview)","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"44f0a1a8-6fea-4b35-980a-8ff50c487c97","name":"Operator Nexus Key Vault Writer Service Role (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.KeyVault/vaults/secrets/setSecret/action"],"dataActionCount":1},{"id":"77be276d-fb44-4f3b-beb5-9bf03c4cd2d3","name":"Operator Nexus Owner (Preview)","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"4caf51ec-f9f5-413f-8a94-b9f5fddba66b","name":"Oracle Subscriptions Manager Built-in Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"59c05558-2358-462d-ba19-afbd7118936d","name":"Oracle.Database Autonomous Database Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"4cfdd23b-aece-4fd1-b614-ad3a06c53453","name":"Oracle.Database Exadata Infrastructure Administrator Built-in Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a00ed373-f085-4b75-a950-53eacdc52ac0","name":"Oracle.Database Exascale Storage Vault Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"0869d06d-e3d1-4472-8764-1bb71b2bdaf7","name":"Oracle.Database Exascale VmCluster Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"4562aac9-b209-4bd7-a144-6d7f3bb516f4","name":"Oracle.Database Owner Built-in Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d623d097-b882-4e1e-a26f-ac60e31065a1","name":"Oracle.Database Reader Built-in Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e9ce8739-6fa2-4123-a0a2-0ef41a67806f","name":"Oracle.Database VmCluster Administrator Built-in Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"63342533-d951-495d-a3c3-a459aa02362b","name":"OracleDatabaseDbSystemsAdministrator","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-27","unsettled":"its permissions are not in the data set"},{"id":"8e3af657-a8ff-443c-a75c-2fe8c4bcb635","name":"Owner","pecEligible":true,"lighthouse":"no-owner","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/roleDefinitions/write","Microsoft.Authorization/roleDefinitions/delete","Microsoft.Authorization/classicAdministrators/write","Microsoft.Authorization/classicAdministrators/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete","Microsoft.Authorization/denyAssignments/write","Microsoft.Authorization/denyAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"dd799a69-ffc8-4aa8-9701-b51f686857d9","name":"Pinecone.VectorDb Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"0c8b84dc-067c-4039-9615-fa1a4b77c726","name":"PlayFab Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a9a19cc5-31f4-447c-901f-56c0bb18fcaf","name":"PlayFab Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"78cf819f-0969-4ebe-8759-015c6efcd5bf","name":"Playwright Workspace Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"45265627-32f7-4da4-9ab0-b1cb0e9ec70b","name":"Playwright Workspace Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"19d36063-d00b-4ea5-a1ac-a7c4926a0b78","name":"Playwright Workspace Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"285ce6d6-fa11-43bd-94ef-42a9b3740bfd","name":"Policy Enrollments Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"66bb4e9e-b016-4a94-8249-4c0511c2be84","name":"Policy Insights Data Writer (Preview)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.PolicyInsights/checkDataPolicyCompliance/action"],"dataActionCount":2},{"id":"78eacb5e-e318-4560-85a9-e6a724ca60c9","name":"Portal Dashboard Writer Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"cc3c084f-9a2e-4664-b2bc-47a6685a5f99","name":"PostgreSQL Flexible Management Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action"],"dataActionCount":3},{"id":"a60b64c0-1adf-4051-956a-78f3ae578c7d","name":"PostgreSQL Flexible Management Service Contributor (Deprecated)","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c088a766-074b-43ba-90d4-1fb21feae531","name":"PostgreSQL Flexible Server Long Term Retention Backup Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"2593f4c7-8bf4-4fff-9804-2ee069b41902","name":"Power Platform Account Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"babe7770-cdbc-4f46-9bd7-b90b34842946","name":"Power Platform Enterprise Policy Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"53be45b2-ad40-43ab-bc1f-2c962ac99ded","name":"PowerApps Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"6877c72c-edd3-4048-9b4b-cf8e514477b0","name":"PowerAppsReaderWithReshare","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"10550c65-218e-4de9-9e52-0200c8ed4748","name":"PowerBI Dedicated Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b12aa53e-6015-4669-85d0-8515ebb3ae7f","name":"Private DNS Zone Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"d622af9a-030e-4f32-8267-419abfd54702","name":"ProActiveCodingDataUser","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-21","unsettled":"its permissions are not in the data set"},{"id":"be1a1ac2-09d3-4261-9e57-a73a6e227f53","name":"Procurement Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"9ef4ef9c-a049-46b0-82ab-dd8ac094c889","name":"Project Babylon Data Curator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ProjectBabylon/accounts/data/read"],"dataActionCount":2},{"id":"c8d896ba-346d-4f50-bc1d-7d1c84130446","name":"Project Babylon Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ProjectBabylon/accounts/data/read"],"dataActionCount":1},{"id":"05b7651b-dc44-475e-b74d-df3db49fae0f","name":"Project Babylon Data Source Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.ProjectBabylon/accounts/scan/read"],"dataActionCount":2},{"id":"a3ab03bc-5350-42ff-b0d5-00207672db55","name":"ProviderHub Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"4d8c6f2e-3fd6-4d40-826e-93e3dc4c3fc1","name":"ProviderHub Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8a3c2885-9b38-4fd2-9d99-91af537c1347","name":"Purview role 1 (Deprecated)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Purview/accounts/data/read"],"dataActionCount":2},{"id":"200bba9e-f0c8-430f-892b-6f0794863803","name":"Purview role 2 (Deprecated)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Purview/accounts/scan/read"],"dataActionCount":2},{"id":"ff100721-1b9d-43d8-af52-42b69c1272db","name":"Purview role 3 (Deprecated)","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Purview/accounts/data/read"],"dataActionCount":1},{"id":"c1410b24-3e69-4857-8f86-4d0a2e603250","name":"Quantum Workspace Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Quantum/Workspaces/jobs/read"],"dataActionCount":2},{"id":"30b3bcf2-670a-4bdc-8669-7e0ae0c0dfda","name":"Quantum Workspace Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete"],"dataActionCount":3},{"id":"0e5f05e5-9ab9-446b-b98d-1e2157c94125","name":"Quota Request Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"acdd72a7-3385-48ef-bd42-f606fba81ae7","name":"Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"c12c1c16-33a1-487b-954d-41c89c60f349","name":"Reader and Data Access","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"376d0802-aca8-4c2d-83a5-c88630f396fe","name":"Recurring Scheduled Actions Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e0f68234-74aa-48ed-b826-c38b57376e17","name":"Redis Cache Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1cbe04d4-3fa3-4559-a406-71584a32cacb","name":"Register Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b54df9c1-53dc-45cc-a86d-7a83cced2ed0","name":"Relationship Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"5eaf7b81-a48f-45ed-b6b4-c64bfe86d523","name":"Relationship Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"3df8b902-2a6f-47c7-8cc5-360e9b272a7e","name":"Remote Rendering Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/RemoteRenderingAccounts/convert/action"],"dataActionCount":8},{"id":"d39065c4-c120-43c9-ab0a-63eed9795f0a","name":"Remote Rendering Client","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/RemoteRenderingAccounts/managesessions/read"],"dataActionCount":5},{"id":"f7b75c60-3036-4b75-91c3-6b41c27c1689","name":"Reservation Purchaser","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a8889054-8d42-49c9-bc1c-52486c10e7cd","name":"Reservations Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"b4ebc951-a0c2-41f7-a3cd-a57fe27c8e3a","name":"Reservations Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"582fc458-8989-419f-a480-75249bc5db7e","name":"Reservations Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"94877a25-7520-40c5-9c42-68e02e4758bd","name":"Resource Group Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"36243c78-bf99-498c-9df9-86d9f8d28608","name":"Resource Policy Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"f58310d9-a9f6-439a-9e8d-f62e7b41a168","name":"Role Based Access Control Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"e9b8712a-cbcf-4ea7-b0f7-e71b803401e6","name":"SaaS Hub Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"182a574c-b3c6-4acc-b019-48ae44cd4677","name":"Savings plan Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"28c0d4cd-558d-4de9-91a0-faa18e7b3266","name":"Savings plan Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"3d24a3a0-c154-4f6f-a5ed-adc8e01ddb74","name":"Savings plan Purchaser","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"d534ad90-4ac5-4815-a178-b2e47397baab","name":"Savings plan Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"6fbca9a8-3561-41fd-8b20-6576043c1076","name":"Scheduled Actions Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b67fe603-310e-4889-b9ee-8257d09d353d","name":"Scheduled Events Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"cd08ab90-6b14-449c-ad9a-8f8e549482c6","name":"Scheduled Patching Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"188a0f2f-5c9e-469b-ae67-2aa5ce574b94","name":"Scheduler Job Collections Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5dffeca3-4936-4216-b2bc-10343a5abb25","name":"Schema Registry Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.EventHub/namespaces/schemas/*"],"dataActionCount":1},{"id":"2c56ea50-c6b3-40a6-83c0-9d98858bc7d2","name":"Schema Registry Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.EventHub/namespaces/schemas/read"],"dataActionCount":1},{"id":"8ebe5a00-799e-43f5-93ac-243d3dce84a7","name":"Search Index Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Search/searchServices/indexes/contentSecurity/elevatedOperations/read"],"dataActionCount":2},{"id":"1407120a-92aa-4202-b7e9-c0e197c71c8f","name":"Search Index Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Search/searchServices/indexes/documents/read"],"dataActionCount":1},{"id":"a02f7c31-354d-4106-865a-deedf37fa038","name":"Search Parameter Manager","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.HealthcareApis/workspaces/fhirservices/resources/reindex/action"],"dataActionCount":4},{"id":"7ca78c08-252a-4471-8644-bb5ff32d4ba0","name":"Search Service Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"5c227a58-cff3-4b51-9fa3-51bdafb6ca55","name":"Secrets Store Extension Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"fb1c8493-542b-48eb-b624-b4c8fea62acd","name":"Security Admin","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"612c2aa1-cb24-443b-ac28-3ab7272de6f5","name":"Security Assessment Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"352470b3-6a9c-4686-b503-35deb827e500","name":"Security Detonation Chamber Publisher","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.SecurityDetonation/chambers/platforms/read"],"dataActionCount":14},{"id":"28241645-39f8-410b-ad48-87863e2951d5","name":"Security Detonation Chamber Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.SecurityDetonation/chambers/submissions/read"],"dataActionCount":2},{"id":"a37b566d-3efa-4beb-a2f2-698963fa42ce","name":"Security Detonation Chamber Submission Manager","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.SecurityDetonation/chambers/submissions/delete"],"dataActionCount":11},{"id":"0b555d9b-b4a7-4f43-b330-627f0e5be8f0","name":"Security Detonation Chamber Submitter","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.SecurityDetonation/chambers/submissions/delete"],"dataActionCount":8},{"id":"e3d13bf0-dd5a-482e-ba6b-9b8433878d10","name":"Security Manager (Legacy)","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"39bc4728-0917-49c7-9d2c-d95423bc2eb4","name":"Security Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6c74a7c5-4a87-40f9-bb03-61e49aecbc78","name":"Semantic Reranker User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","added":"2026-05-29","dataActions":["Microsoft.InferenceService/inferenceAccounts/invoke/semanticReranker/action"],"dataActionCount":1},{"id":"db7003cd-07a9-490c-bfa5-23e40314f8d7","name":"Service Connector Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"b6efc156-f0da-4e90-a50a-8c000140b017","name":"Service Fabric Cluster Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"83f80186-3729-438c-ad2d-39e94d718838","name":"Service Fabric Managed Cluster Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4e50c84c-c78e-4e37-b47e-e60ffea0a775","name":"Service Group Administrator","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/roleDefinitions/write","Microsoft.Authorization/roleDefinitions/delete","Microsoft.Authorization/classicAdministrators/write","Microsoft.Authorization/classicAdministrators/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete","Microsoft.Authorization/denyAssignments/write","Microsoft.Authorization/denyAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"32e6a4ec-6095-4e37-b54b-12aa350ba81f","name":"Service Group Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleDefinitions/write","Microsoft.Authorization/roleDefinitions/delete","Microsoft.Authorization/classicAdministrators/write","Microsoft.Authorization/classicAdministrators/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete","Microsoft.Authorization/denyAssignments/write","Microsoft.Authorization/denyAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"05b1aaf9-00c9-477b-b0e8-2da660b78c51","name":"Service Group Member Relationship Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"de754d53-652d-4c75-a67f-1e48d8b49c97","name":"Service Group Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"32c34659-0f83-4a4c-80f2-63a244f8ae0b","name":"Service Health Billing Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"1a928ab0-1fee-43cf-9266-f9d8c22a8ddb","name":"Service Health Security Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"82200a5b-e217-47a5-b665-6d8765ee745b","name":"Services Hub Operator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4417a88f-3e58-4cf2-a4e9-112cf414254c","name":"ServicesHubUser","pecEligible":null,"lighthouse":null,"hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-03-31","unsettled":"its permissions are not in the data set"},{"id":"04165923-9d83-45d5-8227-78b77b0a687e","name":"SignalR AccessKey Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"420fcaa2-552c-430f-98ca-3264be4806c7","name":"SignalR App Server","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.SignalRService/SignalR/auth/accessKey/action"],"dataActionCount":3},{"id":"fd53cd77-2268-407a-8f46-7e7863d0f521","name":"SignalR REST API Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.SignalRService/SignalR/auth/clientToken/action"],"dataActionCount":5},{"id":"ddde6b66-c0df-4114-a159-3618637b3035","name":"SignalR REST API Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.SignalRService/SignalR/clientConnection/read"],"dataActionCount":3},{"id":"7e4f1700-ea5a-4f59-8f37-079cfe29dce3","name":"SignalR Service Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.SignalRService/SignalR/*"],"dataActionCount":1},{"id":"8cf5e20a-e4b2-4e9d-b3a1-5ceb692c2761","name":"SignalR/Web PubSub Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6670b86e-a3f7-4917-ac9b-5d6ab1be4567","name":"Site Recovery Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"494ae006-db33-4328-bf46-533a6560a3ca","name":"Site Recovery Operator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"dbaa88c4-0c30-4179-9fb3-46319faa6149","name":"Site Recovery Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1cd7e4da-2789-457f-adbe-3e9e84037a93","name":"Sites Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"59f98be6-0817-488b-831e-36a353c8000b","name":"Sites Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"8bbe83f1-e2a6-4df7-8cb4-4e04d4e5c827","name":"Spatial Anchors Account Contributor","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/SpatialAnchorsAccounts/create/action"],"dataActionCount":6},{"id":"70bbe301-9835-447d-afdd-19eb3167307c","name":"Spatial Anchors Account Owner","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/SpatialAnchorsAccounts/create/action"],"dataActionCount":7},{"id":"5d51204f-eb77-4b1c-b86a-2ec626c49413","name":"Spatial Anchors Account Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/SpatialAnchorsAccounts/discovery/read"],"dataActionCount":4},{"id":"e9c9ed2b-2a99-4071-b2ff-5b113ebf73a1","name":"SpatialMapsAccounts Account Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.MixedReality/spatialMapsAccounts/read"],"dataActionCount":3},{"id":"9b7fa17d-e63e-47b0-bb0a-15c516ac86ec","name":"SQL DB Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4939a1f6-9ae0-4e48-a1e0-f2cbe897382d","name":"SQL Managed Instance Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"056cd41c-7e88-42e1-933e-88ba6a50c9c3","name":"SQL Security Manager","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6d8ee4ec-f05a-4a1d-8b00-a9b17e38b437","name":"SQL Server Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"189207d4-bb67-4208-a635-b06afe8b2c57","name":"SqlDb Migration Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"1d335eef-eee1-47fe-a9e0-53214eba8872","name":"SqlMI Migration Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"ae8036db-e102-405b-a1b9-bae082ea436d","name":"SqlVM Migration Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e79298df-d852-4c6d-84f9-5d13249d1e55","name":"SRE Agent Administrator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-21","dataActions":["Microsoft.App/agents/*/delete"],"dataActionCount":4,"unsettled":"its definition changed on 2026-06-21"},{"id":"eb64ab4c-23eb-4f63-a9c2-27da365f04e7","name":"SRE Agent Author","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31","dataActions":["Microsoft.App/agents/threads/read"],"dataActionCount":7},{"id":"a4b156ac-253f-4a1a-9851-96d62b71b047","name":"SRE Agent Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.App/agents/graph/read"],"dataActionCount":4},{"id":"2d84a65a-63b2-4343-bbb6-31105d857bc1","name":"SRE Agent Standard User","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","changed":"2026-06-21","dataActions":["Microsoft.App/agents/graph/read"],"dataActionCount":10,"unsettled":"its definition changed on 2026-06-21"},{"id":"fc6e3395-6a8c-4527-bb4c-d0abd41e8e74","name":"SSH PublicKeys Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"31ef6312-5b0c-4ce9-8c5d-587a91344fe7","name":"SSH PublicKeys Reader Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"39fcb0de-8844-4706-b050-c28ddbe3ff83","name":"Standby Container Group Pool Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e5e2a7ff-d759-4cd2-bb51-3152d37e2eb1","name":"Storage Account Backup Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"17d1049b-9a84-46fb-8f53-869881c3d3ab","name":"Storage Account Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a316ed6d-1efe-48ac-ac08-f7995a9c26fb","name":"Storage Account Encryption Scope Contributor Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"81a9662b-bebf-436f-a333-f67b29880f12","name":"Storage Account Key Operator Service Role","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"4bad4d9e-2a13-4888-94bb-c8432f6f3040","name":"Storage Actions Blob Data Operator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action"],"dataActionCount":8},{"id":"bd8acdb0-202c-4493-a7fe-ef98eefbfbc4","name":"Storage Actions Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"77789c21-1643-48a2-8f27-47f858540b51","name":"Storage Actions Task Assignment Contributor","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"ba92f5b4-2d11-453d-a403-e96b0029c9fe","name":"Storage Blob Data Contributor","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action"],"dataActionCount":5},{"id":"b7e6dc6d-f1e8-4753-8033-0f276bb0955b","name":"Storage Blob Data Owner","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*"],"dataActionCount":1},{"id":"2a2b9908-6ea1-4ae2-8e65-a410df84e7d1","name":"Storage Blob Data Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"],"dataActionCount":1},{"id":"db58b8e5-c6ad-4a2a-8342-4190687cbf4a","name":"Storage Blob Delegator","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"9d819e60-1b9f-4871-b492-4e6cdee0b50a","name":"Storage Connector Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"],"dataActionCount":2},{"id":"35c49d44-ccc1-4b18-8267-cfb3bacdd396","name":"Storage DataShare Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"],"dataActionCount":1},{"id":"69566ab7-960f-475b-8e7c-b3118f30c6bd","name":"Storage File Data Privileged Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/fileServices/fileshares/files/delete"],"dataActionCount":6},{"id":"b8eda974-7b85-4f76-af95-65846b26df6d","name":"Storage File Data Privileged Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/fileServices/fileshares/files/read"],"dataActionCount":2},{"id":"bbf004e3-0e4b-4f86-ae4f-1f8fb47b357b","name":"Storage File Data SMB Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/fileServices/fileshares/files/delete"],"dataActionCount":7},{"id":"a235d3ee-5935-4cfb-8cc5-a3303ad5995e","name":"Storage File Data SMB MI Admin","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/fileServices/fileshares/files/delete"],"dataActionCount":8},{"id":"0c867c2a-1d8c-454a-a3db-ab2ea1bdc8bb","name":"Storage File Data SMB Share Contributor","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/fileServices/fileshares/files/delete"],"dataActionCount":3},{"id":"a7264617-510b-434b-a828-9731dc254ea7","name":"Storage File Data SMB Share Elevated Contributor","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/fileServices/fileshares/files/delete"],"dataActionCount":4},{"id":"aba4ae5f-2193-4029-9191-0cb91df5e314","name":"Storage File Data SMB Share Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/fileServices/fileshares/files/read"],"dataActionCount":1},{"id":"5d9bac3f-34b2-432f-bde5-78aa8e73ce6b","name":"Storage File Data SMB Take Ownership","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/fileServices/takeOwnership/action"],"dataActionCount":1},{"id":"765a04e0-5de8-4bb2-9bf6-b2a30bc03e91","name":"Storage File Delegator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"974c5e8b-45b9-4653-ba55-5f855dd0fb88","name":"Storage Queue Data Contributor","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/queueServices/queues/messages/delete"],"dataActionCount":4},{"id":"8a0f0c08-91a1-4084-bc3d-661d67233fed","name":"Storage Queue Data Message Processor","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/queueServices/queues/messages/process/action"],"dataActionCount":2},{"id":"c6a89b2d-59bc-44d0-9896-0f6e12d7b80a","name":"Storage Queue Data Message Sender","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/queueServices/queues/messages/add/action"],"dataActionCount":1},{"id":"19e7f393-937e-4f77-808e-94535e297925","name":"Storage Queue Data Reader","pecEligible":false,"lighthouse":"not-applicable","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/queueServices/queues/messages/read"],"dataActionCount":1},{"id":"7ee386e9-84f0-448e-80a6-f185f6533131","name":"Storage Queue Delegator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3","name":"Storage Table Data Contributor","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/tableServices/tables/entities/add/action"],"dataActionCount":5},{"id":"76199698-9eea-4c19-bc75-cec21354c6b6","name":"Storage Table Data Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/tableServices/tables/entities/read"],"dataActionCount":1},{"id":"965033a5-c8eb-4f35-b82f-fef460a3606d","name":"Storage Table Delegator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6e0c8711-85a0-4490-8365-8ec13c4560b4","name":"Stream Analytics Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"1ec5b3c1-b17e-4e25-8312-2acb3c3c5abf","name":"Stream Analytics Query Tester","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1dfc38e8-6ce7-447f-807c-029c65262c5f","name":"Stream Analytics Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"cd7709b9-d129-4dc4-ac27-d215a1be1e07","name":"Subscription Migrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"68899692-f960-4247-af28-82f55b357997","name":"Supercomputer Infrastructure Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e","name":"Support Request Contributor","pecEligible":true,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"6d6f52ba-a7de-4c56-a58f-522154514fba","name":"SupportPlan Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"4a9ae827-6dc8-4573-8ac7-8239d42aa03f","name":"Tag Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1c9b6475-caf0-4164-b5a1-2142a7116f4b","name":"Template Spec Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"392ae280-861d-42bd-9ea5-08ee6d83b80e","name":"Template Spec Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"0a7c2fa1-6f28-41a4-86b8-e74937c63222","name":"Tenant Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"15e0f5a1-3450-4248-8e25-e2afe88a9e85","name":"Test Base Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"2ccf8795-8983-4912-8036-1c45212c95e8","name":"ToolchainOrchestrator Admin Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"c5826735-177b-4a0d-a9a3-d0e4b4bda107","name":"ToolchainOrchestrator Viewer Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a4b10055-b0c7-44c2-b00f-c7b5b3550cf7","name":"Traffic Manager Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"8ad4d0ee-9bfb-49e8-93fc-01abb8db6240","name":"Transparency Logs Owner","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"33cdeeac-0940-4f85-9317-7e2432c17289","name":"Usage Billing Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"18d7d88d-d35e-4fb5-a5c3-7773c20a72d9","name":"User Access Administrator","pecEligible":true,"lighthouse":"only-with-delegatedRoleDefinitionIds","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete","Microsoft.Authorization/roleDefinitions/write","Microsoft.Authorization/roleDefinitions/delete","Microsoft.Authorization/classicAdministrators/write","Microsoft.Authorization/classicAdministrators/delete","Microsoft.Authorization/locks/write","Microsoft.Authorization/locks/delete","Microsoft.Authorization/denyAssignments/write","Microsoft.Authorization/denyAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"5a966030-d6b2-4d2c-ba61-dbcf2f426586","name":"UserAccessAdministrator for AzureJIT","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"arm-dump","seen":"2026-01-31"},{"id":"3f99eaab-6f59-4877-adf5-1cacd22e20b0","name":"Video Indexer Account Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"a2c4a527-7dc0-4ee3-897b-403ade70fafb","name":"Video Indexer Restricted Viewer","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"1abf4029-2200-4343-800c-e4c4c01eddbd","name":"Virtual Enclave Owner Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"1c0163c0-47e6-4577-8991-ea5c82e286e4","name":"Virtual Machine Administrator Login","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Compute/virtualMachines/login/action"],"dataActionCount":4},{"id":"9980e02c-c2be-4d73-94e8-173b1dc7cf3c","name":"Virtual Machine Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"66f75aeb-eabe-4b70-9f1e-c350c4c9ad04","name":"Virtual Machine Data Access Administrator (preview)","pecEligible":null,"lighthouse":"no-restricted-actions","hasDataActions":false,"restrictedActions":["Microsoft.Authorization/roleAssignments/write","Microsoft.Authorization/roleAssignments/delete"],"from":"learn-docs","seen":"2026-10-10"},{"id":"602da2ba-a5c2-41da-b01d-5360126ab525","name":"Virtual Machine Local User Login","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"fb879df8-f326-4884-b1cf-06f3ad86be52","name":"Virtual Machine User Login","pecEligible":true,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Compute/virtualMachines/login/action"],"dataActionCount":2},{"id":"dfce8971-25e3-42e3-ba33-6055438e3080","name":"VM Restore Operator","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action"],"dataActionCount":4},{"id":"2cc479cb-7b4d-49a8-b449-8c00fd0f0a4b","name":"Web Plan Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"12cf5a90-567b-43ae-8102-96cf46c7d9b4","name":"Web PubSub Service Owner","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.SignalRService/WebPubSub/*"],"dataActionCount":1},{"id":"bfb1c7d2-fb1a-466b-b2ba-aee63b92deaf","name":"Web PubSub Service Reader","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.SignalRService/WebPubSub/*/read"],"dataActionCount":1},{"id":"de139f84-1756-47ae-9be6-808fbbe84772","name":"Website Contributor","pecEligible":true,"lighthouse":"yes-unverified","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"1f135831-5bbe-4924-9016-264044c00788","name":"Windows 365 Network Interface Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"7eabc9a4-85f7-4f71-b8ab-75daaccc1033","name":"Windows 365 Network User","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"a6333a3e-0164-44c3-b281-7a577aff287f","name":"Windows Admin Center Administrator Login","pecEligible":null,"lighthouse":"no-data-actions","hasDataActions":true,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10","dataActions":["Microsoft.AzureStackHCI/Clusters/WACloginAsAdmin/Action"],"dataActionCount":4},{"id":"3d55a8f6-4133-418d-8051-facdb1735758","name":"Windows365SubscriptionReader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"e8ddcd69-c73f-4f9f-9844-4100522f16ad","name":"Workbook Contributor","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"b279062a-9be3-42a0-92ae-8b3cf002ec4d","name":"Workbook Reader","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"learn-docs","seen":"2026-10-10"},{"id":"cbb820e9-e561-45bb-84c2-ef45d0a13f7d","name":"Workload Orchestration Administrator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"63304235-eaf4-4c15-8e93-46c483611231","name":"Workload Orchestration IT Admin","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"db9875ba-bd2b-4e98-934d-0daa549a07f0","name":"Workload Orchestration Solution External Validator","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"},{"id":"d17ce0a2-0697-43bc-aac5-9113337ab61c","name":"WorkloadBuilder Migration Agent Role","pecEligible":null,"lighthouse":"yes","hasDataActions":false,"restrictedActions":[],"from":"arm-dump","seen":"2026-01-31"}]}');

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// The CLI bundle's entry (npm run bundle): a CommonJS file, so that ncc emits a CommonJS bundle. Node starts a
// CommonJS entry without its ES module loader, a few milliseconds of every CLI start-up (README "Performance").
__nccwpck_require__(518)

module.exports = __webpack_exports__;
/******/ })()
;