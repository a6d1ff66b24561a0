import { css } from 'lit';

/**
 * The `theme` attribute: `light` / `dark` force a colour scheme, `auto` follows the OS.
 * Part of `tokens`; `<rk-provider>` uses it alone so its children inherit the scheme.
 */
export const themeStyles = css`
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/**
 * Design tokens.
 *
 * **Hosts** theme recovery-kit by setting public `--rk-*` custom properties on any
 * ancestor (or on the element itself), e.g. `.my-site { --rk-color-accent: #225577; }`.
 *
 * **Element styles** never read `--rk-*` directly: they use the private, resolved
 * `--_rk-*` twin of each token (`color: var(--_rk-color-text)`), which this sheet sets on
 * `:host` as "the host's value, else our default". (Declaring the public names on
 * `:host` would hide an ancestor's value, because a declaration beats inheritance.)
 *
 * Themes: with no `theme` attribute an element follows the page's `color-scheme`
 * (a page that declares `color-scheme: light dark` gets the person's OS preference);
 * `theme="light"` / `theme="dark"` force one; `theme="auto"` follows the OS whatever the
 * page says. Colours use `light-dark()`, so a theme is one `color-scheme` away.
 * Forced-colours mode maps every colour to a system colour; reduced motion turns
 * transitions off. Lower ratings and errors use calm, non-alarm colours; every text
 * colour meets WCAG AA on both surfaces in both themes.
 *
 * @cssprop --rk-color-text - Body text.
 * @cssprop --rk-color-text-muted - Hints, secondary text.
 * @cssprop --rk-color-surface - Background of a tool.
 * @cssprop --rk-color-surface-raised - Background of panels and cards inside a tool.
 * @cssprop --rk-color-border - Field and card borders (3:1 against the surface).
 * @cssprop --rk-color-accent - Primary buttons, links, selected things.
 * @cssprop --rk-color-accent-contrast - Text on the accent colour.
 * @cssprop --rk-color-focus - The focus ring.
 * @cssprop --rk-color-error - Field error text and borders (calm brick, not alarm red).
 * @cssprop --rk-color-success - "Saved", "done".
 * @cssprop --rk-color-notice - "Not kept", gentle warnings.
 * @cssprop --rk-font-family - Text font.
 * @cssprop --rk-font-size - Base text size.
 * @cssprop --rk-font-size-small - Hints and small print.
 * @cssprop --rk-font-size-large - Tool headings.
 * @cssprop --rk-line-height - Body line height.
 * @cssprop --rk-space-1 - Smallest gap (0.25rem).
 * @cssprop --rk-space-2 - Small gap (0.5rem).
 * @cssprop --rk-space-3 - Standard gap (1rem).
 * @cssprop --rk-space-4 - Large gap (1.5rem).
 * @cssprop --rk-space-5 - Section gap (2rem).
 * @cssprop --rk-radius - Corner radius of cards and panels.
 * @cssprop --rk-radius-small - Corner radius of buttons and fields.
 * @cssprop --rk-focus-ring-width - Width of the focus ring.
 * @cssprop --rk-target-size - Size of primary touch targets (44px).
 * @cssprop --rk-duration - Transition time (0 when reduced motion is asked for).
 */
export const tokens = css`
  :host {
    --_rk-color-text: var(--rk-color-text, light-dark(#1e2329, #e6e9ed));
    --_rk-color-text-muted: var(--rk-color-text-muted, light-dark(#4f5a66, #b3bcc6));
    --_rk-color-surface: var(--rk-color-surface, light-dark(#ffffff, #15191e));
    --_rk-color-surface-raised: var(--rk-color-surface-raised, light-dark(#f3f5f7, #1f252c));
    --_rk-color-border: var(--rk-color-border, light-dark(#6f7a86, #8893a0));
    --_rk-color-accent: var(--rk-color-accent, light-dark(#1f5f8b, #8cc4ea));
    --_rk-color-accent-contrast: var(--rk-color-accent-contrast, light-dark(#ffffff, #0d1a24));
    --_rk-color-focus: var(--rk-color-focus, light-dark(#5b3da8, #c9b6ff));
    --_rk-color-error: var(--rk-color-error, light-dark(#96400f, #f2b18c));
    --_rk-color-success: var(--rk-color-success, light-dark(#2c6a39, #94d3a2));
    --_rk-color-notice: var(--rk-color-notice, light-dark(#6e5200, #e7c96f));
    --_rk-font-family: var(
      --rk-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      Arial,
      sans-serif
    );
    --_rk-font-size: var(--rk-font-size, 1rem);
    --_rk-font-size-small: var(--rk-font-size-small, 0.9rem);
    --_rk-font-size-large: var(--rk-font-size-large, 1.35rem);
    --_rk-line-height: var(--rk-line-height, 1.5);
    --_rk-space-1: var(--rk-space-1, 0.25rem);
    --_rk-space-2: var(--rk-space-2, 0.5rem);
    --_rk-space-3: var(--rk-space-3, 1rem);
    --_rk-space-4: var(--rk-space-4, 1.5rem);
    --_rk-space-5: var(--rk-space-5, 2rem);
    --_rk-radius: var(--rk-radius, 0.75rem);
    --_rk-radius-small: var(--rk-radius-small, 0.375rem);
    --_rk-focus-ring-width: var(--rk-focus-ring-width, 3px);
    --_rk-target-size: var(--rk-target-size, 2.75rem);
    --_rk-duration: var(--rk-duration, 150ms);
  }
  ${themeStyles}
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_rk-duration: 0s;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_rk-color-text: CanvasText;
      --_rk-color-text-muted: CanvasText;
      --_rk-color-surface: Canvas;
      --_rk-color-surface-raised: Canvas;
      --_rk-color-border: CanvasText;
      --_rk-color-accent: LinkText;
      --_rk-color-accent-contrast: Canvas;
      --_rk-color-focus: Highlight;
      --_rk-color-error: CanvasText;
      --_rk-color-success: CanvasText;
      --_rk-color-notice: CanvasText;
    }
  }
`;
