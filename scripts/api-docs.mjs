#!/usr/bin/env node
// The API reference: TypeDoc HTML for @vvchat/core, @vvchat/react, @vvchat/ui and
// @vvchat/simulator, one page per export, from the JSDoc in packages/*/src. The options are in
// typedoc.json; Storybook serves the output (node_modules/.cache/api-reference/, generated, so out
// of git and ESLint) at /api-reference/ and the "API reference" page of the manual links to it.
//
//   node scripts/api-docs.mjs           builds the reference, unless it is up to date with its
//                                       inputs (`pnpm storybook` and `pnpm build-storybook` run
//                                       this first; with nothing changed it takes a moment).
//                                       Warnings are printed; only errors fail.
//   node scripts/api-docs.mjs --strict  always builds, and fails on any warning: a broken
//                                       {@link}, an undocumented export, a type an export
//                                       mentions that has no page, an export without a page (CI).
//   node scripts/api-docs.mjs --force   builds even when up to date.
//
// This file is also the TypeDoc plugin that typedoc.json loads (`load` below), so
// `pnpm exec typedoc` builds the same reference. Besides the pages, the output holds
// exports.json: for each package, each export of its src/index.ts (as TypeScript sees it) and
// the page it has, or null (test/docs/apiReference.test.ts checks it).

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  Application,
  Comment,
  Converter,
  DefaultTheme,
  DefaultThemeRenderContext,
  JSX,
  makeRecursiveVisitor,
  MinimalSourceFile,
  ReferenceReflection,
  ReflectionKind,
  RendererEvent,
} from 'typedoc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = join(root, 'typedoc.json');
const outDir = join(root, 'node_modules/.cache/api-reference');
const stampFile = '.inputs.json';
const manifestFile = 'exports.json';

/** Where the manual's "API reference" page is, from the reference's root (/api-reference/). */
const manualPage = '../index.html?path=/docs/api-reference--docs';

// ---------------------------------------------------------------------------------------------
// The plugin
// ---------------------------------------------------------------------------------------------

/** @param {string} file */
function findPackageJson(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * A package's README as its module page: the first paragraph is the summary the index lists,
 * the rest is the page (without the `# @vvchat/…` heading, which the page's title already says).
 * @param {string} markdown
 */
function splitReadme(markdown) {
  const body = markdown.replace(/\r\n/g, '\n').replace(/^# [^\n]*\n+/, '');
  const end = body.search(/\n\s*\n/);
  return end === -1 ? { summary: body.trim(), rest: '' } : { summary: body.slice(0, end).trim(), rest: body.slice(end).trim() };
}

/** Adds `link` to the element with `id` in a rendered JSX tree. */
function appendToId(element, id, link) {
  if (!element || typeof element !== 'object') return false;
  if (Array.isArray(element)) return element.some((child) => appendToId(child, id, link));
  if (element.props?.id === id) {
    element.children.push(link);
    return true;
  }
  return appendToId(element.children, id, link);
}

/** The default theme, plus a link back to the manual in the header (and in the phone menu). */
class ManualContext extends DefaultThemeRenderContext {
  constructor(...args) {
    super(...args);
    const toolbar = this.toolbar;
    const manualLink = () => JSX.createElement('a', { href: this.relativeURL(manualPage), class: 'tsd-nav-link' }, '← Manual (Storybook)');
    this.toolbar = (props) => {
      const element = toolbar(props);
      appendToId(element, 'tsd-toolbar-links', manualLink());
      return element;
    };
    const sidebarLinks = this.sidebarLinks;
    // The header's links are hidden on a phone; the menu shows these instead.
    this.sidebarLinks = () =>
      sidebarLinks() ?? JSX.createElement('nav', { id: 'tsd-sidebar-links', class: 'tsd-navigation' }, manualLink());
  }
}

class ManualTheme extends DefaultTheme {
  ContextClass = ManualContext;
}

/**
 * The types an export mentions that have no page. TypeDoc's own `notExported` check only covers
 * the root package.json's package (the private monorepo root), so it never looks at ours; this is
 * that check, for our packages.
 * @param {import('typedoc').ProjectReflection} project
 * @param {Set<string>} packages
 * @param {string[]} intentional `intentionallyNotExported` entries: a name, or `path:name`
 */
function findUnexportedTypes(project, packages, intentional) {
  const found = new Map();
  const used = new Set();
  let owner;
  const visitor = makeRecursiveVisitor({
    reference(type) {
      if (type.reflection || type.externalUrl || type.refersToTypeParameter || !type.package || !packages.has(type.package)) return;
      if (type.isIntentionallyBroken()) return;
      const where = type.symbolId ? `${type.symbolId.packageName}/${type.symbolId.packagePath}` : type.package;
      const allowed = intentional.findIndex((entry) => {
        const colon = entry.lastIndexOf(':');
        const name = colon === -1 ? entry : entry.slice(colon + 1);
        return name === type.qualifiedName && (colon === -1 || where.endsWith(entry.slice(0, colon)));
      });
      if (allowed !== -1) {
        used.add(allowed);
        return;
      }
      const key = `${type.qualifiedName} (${where})`;
      if (!found.has(key)) found.set(key, owner.getFriendlyFullName());
    },
  });
  for (const reflection of Object.values(project.reflections)) {
    owner = reflection;
    reflection.type?.visit(visitor);
    reflection.default?.visit(visitor);
    for (const type of reflection.implementedTypes ?? []) type.visit(visitor);
  }
  return { found, unused: intentional.filter((_, index) => !used.has(index)) };
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineTheme('vvchat', ManualTheme);
  // A long name (`Interface CustomerServiceButtonProps<TInput>`) wraps instead of widening a phone's page.
  app.renderer.hooks.on('head.end', () =>
    JSX.createElement('style', null, JSX.createElement(JSX.Raw, { html: 'h1, h2, h3, .tsd-breadcrumb { overflow-wrap: anywhere; }' })),
  );

  // The program is the four entry points and what they import, not everything tsconfig.json
  // includes (tests, stories, scripts): that halves the time TypeDoc takes.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const entryPoints = app.options.getValue('entryPoints').map((entry) => resolve(entry));
    if (entryPoints.length && app.options.getFileNames().length > entryPoints.length) {
      app.options.setCompilerOptions(entryPoints, app.options.getCompilerOptions(), app.options.getProjectReferences());
    }
  });

  /** module reflection → the names its source file exports, as TypeScript sees them */
  const exportsOf = new Map();
  const packages = new Set();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
    const packageJsonFile = file && findPackageJson(file);
    if (!symbol || !packageJsonFile) return;
    exportsOf.set(reflection, context.checker.getExportsOfModule(symbol).map((exported) => exported.name));

    const packageJson = JSON.parse(readFileSync(packageJsonFile, 'utf8'));
    reflection.name = packageJson.name; // not "core/src"
    packages.add(packageJson.name);
    const readmeFile = join(dirname(packageJsonFile), 'README.md');
    const parse = (markdown) => app.converter.parseRawComment(new MinimalSourceFile(markdown, readmeFile), context.project.files).content;
    if (existsSync(readmeFile)) {
      const { summary, rest } = splitReadme(readFileSync(readmeFile, 'utf8'));
      reflection.comment ??= new Comment(parse(summary));
      if (rest) reflection.readme = parse(rest);
    } else if (packageJson.description) {
      reflection.comment ??= new Comment([{ kind: 'text', text: packageJson.description }]);
    }
  });

  /** An export's own reflection (through a re-export), or undefined when TypeDoc left it out. */
  const exported = (module, name) => {
    const child = module.children?.find((candidate) => candidate.name === name);
    return child instanceof ReferenceReflection ? child.tryGetTargetReflectionDeep() : child;
  };

  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    for (const [module, names] of exportsOf) {
      for (const name of names) {
        const target = exported(module, name);
        const documented = target?.hasComment() || target?.signatures?.some((signature) => signature.hasComment());
        if (target && !documented) app.logger.validationWarning(`${module.name} exports ${name} without JSDoc.`);
      }
    }
    const { found, unused } = findUnexportedTypes(project, packages, app.options.getValue('intentionallyNotExported'));
    for (const [type, owner] of found) {
      app.logger.validationWarning(`${type} is referenced by ${owner} but has no page: export it from its package's src/index.ts.`);
    }
    if (unused.length) {
      app.logger.validationWarning(`intentionallyNotExported lists types that are exported or not referenced: ${unused.join(', ')}`);
    }
  });

  app.renderer.on(RendererEvent.END, (event) => {
    const router = app.renderer.router;
    const manifest = {};
    for (const [module, names] of exportsOf) {
      const pages = (manifest[module.name] = {});
      for (const name of names) {
        const target = exported(module, name);
        pages[name] = target && router?.hasUrl(target) ? router.getFullUrl(target) : null;
      }
      for (const [name, page] of Object.entries(pages)) {
        if (page === null) app.logger.warn(`${module.name} exports ${name}, which has no page in the API reference.`);
      }
    }
    writeFileSync(join(event.outputDirectory, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  });
}

// ---------------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------------

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A hash of everything the reference is made from, to skip a build that would change nothing. */
function inputsHash() {
  const require = createRequire(import.meta.url);
  const packagesDir = join(root, 'packages');
  const files = [
    config,
    fileURLToPath(import.meta.url),
    join(root, 'tsconfig.json'),
    join(root, 'tsconfig.base.json'),
    join(root, 'pnpm-lock.yaml'),
    ...readdirSync(packagesDir).flatMap((name) => [
      join(packagesDir, name, 'package.json'),
      join(packagesDir, name, 'README.md'),
      ...filesUnder(join(packagesDir, name, 'src')),
    ]),
  ].filter((file) => existsSync(file));
  const hash = createHash('sha256');
  hash.update(`typedoc ${require('typedoc/package.json').version}\n`);
  for (const file of files.sort()) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Builds the reference into node_modules/.cache/api-reference/ (written next to it, then moved in
 * place, so a running Storybook never serves half of it). Resolves to the number of warnings;
 * rejects on errors, and in strict mode on warnings.
 * @param {{ strict?: boolean, force?: boolean }} [options]
 */
export async function buildApiReference({ strict = false, force = false } = {}) {
  const started = Date.now();
  const hash = inputsHash();
  const stampPath = join(outDir, stampFile);
  const complete = [stampFile, manifestFile, 'index.html'].every((file) => existsSync(join(outDir, file)));
  if (!strict && !force && complete) {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
    if (stamp.hash === hash) {
      const note = stamp.warnings ? ` (${stamp.warnings} warnings when it was built: --force to see them)` : '';
      console.log(`API reference: ${relative(root, outDir)}/ is up to date${note}.`);
      return stamp.warnings;
    }
  }

  const tmpOut = `${outDir}.tmp-${process.pid}`;
  const app = await Application.bootstrapWithPlugins({
    options: config,
    out: tmpOut,
    logLevel: 'Warn',
    treatWarningsAsErrors: strict,
    treatValidationWarningsAsErrors: strict,
  });
  try {
    const failed = (step) => new Error(`API reference: TypeDoc ${step} failed (see the messages above).`);
    if (app.logger.hasErrors()) throw failed('options');
    const project = await app.convert();
    if (!project || app.logger.hasErrors()) throw failed('conversion');
    app.validate(project);
    if (app.logger.hasErrors()) throw failed('validation');
    await app.generateOutputs(project);
    if (app.logger.hasErrors()) throw failed('output');
    const warnings = app.logger.warningCount;
    if (strict && warnings) throw new Error(`API reference: ${warnings} warnings, which --strict treats as errors.`);

    writeFileSync(join(tmpOut, stampFile), `${JSON.stringify({ hash, warnings })}\n`);
    // Two builds at once (`pnpm storybook` beside `pnpm test`): the last one to finish wins.
    for (let attempt = 1; ; attempt += 1) {
      rmSync(outDir, { recursive: true, force: true });
      try {
        renameSync(tmpOut, outDir);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`API reference: ${relative(root, outDir)}/ built in ${seconds} s${warnings ? `, with ${warnings} warnings` : ''}.`);
    return warnings;
  } finally {
    rmSync(tmpOut, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = new Set(process.argv.slice(2));
  const unknown = [...args].filter((arg) => arg !== '--strict' && arg !== '--force');
  if (unknown.length) {
    console.error(`Unknown option ${unknown.join(' ')}. Usage: node scripts/api-docs.mjs [--strict] [--force]`);
    process.exit(2);
  }
  buildApiReference({ strict: args.has('--strict'), force: args.has('--force') }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
