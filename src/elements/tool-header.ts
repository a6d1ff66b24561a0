import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CrisisContact } from '../core/crisis-contacts.js';
import type { StoreController } from './controllers/store-controller.js';
import type { RkTool } from './rk-tool.js';
import { renderHeading } from './heading.js';

/** What `toolHeader()` needs besides the element. */
export interface ToolHeaderOptions {
  /** The tool's title (already localised); rendered as a real heading at the element's level. */
  title: unknown;
  /** The element's store connection; its state feeds the save-status line. */
  storage: StoreController;
  /** Contacts for the "Need help now?" panel (e.g. the plan's own list); default: provider's, else UK. */
  contacts?: readonly CrisisContact[] | undefined;
}

/**
 * The header every tool starts with, so all four look and behave the same: the title at
 * the element's heading level, the "Need help now?" button at the inline end of the
 * same row (the same place in every tool), and the save-status line below. The layout
 * comes from the `.tool-header` rule in `toolStyles`. It is a plain `<div>`, not a `<header>`:
 * a header outside any section is a page-level banner landmark, and two tools on one
 * page would give the page two banners.
 *
 * The tool's `define.ts` must also register the two elements used here:
 * `import '../crisis-help/define.js'; import '../save-status/define.js';`
 *
 * ```ts
 * render() { return html`${toolHeader(this, { title: s.title, storage: this.storage })} ...`; }
 * ```
 */
export function toolHeader(host: RkTool, options: ToolHeaderOptions): TemplateResult {
  const { storage } = options;
  const locale = ifDefined(host.locale);
  return html`<div class="tool-header" part="header">
    ${renderHeading(host, options.title)}
    <rk-crisis-help
      exportparts="toggle: crisis-toggle, panel: crisis-panel"
      locale=${locale}
      .contacts=${options.contacts}
    ></rk-crisis-help>
    <rk-save-status
      part="save-status"
      locale=${locale}
      .state=${storage.state}
      .durability=${storage.report?.durability}
      .partitioned=${storage.report?.partitioned ?? false}
      .adapter=${storage.report?.adapter}
      .savedAt=${storage.lastSavedAt}
      .errorCode=${storage.error?.code}
      ?lost=${storage.lost}
    ></rk-save-status>
  </div>`;
}
