// Storybook's MDX loader (webpack-style: `this.async()` hands over the result) ships no types.
declare module '@storybook/addon-docs/mdx-loader' {
  interface LoaderContext {
    async(): (error: unknown, code?: string) => void;
    getOptions(): object;
    resourcePath: string;
  }
  const loader: (this: LoaderContext, source: string) => void;
  export default loader;
}
