import { param } from './query';

/** Options for {@link buildCustomerServiceLink}. */
export interface CustomerServiceLinkOptions {
  /** The customer-service account's `open_id`. */
  openId: string;
}

/**
 * Builds the `qyx://openSessionView` link that opens a chat with your customer-service account.
 * Throws `VVChatError` `invalid_option` when `openId` is missing or blank.
 *
 * @example
 * buildCustomerServiceLink({ openId: 'OPEN_ID' }); // 'qyx://openSessionView?open_id=OPEN_ID'
 */
export function buildCustomerServiceLink(options: CustomerServiceLinkOptions): string {
  return `qyx://openSessionView?open_id=${param((options as Partial<CustomerServiceLinkOptions> | undefined)?.openId, 'openId', true)}`;
}
