import { expect, waitUntil } from '@open-wc/testing';
import { cleanupStores } from '../helpers/stores.js';
import { deepAll, fullPage } from '../helpers/full-page.js';

// The strictest policy a host is likely to set for styles: no inline styles, no style
// attributes. It is set before any element renders; a violation is reported as an event.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "style-src 'self'; style-src-attr 'none'";
document.head.prepend(policy);

const violations: string[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    violations.push(
      `${event.violatedDirective} at ${(event.target as Element).localName ?? 'document'}: ${event.sample}`,
    ),
  true,
);

afterEach(cleanupStores);

describe('under a strict Content-Security-Policy', () => {
  it('every tool full of data renders without a single style violation', async function () {
    this.timeout(30_000);
    // The policy is in force: a style attribute is refused and reported.
    const probe = document.createElement('p');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await waitUntil(() => violations.length === 1, 'the policy is not in force');
    probe.remove();
    violations.length = 0;

    const page = await fullPage();
    // Open what is drawn only on request: the goals chart and the journal's table.
    const goals = page.tools[0];
    goals.shadowRoot!.querySelector<HTMLButtonElement>('[part="chart-toggle"]')!.click();
    for (const details of deepAll<HTMLDetailsElement>(page.root, 'details')) details.open = true;
    await waitUntil(() => deepAll(page.root, 'canvas').length >= 3, 'the charts were not drawn', {
      timeout: 10_000,
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    // The journal's bars still show how often each process comes up (the most: full length).
    const bars = deepAll(page.root, '[part="chime-frequency"] .bar rect');
    expect(bars.map((bar) => Number(bar.getAttribute('width')))).to.include(100);
    expect(bars[0].getBoundingClientRect().width).to.be.greaterThan(0);
    expect(violations).to.deep.equal([]);
  });
});
