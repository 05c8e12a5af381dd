import { useId, useState } from 'react';
import { useQPay } from '@vvchat/react';
import { createSimulatedBackend } from '@vvchat/simulator';
import { HookState } from '../HookState';

/**
 * A checkout built only from `useQPay`. Note the `ready` branch: when `createOrder` took too long
 * for the browser to still count the tap, the hook waits for one more tap, which calls `confirm()`.
 */
export function QPayWithHook() {
  const [backend] = useState(() => createSimulatedBackend());
  const [amount, setAmount] = useState(12);
  const amountId = useId();
  const { pay, confirm, status, tradeNo, error, reset } = useQPay({
    createOrder: (yuan: number) => backend.createOrder({ amount: yuan, subject: '演示商品' }),
    verifyPayment: backend.verifyPayment,
    pollIntervalMs: 300,
    timeoutMs: 15_000,
  });
  const busy = status === 'creating' || status === 'launching' || status === 'verifying';

  return (
    <section>
      <label htmlFor={amountId}>金额（元）</label>{' '}
      <input
        id={amountId}
        type="number"
        min={0.01}
        step={0.01}
        value={amount}
        onChange={(event) => setAmount(event.currentTarget.valueAsNumber || 0)}
        disabled={status !== 'idle'}
      />{' '}
      {status === 'ready' ? (
        <button type="button" onClick={confirm}>
          订单已创建，继续支付
        </button>
      ) : (
        <button type="button" onClick={() => pay(amount)} disabled={busy || status === 'paid'} aria-busy={busy || undefined}>
          {status === 'verifying' ? '正在确认支付…' : busy ? '请稍候…' : `支付 ¥${amount.toFixed(2)}`}
        </button>
      )}{' '}
      <button type="button" onClick={reset}>
        重置
      </button>
      {status === 'paid' ? <p role="status">支付成功，交易号 {tradeNo}</p> : null}
      {error?.code === 'payment_unverified' ? <p role="alert">暂未确认到支付结果，请稍后在订单中查看。</p> : null}
      <HookState values={{ status, tradeNo, error }} />
    </section>
  );
}
