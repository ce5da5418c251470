// Writes syntaxes/coromega-lua.injection.tmLanguage.json from the API catalog.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { injectionGrammarText } from '../src/injectionGrammar';

const file = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'syntaxes',
  'coromega-lua.injection.tmLanguage.json',
);
fs.writeFileSync(file, injectionGrammarText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
