import type { ReactNode } from 'react';
import { isVVChatError } from '@vvchat/react';

/** Shows what a hook returned, as a reader of the story wants to see it: status, data, error. */
export function HookState({ values }: { values: Record<string, unknown> }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '16px 0 0', color: '#1d1d1f', fontSize: 14 }}>
      {Object.entries(values).map(([name, value]) => (
        <Row key={name} name={name}>
          {show(value)}
        </Row>
      ))}
    </dl>
  );
}

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <>
      <dt>
        <code>{name}</code>
      </dt>
      <dd style={{ margin: 0 }} data-name={name}>
        {children}
      </dd>
    </>
  );
}

function show(value: unknown): ReactNode {
  if (value === undefined) return <code>undefined</code>;
  if (isVVChatError(value)) {
    return (
      <code>
        VVChatError {value.code}: {value.message}
        {value.errCode !== undefined ? ` (errCode ${value.errCode})` : ''}
      </code>
    );
  }
  return <code style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(value, null, 2)}</code>;
}
