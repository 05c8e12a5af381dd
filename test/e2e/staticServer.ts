import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static site served on 127.0.0.1: its base URL (no trailing slash) and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the files under `root` on 127.0.0.1, on a free port, with `sirv` (what `vite preview`
 * uses): the static Storybook, as a merchant would host it. A directory serves its `index.html`;
 * nothing outside `root`; `no-cache`, so a rebuilt Storybook is never served stale.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const files = sirv(root, { dev: true, etag: true });
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${request.url ?? ''}`);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
