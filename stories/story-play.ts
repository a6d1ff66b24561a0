/**
 * Waits until `selector` matches inside `host`'s shadow root (the tool has opened its
 * store and drawn its form), for up to five seconds, and returns the match. Story `play`
 * functions use it before acting as a person would.
 */
export async function whenShown<T extends Element>(host: Element, selector: string): Promise<T> {
  for (let tries = 0; tries < 50; tries += 1) {
    const found = host.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${host.localName} did not show ${selector} within 5 s`);
}
