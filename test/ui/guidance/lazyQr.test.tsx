import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { GuidanceDialog } from '../../../packages/ui/src/guidance';
import { deferred } from '../support';

/**
 * The QR encoder's module (qrSvg.ts, the only one that imports lean-qr) counts its evaluations,
 * and waits for `gate` first, so the placeholder can be seen. Nothing else in this file imports
 * it: the dialog's `import()` is the only way in.
 */
const loads = vi.hoisted(() => ({ count: 0, gate: Promise.resolve() }));
vi.mock('../../../packages/ui/src/guidance/qrSvg', async (importOriginal) => {
  loads.count++;
  await loads.gate;
  return importOriginal();
});

afterEach(cleanup);

const url = 'https://shop.example/';

it('loads the QR encoder only when a desktop dialog opens, behind a placeholder that says so', async () => {
  const { rerender } = render(<GuidanceDialog open reason="in-app-browser" app="wechat" action="pay" url={url} onClose={() => {}} />);
  rerender(<GuidanceDialog open={false} reason="desktop" action="pay" url={url} onClose={() => {}} />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  expect(loads.count).toBe(0);

  const gate = deferred<undefined>();
  loads.gate = gate.promise;
  rerender(<GuidanceDialog open reason="desktop" action="pay" url={url} onClose={() => {}} />);
  await vi.waitFor(() => expect(loads.count).toBe(1));
  const placeholder = within(screen.getByRole('dialog')).getAllByRole('status')[0]!;
  expect(placeholder.textContent).toBe('正在生成二维码…');
  expect(screen.queryByRole('img')).toBeNull();
  gate.resolve(undefined);
  expect(await screen.findByRole('img', { name: '二维码：在手机上打开此页' })).toBeTruthy();

  // Opened again: the module is already there, evaluated once.
  rerender(<GuidanceDialog open={false} reason="desktop" action="pay" url={url} onClose={() => {}} />);
  rerender(<GuidanceDialog open reason="desktop" action="login" url={url} onClose={() => {}} />);
  expect(await screen.findByRole('img')).toBeTruthy();
  expect(loads.count).toBe(1);
});
