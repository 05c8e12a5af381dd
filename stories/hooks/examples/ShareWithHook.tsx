import { useId, useState } from 'react';
import { useShare, type ShareContent } from '@vvchat/react';
import { HookState } from '../HookState';

const card: ShareContent = {
  title: '新品上市',
  subTitle: '限时 8 折',
  url: 'https://shop.example/items/42',
};

/**
 * A share built only from `useShare`: a basic card, or an advanced one with template lines.
 * The result (`{ ok, code, message? }`) arrives through the provider's share result channel.
 */
export function ShareWithHook() {
  const [advanced, setAdvanced] = useState(true);
  const advancedId = useId();
  const [thanked, setThanked] = useState(false);
  const { share, status, result, error, reset } = useShare({
    onSuccess: () => setThanked(true),
  });
  const busy = status === 'launching' || status === 'waiting';

  const content: ShareContent = advanced
    ? { ...card, data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥99 起', '今日包邮'] } }
    : card;

  return (
    <section>
      <input id={advancedId} type="checkbox" checked={advanced} onChange={(event) => setAdvanced(event.currentTarget.checked)} />{' '}
      <label htmlFor={advancedId}>高级分享（带模板内容）</label>{' '}
      <button type="button" onClick={() => share(content)} disabled={busy} aria-busy={busy || undefined}>
        {status === 'waiting' ? '等待分享结果…' : '分享给好友'}
      </button>{' '}
      <button type="button" onClick={reset}>
        重置
      </button>
      {status === 'success' && thanked ? <p role="status">谢谢分享！</p> : null}
      {status === 'failed' && result && !result.ok ? <p role="alert">分享失败：{result.message}</p> : null}
      {status === 'unknown' ? <p role="status">没有收到分享结果，如未分享成功可以再试一次。</p> : null}
      <HookState values={{ status, result, error }} />
    </section>
  );
}
