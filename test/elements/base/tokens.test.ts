import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { crisisHelpStyles } from '../../../src/elements/crisis-help/rk-crisis-help.styles.js';
import { saveStatusStyles } from '../../../src/elements/save-status/rk-save-status.styles.js';
import { sharedStyles } from '../../../src/styles/shared-styles.js';
import { toolStyles } from '../../../src/styles/tool-styles.js';
import { tokens } from '../../../src/styles/tokens.js';

const defined = new Set([...tokens.cssText.matchAll(/(--_rk-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
const usedIn = (sheet: CSSResult) =>
  [...sheet.cssText.matchAll(/var\((--_rk-[a-z0-9-]+)/g)].map((m) => m[1]);

describe('design tokens', () => {
  it('every private token has a public --rk-* twin with a default', () => {
    for (const name of defined) {
      const publicName = name.replace('--_rk-', '--rk-');
      expect(tokens.cssText, name).to.match(new RegExp(`${name}:\\s*var\\(\\s*${publicName},`));
    }
  });

  it('the shared sheets use only tokens that are defined', () => {
    for (const [label, sheet] of Object.entries({
      sharedStyles,
      toolStyles,
      crisisHelpStyles,
      saveStatusStyles,
    })) {
      for (const name of usedIn(sheet))
        expect(defined.has(name), `${label} uses ${name}`).to.equal(true);
    }
  });

  it('every colour token has a forced-colours system colour', () => {
    const forced = tokens.cssText.slice(tokens.cssText.indexOf('forced-colors'));
    for (const name of [...defined].filter((n) => n.startsWith('--_rk-color-'))) {
      expect(forced, name).to.contain(`${name}:`);
    }
  });

  it('a host can override a token from any ancestor', async () => {
    const outer = document.createElement('div');
    outer.style.setProperty('--rk-color-accent', 'rgb(1, 2, 3)');
    const inner = document.createElement('div');
    outer.append(inner);
    document.body.append(outer);
    const root = inner.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [tokens.styleSheet!];
    const probe = document.createElement('span');
    probe.style.color = 'var(--_rk-color-accent)';
    root.append(probe);
    try {
      expect(getComputedStyle(probe).color).to.equal('rgb(1, 2, 3)');
    } finally {
      outer.remove();
    }
  });
});
