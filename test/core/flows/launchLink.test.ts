import { describe, expect, it } from 'vitest';
import {
  VVChatError,
  createCustomerServiceFlow,
  createLoginFlow,
  createPayFlow,
  createShareFlow,
  type FlowContext,
  type VVChatErrorCode,
} from '@vvchat/core';
import { appId, errorOf, fakeLauncher, fakeStorage, fallbackUrl, flush, manualLauncher, redirectUri } from './support';

interface Started {
  /** Calls the method that must call the launcher before it returns. */
  trigger: () => void;
  state: () => { status: string; error?: VVChatError | undefined };
}

interface Case {
  name: string;
  method: string;
  link: RegExp;
  /** Creates the flow and brings it to the point just before the launching call. */
  prepare: (context: () => FlowContext) => Promise<Started>;
}

const cases: Case[] = [
  {
    name: 'login',
    method: 'start()',
    link: /^qyx:\/\/thirdlogin\?/,
    prepare: (context) => {
      const flow = createLoginFlow(context);
      return Promise.resolve({ trigger: () => flow.start({ redirectUri }), state: () => flow.get() });
    },
  },
  {
    name: 'pay',
    method: 'confirm()',
    link: /^qyx:\/\/qpay\?imprest_code=ORDER-1&/,
    prepare: async (context) => {
      const flow = createPayFlow(context);
      await flow.pay(() => 'ORDER-1', redirectUri, () => false);
      expect(flow.get().status).toBe('ready');
      return { trigger: () => flow.confirm(redirectUri), state: () => flow.get() };
    },
  },
  {
    name: 'share',
    method: 'share()',
    link: /^qyx:\/\/share\?/,
    prepare: (context) => {
      const flow = createShareFlow(context);
      return Promise.resolve({
        trigger: () => flow.share({ title: 'A title', url: 'https://shop.example/items/1' }),
        state: () => flow.get(),
      });
    },
  },
  {
    name: 'customer service',
    method: 'open()',
    link: /^qyx:\/\/openSessionView\?open_id=OPEN-1$/,
    prepare: (context) => {
      const flow = createCustomerServiceFlow(context);
      return Promise.resolve({ trigger: () => flow.open('OPEN-1'), state: () => flow.get() });
    },
  },
];

async function failureOf(
  caseOf: Case,
  launch: FlowContext['launcher']['launch'],
): Promise<{ error: VVChatError; code: VVChatErrorCode }> {
  const storage = fakeStorage();
  const started = await caseOf.prepare(() => ({ appId, launcher: { launch }, storage }));
  started.trigger();
  await flush();
  const state = started.state();
  expect(state.status).toBe('error');
  const error = errorOf(state);
  return { error, code: error.code };
}

describe.each(cases)('launching through the $name flow', (caseOf) => {
  it(`calls the launcher before ${caseOf.method} returns, with the link and { fallbackUrl }`, async () => {
    const launcher = fakeLauncher();
    const storage = fakeStorage();
    const started = await caseOf.prepare(() => ({ appId, launcher, storage, fallbackUrl }));
    expect(launcher.launch).not.toHaveBeenCalled();
    started.trigger();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    const [link, options] = launcher.launch.mock.calls[0]!;
    expect(link).toMatch(caseOf.link);
    expect(options).toEqual({ fallbackUrl });
  });

  it('passes no fallbackUrl to the launcher when the context has none', async () => {
    const launcher = fakeLauncher();
    const storage = fakeStorage();
    const started = await caseOf.prepare(() => ({ appId, launcher, storage }));
    started.trigger();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    const options = launcher.launch.mock.calls[0]![1];
    expect(options?.fallbackUrl).toBeUndefined();
  });

  it("reports a launch that ended 'not-opened' as 'not_opened'", async () => {
    const launcher = fakeLauncher('not-opened');
    const { error, code } = await failureOf(caseOf, launcher.launch);
    expect(code).toBe('not_opened');
    expect(error).toBeInstanceOf(VVChatError);
  });

  it("reports a launcher that throws synchronously as 'launch_failed' with the error as cause", async () => {
    const thrown = new Error('navigation blocked');
    const { error, code } = await failureOf(caseOf, () => {
      throw thrown;
    });
    expect(code).toBe('launch_failed');
    expect(error.cause).toBe(thrown);
  });

  it("reports a launcher that rejects with a plain Error as 'launch_failed' with the error as cause", async () => {
    const rejected = new Error('network down');
    const { error, code } = await failureOf(caseOf, () => Promise.reject(rejected));
    expect(code).toBe('launch_failed');
    expect(error.cause).toBe(rejected);
  });

  it('keeps a VVChatError that the launcher rejects with', async () => {
    const rejected = new VVChatError('no_browser', 'launch needs a browser page');
    const { error } = await failureOf(caseOf, () => Promise.reject(rejected));
    expect(error).toBe(rejected);
  });

  it('keeps a VVChatError that the launcher throws synchronously', async () => {
    const thrown = new VVChatError('launch_pending', 'another link is still being launched');
    const { error } = await failureOf(caseOf, () => {
      throw thrown;
    });
    expect(error).toBe(thrown);
  });

  it(`does not throw out of ${caseOf.method} when the launcher throws`, async () => {
    const storage = fakeStorage();
    const started = await caseOf.prepare(() => ({
      appId,
      launcher: {
        launch: () => {
          throw new Error('boom');
        },
      },
      storage,
    }));
    expect(() => {
      started.trigger();
    }).not.toThrow();
    await flush();
  });

  it('reads the context when it launches, not when the flow was created', async () => {
    const first = fakeLauncher();
    const second = fakeLauncher();
    let launcher = first;
    const storage = fakeStorage();
    const started = await caseOf.prepare(() => ({ appId, launcher, storage }));
    launcher = second;
    started.trigger();
    expect(first.launch).not.toHaveBeenCalled();
    expect(second.launch).toHaveBeenCalledTimes(1);
  });
});

describe('a launch abandoned by reset()', () => {
  const flows = [
    {
      name: 'login',
      make: (context: () => FlowContext) => {
        const flow = createLoginFlow(context);
        return { start: () => flow.start({ redirectUri }), reset: () => flow.reset(), state: () => flow.get() };
      },
    },
    {
      name: 'share',
      make: (context: () => FlowContext) => {
        const flow = createShareFlow(context);
        return {
          start: () => flow.share({ title: 'A title', url: 'https://shop.example/items/1' }),
          reset: () => flow.reset(),
          state: () => flow.get(),
        };
      },
    },
    {
      name: 'customer service',
      make: (context: () => FlowContext) => {
        const flow = createCustomerServiceFlow(context);
        return { start: () => flow.open('OPEN-1'), reset: () => flow.reset(), state: () => flow.get() };
      },
    },
  ];

  // Regression: launchLink's answer was once applied to whatever the flow was doing; the flows did
  // not check that the launch is still the current one (the pay flow has the same race).
  it.each(flows)("does not end the $name flow's next launch when it answers 'not-opened' late", async ({ make }) => {
    const launcher = manualLauncher();
    const flow = make(() => ({ appId, launcher, storage: fakeStorage() }));
    flow.start();
    flow.reset();
    flow.start();
    expect(flow.state().status).toBe('launching');
    launcher.answer('not-opened');
    await flush();
    expect(flow.state().status).toBe('launching');
  });
});
