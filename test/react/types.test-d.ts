import type { MouseEventHandler, SyntheticEvent } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import {
  useCustomerService,
  useQPay,
  useShare,
  useVVChatLogin,
  type PayStatus,
  type ShareResult,
  type UseCustomerServiceResult,
  type UseQPayResult,
  type UseShareResult,
  type UseVVChatLoginResult,
  type LoginOptions,
  type PayOptions,
  type VVChatError,
} from '@vvchat/react';

// Type tests only: vitest typechecks this file and never runs it. The hooks are called from
// functions named use… so the rules of hooks hold.

describe('useVVChatLogin types', () => {
  it('infers data from exchangeCode', () => {
    function useTyped() {
      return useVVChatLogin({ exchangeCode: (code: string) => Promise.resolve({ name: code }) });
    }
    expectTypeOf(useTyped).returns.toHaveProperty('data').toEqualTypeOf<{ name: string } | undefined>();
  });

  it('infers data from a synchronous exchangeCode', () => {
    function useTyped() {
      return useVVChatLogin({ exchangeCode: (code: string) => ({ id: code.length }) });
    }
    expectTypeOf(useTyped).returns.toHaveProperty('data').toEqualTypeOf<{ id: number } | undefined>();
  });

  it('gives { code } as data without exchangeCode', () => {
    function useBare() {
      return useVVChatLogin();
    }
    expectTypeOf(useBare).returns.toHaveProperty('data').toEqualTypeOf<{ code: string } | undefined>();
  });

  it('takes an explicit TUser and checks exchangeCode and onSuccess against it', () => {
    interface User {
      openId: string;
    }
    function useExplicit() {
      return useVVChatLogin<User>({
        exchangeCode: (code) => Promise.resolve({ openId: code }),
        onSuccess: (user) => expectTypeOf(user).toEqualTypeOf<User>(),
        onError: (error) => expectTypeOf(error).toEqualTypeOf<VVChatError>(),
      });
    }
    expectTypeOf(useExplicit).returns.toHaveProperty('data').toEqualTypeOf<User | undefined>();
    // @ts-expect-error exchangeCode must resolve to a User
    useVVChatLogin<User>({ exchangeCode: () => Promise.resolve({ name: 'x' }) });
  });

  it('has a union status, not string', () => {
    expectTypeOf<UseVVChatLoginResult<unknown>['status']>().toEqualTypeOf<
      'idle' | 'launching' | 'exchanging' | 'success' | 'error'
    >();
    expectTypeOf<string>().not.toEqualTypeOf<UseVVChatLoginResult<unknown>['status']>();
  });

  it('returns login, code, error and reset', () => {
    expectTypeOf<UseVVChatLoginResult<unknown>['login']>().toEqualTypeOf<(options?: LoginOptions | SyntheticEvent) => void>();
    // Straight to onClick, or with a context.
    expectTypeOf<UseVVChatLoginResult<unknown>['login']>().toExtend<MouseEventHandler<HTMLButtonElement>>();
    expectTypeOf<UseVVChatLoginResult<unknown>['login']>().toBeCallableWith({ context: { next: '/cart' } });
    expectTypeOf<UseVVChatLoginResult<unknown>['code']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UseVVChatLoginResult<unknown>['error']>().toEqualTypeOf<VVChatError | undefined>();
    expectTypeOf<UseVVChatLoginResult<unknown>['reset']>().toEqualTypeOf<() => void>();
  });
});

describe('useQPay types', () => {
  it('has a union status, not string', () => {
    expectTypeOf<UseQPayResult<unknown>['status']>().toEqualTypeOf<
      'idle' | 'creating' | 'ready' | 'launching' | 'verifying' | 'paid' | 'failed' | 'error'
    >();
    expectTypeOf<UseQPayResult<unknown>['status']>().toEqualTypeOf<PayStatus>();
    expectTypeOf<string>().not.toEqualTypeOf<PayStatus>();
  });

  it('types pay() after createOrder input', () => {
    function useTyped() {
      return useQPay({ createOrder: (cart: { sku: string; quantity: number }) => Promise.resolve(`IMP-${cart.sku}`) });
    }
    expectTypeOf(useTyped).returns.toHaveProperty('pay').toEqualTypeOf<(input: { sku: string; quantity: number }, options?: PayOptions) => void>();
    expectTypeOf(useTyped).returns.toHaveProperty('prepare').toEqualTypeOf<(input: { sku: string; quantity: number }, options?: PayOptions) => void>();
    expectTypeOf(useTyped).returns.toHaveProperty('pay').parameter(0).toEqualTypeOf<{ sku: string; quantity: number }>();
  });

  it('lets pay() take no argument when createOrder takes none', () => {
    function useNoInput() {
      return useQPay({ createOrder: () => Promise.resolve({ imprestCode: 'IMP-1' }) });
    }
    expectTypeOf(useNoInput).returns.toHaveProperty('pay').toBeCallableWith();
  });

  it('rejects a createOrder that resolves to something else than an imprest code', () => {
    // @ts-expect-error createOrder must resolve to a string or { imprestCode }
    useQPay({ createOrder: () => Promise.resolve(42) });
  });

  it('types verifyPayment, onPaid, tradeNo and confirm', () => {
    useQPay({
      createOrder: () => 'IMP-1',
      verifyPayment: (order) => {
        expectTypeOf(order.imprestCode).toEqualTypeOf<string>();
        expectTypeOf(order.tradeNo).toEqualTypeOf<string | undefined>();
        return Promise.resolve('pending' as const);
      },
      onPaid: (payment) => expectTypeOf(payment.imprestCode).toEqualTypeOf<string>(),
    });
    // @ts-expect-error verifyPayment answers 'paid' | 'failed' | 'pending'
    useQPay({ createOrder: () => 'IMP-1', verifyPayment: () => 'done' });
    expectTypeOf<UseQPayResult<unknown>['tradeNo']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UseQPayResult<unknown>['confirm']>().toEqualTypeOf<() => void>();
  });
});

describe('useShare types', () => {
  it('has a union status, not string', () => {
    expectTypeOf<UseShareResult['status']>().toEqualTypeOf<
      'idle' | 'launching' | 'waiting' | 'success' | 'failed' | 'unknown' | 'error' | 'shared-elsewhere' | 'copied'
    >();
  });

  it('types share() content and the result', () => {
    expectTypeOf<UseShareResult['share']>().toBeCallableWith({ title: 't', url: 'https://shop.example' });
    expectTypeOf<UseShareResult['result']>().toEqualTypeOf<ShareResult | undefined>();
    // @ts-expect-error a share needs a title and a url
    useShare().share({ title: 't' });
    useShare({ onSuccess: (result) => expectTypeOf(result.code).toEqualTypeOf<200>() });
  });
});

describe('useCustomerService types', () => {
  it('has a union status, not string', () => {
    expectTypeOf<UseCustomerServiceResult['status']>().toEqualTypeOf<'idle' | 'launching' | 'opened' | 'error'>();
  });

  it('needs an openId', () => {
    // @ts-expect-error openId is required
    useCustomerService({});
    expectTypeOf<UseCustomerServiceResult['open']>().toEqualTypeOf<() => void>();
  });
});

describe('verifyPayment', () => {
  it('accepts an async arrow returning a verdict literal, with no annotation', () => {
    expectTypeOf(useQPay).toBeCallableWith({ createOrder: () => 'IMPREST-1', verifyPayment: async () => 'paid' });
  });
});
