import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLauncher, isVVChatError, type LaunchResult } from '@vvchat/core';
import { fakePage, flush, trackedAbort } from './fakePage';

type Step =
  | { type: 'hide' | 'show' | 'blur' | 'focus' | 'pagehide' | 'abort' }
  | { type: 'advance'; ms: number }
  | { type: 'freeze' | 'suspend' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constantFrom<Step>({ type: 'blur' }, { type: 'focus' }, { type: 'show' }), weight: 6 },
  { arbitrary: fc.constantFrom<Step>({ type: 'hide' }, { type: 'pagehide' }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 1500 }) }), weight: 6 },
  { arbitrary: fc.constant<Step>({ type: 'freeze' }), weight: 1 },
  { arbitrary: fc.constant<Step>({ type: 'suspend' }), weight: 1 },
  { arbitrary: fc.constant<Step>({ type: 'abort' }), weight: 1 },
);

const link = 'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=S&redirect_uri=https%3A%2F%2Fshop.example%2Fcb';
const fallbackUrl = 'https://vvchat.example/download';

describe('launch (property)', () => {
  it('never resolves not-opened after the page was hidden, left or frozen, and always settles with every listener removed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 25 }),
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
        fc.boolean(),
        async (steps, timeoutMs, withFallback) => {
          const page = fakePage();
          const abort = trackedAbort();
          const launcher = createLauncher(page.environment);
          const start = page.now();
          const timeout = timeoutMs ?? 2500;

          let verdict: { value: LaunchResult } | { error: unknown } | undefined;
          launcher
            .launch(link, { signal: abort.signal, ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(withFallback ? { fallbackUrl } : {}) })
            .then(
              (value) => (verdict = { value }),
              (error: unknown) => (verdict = { error }),
            );
          expect(page.navigate.mock.calls).toEqual([[link]]);

          let leftOrHidden = false; // hidden, pagehide or frozen before the verdict
          let blurred = false;
          let aborted = false;
          for (const s of steps) {
            await flush();
            const before = verdict === undefined;
            switch (s.type) {
              case 'hide':
                page.document.hide();
                break;
              case 'show':
                page.document.show();
                break;
              case 'blur':
                page.window.fire('blur');
                break;
              case 'focus':
                page.window.fire('focus');
                break;
              case 'pagehide':
                page.window.fire('pagehide');
                break;
              case 'abort':
                abort.controller.abort();
                break;
              case 'advance':
                page.advance(s.ms);
                break;
              case 'freeze':
                // Frozen long past every timer the launch can have set.
                page.freeze(2 * timeout + 5000);
                break;
              case 'suspend':
                // The same, but the steps that follow (a focus, a blur…) run before the overdue timers.
                page.suspend(2 * timeout + 5000);
                break;
            }
            if (before) {
              if (s.type === 'hide' || s.type === 'pagehide' || s.type === 'freeze' || s.type === 'suspend') leftOrHidden = true;
              if (s.type === 'blur') blurred = true;
              if (s.type === 'abort') aborted = true;
            }
          }
          // Let the longest detection (timeout plus grace) run out.
          page.advance(2 * timeout + 1);
          await flush();

          expect(verdict, 'the launch settles').toBeDefined();
          expect(page.listeners(), 'page listeners removed').toBe(0);
          expect(abort.listeners(), 'abort listener removed').toBe(0);
          expect(page.pendingTimers(), 'timers cleared').toBe(0);

          if (verdict && 'error' in verdict) {
            expect(isVVChatError(verdict.error)).toBe(true);
            expect(verdict.error).toMatchObject({ code: 'aborted' });
            expect(aborted).toBe(true);
            expect(page.navigate.mock.calls).toEqual([[link]]);
            return;
          }
          const { value } = verdict!;
          expect(['opened', 'not-opened', 'unknown']).toContain(value.outcome);
          expect(value.elapsedMs).toBe(page.detachedAt()! - start);
          if (leftOrHidden) expect(value.outcome).not.toBe('not-opened');
          if (value.outcome === 'unknown') expect(blurred).toBe(true);
          expect(page.navigate.mock.calls).toEqual(
            value.outcome === 'not-opened' && withFallback ? [[link], [fallbackUrl]] : [[link]],
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
