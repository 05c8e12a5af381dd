// Vite's module types, for the `?raw` imports: the hook stories show the exact source of their
// examples, and the theming guide reads its table from `@vvchat/ui/styles.css`.
/// <reference types="vite/client" />
