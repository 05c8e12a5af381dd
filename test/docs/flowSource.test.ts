import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { flowSource } from '../../stories/flows/source';

/**
 * "Show code" on the flow stories (the leftover of issue 12: it showed the story's render, with
 * its simulated page): each flow's docs page gives the app's own code, and that code type-checks
 * against the packages as an app would import them (only `api`, `setUser` and `showReceipt`, the
 * app's own, are declared).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const stories = import.meta.glob<{ default: { parameters?: { docs?: { source?: { code?: string } } } } }>('../../stories/flows/*.stories.tsx');

/** TypeScript's errors for `snippet` as the body of a TSX module in test/docs, with the repository's settings. */
function typeErrors(snippet: string): string[] {
  const [imports, ...body] = snippet.split('\n\n');
  const file = join(root, 'test/docs/__flow-snippet__.tsx');
  const source = `${imports}
declare const api: any;
declare function setUser(user: unknown): void;
declare function showReceipt(): void;
export const page = (
<>
${body.join('\n\n').replace(/^\/\/.*$/gm, '')}
</>
);
`;
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(name, source, version, true, ts.ScriptKind.TSX) : read(name, version));
  const program = ts.createProgram([file], { ...config.options, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('"Show code" on the flow stories', () => {
  it('gives every flow story file the app code for its flow', async () => {
    expect(Object.keys(stories).length).toBeGreaterThanOrEqual(6);
    for (const [path, load] of Object.entries(stories)) {
      const code = (await load()).default.parameters?.docs?.source?.code;
      expect(code, path).toBeTypeOf('string');
      expect(Object.values(flowSource), path).toContain(code);
    }
  });

  it.each(Object.entries(flowSource))('%s: imports only the packages, no simulator, and type-checks as an app', (_, code) => {
    expect(code).toMatch(/^import \{ VVChatProvider \} from '@vvchat\/react';\n/);
    expect(code).not.toMatch(/simulator|Simulated|backend\.|FlowResult|ref=/);
    expect(typeErrors(code)).toEqual([]);
  }, 60_000);
});
