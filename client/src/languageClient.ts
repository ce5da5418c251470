import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { Messages } from './i18n';
import { readSettings, SECTION } from './settings';

/** The bundled language server (dist/server/server.js) for Lua files and for world and test files, told the language
 * (`coromegaLua.language`) and the settings. World and test files stay JSON: VS Code's JSON language service keeps
 * their schemas, and the server adds only what comes from the plugin (its triggers, APIs, players...). */
/** World and test files, sent to the server as JSON documents. */
export const COMPANION_SELECTOR = [
  { language: 'json', scheme: 'file', pattern: '**/*.world.json' },
  { language: 'json', scheme: 'file', pattern: '**/*.test.json' },
];

export function createLanguageClient(extensionUri: vscode.Uri, messages: Messages): LanguageClient {
  const module = vscode.Uri.joinPath(extensionUri, 'dist', 'server', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const settings = readSettings((key) => vscode.workspace.getConfiguration(SECTION).get(key));
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'lua', scheme: 'file' },
      { language: 'lua', scheme: 'untitled' },
      ...COMPANION_SELECTOR,
    ],
    // Sends `{settings: {coromegaLua: {...}}}` through workspace/didChangeConfiguration whenever it changes.
    synchronize: { configurationSection: SECTION },
    initializationOptions: {
      locale: messages.lang,
      settings: {
        [SECTION]: {
          languageServer: settings.languageServer,
          inlayHints: settings.inlayHints,
          frameworkVersion: settings.frameworkVersion,
        },
      },
    },
    outputChannelName: messages.t('Coromega Language Server'),
  };
  return new LanguageClient('coromegaLua', 'Coromega Lua', serverOptions, clientOptions);
}
