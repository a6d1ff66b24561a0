/**
 * Colours as a person sees them, for the page-wide checks. In forced-colours mode
 * Chromium paints a `Canvas` backplate behind text unless `forced-color-adjust: none`,
 * so that backplate, not the element's own background, is what text sits on.
 */

/** `rgb(...)` / `rgba(...)` as [r, g, b, a]. */
export function parseColour(value: string): [number, number, number, number] {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = value;
  const resolved = probe.fillStyle;
  if (resolved.startsWith('#')) {
    const hex = resolved.slice(1);
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(1) as never;
  }
  const parts = resolved.match(/[\d.]+/g)!.map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

function luminance([r, g, b]: number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two CSS colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseColour(a)), luminance(parseColour(b))].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** What the system colour `name` resolves to on this page now. */
export function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', name);
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The first opaque background at or behind `el` (through shadow roots). */
function backgroundBehind(el: Element): string {
  for (let node: Element | null = el; node;) {
    const colour = getComputedStyle(node).backgroundColor;
    if (parseColour(colour)[3] > 0.5) return colour;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return systemColour('Canvas');
}

/** The colour of `el`'s text and of what that text is painted on. */
export function effectiveColours(el: Element): { text: string; background: string } {
  const style = getComputedStyle(el);
  const forced = matchMedia('(forced-colors: active)').matches;
  const backplate = forced && style.getPropertyValue('forced-color-adjust') !== 'none';
  return {
    text: style.color,
    background: backplate ? systemColour('Canvas') : backgroundBehind(el),
  };
}
