/** A stylesheet imported as text (`?text`): the page server's esbuild loads `.css` with the text loader. */
declare module '*.css?text' {
  const text: string;
  export default text;
}
