import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A server has no `window`, `document`, `navigator`, `location` or storage. `trapBrowserGlobals()`
 * turns each of them into a getter on `globalThis` that records who read it and throws; call it
 * before the packages are imported (import them dynamically, in `beforeAll`). The one read allowed
 * is a `typeof x` probe (how code finds out it runs on a server): a getter can't tell that read
 * from others, so it looks at the calling source line, and answers `undefined` there, as a server
 * would.
 */
const browserGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'history', 'self'];

export interface Access {
  name: string;
  at: string;
  probe: boolean;
}

const sources = new Map<string, string[]>();

function sourceLine(file: string, line: number): string {
  if (!sources.has(file)) {
    try {
      sources.set(file, readFileSync(file.startsWith('file:') ? fileURLToPath(file) : file, 'utf8').split('\n'));
    } catch {
      sources.set(file, []);
    }
  }
  return sources.get(file)![line - 1] ?? '';
}

/** Whether the caller reads `name` as `typeof name` (or `typeof globalThis.name`). */
function isTypeofProbe(name: string, caller: string): boolean {
  const frame = /\(?((?:file:\/\/)?\/[^()]+?):(\d+):(\d+)\)?$/.exec(caller.trim());
  if (!frame) return false;
  const line = sourceLine(frame[1]!, Number(frame[2]));
  const column = Number(frame[3]) - 1;
  const around = line.slice(Math.max(0, column - 20), column + 40);
  return new RegExp(`typeof\\s*\\(?\\s*(?:globalThis\\.|window\\.)?${name}\\b`).test(around);
}

/**
 * Installs the throwing getters. `accesses` lists every read, in order (a test may truncate it);
 * `touches(since)` the reads from index `since` on that were not `typeof` probes.
 */
export function trapBrowserGlobals(): { accesses: Access[]; touches: (since?: number) => Access[] } {
  const accesses: Access[] = [];
  for (const name of browserGlobals) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const caller = (new Error().stack ?? '').split('\n')[2] ?? '';
        const access = { name, at: caller.trim(), probe: isTypeofProbe(name, caller) };
        accesses.push(access);
        if (access.probe) return undefined;
        throw new Error(`${name} was read on the server ${access.at}`);
      },
    });
  }
  return { accesses, touches: (since = 0) => accesses.slice(since).filter((access) => !access.probe) };
}
