import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PLAN_RECORD_ID, planModel, type Plan } from '../../../src/core/plan.js';
import { cleanupStores, createFaultyStore, createTestStore } from '../../helpers/stores.js';
import {
  $,
  button,
  byLabel,
  planOn,
  section,
  storedPlan,
  typeInto,
  TRADEMARKED_NAMES,
} from './plan-test-kit.js';

afterEach(cleanupStores);

async function seed(store: Awaited<ReturnType<typeof createTestStore>>, plan: Plan): Promise<void> {
  await store.collection(planModel).create(plan, { id: PLAN_RECORD_ID });
}

const FULL: Plan = {
  template: 'staying-well',
  sections: {
    well: { items: [{ id: 'a', text: 'I get up by eight' }], notes: 'Cooking helps' },
    crisis: { items: [{ id: 'b', text: 'Please feed my cat' }], notes: '' },
  },
  contacts: [
    {
      id: 'c',
      kind: 'person',
      name: 'Sam',
      relationship: 'Brother',
      phone: '07700 900123',
      email: '',
      when: 'Evenings',
    },
  ],
  reviewedAt: null,
};

/** All CSS rules text in the element's shadow root, for checking the print stylesheet. */
function allCss(el: HTMLElement): string {
  return el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText),
    )
    .join('\n');
}

describe('<rk-staying-well-plan> review and sharing', () => {
  it('marks the plan as looked over, fires rk-plan-reviewed and says so', async () => {
    const store = await createTestStore('plan-share');
    const el = await planOn(store);
    expect($(el, '.review').dataset.state).to.equal('never');
    const reviewed = oneEvent(el, 'rk-plan-reviewed');
    button(el, 'I have looked over my plan').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await reviewed;
    expect(Date.now() - Date.parse(detail.plan.reviewedAt!)).to.be.lessThan(60_000);
    expect(detail.record.data.reviewedAt).to.equal(detail.plan.reviewedAt);
    expect((await storedPlan(store))!.reviewedAt).to.equal(detail.plan.reviewedAt);
    await el.updateComplete;
    expect($(el, '.review').dataset.state).to.equal('recent');
    expect($(el, '.review').textContent).to.contain('You last looked over this plan on');
    expect($(el, '[role="status"]').textContent).to.contain('Noted');
  });

  it('claims nothing when marking it as looked over cannot be saved; a retry saves it', async () => {
    const { store, faults } = await createFaultyStore('plan-share');
    await seed(store, FULL);
    const el = await planOn(store);
    const reviewed: Event[] = [];
    el.addEventListener('rk-plan-reviewed', (event) => reviewed.push(event));
    faults.fail('put', 'unavailable');
    const failed = oneEvent(el, 'rk-storage-error');
    button(el, 'I have looked over my plan').focus();
    await sendKeys({ press: 'Enter' });
    await failed;
    await el.flush().catch(() => undefined);
    await el.updateComplete;
    expect(reviewed, 'no rk-plan-reviewed for a review that was not saved').to.have.length(0);
    expect($(el, '[role="status"]').textContent).not.to.contain('Noted');
    expect(el.shadowRoot!.querySelector('rk-save-status')!.state).to.equal('error');
    expect((await storedPlan(store))!.reviewedAt).to.equal(null);

    faults.clear();
    await el.flush();
    expect((await storedPlan(store))!.reviewedAt).to.equal(el.plan.reviewedAt);
    expect(el.plan.reviewedAt).to.be.a('string');
  });

  it('gently notes when the plan has not been looked over for a while', async () => {
    const store = await createTestStore('plan-share');
    await seed(store, { ...FULL, reviewedAt: '2020-01-15T10:00:00.000Z' });
    const el = await planOn(store);
    const review = $(el, '.review');
    expect(review.dataset.state).to.equal('due');
    expect(review.textContent).to.contain('15 January 2020');
    expect(review.textContent).to.contain('whenever suits you');
    await expect(el).to.be.accessible();
  });

  it('copies the plan as plain text with every section, contact and crisis line', async () => {
    const store = await createTestStore('plan-share');
    await seed(store, FULL);
    const el = await planOn(store);
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      button(el, 'Copy as text').click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.equal(el.planText());
    for (const expected of [
      'My staying-well plan',
      'Not marked as looked over yet.',
      'When I am well\n--------------\n- I get up by eight\nNotes:\n  Cooking helps',
      'If I am in crisis\n-----------------\n- Please feed my cat',
      'Things that help\n----------------\n(nothing written yet)',
      'People I trust:\n- Sam\n  Who they are: Brother\n  Phone: 07700 900123\n  When to contact: Evenings',
      'Crisis lines:\n- Emergency services: Call 999.',
      '- Samaritans: Call 116 123. Free, any time, day or night.',
    ])
      expect(copied).to.contain(expected);
    expect(copied).to.not.match(TRADEMARKED_NAMES);
    await el.updateComplete;
    expect($(el, '[role="status"]').textContent).to.contain('copied');
  });

  it('downloads the plan as a text file without any network request', async () => {
    const store = await createTestStore('plan-share');
    await seed(store, { ...FULL, template: 'safety' });
    const el = await planOn(store);
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button(el, 'Download as a text file').click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0].download).to.equal('my-safety-plan.txt');
    expect(clicked[0].href).to.match(/^blob:/);
    const text = await (await fetch(clicked[0].href)).text();
    expect(text).to.equal(el.planText());
    expect(text).to.contain('My safety plan');
    expect(text, 'sections the template does not show are left out of the copy').to.not.contain(
      'Please feed my cat',
    );
  });

  it('has a print stylesheet that shows a plain copy and hides the controls', async () => {
    const store = await createTestStore('plan-share');
    await seed(store, FULL);
    const el = await planOn(store);
    const css = allCss(el);
    expect(css).to.match(/@media print/);
    expect(css).to.match(/\.editor[^{]*\{[^}]*display: none/);
    const printCopy = $(el, '.print-copy');
    expect(getComputedStyle(printCopy).display, 'hidden on screen').to.equal('none');
    expect(printCopy.textContent).to.contain('I get up by eight');
    expect(printCopy.querySelector('a[href="tel:07700900123"]')).to.not.equal(null);
    expect(printCopy.querySelector('input, textarea, button')).to.equal(null);
  });

  it('keeps the print copy in step with typing', async () => {
    const store = await createTestStore('plan-share');
    const el = await planOn(store);
    await typeInto(byLabel(el, 'Notes for Early signs'), 'Skipping meals');
    await el.updateComplete;
    expect($(el, '.print-copy').textContent).to.contain('Skipping meals');
    button(section(el, 'helps'), 'Add a line').click();
    await el.updateComplete;
    await sendKeys({ type: 'Radio 4' });
    await el.updateComplete;
    expect($(el, '.print-copy').textContent).to.contain('Radio 4');
  });

  it('says so, and suggests the download, when the clipboard cannot be used', async () => {
    const store = await createTestStore('plan-share');
    const el = await planOn(store);
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Blocked', 'NotAllowedError'));
    try {
      button(el, 'Copy as text').click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect($(el, '[role="status"]').textContent).to.contain('download it as a file instead');
  });

  it('a failed save can be tried again with the save status button', async () => {
    const { store, faults } = await createFaultyStore('plan-share');
    const el = await planOn(store);
    faults.fail('put', 'unavailable');
    await typeInto(byLabel(el, 'Notes for Early signs'), 'Quiet');
    await el.flush().catch(() => undefined);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    await status.updateComplete;
    faults.clear();
    const saved = oneEvent(el, 'rk-plan-saved');
    status.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await saved;
    expect((await storedPlan(store))!.sections['early-signs'].notes).to.equal('Quiet');
  });
});
