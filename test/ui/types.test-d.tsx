import { createRef, type SyntheticEvent } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { VVChatError } from '@vvchat/react';
import { CustomerServiceButton, QPayButton, ShareButton, VVChatLoginButton, type QPayButtonProps } from '@vvchat/ui';

// Type tests only: `pnpm typecheck` (tsc over test/) checks this file; vitest never runs it
// (the ui project includes *.test.{ts,tsx} only).

describe('@vvchat/ui prop types', () => {
  it("types onSuccess's data from exchangeCode", () => {
    <VVChatLoginButton
      exchangeCode={(code) => Promise.resolve({ name: code })}
      onSuccess={(user) => expectTypeOf(user).toEqualTypeOf<{ name: string }>()}
      onError={(error) => expectTypeOf(error).toEqualTypeOf<VVChatError>()}
    />;
    <VVChatLoginButton onSuccess={(data) => expectTypeOf(data).toEqualTypeOf<{ code: string }>()} />;
  });

  it("types QPayButton's input from createOrder", () => {
    <QPayButton createOrder={(sku: string) => Promise.resolve(`IMP-${sku}`)} input="sku-1" amount={12} currency="CNY" />;
    <QPayButton createOrder={() => ({ imprestCode: 'IMP' })} />;
    // @ts-expect-error input must be what createOrder takes
    <QPayButton createOrder={(sku: string) => sku} input={42} />;
    expectTypeOf<QPayButtonProps<string>['input']>().toEqualTypeOf<string | undefined>();
  });

  it('takes the look, the texts and every native button prop, with a ref to the <button>', () => {
    const ref = createRef<HTMLButtonElement>();
    <ShareButton
      ref={ref}
      content={{ title: 't', url: 'https://example.com' }}
      size="lg"
      variant="ghost"
      shape="pill"
      block
      locale="en"
      icon={false}
      labels={{ waiting: 'Waiting…', errors: { not_opened: 'Install VVChat' } }}
      className="x"
      style={{ color: 'red' }}
      id="share"
      aria-label="Share"
      name="share"
      title="Share"
      disabled={false}
      onClick={(event) => {
        const button: HTMLButtonElement = event.currentTarget;
        button.blur();
        event.preventDefault();
      }}
    >
      Share
    </ShareButton>;
    <CustomerServiceButton openId="OPEN_ID" icon={<span aria-hidden="true">★</span>} />;
  });

  it('rejects what would break the contract', () => {
    // @ts-expect-error the type is always "button"
    <CustomerServiceButton openId="OPEN_ID" type="submit" />;
    // @ts-expect-error only the button's own statuses have texts
    <CustomerServiceButton openId="OPEN_ID" labels={{ paid: 'Paid' }} />;
    // @ts-expect-error size is sm | md | lg
    <CustomerServiceButton openId="OPEN_ID" size="xl" />;
    // @ts-expect-error locale is zh-CN | en
    <CustomerServiceButton openId="OPEN_ID" locale="fr" />;
    // @ts-expect-error onError is the flow's: it receives a VVChatError, not a DOM event
    <CustomerServiceButton openId="OPEN_ID" onError={(event: SyntheticEvent) => event} />;
  });
});
