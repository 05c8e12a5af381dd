// Fails when a package exports something that usage.ts does not import: a new export must
// get a line in usage.ts, so that both module resolutions type-check all of the public API.
import ts from 'typescript';

const configPath = ts.findConfigFile('.', ts.sys.fileExists, 'tsconfig.bundler.json');
const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
const { options, fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, '.');
const program = ts.createProgram(fileNames, options);
const checker = program.getTypeChecker();
const usage = program.getSourceFile(fileNames.find((file) => file.endsWith('usage.ts')));

const imported = new Map(); // package → { names, exports }
for (const statement of usage.statements) {
  if (!ts.isImportDeclaration(statement)) continue;
  const specifier = statement.moduleSpecifier.text;
  if (!specifier.startsWith('@vvchat/')) continue;
  const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
  if (!moduleSymbol) throw new Error(`cannot resolve ${specifier}`);
  const entry = imported.get(specifier) ?? { names: new Set(), exports: checker.getExportsOfModule(moduleSymbol).map((s) => s.name) };
  for (const element of statement.importClause?.namedBindings?.elements ?? []) {
    entry.names.add((element.propertyName ?? element.name).text);
  }
  imported.set(specifier, entry);
}

let missing = 0;
for (const name of ['@vvchat/core', '@vvchat/react', '@vvchat/ui', '@vvchat/simulator']) {
  const entry = imported.get(name);
  if (!entry) {
    console.error(`${name}: not imported by usage.ts`);
    missing += 1;
    continue;
  }
  const notUsed = entry.exports.filter((exported) => !entry.names.has(exported));
  for (const exported of notUsed) console.error(`${name}: usage.ts does not import the export "${exported}"`);
  missing += notUsed.length;
  console.log(`${name}: ${entry.exports.length} exports, ${entry.exports.length - notUsed.length} used by usage.ts`);
}
if (missing > 0) process.exit(1);
console.log('every public export type-checks under moduleResolution bundler and node16');
