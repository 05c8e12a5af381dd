import { useId, useState } from 'react';
import { useCustomerService } from '@vvchat/react';
import { HookState } from '../HookState';

/** A "contact us" link built only from `useCustomerService`; `openId` is your service account's `open_id`. */
export function CustomerServiceWithHook() {
  const [openId, setOpenId] = useState('demo-service-account');
  const openIdId = useId();
  const { open, status, error, reset } = useCustomerService({ openId });

  return (
    <section>
      <label htmlFor={openIdId}>客服 open_id</label>{' '}
      <input id={openIdId} value={openId} onChange={(event) => setOpenId(event.currentTarget.value)} />{' '}
      <button type="button" onClick={open} disabled={status === 'launching'} aria-busy={status === 'launching' || undefined}>
        联系客服
      </button>{' '}
      <button type="button" onClick={reset}>
        重置
      </button>
      {status === 'error' ? <p role="alert">打开失败：{error?.message}</p> : null}
      <HookState values={{ status, error }} />
    </section>
  );
}
