/**
 * A stand-in for sumneko.lua (LuaLS) in the end-to-end tests: installed in the test profile as `sumneko.lua`, it
 * answers completion and hover for Lua files from the definition files in `Lua.workspace.library`, as LuaLS does
 * (`---@class` tables and the `function Class:method()` lines under them, with their `---` doc comments), read again
 * on every request as LuaLS follows changes of the setting. `print` always hovers, so a test can tell it is running.
 * Packaged into a .vsix by `lualsStandIn/package.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

interface Member {
  name: string;
  doc: string;
}

/** Lower-cased class name -> its members, from every `.lua` file of the library folders. */
function library(): Map<string, Member[]> {
  const folders = vscode.workspace.getConfiguration('Lua').get<string[]>('workspace.library') ?? [];
  const classes = new Map<string, Member[]>();
  for (const folder of folders) {
    let files: string[] = [];
    try {
      files = fs.readdirSync(folder).filter((f) => f.endsWith('.lua'));
    } catch {
      continue;
    }
    for (const f of files) {
      const holders = new Map<string, string>();
      let pendingClass: string | undefined;
      let doc: string[] = [];
      for (const line of fs.readFileSync(path.join(folder, f), 'utf8').split('\n')) {
        const cls = /^---@class ([\w.]+)/.exec(line);
        if (cls) pendingClass = cls[1]!.split('.').pop()!;
        const local = /^local (\w+) = \{\}/.exec(line);
        if (local && pendingClass) holders.set(local[1]!, pendingClass);
        const fn = /^function (\w+)[:.](\w+)\(/.exec(line);
        if (fn) {
          const cls2 = (holders.get(fn[1]!) ?? fn[1]!).toLowerCase();
          const list = classes.get(cls2) ?? [];
          list.push({ name: fn[2]!, doc: doc.join('\n') });
          classes.set(cls2, list);
        }
        if (line.startsWith('---') && !line.startsWith('---@')) doc.push(line.slice(3));
        else if (!line.startsWith('---@')) doc = [];
      }
    }
  }
  return classes;
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      { language: 'lua' },
      {
        provideCompletionItems(document, position) {
          const before = document.lineAt(position.line).text.slice(0, position.character);
          const m = /([A-Za-z_]\w*)\s*[:.]\s*\w*$/.exec(before);
          if (!m) return [];
          return (library().get(m[1]!.toLowerCase()) ?? []).map((member) => {
            const item = new vscode.CompletionItem(member.name, vscode.CompletionItemKind.Method);
            item.detail = 'LuaLS stand-in';
            item.documentation = new vscode.MarkdownString(member.doc);
            return item;
          });
        },
      },
      ':',
      '.',
    ),
    vscode.languages.registerHoverProvider(
      { language: 'lua' },
      {
        provideHover(document, position) {
          const range = document.getWordRangeAtPosition(position);
          if (!range) return undefined;
          const word = document.getText(range);
          if (word === 'print') return new vscode.Hover('LuaLS stand-in: `print(...)`', range);
          for (const members of library().values()) {
            const m = members.find((x) => x.name === word);
            if (m)
              return new vscode.Hover(
                new vscode.MarkdownString(`${m.doc}\n\n(LuaLS stand-in)`),
                range,
              );
          }
          return undefined;
        },
      },
    ),
  );
}

export function deactivate(): void {
  // nothing to release: the providers go with the subscriptions
}
