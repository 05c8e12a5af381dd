import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Resolves `…?text` imports to the file's text (esbuild's `text` loader). */
const textImports: Plugin = {
  name: 'text-imports',
  setup(build) {
    build.onResolve({ filter: /\?text$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?text'.length)), namespace: 'text' }));
    build.onLoad({ filter: /.*/, namespace: 'text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};
const root = resolve(here, '../..');
const pagesDir = join(here, 'pages');

/** One request the server answered. */
export interface ServedRequest {
  method: string;
  /** Path and query, e.g. `/fallback?from=launch`. */
  url: string;
  pathname: string;
  /** `performance.now()` of this (Node) process when the request came in. */
  at: number;
}

/** The test pages, served on 127.0.0.1 (a free port). */
export interface PageServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** The URL of the page `test/chromium/pages/<name>.ts(x)`, with `query`. */
  pageUrl(name: string, query?: Record<string, string | number | undefined>): string;
  /** A page that stands for a fallback (the download page): `<origin>/fallback?<query>`. Served with 200. */
  fallbackUrl(query?: Record<string, string>): string;
  /** Bundles a page now (cached), so that a build error fails the test with esbuild's message. */
  bundle(name: string): Promise<string>;
  /**
   * The code-split chunks served so far (`/pages/chunk-<hash>.js`, what a dynamic `import()`
   * fetches), with the modules each holds: a test can tell which module a page loaded when.
   */
  chunks(): { pathname: string; modules: string[] }[];
  /** Every request so far, oldest first. */
  requests: ServedRequest[];
  /** The requests for `pathname`. */
  requestsFor(pathname: string): ServedRequest[];
  close(): Promise<void>;
}

/**
 * Serves `test/chromium/pages/<name>.ts(x)` as `/pages/<name>.html` (a phone-sized HTML shell)
 * and `/pages/<name>.js` (the entry bundled on the fly with esbuild, code split: each dynamic
 * `import()` is a chunk `/pages/chunk-<hash>.js`, fetched when it runs), plus `/fallback`.
 *
 * Bundling uses the `@vvchat/source` export condition, as vitest.config.ts does, so
 * `@vvchat/core` and `@vvchat/react` are their TypeScript sources (packages/<name>/src): no build
 * needed. `react`, `react-dom` and JSX (tsconfig's `react-jsx`) bundle too, in development mode.
 */
export async function servePages(): Promise<PageServer> {
  const bundles = new Map<string, Promise<string>>();
  /** Every chunk of every page built so far, by pathname: its code and the source files in it. */
  const chunkFiles = new Map<string, { code: string; modules: string[] }>();
  const requests: ServedRequest[] = [];

  function entry(name: string): string | undefined {
    if (!/^[\w-]+$/.test(name)) return undefined;
    return ['.ts', '.tsx'].map((ext) => join(pagesDir, name + ext)).find((file) => existsSync(file));
  }

  function bundle(name: string): Promise<string> {
    const file = entry(name);
    if (!file) return Promise.reject(new Error(`No page test/chromium/pages/${name}.ts(x)`));
    let built = bundles.get(name);
    if (!built) {
      built = build({
        entryPoints: [file],
        absWorkingDir: root,
        tsconfig: join(root, 'tsconfig.json'),
        bundle: true,
        write: false,
        splitting: true,
        outdir: join(root, 'pages'),
        entryNames: '[name]',
        chunkNames: 'chunk-[hash]',
        metafile: true,
        format: 'esm',
        platform: 'browser',
        target: 'chrome120',
        conditions: ['@vvchat/source'],
        jsx: 'automatic',
        // `import text from './x.css?text'`: the file's text, to put in a <style> (pages/theme.tsx).
        plugins: [textImports],
        define: { 'process.env.NODE_ENV': '"development"' },
        sourcemap: 'inline',
        logLevel: 'silent',
      }).then((result) => {
        let main = '';
        for (const output of result.outputFiles) {
          const pathname = '/pages/' + output.path.split('/').pop()!;
          const modules = Object.keys(result.metafile.outputs[`pages/${pathname.slice(7)}`]?.inputs ?? {});
          if (pathname === `/pages/${name}.js`) main = output.text;
          else chunkFiles.set(pathname, { code: output.text, modules });
        }
        return main;
      });
      built.catch(() => bundles.delete(name)); // retry next time
      bundles.set(name, built);
    }
    return built;
  }

  const send = (response: ServerResponse, status: number, type: string, body: string) =>
    response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: request.method ?? 'GET', url: url.pathname + url.search, pathname: url.pathname, at: performance.now() });
    if (request.method !== 'GET') return void send(response, 405, 'text/plain', 'GET only');
    if (url.pathname === '/fallback') return void send(response, 200, 'text/html', '<!doctype html><title>fallback</title><h1>Fallback</h1>');
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    const chunk = chunkFiles.get(url.pathname);
    if (chunk) return void send(response, 200, url.pathname.endsWith('.css') ? 'text/css' : 'text/javascript', chunk.code);
    const page = /^\/pages\/([\w-]+)\.(html|js)$/.exec(url.pathname);
    if (!page || !entry(page[1]!)) return void send(response, 404, 'text/plain', `Not found: ${url.pathname}`);
    const [, name, kind] = page as unknown as [string, string, string];
    if (kind === 'html') return void send(response, 200, 'text/html', shell(name));
    bundle(name).then(
      (code) => send(response, 200, 'text/javascript', code),
      (error: unknown) => send(response, 500, 'text/plain', String(error)),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const withQuery = (path: string, query: Record<string, string | number | undefined> = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
    const text = search.toString();
    return `${origin}${path}${text ? `?${text}` : ''}`;
  };

  return {
    origin,
    pageUrl: (name, query) => withQuery(`/pages/${name}.html`, query),
    fallbackUrl: (query) => withQuery('/fallback', query),
    bundle,
    chunks: () =>
      [...chunkFiles].filter(([pathname]) => requests.some((request) => request.pathname === pathname)).map(([pathname, { modules }]) => ({ pathname, modules })),
    requests,
    requestsFor: (pathname) => requests.filter((request) => request.pathname === pathname),
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

function shell(name: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}</title>
</head>
<body>
<div id="root"></div>
<script type="module" src="/pages/${name}.js"></script>
</body>
</html>
`;
}
