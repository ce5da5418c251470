/**
 * The Coromega Lua language server. This file only wires LSP handlers to the feature modules; each feature is a
 * pure function over the document's cached analysis. Every handler is guarded: an exception is logged and the
 * request answered with an empty result, so one bad input never takes the server down.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_FRAMEWORK_VERSION, type FrameworkVersion, type Locale } from '../../catalog';
import { AnalysisCache } from './analysis';
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
import { computeSignatureHelp, SIGNATURE_TRIGGERS } from './features/signature';
import { uriToPath } from './project/files';
import { isCompanionUri, Session } from './project/session';
import { DEFAULT_TOGGLES, readLocale, readToggles, type Toggles } from './settings';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache();
/** The plugin around each document: its config, its world and test files (project/). */
const session = new Session(documents, cache);

let locale: Locale = 'zh-cn';
let toggles: Toggles = { ...DEFAULT_TOGGLES };
let framework: FrameworkVersion = DEFAULT_FRAMEWORK_VERSION;
let snippets = false;
let watchFiles = false;

const guard = makeGuard((message) => connection.console.error(message));

function contextFor(uri: string, offset: number): FeatureContext | null {
  const doc = documents.get(uri);
  if (!doc || isCompanionUri(uri)) return null;
  const analysis = cache.forOffset(uri, doc.version, () => doc.getText(), offset);
  return { doc, analysis, locale, framework };
}

connection.onInitialize((params): InitializeResult => {
  locale = readLocale(
    params.initializationOptions,
    localeOption(process.argv.slice(2)),
    params.locale,
  );
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  toggles = readToggles(init?.settings);
  framework = readFramework(init?.settings, framework);
  snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
  watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  session.setRoots(params.workspaceFolders, params.rootUri);
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
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
  }),
);

connection.onDidChangeConfiguration(
  guard('didChangeConfiguration', undefined, (change) => {
    toggles = readToggles(change.settings, toggles);
    framework = readFramework(change.settings, framework);
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
  }),
);

connection.onCompletion(
  guard('completion', [], (params) => {
    if (!toggles.completion) return [];
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const offset = doc.offsetAt(params.position);
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
    const offset = doc.offsetAt(params.position);
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
    const offset = doc.offsetAt(params.position);
    const ctx = contextFor(doc.uri, offset);
    return ctx ? computeSignatureHelp(ctx, offset) : null;
  }),
);

// Definition and references: from a config read into the config file, between a plugin's registrations and the
// world and test steps that call them.
connection.onDefinition(
  guard('definition', null, (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const offset = doc.offsetAt(params.position);
    if (isCompanionUri(doc.uri)) {
      const cx = session.companionContext(doc, locale);
      return cx ? companionDefinition(cx, offset) : null;
    }
    const ctx = contextFor(doc.uri, offset);
    const cc = session.configContext(doc);
    return ctx && cc ? configDefinition(ctx, cc, offset) : null;
  }),
);

connection.onReferences(
  guard('references', null, (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const offset = doc.offsetAt(params.position);
    const declaration = params.context.includeDeclaration;
    if (isCompanionUri(doc.uri)) {
      const cx = session.companionContext(doc, locale);
      return cx ? companionReferences(cx, offset, declaration) : null;
    }
    const p = uriToPath(doc.uri);
    return p ? entryReferences(session.project, p, offset, declaration) : null;
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
  const doc = documents.get(uri);
  if (!doc || isCompanionUri(uri)) return null;
  const analysis = cache.get(uri, doc.version, () => doc.getText());
  return analysis ? { doc, analysis, locale, framework } : null;
}

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

// Diagnostics: computed once per burst of changes, for the latest version, in steps one turn of the event loop apart:
// first the analysis (a request that needs it next finds it done), then, a turn later, the syntax check and the
// checks. Requests the editor sends together with an open or a change (completion after typing `:`, the outline
// and folding of a file just opened) run between the steps instead of waiting for all of it.
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
  step(() => {
    analyseOpen(uri);
    // One turn more: the connection queues each message it read meanwhile for the next turn.
    step(() => step(() => publishDiagnostics(uri)));
  });
}

/** Analyses the document's current version ahead of the requests and diagnostics that need it. */
const analyseOpen = guard('analysis', undefined, (uri: string): void => {
  const doc = documents.get(uri);
  if (doc && !isCompanionUri(uri)) cache.get(uri, doc.version, () => doc.getText());
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
  if (!toggles.diagnostics) {
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
    return;
  }
  let diagnostics;
  if (isCompanionUri(uri)) {
    const cx = session.companionContext(doc, locale);
    diagnostics = cx ? companionDiagnostics(cx) : [];
  } else {
    const analysis = cache.get(uri, doc.version, () => doc.getText());
    const cc = session.configContext(doc);
    diagnostics = analysis
      ? [
          ...computeDiagnostics({ doc, analysis, locale, framework }),
          ...(cc && !analysis.partial ? configDiagnostics({ doc, analysis, locale }, cc) : []),
        ]
      : [tooLargeDiagnostic(locale, doc.getText().length)];
  }
  void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  if (!warm) {
    warm = true;
    setImmediate(() => onWarm?.());
  }
});

documents.onDidOpen((e) => scheduleDiagnostics(e.document.uri));
documents.onDidChangeContent((e) => {
  scheduleDiagnostics(e.document.uri);
  // a plugin's registrations decide what its open world and test files may call
  if (!isCompanionUri(e.document.uri))
    for (const d of documents.all()) if (isCompanionUri(d.uri)) scheduleDiagnostics(d.uri);
});
documents.onDidClose((e) => {
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
