import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPayFlow, type CreatedOrder, type LaunchOutcome, type PayStatus } from '@vvchat/core';
import { contextOf, deferred, fakeStorage, flush, manualLauncher, redirectUri } from './support';

type OrderAnswer = 'now' | 'later' | 'empty' | 'reject';
type Command =
  | { kind: 'pay'; order: OrderAnswer; navigate: boolean }
  | { kind: 'resolveOrder' }
  | { kind: 'rejectOrder' }
  | { kind: 'confirm' }
  | { kind: 'launcher'; outcome: LaunchOutcome | 'reject' }
  | { kind: 'resume'; tradeNo: boolean; shown: boolean }
  | { kind: 'settle'; verdict: 'paid' | 'failed' | 'timeout' }
  | { kind: 'reset' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('pay' as const),
    order: fc.constantFrom<OrderAnswer>('now', 'later', 'empty', 'reject'),
    navigate: fc.boolean(),
  }),
  fc.constant({ kind: 'resolveOrder' as const }),
  fc.constant({ kind: 'rejectOrder' as const }),
  fc.constant({ kind: 'confirm' as const }),
  fc.record({
    kind: fc.constant('launcher' as const),
    outcome: fc.constantFrom<LaunchOutcome | 'reject'>('opened', 'not-opened', 'unknown', 'reject'),
  }),
  fc.record({ kind: fc.constant('resume' as const), tradeNo: fc.boolean(), shown: fc.boolean() }),
  fc.record({ kind: fc.constant('settle' as const), verdict: fc.constantFrom('paid' as const, 'failed' as const, 'timeout' as const) }),
  fc.constant({ kind: 'reset' as const }),
);

interface Transition {
  from: PayStatus;
  to: PayStatus;
  during: Command;
}

/** Runs `commands` against a pay flow, answering orders and launches by hand; returns what happened. */
async function run(commands: Command[]) {
  const storage = fakeStorage();
  const launcher = manualLauncher();
  const flow = createPayFlow(contextOf(launcher, storage));
  const orders: ReturnType<typeof deferred<CreatedOrder>>[] = [];
  let created = 0;
  /**
   * Orders of the attempt under way whose createOrder has not answered yet. reset() abandons
   * them, and so does a return (resume with a trade_no for an earlier stored order) that moves
   * 'creating' to 'verifying': the flow then ignores the late order, by design.
   */
  const pendingSinceReset = new Set<Promise<CreatedOrder>>();
  const orderCalls: { pendingSinceReset: number }[] = [];
  let current: Command = { kind: 'reset' };
  let previous: PayStatus = 'idle';
  const transitions: Transition[] = [];
  /** Launcher calls: the command under way and the status the flow left for 'launching'. */
  const launches: { during: Command; from: PayStatus }[] = [];
  flow.subscribe((state) => {
    transitions.push({ from: previous, to: state.status, during: current });
    previous = state.status;
  });
  const launch = launcher.launch.getMockImplementation()!;
  launcher.launch.mockImplementation((link, options) => {
    // The flow sets 'launching' just before it calls the launcher: where did it come from?
    const last = transitions.at(-1);
    launches.push({ during: current, from: last?.to === 'launching' ? last.from : previous });
    return launch(link, options);
  });

  for (const step of commands) {
    current = step;
    switch (step.kind) {
      case 'pay': {
        const code = `ORDER-${++created}`;
        const answer = (): Promise<CreatedOrder> | CreatedOrder => {
          orderCalls.push({ pendingSinceReset: pendingSinceReset.size });
          if (step.order === 'now') return code;
          if (step.order === 'empty') return '';
          if (step.order === 'reject') return Promise.reject(new Error('backend down'));
          const order = deferred<CreatedOrder>();
          orders.push(order);
          pendingSinceReset.add(order.promise);
          const settled = () => pendingSinceReset.delete(order.promise);
          order.promise.then(settled, settled);
          return order.promise;
        };
        void flow.pay(answer, redirectUri, () => step.navigate);
        break;
      }
      case 'resolveOrder':
        orders.shift()?.resolve(`LATE-${++created}`);
        break;
      case 'rejectOrder':
        orders.shift()?.reject(new Error('timeout'));
        break;
      case 'confirm':
        flow.confirm(redirectUri);
        break;
      case 'launcher':
        if (step.outcome === 'reject') launcher.fail(new Error('blocked'));
        else launcher.answer(step.outcome);
        break;
      case 'resume': {
        const before = flow.get().status;
        flow.resume(step.tradeNo ? `${redirectUri}&trade_no=T-1` : redirectUri, step.shown);
        if (before === 'creating' && flow.get().status === 'verifying') pendingSinceReset.clear();
        break;
      }
      case 'settle':
        flow.settle(step.verdict);
        break;
      case 'reset':
        pendingSinceReset.clear();
        flow.reset();
        break;
    }
    // Let order and launch answers reach the flow while this command is still "current".
    await flush();
  }
  return { transitions, launches, orderCalls, final: flow.get() };
}

const commands = fc.array(command, { maxLength: 40, size: 'medium' });
const runs = { numRuns: 500 };

const payLater = { kind: 'pay', order: 'later', navigate: true } as const;
const payNow = { kind: 'pay', order: 'now', navigate: true } as const;
const resolveOrder = { kind: 'resolveOrder' } as const;
const reset = { kind: 'reset' } as const;
const resumeTradeNo = { kind: 'resume', tradeNo: true, shown: false } as const;
const resumeShown = { kind: 'resume', tradeNo: false, shown: true } as const;

/**
 * Known counterexamples, run first so the failure does not depend on the random seed:
 * - an order created before reset() still launches after it;
 * - after reset(), a second createOrder runs while the first is pending, and both launch;
 * - without any reset: a stored order from an earlier attempt, a return with trade_no while a
 *   new order is being created, and the new order launches from 'verifying';
 * - without any reset: a stale not-opened from an earlier launch ends the new 'creating' in
 *   'error', which lets a second pay() create a second order while the first is pending.
 */
const knownRaces: [Command[]][] = [
  // Not a race: a return settles an earlier order while a new one is being created; once that is
  // paid, a new tap may create an order although the abandoned one never answered.
  [
    [
      payNow,
      reset,
      { kind: 'pay', order: 'later', navigate: false },
      resumeTradeNo,
      { kind: 'settle', verdict: 'paid' },
      { kind: 'pay', order: 'now', navigate: false },
    ],
  ],
  [[payLater, reset, resolveOrder]],
  [[payLater, reset, payLater, resolveOrder, resolveOrder]],
  [[payNow, { kind: 'launcher', outcome: 'reject' }, payLater, resumeTradeNo, resolveOrder]],
  [[payNow, resumeShown, { kind: 'settle', verdict: 'failed' }, payLater, { kind: 'launcher', outcome: 'not-opened' }, payLater, resolveOrder, resolveOrder]],
];

const busy: readonly PayStatus[] = ['creating', 'ready', 'launching', 'verifying'];

describe('createPayFlow (model)', () => {
  it("never reaches 'paid' without settle('paid') from 'verifying'", async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { transitions } = await run(commands);
        for (const { from, to, during } of transitions) {
          if (to !== 'paid') continue;
          expect(during).toEqual({ kind: 'settle', verdict: 'paid' });
          expect(from).toBe('verifying');
        }
      }),
      { ...runs, examples: knownRaces },
    );
  });

  it('never reaches paid when settle is never called, whatever the launcher and returns do', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          command.filter((c) => c.kind !== 'settle'),
          { maxLength: 40, size: 'medium' },
        ),
        async (commands) => {
          const { transitions } = await run(commands);
          expect(transitions.map(({ to }) => to)).not.toContain('paid');
        },
      ),
      runs,
    );
  });

  // Regression: see knownRaces. The pay() continuation after `await order()` once did not check that
  // the flow is still in the 'creating' it started, so an abandoned or superseded order launches.
  it('launches an order only from creating (the tap) or ready (confirm)', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { launches } = await run(commands);
        for (const { from, during } of launches) {
          expect(['creating', 'ready']).toContain(from);
          expect(['pay', 'resolveOrder', 'confirm']).toContain(during.kind);
        }
      }),
      { ...runs, examples: knownRaces },
    );
  });

  // Regression: see knownRaces.
  it('never launches a second order while one is in flight (launching or verifying)', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { transitions } = await run(commands);
        for (const { from, to } of transitions) {
          if (to === 'launching') expect(['launching', 'verifying']).not.toContain(from);
        }
      }),
      { ...runs, examples: knownRaces },
    );
  });

  // Regression: see knownRaces (the last one needs no reset()).
  it('never calls createOrder while an earlier order of the same attempt is still pending', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { orderCalls } = await run(commands);
        for (const { pendingSinceReset } of orderCalls) expect(pendingSinceReset).toBe(0);
      }),
      { ...runs, examples: knownRaces },
    );
  });

  it('enters creating only from pay() in a status that is not busy', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { transitions } = await run(commands);
        for (const { from, to, during } of transitions) {
          if (to !== 'creating') continue;
          expect(during.kind).toBe('pay');
          expect(busy).not.toContain(from);
        }
      }),
      { ...runs, examples: knownRaces },
    );
  });
});
