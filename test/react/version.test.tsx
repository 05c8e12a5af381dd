import { render, screen } from '@testing-library/react';
import { version } from 'react';
import { describe, expect, it } from 'vitest';
import { VVChatProvider, useVVChatLogin } from '@vvchat/react';

function Status() {
  const { status } = useVVChatLogin();
  return <p>{status}</p>;
}

describe('the react test projects', () => {
  it('render a hook under the provider with the React the project selects', () => {
    render(
      <VVChatProvider appId="test">
        <Status />
      </VVChatProvider>,
    );
    expect(screen.getByText('idle')).toBeTruthy();
    expect(version.split('.')[0]).toBe(process.env.VVCHAT_REACT_MAJOR);
  });
});
