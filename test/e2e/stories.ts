/**
 * The stories the end-to-end tests drive by hand: the 'Try it yourself' flow stories, which have
 * no play function (the others answer the simulated app themselves as soon as they render).
 */
export const storyIds = {
  login: 'flows-login--try-it',
  pay: 'flows-pay--try-it',
} as const;
