import { describe, expect, it } from 'vitest';
import {
  VVChatError,
  createCustomerServiceFlow,
  createLoginFlow,
  createPayFlow,
  createShareFlow,
  type FlowConfig,
  type Launcher,
  type VVChatErrorCode,
} from '@vvchat/core';
import { appId, errorOf, fakeLauncher, fakeStorage, fallbackUrl, flush, manualLauncher, redirectUri } from './support';

interface Started {
  /** Calls the method that must call the launcher before it returns, with `config`. */
  trigger: (config: FlowConfig) => void;
  state: () => { status: string };
  reset: () => void;
}

interface Case {
  name: string;
  method: string;
  link: RegExp;
  /** Creates the flow and brings it to the point just before the launching call. */
  prepare: (config: FlowConfig) => Promise<Started>;
}

const share = { title: 'A title', url: 'https://shop.example/items/1' };

const cases: Case[] = [
  {
    name: 'login',
    method: 'start()',
    link: /^qyx:\/\/thirdlogin\?/,
    prepare: (_config) => {
      const flow = createLoginFlow();
      return Promise.resolve({ trigger: (config) => flow.start({ redirectUri }, config), state: flow.get, reset: flow.reset });
    },
  },
  {
    name: 'pay',
    method: 'confirm()',
    link: /^qyx:\/\/qpay\?imprest_code=ORDER-1&/,
    prepare: async (config) => {
      const flow = createPayFlow();
      flow.pay(() => 'ORDER-1', { redirectUri, config, canNavigate: () => false });
      await flush();
      expect(flow.get().status).toBe('ready');
      return { trigger: (launchWith) => flow.confirm({ redirectUri, config: launchWith }), state: flow.get, reset: flow.reset };
    },
  },
  {
    name: 'share',
    method: 'share()',
    link: /^qyx:\/\/share\?/,
    prepare: (_config) => {
      const flow = createShareFlow();
      return Promise.resolve({ trigger: (config) => flow.share(share, config), state: flow.get, reset: flow.reset });
    },
  },
  {
    name: 'customer service',
    method: 'open()',
    link: /^qyx:\/\/openSessionView\?open_id=OPEN-1$/,
    prepare: (_config) => {
      const flow = createCustomerServiceFlow();
      return Promise.resolve({ trigger: (config) => flow.open('OPEN-1', config), state: flow.get, reset: flow.reset });
    },
  },
];

const configWith = (launch: Launcher['launch'], extra: Partial<FlowConfig> = {}): FlowConfig => ({
  appId,
  launcher: { launch },
  storage: fakeStorage(),
  ...extra,
});

async function failureOf(caseOf: Case, launch: Launcher['launch']): Promise<{ error: VVChatError; code: VVChatErrorCode }> {
  const config = configWith(launch);
  const started = await caseOf.prepare(config);
  started.trigger(config);
  await flush();
  const error = errorOf(started.state());
  return { error, code: error.code };
}

describe.each(cases)('launching through the $name flow', (caseOf) => {
  it(`calls the launcher before ${caseOf.method} returns, with the link and { fallbackUrl }`, async () => {
    const launcher = fakeLauncher();
    const config = configWith(launcher.launch, { fallbackUrl });
    const started = await caseOf.prepare(config);
    expect(launcher.launch).not.toHaveBeenCalled();
    started.trigger(config);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    const [link, options] = launcher.launch.mock.calls[0]!;
    expect(link).toMatch(caseOf.link);
    expect(options).toEqual({ fallbackUrl });
  });

  it('passes no fallbackUrl to the launcher when the config has none', async () => {
    const launcher = fakeLauncher();
    const config = configWith(launcher.launch);
    const started = await caseOf.prepare(config);
    started.trigger(config);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.launch.mock.calls[0]![1]).toEqual({});
  });

  it("reports a launch that ended 'not-opened' as 'not_opened'", async () => {
    const { error, code } = await failureOf(caseOf, fakeLauncher('not-opened').launch);
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
    const config = configWith(() => {
      throw new Error('boom');
    });
    const started = await caseOf.prepare(config);
    expect(() => {
      started.trigger(config);
    }).not.toThrow();
    await flush();
  });

  it('launches with the launcher of the config given to this action, not an earlier one', async () => {
    const first = fakeLauncher();
    const second = fakeLauncher();
    const started = await caseOf.prepare(configWith(first.launch));
    started.trigger(configWith(second.launch));
    expect(first.launch).not.toHaveBeenCalled();
    expect(second.launch).toHaveBeenCalledTimes(1);
  });
});

describe('a launch abandoned by reset()', () => {
  const flows = [
    {
      name: 'login',
      make: (config: FlowConfig) => {
        const flow = createLoginFlow();
        return { start: async () => flow.start({ redirectUri }, config), reset: flow.reset, state: flow.get };
      },
    },
    {
      name: 'pay',
      make: (config: FlowConfig) => {
        const flow = createPayFlow();
        return {
          start: async () => {
            flow.pay(() => 'ORDER-1', { redirectUri, config, canNavigate: () => true });
            await flush();
          },
          reset: flow.reset,
          state: flow.get,
        };
      },
    },
    {
      name: 'share',
      make: (config: FlowConfig) => {
        const flow = createShareFlow();
        return { start: async () => flow.share(share, config), reset: flow.reset, state: flow.get };
      },
    },
    {
      name: 'customer service',
      make: (config: FlowConfig) => {
        const flow = createCustomerServiceFlow();
        return { start: async () => flow.open('OPEN-1', config), reset: flow.reset, state: flow.get };
      },
    },
  ];

  // Regression: launchLink's answer was once applied to whatever the flow was doing; the flows did
  // not check that the launch is still the current one.
  it.each(flows)("does not end the $name flow's next launch when it answers 'not-opened' late", async ({ make }) => {
    const launcher = manualLauncher();
    const flow = make({ appId, launcher, storage: fakeStorage() });
    await flow.start();
    flow.reset();
    await flow.start();
    expect(flow.state().status).toBe('launching');
    launcher.answer('not-opened');
    await flush();
    expect(flow.state().status).toBe('launching');
  });

  it.each(flows)("ignores the $name flow's abandoned launch when it rejects late", async ({ make }) => {
    const launcher = manualLauncher();
    const flow = make({ appId, launcher, storage: fakeStorage() });
    await flow.start();
    flow.reset();
    launcher.fail(new Error('late'));
    await flush();
    expect(flow.state()).toEqual({ status: 'idle' });
  });
});
