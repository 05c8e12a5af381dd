import { useId, useState } from 'react';
import { useQPay } from '@vvchat/react';
import { createSimulatedBackend } from '@vvchat/simulator';
import { HookState } from '../HookState';

/**
 * Your server's catalogue: the price of an order is looked up here, on the server, from the item
 * the page names. The page never sends an amount (anyone could change it).
 */
const catalogue: Record<string, { subject: string; amount: number }> = {
  'sku-tea': { subject: '乌龙茶', amount: 12 },
  'sku-cake': { subject: '抹茶蛋糕', amount: 28.5 },
};

/**
 * A checkout built only from `useQPay`. Note the `ready` branch (when `createOrder` took too long
 * for the browser to still count the tap, the hook waits for one more tap, which calls
 * `confirm()`) and the `payment_unverified` one (the order may still be paid: check again, never
 * pay again).
 */
export function QPayWithHook() {
  // Stands in for your backend: `createOrder` would be a POST to your server with the item id.
  const [backend] = useState(() => createSimulatedBackend());
  const [sku, setSku] = useState('sku-tea');
  const itemId = useId();
  const { pay, confirm, status, tradeNo, error, reset } = useQPay({
    createOrder: (item: string) => backend.createOrder(catalogue[item]),
    verifyPayment: backend.verifyPayment,
    pollIntervalMs: 300,
    timeoutMs: 15_000,
  });
  const busy = status === 'creating' || status === 'launching' || status === 'verifying';
  const unverified = error?.code === 'payment_unverified';
  const price = catalogue[sku]!.amount.toFixed(2);

  return (
    <section>
      <label htmlFor={itemId}>商品</label>{' '}
      <select id={itemId} value={sku} onChange={(event) => setSku(event.currentTarget.value)} disabled={status !== 'idle'}>
        {Object.entries(catalogue).map(([id, item]) => (
          <option key={id} value={id}>
            {item.subject} ¥{item.amount.toFixed(2)}
          </option>
        ))}
      </select>{' '}
      {status === 'ready' ? (
        <button type="button" onClick={confirm}>
          订单已创建，继续支付
        </button>
      ) : unverified ? (
        <button type="button" onClick={confirm}>
          再次查询支付结果
        </button>
      ) : (
        <button type="button" onClick={() => pay(sku)} disabled={busy || status === 'paid'} aria-busy={busy || undefined}>
          {status === 'verifying' ? '正在确认支付…' : busy ? '请稍候…' : `支付 ¥${price}`}
        </button>
      )}{' '}
      <button type="button" onClick={reset}>
        重置
      </button>
      {status === 'paid' ? <p role="status">支付成功，交易号 {tradeNo}</p> : null}
      {unverified ? <p role="alert">暂未确认到支付结果，请稍后在订单中查看。</p> : null}
      <HookState values={{ status, tradeNo, error }} />
    </section>
  );
}
