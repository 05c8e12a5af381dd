'use client';
// The page's side: the buttons, given the three functions. <VVChatProvider> is in the root layout
// (see "Server rendering & Next.js App Router"); `item` and `user` come from the server page.
import { useState } from 'react';
import { QPayButton, VVChatLoginButton } from '@vvchat/ui';
import type { CatalogueItem } from '../server/catalogue';
import { createOrder, exchangeCode, verifyPayment, type User } from './vvchatApi';

export function Shop({ item, user: loggedIn }: { item: CatalogueItem; user?: User | undefined }) {
  const [user, setUser] = useState(loggedIn);
  return (
    <section>
      <h2>{item.name}</h2>
      {user ? <p>你好，{user.nickname}</p> : <VVChatLoginButton exchangeCode={exchangeCode} onSuccess={setUser} />}
      {/* Rendered on every visit, so that the page the app returns to verifies the payment. */}
      <QPayButton
        block
        input={item.id}
        amount={item.priceFen / 100} // shown only: the server prices the order
        createOrder={createOrder}
        verifyPayment={verifyPayment}
        disabled={!user}
        onPaid={({ tradeNo }) => console.info('paid', tradeNo)}
      />
    </section>
  );
}
