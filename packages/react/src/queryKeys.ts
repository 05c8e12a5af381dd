/** The React Query keys the SDK uses, to find its mutations and queries in the devtools or a cache. */
export const vvchatKeys = {
  all: ['vvchat'] as const,
  exchange: (appId: string) => ['vvchat', appId, 'login', 'exchange'] as const,
  order: (appId: string) => ['vvchat', appId, 'qpay', 'order'] as const,
  verify: (appId: string, imprestCode: string | undefined, tradeNo: string | undefined) =>
    ['vvchat', appId, 'qpay', 'verify', imprestCode, tradeNo] as const,
};
