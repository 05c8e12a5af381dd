// The shared build: see tsdown.base.ts at the repository root.
export { default } from '../../tsdown.base';
