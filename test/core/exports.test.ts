import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '@vvchat/core';

const functions = [
  'buildLoginLink',
  'buildPayLink',
  'buildCustomerServiceLink',
  'buildShareLink',
  'parseDeepLink',
  'parseLoginCallback',
  'parsePayReturn',
  'parseShareResult',
  'createState',
  'startLogin',
  'completeLogin',
  'launch',
  'VVChatError',
  'isVVChatError',
  'createLauncher',
  'safeStorage',
  'removeCallbackParams',
  'withoutCallback',
  'createMachine',
  'createLoginFlow',
  'createPayFlow',
  'createShareFlow',
  'createCustomerServiceFlow',
  'verifyDelay',
  'detectEnvironment',
  'continueUrl',
  'findContinue',
  'shareElsewhere',
  'shareFallback',
  'copyText',
] as const;

const constants = ['callbackParams', 'payBusyStatuses', 'shareResultMessageType', 'continueParam'] as const;

describe('@vvchat/core exports', () => {
  it.each(functions)('exports %s as a function', (name) => {
    expect(typeof core[name]).toBe('function');
  });

  it('exports exactly these values (types aside)', () => {
    expect(Object.keys(core).sort()).toEqual([...functions, ...constants].sort());
  });

  it('exports its constants', () => {
    expect(core.callbackParams).toEqual(['code', 'state', 'err_code', 'trade_no']);
    expect(core.payBusyStatuses).toEqual(['creating', 'ready', 'launching', 'verifying']);
    expect(core.shareResultMessageType).toBe('vvchat:share-result');
  });

  it.each(['createStore', 'createAttempts', 'launchLink', 'findLoginCallback', 'findPayReturn', 'readOrder'])(
    'does not export %s (gone, or internal)',
    (name) => {
      expect(name in core).toBe(false);
    },
  );

  it('makes flows that are machines: get, subscribe, on, send and reset', () => {
    for (const flow of [core.createLoginFlow(), core.createPayFlow(), core.createShareFlow(), core.createCustomerServiceFlow()]) {
      for (const method of ['get', 'subscribe', 'on', 'send', 'reset'] as const) expect(typeof flow[method]).toBe('function');
      expect(flow.get()).toEqual({ status: 'idle' });
    }
  });

  it('exports VVChatError as a class that extends Error', () => {
    expect(Object.getPrototypeOf(core.VVChatError.prototype)).toBe(Error.prototype);
  });
});

describe('importing @vvchat/core', () => {
  const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'location', 'sessionStorage'] as const;
  const saved = new Map<string, PropertyDescriptor | undefined>();

  afterEach(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
    saved.clear();
    vi.resetModules();
  });

  it('runs in a node environment without browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof localStorage).toBe('undefined');
  });

  it('touches no window, document, navigator or localStorage', async () => {
    const touched: string[] = [];
    for (const name of browserGlobals) {
      saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          throw new Error(`${name} was touched during import`);
        },
      });
    }

    vi.resetModules();
    const fresh = await import('@vvchat/core');

    expect(touched).toEqual([]);
    expect(fresh).not.toBe(core);
    expect(typeof fresh.launch).toBe('function');
  });
});
