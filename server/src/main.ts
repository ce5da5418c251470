/**
 * The Coromega Lua language server. This file only wires LSP handlers to the feature modules; each feature is a
 * pure function over the document's cached analysis. Every handler is guarded: an exception is logged and the
 * request answered with an empty result, so one bad input never takes the server down.
 *
 * Longer than most modules: it is the list of the LSP handlers, each a few lines of wiring.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../../catalog';
import { localeOption, SERVER_INFO } from './cli';
import { makeGuard } from './guard';
import { computeCodeActions } from './features/codeActions';
import type { FeatureContext } from './features/common';
import {
  companionCompletion,
  companionDefinition,
  companionDiagnostics,
  companionHover,
  companionReferences,
} from './features/companionFiles';
import {
  configCompletion,
  configDefinition,
  configDiagnostics,
  configHover,
} from './features/configFile';
import { entryReferences } from './features/entryLinks';
import { computeCompletion, resolveCompletion, TRIGGER_CHARACTERS } from './features/completion';
import { computeDiagnostics, tooLargeDiagnostic } from './features/diagnostics';
import { readFramework } from './features/frameworkVersion';
import { computeHover } from './features/hover';
import { computeDocumentSymbols, computeFoldingRanges } from './features/outline';
import {
  computeDefinition,
  computeDocumentLinks,
  computeHighlights,
  computeReferences,
} from './features/navigation';
import { computeRename, prepareRename } from './features/rename';
import { computeSignatureHelp, SIGNATURE_TRIGGERS } from './features/signature';
import { computeInlayHints } from './features/inlayHints';
import { incomingCalls, outgoingCalls, prepareCallHierarchy } from './features/callHierarchy';
import { computeWorkspaceSymbols } from './features/workspaceSymbols';
import { computeSemanticTokens, LEGEND } from './features/semanticTokens';
import { tokenAtOrBefore } from '../../lua51/lexer';
import { uriToPath } from './project/files';
import { isCompanionUri, Session } from './project/session';
import {
  DEFAULT_INLAY_HINTS,
  DEFAULT_TOGGLES,
  readInlayHints,
  readLocale,
  readToggles,
  type InlayHintSettings,
  type Toggles,
} from './settings';
import { styluaConfig, Workspace } from './workspace';
import { markFresh, markLined, offsetAt } from './positions';
import { computeFormatting, type FormatRequest } from './features/formatting';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** The plugin's Lua files: open documents and the modules they require (workspace.ts). */
const workspace = new Workspace(documents);
const cache = workspace.cache;
/** The plugin around each document: its config, its world and test files (project/). */
const session = new Session(documents, cache);

let locale: Locale = 'zh-cn';
let toggles: Toggles = { ...DEFAULT_TOGGLES };
let inlayHints: InlayHintSettings = { ...DEFAULT_INLAY_HINTS };
let inlayRefresh = false;
let snippets = false;
let watchFiles = false;

const guard = makeGuard((message) => connection.console.error(message));

function contextFor(uri: string, offset: number): FeatureContext | null {
  if (isCompanionUri(uri)) return null;
  return workspace.contextAt(uri, offset);
}

let definitionLinks = false;

connection.onInitialize((params): InitializeResult => {
  locale = readLocale(
    params.initializationOptions,
    localeOption(process.argv.slice(2)),
    params.locale,
  );
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  toggles = readToggles(init?.settings);
  inlayHints = readInlayHints(init?.settings);
  inlayRefresh = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  workspace.framework = readFramework(init?.settings, workspace.framework);
  snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
  definitionLinks = params.capabilities.textDocument?.definition?.linkSupport === true;
  watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  session.setRoots(params.workspaceFolders, params.rootUri);
  workspace.locale = locale;
  const folders =
    params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.folders = folders.map(uriToPath).filter((p): p is string => p !== null);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true },
      hoverProvider: true,
      signatureHelpProvider: { triggerCharacters: SIGNATURE_TRIGGERS, retriggerCharacters: [','] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      documentLinkProvider: { resolveProvider: false },
      inlayHintProvider: { resolveProvider: false },
      callHierarchyProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true, range: true },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
    },
    serverInfo: SERVER_INFO,
  };
});

// Config, world and test files change on disk without being open: watch them where the client can, so what the
// server says about a plugin follows its files (requests read them again anyway when they have changed).
connection.onInitialized(() => {
  if (!watchFiles) return;
  void connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/*.json' }, { globPattern: '**/*.lua' }],
  });
});

connection.onDidChangeWatchedFiles(
  guard('didChangeWatchedFiles', undefined, (change) => {
    for (const c of change.changes) session.changed(c.uri);
    workspace.touched();
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
  }),
);

connection.onDidChangeConfiguration(
  guard('didChangeConfiguration', undefined, (change) => {
    toggles = readToggles(change.settings, toggles);
    const hints = readInlayHints(change.settings, inlayHints);
    if (hints.types !== inlayHints.types || hints.parameterNames !== inlayHints.parameterNames) {
      inlayHints = hints;
      if (inlayRefresh) connection.languages.inlayHint.refresh().catch(() => undefined);
    }
    workspace.framework = readFramework(change.settings, workspace.framework);
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
  }),
);

connection.onCompletion(
  guard('completion', [], (params) => {
    if (!toggles.completion) return [];
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const offset = offsetAt(doc, params.position);
    if (isCompanionUri(doc.uri)) {
      const cx = session.companionContext(doc, locale);
      return cx ? companionCompletion(cx, offset) : [];
    }
    const ctx = contextFor(doc.uri, offset);
    if (!ctx) return [];
    const cc = session.configContext(doc);
    return (
      (cc && configCompletion(ctx, cc, offset)) ?? computeCompletion(ctx, offset, { snippets })
    );
  }),
);

// the documentation of a member item, added when the client shows it (a list of 126 methods stays small)
connection.onCompletionResolve((item) =>
  guard('completionResolve', item, (i: typeof item) => resolveCompletion(i, locale))(item),
);

connection.onHover(
  guard('hover', null, (params) => {
    if (!toggles.hover) return null;
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const offset = offsetAt(doc, params.position);
    if (isCompanionUri(doc.uri)) {
      const cx = session.companionContext(doc, locale);
      return cx ? companionHover(cx, offset) : null;
    }
    const ctx = contextFor(doc.uri, offset);
    if (!ctx) return null;
    const cc = session.configContext(doc);
    return (cc && configHover(ctx, cc, offset)) ?? computeHover(ctx, offset);
  }),
);

connection.onSignatureHelp(
  guard('signatureHelp', null, (params) => {
    if (!toggles.signatureHelp) return null;
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const offset = offsetAt(doc, params.position);
    const ctx = contextFor(doc.uri, offset);
    return ctx ? computeSignatureHelp(ctx, offset) : null;
  }),
);

connection.onCodeAction(
  guard('codeAction', [], (params) => {
    if (!toggles.codeActions) return [];
    return computeCodeActions(params.textDocument.uri, params.context.diagnostics);
  }),
);

/** The whole-document context (null for documents too large to analyse whole). */
function wholeContext(uri: string): FeatureContext | null {
  if (isCompanionUri(uri)) return null;
  return workspace.contextFor(uri);
}

/** A position request on the whole document: its context and the offset. */
function at(p: {
  textDocument: { uri: string };
  position: { line: number; character: number };
}): { ctx: FeatureContext; offset: number } | null {
  const ctx = wholeContext(p.textDocument.uri);
  return ctx ? { ctx, offset: offsetAt(ctx.doc, p.position) } : null;
}

// Definition and references: the plugin's own names (across its modules), a config read into the config file,
// between a plugin's registrations and the world and test steps that call them.
connection.onDefinition(
  guard('definition', null, (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const offset = offsetAt(doc, params.position);
    if (isCompanionUri(doc.uri)) {
      const cx = session.companionContext(doc, locale);
      return cx ? companionDefinition(cx, offset) : null;
    }
    const ctx = wholeContext(doc.uri);
    if (!ctx) return null;
    const cc = session.configContext(doc);
    return (
      (cc && configDefinition(ctx, cc, offset)) ?? computeDefinition(ctx, offset, definitionLinks)
    );
  }),
);

connection.onReferences(
  guard('references', null, (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const offset = offsetAt(doc, params.position);
    const declaration = params.context.includeDeclaration;
    if (isCompanionUri(doc.uri)) {
      const cx = session.companionContext(doc, locale);
      return cx ? companionReferences(cx, offset, declaration) : null;
    }
    const p = uriToPath(doc.uri);
    const steps = p ? (entryReferences(session.project, p, offset, declaration) ?? []) : [];
    const ctx = wholeContext(doc.uri);
    return [...steps, ...(ctx ? computeReferences(ctx, offset, declaration) : [])];
  }),
);

connection.onDocumentHighlight(
  guard('documentHighlight', [], (params) => {
    const r = at(params);
    return r ? computeHighlights(r.ctx, r.offset) : [];
  }),
);

connection.onPrepareRename(
  guard('prepareRename', null, (params) => {
    const r = at(params);
    if (!r) return null;
    const res = prepareRename(r.ctx, r.offset);
    return 'error' in res ? new ResponseError(-32803, res.error) : res;
  }),
);

connection.onRenameRequest(
  guard('rename', null, (params) => {
    const r = at(params);
    if (!r) return null;
    const res = computeRename(r.ctx, r.offset, params.newName);
    return 'error' in res ? new ResponseError(-32803, res.error) : res;
  }),
);

connection.languages.inlayHint.on(
  guard('inlayHint', [], (params) => {
    const ctx = wholeContext(params.textDocument.uri);
    if (!ctx || (!inlayHints.types && !inlayHints.parameterNames)) return [];
    const s = ctx.doc.offsetAt(params.range.start);
    const e = ctx.doc.offsetAt(params.range.end);
    return computeInlayHints(ctx, s, e, inlayHints);
  }),
);

const EMPTY_TOKENS = { data: [] };

connection.languages.semanticTokens.on(
  guard('semanticTokens', EMPTY_TOKENS, (params) => {
    const ctx = wholeContext(params.textDocument.uri);
    return ctx ? computeSemanticTokens(ctx, workspace.providedGlobals()) : EMPTY_TOKENS;
  }),
);

connection.languages.semanticTokens.onRange(
  guard('semanticTokensRange', EMPTY_TOKENS, (params) => {
    const ctx = wholeContext(params.textDocument.uri);
    if (!ctx) return EMPTY_TOKENS;
    const { toks } = ctx.analysis;
    const s = tokenAtOrBefore(toks, ctx.doc.offsetAt(params.range.start));
    const e = tokenAtOrBefore(toks, ctx.doc.offsetAt(params.range.end));
    return computeSemanticTokens(ctx, workspace.providedGlobals(), { start: s, end: e });
  }),
);

connection.languages.callHierarchy.onPrepare(
  guard('prepareCallHierarchy', null, (params) => {
    const r = at(params);
    return r ? prepareCallHierarchy(r.ctx, r.offset) : null;
  }),
);

connection.languages.callHierarchy.onIncomingCalls(
  guard('incomingCalls', [], (params) => {
    const ctx = workspace.contextForUri(params.item.uri);
    return ctx ? incomingCalls(ctx, params.item) : [];
  }),
);

connection.languages.callHierarchy.onOutgoingCalls(
  guard('outgoingCalls', [], (params) => {
    const ctx = workspace.contextForUri(params.item.uri);
    return ctx ? outgoingCalls(ctx, params.item) : [];
  }),
);

// Workspace symbols read the workspace's Lua files the first time (a few per turn of the event loop), then the
// files as they change.
connection.onWorkspaceSymbol(async (params, token) => {
  try {
    await workspace.indexWorkspace(() => token.isCancellationRequested);
    return computeWorkspaceSymbols(workspace.knownFiles(), params.query);
  } catch (e) {
    connection.console.error(`workspaceSymbol failed: ${e instanceof Error ? e.stack : String(e)}`);
    return [];
  }
});

/** A warning the editor shows the user (a notification: no answer awaited). */
function warn(message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, {
    type: MessageType.Warning,
    message,
  });
}

/** Documents the user was told could not be formatted (told once, until one formats again). */
const formatTold = new Set<string>();

function format(uri: string, req: Omit<FormatRequest, 'config'>) {
  const ctx = wholeContext(uri);
  if (!ctx) return null;
  const file = uriToPath(uri);
  const res = computeFormatting(ctx, { ...req, config: file ? styluaConfig(file) : undefined });
  if ('error' in res) {
    connection.console.info(res.error);
    if (!formatTold.has(uri)) {
      formatTold.add(uri);
      warn(res.error);
    }
    return [];
  }
  formatTold.delete(uri);
  if (res.warning) warn(res.warning);
  return res.edits;
}

connection.onDocumentFormatting(
  guard('formatting', null, (params) =>
    format(params.textDocument.uri, { options: params.options }),
  ),
);

connection.onDocumentRangeFormatting(
  guard('rangeFormatting', null, (params) =>
    format(params.textDocument.uri, { options: params.options, range: params.range }),
  ),
);

connection.onDocumentLinks(
  guard('documentLink', [], (params) => {
    const ctx = wholeContext(params.textDocument.uri);
    return ctx ? computeDocumentLinks(ctx) : [];
  }),
);

connection.onDocumentSymbol(
  guard('documentSymbol', [], (params) => {
    const ctx = wholeContext(params.textDocument.uri);
    return ctx ? computeDocumentSymbols(ctx) : [];
  }),
);

connection.onFoldingRanges(
  guard('foldingRange', [], (params) => {
    const ctx = wholeContext(params.textDocument.uri);
    return ctx ? computeFoldingRanges(ctx) : [];
  }),
);

// Diagnostics: computed once per burst of changes, for the latest version, in steps two turns of the event loop
// apart: first the analysis (a request that needs it next finds it done), then gopher-lua's syntax verdict, then the
// other checks. Requests the editor sends together with an open or a change (completion after typing `:`, the
// outline and folding of a file just opened) run between the steps instead of waiting for all of it.
const pending = new Map<string, NodeJS.Immediate>();

function scheduleDiagnostics(uri: string): void {
  const old = pending.get(uri);
  if (old) clearImmediate(old);
  const step = (fn: () => void): void => {
    pending.set(
      uri,
      setImmediate(() => {
        pending.delete(uri);
        fn();
      }),
    );
  };
  // Between steps, one turn more: the connection queues each message it read meanwhile for the next turn.
  const next = (fn: () => void): void => step(() => step(fn));
  step(() => {
    analyseOpen(uri);
    next(() => {
      judgeSyntax(uri);
      next(() => publishDiagnostics(uri));
    });
  });
}

/** Analyses the document's current version ahead of the requests and diagnostics that need it. */
const analyseOpen = guard('analysis', undefined, (uri: string): void => {
  const doc = documents.get(uri);
  if (doc && !isCompanionUri(uri)) cache.get(uri, doc.version, () => doc.getText());
});

/**
 * gopher-lua's verdict on the document's current version (the diagnostics' longest part), computed in a step of its
 * own so that a request arriving meanwhile waits for it alone, not for all of the diagnostics.
 */
const judgeSyntax = guard('syntax', undefined, (uri: string): void => {
  const doc = documents.get(uri);
  if (!doc || isCompanionUri(uri) || !toggles.diagnostics) return;
  cache.get(uri, doc.version, () => doc.getText())?.gopher();
});

/** Called once, after the first diagnostics went out: by then the server has run its analysis and features. */
let onWarm: (() => void) | undefined;
let warm = false;

/** `fn` runs once the server has analysed and answered a first document (start.ts writes the code cache then). */
export function whenWarm(fn: () => void): void {
  onWarm = fn;
}

const publishDiagnostics = guard('diagnostics', undefined, (uri: string): void => {
  const doc = documents.get(uri);
  if (!doc) return;
  // the document's line table, built here if not yet, serves the requests from now on (see positions.ts)
  doc.positionAt(0);
  markLined(doc);
  if (!toggles.diagnostics) {
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
    return;
  }
  let diagnostics;
  if (isCompanionUri(uri)) {
    const cx = session.companionContext(doc, locale);
    diagnostics = cx ? companionDiagnostics(cx) : [];
  } else {
    const ctx = workspace.contextFor(uri);
    const cc = session.configContext(doc);
    diagnostics = ctx
      ? [
          ...computeDiagnostics(ctx),
          ...(cc && !ctx.analysis.partial ? configDiagnostics(ctx, cc) : []),
        ]
      : [tooLargeDiagnostic(locale, doc.getText().length)];
  }
  void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  if (!warm) {
    warm = true;
    setImmediate(() => onWarm?.());
  }
});

documents.onDidOpen((e) => {
  markFresh(e.document);
  workspace.touched();
  scheduleDiagnostics(e.document.uri);
});
documents.onDidChangeContent((e) => {
  workspace.touched();
  scheduleDiagnostics(e.document.uri);
  // a plugin's registrations decide what its open world and test files may call
  if (!isCompanionUri(e.document.uri))
    for (const d of documents.all()) if (isCompanionUri(d.uri)) scheduleDiagnostics(d.uri);
});
documents.onDidClose((e) => {
  workspace.touched();
  const p = pending.get(e.document.uri);
  if (p) clearImmediate(p);
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

process.on('uncaughtException', (e) => {
  connection.console.error(`uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});

documents.listen(connection);
connection.listen();
