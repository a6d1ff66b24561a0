import type { CustomElements } from "./element-types.js";
export * from "./element-types.js";

declare module "svelte/elements" {
  interface SvelteHTMLElements extends CustomElements {}
}
