import { expect, userEvent, waitFor, within } from 'storybook/test';

const returningKey = 'vvchat-story:returning';

/** The simulated app's sheet (it is rendered on `document.body`, outside the story's canvas). */
export async function findSheet(name: string | RegExp): Promise<HTMLElement> {
  return within(document.body).findByRole('dialog', { name }, { timeout: 5000 });
}

/**
 * Answers the simulated app with the button `answer`. In Storybook the app then really goes back
 * to `redirect_uri`, the story's page loads again and its play function runs again: `onReturn`
 * tells that second run to only wait for the outcome.
 */
export async function answer(sheet: HTMLElement, answer: string, storyId: string): Promise<void> {
  sessionStorage.setItem(returningKey, storyId);
  await userEvent.click(within(sheet).getByRole('button', { name: answer }));
}

/** Whether this run of `storyId`'s play function is the one after the app came back. */
export function isReturning(storyId: string): boolean {
  return sessionStorage.getItem(returningKey) === storyId;
}

/** Waits until the story's `flow-result` says `status` (15 s, the contract's bound). */
export async function expectOutcome(canvas: HTMLElement, status: string): Promise<void> {
  await waitFor(() => expect(within(canvas).getByTestId('flow-result')).toHaveTextContent(status), { timeout: 15_000 });
  sessionStorage.removeItem(returningKey);
}
