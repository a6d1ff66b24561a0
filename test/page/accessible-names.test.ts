import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { cleanupStores } from '../helpers/stores.js';
import { fullPage, LONG_WORDS } from '../helpers/full-page.js';

afterEach(cleanupStores);

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

function names(node: AxNode, found: AxNode[] = []): AxNode[] {
  if (node.name) found.push(node);
  for (const child of node.children ?? []) names(child, found);
  return found;
}

/** Arrows and bullets drawn by CSS `content`: decoration, not words. */
const GLYPHS = /[▸◂▾▴•→←✓✔]/;

describe('accessible names', () => {
  it('leave out the glyphs CSS draws (a goal toggle reads as its title)', async function () {
    this.timeout(20_000);
    await fullPage();
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    const named = names(snapshot);
    const toggle = named.find(
      (node) =>
        node.role === 'button' && node.name?.includes('Walk to the park on Saturday morning'),
    );
    expect(toggle?.name).to.equal(LONG_WORDS);
    expect(
      named.filter((node) => GLYPHS.test(node.name!)).map((n) => `${n.role} ${n.name}`),
    ).to.deep.equal([]);
  });
});
