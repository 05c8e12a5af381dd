import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  VVChatError,
  createPayFlow,
  isVVChatError,
  payBusyStatuses,
  type CreatedOrder,
  type LaunchOutcome,
  type PayEvent,
  type PayState,
  type PayStatus,
} from '@vvchat/core';
import { configOf, deferred, fakeStorage, flush, manualLauncher, redirectUri, settle, stubPage, fakeClock, type Deferred } from './support';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const busy: readonly PayStatus[] = payBusyStatuses;
const isBusy = (status: PayStatus) => busy.includes(status);

/** The fields each status carries: required ones, then optional ones. Nothing else may be on a state. */
const fields: Record<PayStatus, { required: string[]; optional: string[] }> = {
  idle: { required: ['status'], optional: [] },
  creating: { required: ['status', 'order', 'canNavigate', 'redirectUri', 'config'], optional: [] },
  ready: { required: ['status', 'imprestCode', 'redirectUri', 'config'], optional: [] },
  launching: { required: ['status', 'imprestCode', 'redirectUri', 'config'], optional: [] },
  verifying: { required: ['status', 'imprestCode', 'config'], optional: ['tradeNo'] },
  paid: { required: ['status', 'imprestCode'], optional: ['tradeNo'] },
  failed: { required: ['status', 'imprestCode'], optional: ['tradeNo'] },
  error: { required: ['status', 'error'], optional: ['imprestCode', 'tradeNo', 'config'] },
};

/** Each state carries exactly its fields, each of the right type. */
function expectExactFields(state: PayState): void {
  const { required, optional } = fields[state.status];
  const keys = Object.keys(state);
  for (const key of required) expect(keys, `${state.status} has ${key}`).toContain(key);
  for (const key of keys) expect([...required, ...optional], `${state.status} carries no ${key}`).toContain(key);
  const record = state as unknown as Record<string, unknown>;
  if ('imprestCode' in state && state.imprestCode !== undefined) expect(typeof state.imprestCode).toBe('string');
  if (record.tradeNo !== undefined) expect(typeof record.tradeNo).toBe('string');
  if (state.status === 'error') expect(isVVChatError(state.error)).toBe(true);
  if (state.status === 'creating') {
    expect(typeof state.order).toBe('function');
    expect(typeof state.canNavigate).toBe('function');
  }
  if (record.config !== undefined) expect(typeof (record.config as { appId?: unknown }).appId).toBe('string');
}

// ---------------------------------------------------------------------------------------------
// 1. The transition table itself: events sent straight to the machine, whose effects are inert
//    (createOrder, the launcher and verifyPayment never answer; no document), checked against a
//    model written out status by status.
// ---------------------------------------------------------------------------------------------

const config = configOf(manualLauncher());
const otherConfig = configOf(manualLauncher());
const imprestCodes = ['ORDER-1', 'ORDER-2'] as const;
const tradeNos = [undefined, 'T-1', 'T-2'] as const;
const errorCodes = ['payment_unverified', 'order_failed', 'not_opened', 'launch_failed'] as const;

/** A `pay` event: its order is a spy that never answers, so the test sees whether the flow called it. */
type PaySpec = { type: 'pay'; canNavigate: boolean; redirect: boolean };
type EventSpec =
  | PaySpec
  | { type: 'created'; imprestCode: string; activation: boolean }
  | { type: 'confirm'; other: boolean }
  | { type: 'dismissed' }
  | { type: 'returned'; imprestCode: string; tradeNo: string | undefined }
  | { type: 'verdict'; verdict: 'paid' | 'failed' }
  | { type: 'fail'; code: (typeof errorCodes)[number] }
  | { type: 'reset' };

const eventSpec: fc.Arbitrary<EventSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('pay' as const), canNavigate: fc.boolean(), redirect: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('created' as const), imprestCode: fc.constantFrom(...imprestCodes), activation: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('confirm' as const), other: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ type: 'dismissed' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('returned' as const), imprestCode: fc.constantFrom(...imprestCodes), tradeNo: fc.constantFrom(...tradeNos) }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('verdict' as const), verdict: fc.constantFrom('paid' as const, 'failed' as const) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('fail' as const), code: fc.constantFrom(...errorCodes) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'reset' as const }) },
);

/** What the model knows of a state. */
interface ModelState {
  status: PayStatus;
  imprestCode?: string | undefined;
  tradeNo?: string | undefined;
  errorCode?: string | undefined;
}

/** The model: the table as a reader would write it from the documentation. */
function next(state: ModelState, event: EventSpec): ModelState {
  const { status } = state;
  switch (event.type) {
    case 'pay':
      return isBusy(status) ? state : { status: 'creating' };
    case 'created':
      return status === 'creating' ? { status: event.activation ? 'launching' : 'ready', imprestCode: event.imprestCode } : state;
    case 'confirm':
      if (status === 'ready') return { status: 'launching', imprestCode: state.imprestCode };
      if (status === 'error' && state.errorCode === 'payment_unverified' && state.imprestCode) {
        return { status: 'verifying', imprestCode: state.imprestCode, tradeNo: state.tradeNo };
      }
      return state;
    case 'dismissed':
      return status === 'launching' ? { status: 'ready', imprestCode: state.imprestCode } : state;
    case 'returned':
      return { status: 'verifying', imprestCode: event.imprestCode, tradeNo: event.tradeNo };
    case 'verdict':
      return status === 'verifying' ? { status: event.verdict, imprestCode: state.imprestCode, tradeNo: state.tradeNo } : state;
    case 'fail':
      return { status: 'error', errorCode: event.code, imprestCode: state.imprestCode, tradeNo: state.tradeNo };
    case 'reset':
      return status === 'idle' ? state : { status: 'idle' };
  }
}

/** Every status some run of the table reached: the properties are not vacuous. */
const tableReached = new Set<PayStatus>();

/** Runs `specs` straight through `flow.send`, checking every step against the model. */
function runTable(specs: EventSpec[]) {
  const flow = createPayFlow();
  flow.register(() => ({ verifyPayment: () => new Promise<never>(() => {}) }));
  const heard: PayState[] = [];
  flow.subscribe((state) => heard.push(state));
  const entries = new Map<PayStatus, number>();
  for (const status of Object.keys(fields) as PayStatus[]) flow.on(status, () => entries.set(status, (entries.get(status) ?? 0) + 1));
  let model: ModelState = { status: 'idle' };
  let expectedEntries = 0;
  for (const spec of specs) {
    const before = flow.get();
    const order = vi.fn(() => new Promise<CreatedOrder>(() => {}));
    const event: PayEvent =
      spec.type === 'pay'
        ? { type: 'pay', order, canNavigate: () => spec.canNavigate, redirectUri: spec.redirect ? redirectUri : undefined, config }
        : spec.type === 'confirm'
          ? { type: 'confirm', redirectUri, config: spec.other ? otherConfig : config }
          : spec.type === 'returned'
            ? { type: 'returned', imprestCode: spec.imprestCode, tradeNo: spec.tradeNo, config }
            : spec.type === 'fail'
              ? { type: 'fail', error: new VVChatError(spec.code, 'model') }
              : spec.type === 'created'
                ? { ...spec, createdAt: Date.now() }
                : spec;
    const heardBefore = heard.length;
    flow.send(event);
    const after = flow.get();
    const expected = next(model, spec);

    // The status and the order fields are what the model says.
    expect(after.status, `${before.status} + ${spec.type}`).toBe(expected.status);
    expect('imprestCode' in after ? after.imprestCode : undefined).toBe(expected.imprestCode);
    expect('tradeNo' in after ? after.tradeNo : undefined).toBe(expected.tradeNo);
    if (after.status === 'error') expect(after.error.code).toBe(expected.errorCode);
    // An event the table does not apply changes nothing: the same object, no listener call.
    if (expected === model) {
      expect(after).toBe(before);
      expect(heard.length).toBe(heardBefore);
    } else {
      expect(heard.slice(heardBefore)).toEqual([after]);
      expectedEntries++;
    }
    // Each state carries exactly its fields.
    expectExactFields(after);
    // `paid` (and `failed`) only ever follow `verifying` and the matching verdict.
    if (after.status === 'paid' || after.status === 'failed') {
      if (after !== before) {
        expect(before.status).toBe('verifying');
        expect(spec).toEqual({ type: 'verdict', verdict: after.status });
      }
    }
    // A `pay` in a busy status starts no order; in any other status it calls createOrder once, at once.
    if (spec.type === 'pay') expect(order).toHaveBeenCalledTimes(isBusy(before.status) ? 0 : 1);
    else expect(order).not.toHaveBeenCalled();
    // `reset` always ends idle.
    if (spec.type === 'reset') expect(after).toEqual({ status: 'idle' });
    model = expected;
    tableReached.add(after.status);
  }
  expect([...entries.values()].reduce((sum, count) => sum + count, 0)).toBe(expectedEntries);
  flow.reset();
  expect(flow.get()).toEqual({ status: 'idle' });
}

describe('the pay transition table (model)', () => {
  it('matches the model for any sequence of events, with exact fields, paid only from verifying, no order while busy, reset to idle', () => {
    fc.assert(
      fc.property(fc.array(eventSpec, { maxLength: 60 }), (specs) => {
        runTable(specs);
      }),
      {
        numRuns: 1000,
        examples: [
          // pay → created (activation lapsed) → confirm → dismissed → returned → paid.
          [[{ type: 'pay', canNavigate: false, redirect: true }, { type: 'created', imprestCode: 'ORDER-1', activation: false }, { type: 'confirm', other: false }, { type: 'dismissed' }, { type: 'returned', imprestCode: 'ORDER-1', tradeNo: 'T-1' }, { type: 'verdict', verdict: 'paid' }]],
          // A verdict before anything is verifying is ignored, whatever the status.
          [[{ type: 'verdict', verdict: 'paid' }, { type: 'pay', canNavigate: true, redirect: false }, { type: 'verdict', verdict: 'paid' }, { type: 'created', imprestCode: 'ORDER-1', activation: true }, { type: 'verdict', verdict: 'paid' }]],
          // payment_unverified keeps the order: confirm asks again, another error does not.
          [[{ type: 'returned', imprestCode: 'ORDER-2', tradeNo: undefined }, { type: 'fail', code: 'payment_unverified' }, { type: 'confirm', other: true }, { type: 'fail', code: 'not_opened' }, { type: 'confirm', other: false }]],
          // An error with no order (createOrder failed) never moves to verifying on confirm.
          [[{ type: 'pay', canNavigate: true, redirect: true }, { type: 'fail', code: 'payment_unverified' }, { type: 'confirm', other: false }]],
        ],
      },
    );
    expect([...tableReached].sort()).toEqual(Object.keys(fields).sort());
  });

  it('keeps every state it heard reachable only through the table (no status out of nowhere)', () => {
    fc.assert(
      fc.property(fc.array(eventSpec, { maxLength: 40 }), (specs) => {
        const flow = createPayFlow();
        flow.register(() => ({ verifyPayment: () => new Promise<never>(() => {}) }));
        const statuses: PayStatus[] = [];
        flow.subscribe((state) => statuses.push(state.status));
        for (const spec of specs) {
          const event: PayEvent =
            spec.type === 'pay'
              ? { type: 'pay', order: () => new Promise<never>(() => {}), canNavigate: () => spec.canNavigate, redirectUri, config }
              : spec.type === 'confirm'
                ? { type: 'confirm', redirectUri, config }
                : spec.type === 'returned'
                  ? { type: 'returned', imprestCode: spec.imprestCode, tradeNo: spec.tradeNo, config }
                  : spec.type === 'fail'
                    ? { type: 'fail', error: new VVChatError(spec.code, 'model') }
                    : spec.type === 'created'
                      ? { ...spec, createdAt: Date.now() }
                      : spec;
          flow.send(event);
        }
        // Entries into each status come only from the statuses the table allows.
        const allowedFrom: Partial<Record<PayStatus, readonly PayStatus[]>> = {
          creating: ['idle', 'paid', 'failed', 'error'],
          ready: ['creating', 'launching'],
          launching: ['creating', 'ready'],
          paid: ['verifying'],
          failed: ['verifying'],
        };
        let previous: PayStatus = 'idle';
        for (const status of statuses) {
          const allowed = allowedFrom[status];
          if (allowed) expect(allowed, `${previous} → ${status}`).toContain(previous);
          previous = status;
        }
        flow.reset();
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The whole flow with its effects: random taps, order and launch answers, page visibility,
//    returns, verifyPayment answers and time, through the public API.
// ---------------------------------------------------------------------------------------------

type OrderAnswer = 'now' | 'later' | 'empty' | 'reject';
type Command =
  | { kind: 'pay'; order: OrderAnswer; navigate: boolean }
  | { kind: 'resolveOrder' }
  | { kind: 'rejectOrder' }
  | { kind: 'confirm' }
  | { kind: 'launcher'; outcome: Exclude<LaunchOutcome, 'blocked'> | 'reject' }
  | { kind: 'page'; event: 'hide' | 'show' | 'pagehide' | 'pageshow' | 'blur' | 'focus' }
  | { kind: 'resume'; tradeNo: boolean }
  | { kind: 'verify'; answer: 'paid' | 'failed' | 'pending' | 'reject' }
  | { kind: 'tick'; ms: number }
  | { kind: 'reset' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('pay' as const), order: fc.constantFrom<OrderAnswer>('now', 'later', 'empty', 'reject'), navigate: fc.boolean() }),
  fc.constant({ kind: 'resolveOrder' as const }),
  fc.constant({ kind: 'rejectOrder' as const }),
  fc.constant({ kind: 'confirm' as const }),
  fc.record({ kind: fc.constant('launcher' as const), outcome: fc.constantFrom<Exclude<LaunchOutcome, 'blocked'> | 'reject'>('opened', 'not-opened', 'unknown', 'reject') }),
  fc.record({ kind: fc.constant('page' as const), event: fc.constantFrom('hide' as const, 'show' as const, 'pagehide' as const, 'pageshow' as const, 'blur' as const, 'focus' as const) }),
  fc.record({ kind: fc.constant('resume' as const), tradeNo: fc.boolean() }),
  fc.record({ kind: fc.constant('verify' as const), answer: fc.constantFrom('paid' as const, 'failed' as const, 'pending' as const, 'reject' as const) }),
  fc.record({ kind: fc.constant('tick' as const), ms: fc.constantFrom(1000, 5000, 30_000, 60_000) }),
  fc.constant({ kind: 'reset' as const }),
);

interface Transition {
  from: PayStatus;
  to: PayStatus;
  during: Command;
  /** Whether the page was hidden (visibilitychange to hidden, or pagehide) at or since the flow's entry into launching. */
  hiddenDuringLaunch: boolean;
}

/** Runs `commands` against a pay flow, answering orders, launches and verifications by hand; returns what happened. */
async function run(commands: Command[]) {
  fakeClock(new Date('2025-06-01T12:00:00Z'));
  const page = stubPage();
  const storage = fakeStorage();
  const launcher = manualLauncher();
  const flowConfig = configOf(launcher, storage);
  const flow = createPayFlow();
  const verifications: Deferred<unknown>[] = [];
  flow.register(() => ({
    verifyPayment: () => {
      const answer = deferred<unknown>();
      verifications.push(answer);
      return answer.promise;
    },
  }));
  const orders: Deferred<CreatedOrder>[] = [];
  let created = 0;
  /**
   * Orders of the attempt under way whose createOrder has not answered yet. reset() abandons
   * them, and so does a return that moves 'creating' to 'verifying': the flow then ignores the
   * late order, by design.
   */
  const pendingSinceReset = new Set<Promise<CreatedOrder>>();
  const orderCalls: { pendingSinceReset: number; status: PayStatus }[] = [];
  let current: Command = { kind: 'reset' };
  let previous: PayStatus = 'idle';
  let hiddenDuringLaunch = false;
  let pageHidden = false;
  const transitions: Transition[] = [];
  const states: PayState[] = [];
  const resets: PayState[] = [];
  /** Launcher calls: the command under way and the status the flow left for 'launching'. */
  const launches: { during: Command; from: PayStatus }[] = [];
  flow.subscribe((state) => {
    if (state.status === 'launching') hiddenDuringLaunch = pageHidden;
    transitions.push({ from: previous, to: state.status, during: current, hiddenDuringLaunch });
    states.push(state);
    previous = state.status;
  });
  const launch = launcher.launch.getMockImplementation()!;
  launcher.launch.mockImplementation((link, options) => {
    // The effect calls the launcher on entry, before listeners hear 'launching': `previous` is where it came from.
    launches.push({ during: current, from: previous });
    return launch(link, options);
  });

  for (const step of commands) {
    current = step;
    switch (step.kind) {
      case 'pay': {
        const code = `ORDER-${++created}`;
        const answer = (): Promise<CreatedOrder> | CreatedOrder => {
          orderCalls.push({ pendingSinceReset: pendingSinceReset.size, status: flow.get().status });
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
        flow.pay(answer, { redirectUri, config: flowConfig, canNavigate: () => step.navigate });
        break;
      }
      case 'resolveOrder':
        orders.shift()?.resolve(`LATE-${++created}`);
        break;
      case 'rejectOrder':
        orders.shift()?.reject(new Error('timeout'));
        break;
      case 'confirm':
        flow.confirm({ redirectUri, config: flowConfig });
        break;
      case 'launcher':
        if (step.outcome === 'reject') launcher.fail(new Error('blocked'));
        else launcher.answer(step.outcome);
        break;
      case 'page':
        if (step.event === 'hide' || step.event === 'pagehide') hiddenDuringLaunch = pageHidden = true;
        if (step.event === 'show' || step.event === 'pageshow') pageHidden = false;
        page[step.event]();
        break;
      case 'resume': {
        const before = flow.get().status;
        flow.resume(step.tradeNo ? `${redirectUri}&trade_no=T-1` : redirectUri, flowConfig);
        await settle(); // The return is read a few ticks later: its code is a chunk loaded with import().
        if (before === 'creating' && flow.get().status === 'verifying') pendingSinceReset.clear();
        break;
      }
      case 'verify': {
        const answer = verifications.shift();
        if (step.answer === 'reject') answer?.reject(new Error('network'));
        else answer?.resolve(step.answer);
        break;
      }
      case 'tick':
        await vi.advanceTimersByTimeAsync(step.ms);
        break;
      case 'reset':
        pendingSinceReset.clear();
        flow.reset();
        resets.push(flow.get());
        break;
    }
    // Let order, launch and verification answers reach the flow while this command is still "current".
    await flush();
  }
  flow.reset();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  return { transitions, launches, orderCalls, states, resets };
}

const commands = fc.array(command, { maxLength: 40, size: 'medium' });
const runs = { numRuns: 300 };

const payLater = { kind: 'pay', order: 'later', navigate: true } as const;
const payNow = { kind: 'pay', order: 'now', navigate: true } as const;
const resolveOrder = { kind: 'resolveOrder' } as const;
const reset = { kind: 'reset' } as const;
const resumeTradeNo = { kind: 'resume', tradeNo: true } as const;
const hide = { kind: 'page', event: 'hide' } as const;
const show = { kind: 'page', event: 'show' } as const;

/**
 * Known counterexamples of earlier versions, run first so a failure does not depend on the seed:
 * - an order created before reset() still launches after it;
 * - after reset(), a second createOrder runs while the first is pending, and both launch;
 * - a stored order, a return with trade_no while a new order is being created, and the new
 *   order launches from 'verifying';
 * - a stale not-opened from an earlier launch ends the new 'creating' in 'error', which lets a
 *   second pay() create a second order while the first is pending;
 * - a launch the page never left for (a blur, a late timer) counted as a return and verified.
 */
const knownRaces: [Command[]][] = [
  [[payNow, reset, { kind: 'pay', order: 'later', navigate: false }, resumeTradeNo, { kind: 'verify', answer: 'paid' }, { kind: 'pay', order: 'now', navigate: false }]],
  [[payLater, reset, resolveOrder]],
  [[payLater, reset, payLater, resolveOrder, resolveOrder]],
  [[payNow, { kind: 'launcher', outcome: 'reject' }, payLater, resumeTradeNo, resolveOrder]],
  [[payNow, hide, { kind: 'launcher', outcome: 'opened' }, show, { kind: 'verify', answer: 'failed' }, payLater, { kind: 'launcher', outcome: 'not-opened' }, payLater, resolveOrder, resolveOrder]],
  [[payNow, { kind: 'page', event: 'blur' }, { kind: 'launcher', outcome: 'opened' }, { kind: 'page', event: 'focus' }, show, { kind: 'verify', answer: 'paid' }]],
  [[payNow, hide, { kind: 'launcher', outcome: 'opened' }, show, { kind: 'tick', ms: 60_000 }, show, { kind: 'verify', answer: 'paid' }]],
];

describe('createPayFlow (model of the whole flow)', () => {
  it("never reaches 'paid' unless verifyPayment said 'paid' while 'verifying'", async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { transitions } = await run(commands);
        for (const { from, to, during } of transitions) {
          if (to !== 'paid') continue;
          expect(during).toEqual({ kind: 'verify', answer: 'paid' });
          expect(from).toBe('verifying');
        }
      }),
      { ...runs, examples: knownRaces },
    );
  });

  it("never reaches 'paid' when verifyPayment never says 'paid', whatever the launcher, the page and the returns do", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          command.filter((c) => !(c.kind === 'verify' && c.answer === 'paid')),
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

  it('verifies after a launch only once the page was really hidden (or a trade_no came back)', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { transitions } = await run(commands);
        for (const { from, to, during, hiddenDuringLaunch } of transitions) {
          if (from !== 'launching' || to !== 'verifying') continue;
          if (during.kind === 'resume') expect(during.tradeNo).toBe(true);
          else expect(hiddenDuringLaunch).toBe(true);
        }
      }),
      { ...runs, examples: knownRaces },
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

  it('never calls createOrder while a payment is under way or an earlier order of the same attempt is pending', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { orderCalls } = await run(commands);
        for (const { pendingSinceReset, status } of orderCalls) {
          expect(pendingSinceReset).toBe(0);
          // createOrder runs on entry to 'creating', which only a pay() outside the busy statuses reaches.
          expect(status).toBe('creating');
        }
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

  it('gives every state it enters exactly its fields, and ends idle on every reset()', async () => {
    const reached = new Set<PayStatus>();
    await fc.assert(
      fc.asyncProperty(commands, async (commands) => {
        const { states, resets } = await run(commands);
        for (const state of states) {
          expectExactFields(state);
          reached.add(state.status);
        }
        for (const state of resets) expect(state).toEqual({ status: 'idle' });
      }),
      { ...runs, examples: knownRaces },
    );
    // Not vacuous: the random runs reach every status, the ends included.
    expect([...reached].sort()).toEqual(Object.keys(fields).sort());
  });
});
