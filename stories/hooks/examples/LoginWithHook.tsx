import { useState } from 'react';
import { useVVChatLogin } from '@vvchat/react';
import { createSimulatedBackend } from '@vvchat/simulator';
import { HookState } from '../HookState';

/**
 * A login built only from `useVVChatLogin`: your own button, your own texts.
 * In your app, `exchangeCode` posts the code to your backend, which exchanges it with the AppKey.
 */
export function LoginWithHook() {
  const [backend] = useState(() => createSimulatedBackend());
  const { login, status, data, code, error, reset } = useVVChatLogin({
    exchangeCode: backend.exchangeCode,
  });
  const busy = status === 'launching' || status === 'exchanging';

  return (
    <section>
      {status === 'success' && data ? (
        <p>
          你好，{data.nickname}（{data.openId}）
        </p>
      ) : (
        <button type="button" onClick={login} disabled={busy} aria-busy={busy || undefined}>
          {status === 'launching' ? '正在打开 VVChat…' : status === 'exchanging' ? '正在登录…' : '用 VVChat 账号登录'}
        </button>
      )}{' '}
      <button type="button" onClick={reset}>
        重置
      </button>
      {error?.code === 'not_opened' ? <p role="alert">没有打开 VVChat，请先安装。</p> : null}
      <HookState values={{ status, data, code, error }} />
    </section>
  );
}
