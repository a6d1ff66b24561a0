import { expect, fixtureSync, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { selectField, textAreaField, textField } from '../../../src/elements/form-field.js';
import { sharedStyles } from '../../../src/styles/shared-styles.js';
import { toolStyles } from '../../../src/styles/tool-styles.js';
import { tokens } from '../../../src/styles/tokens.js';

/** Renders a template into a shadow root (as an element would), with the shared styles. */
async function inShadow(template: unknown): Promise<ShadowRoot> {
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tokens.styleSheet!, sharedStyles.styleSheet!, toolStyles.styleSheet!];
  render(template, root);
  return root;
}

describe('form fields', () => {
  it('label, hint and error belong to the control in the same shadow root', async () => {
    const root = await inShadow(
      textField({
        id: 'goal-title',
        label: 'My goal, in my own words',
        hint: 'Something you would like to move towards.',
        error: 'Please write something here first.',
        value: '',
        onInput: () => undefined,
      }),
    );
    const input = root.querySelector('input')!;
    expect(root.querySelector('label')!.htmlFor).to.equal('goal-title');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('goal-title-hint goal-title-error');
    expect(root.getElementById('goal-title-hint')!.textContent).to.equal(
      'Something you would like to move towards.',
    );
    expect(root.getElementById('goal-title-error')!.textContent).to.equal(
      'Please write something here first.',
    );
    expect(input.labels![0].textContent).to.equal('My goal, in my own words');
    await expect(root.host).to.be.accessible();
  });

  it('without hint or error: not invalid, nothing to describe it', async () => {
    const root = await inShadow(
      textAreaField({
        id: 'why',
        label: 'Why it matters',
        value: 'Because',
        onInput: () => undefined,
      }),
    );
    const area = root.querySelector('textarea')!;
    expect(area.getAttribute('aria-invalid')).to.equal('false');
    expect(area.hasAttribute('aria-describedby')).to.equal(false);
    expect(area.value).to.equal('Because');
    await expect(root.host).to.be.accessible();
  });

  it('reports typed text and changes, and keeps the value it is given', async () => {
    const typed: string[] = [];
    const root = await inShadow(
      textField({ id: 'name', label: 'Name', value: '', onInput: (value) => typed.push(value) }),
    );
    root.querySelector('input')!.focus();
    await sendKeys({ type: 'Ann' });
    expect(typed).to.deep.equal(['A', 'An', 'Ann']);

    const chosen: string[] = [];
    const select = await inShadow(
      selectField({
        id: 'status',
        label: 'Status',
        value: 'paused',
        options: [
          { value: 'active', label: 'Working on it' },
          { value: 'paused', label: 'Paused' },
        ],
        onChange: (value) => chosen.push(value),
      }),
    );
    const control = select.querySelector('select')!;
    expect(control.value).to.equal('paused');
    control.value = 'active';
    control.dispatchEvent(new Event('change'));
    expect(chosen).to.deep.equal(['active']);
    await expect(select.host).to.be.accessible();
  });

  it('is read-only when asked', async () => {
    const root = await inShadow(
      textField({ id: 'x', label: 'X', value: 'kept', readonly: true, onInput: () => undefined }),
    );
    expect(root.querySelector('input')!.readOnly).to.equal(true);
  });
  it('a limited field says how much room is left near the limit and never cuts text', async () => {
    const field = (
      value: string,
      limitStrings?: Parameters<typeof textAreaField>[0]['limitStrings'],
    ) =>
      inShadow(
        textAreaField({
          id: 'note',
          label: 'A note',
          value,
          maxlength: 10,
          limitStrings,
          onInput: () => undefined,
        }),
      );
    let root = await field('1234567');
    expect(root.getElementById('note-limit')).to.equal(null);
    expect(root.querySelector('textarea')!.hasAttribute('maxlength')).to.equal(false);
    root = await field('12345678');
    expect(root.getElementById('note-limit')!.textContent).to.equal('You have 2 characters left.');
    expect(root.querySelector('textarea')!.getAttribute('aria-describedby')).to.equal('note-limit');
    expect(root.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('false');
    root = await field('123456789012');
    expect(root.getElementById('note-limit')!.textContent).to.equal(
      'That is 2 characters too many (the most is 10).',
    );
    expect(root.getElementById('note-limit')!.classList.contains('field-error')).to.equal(true);
    expect(root.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('textarea')!.value).to.equal('123456789012');
    await expect(root.host).to.be.accessible();
    // A host's (translated) words are used.
    root = await field('12345678901', {
      charactersLeft: (n) => `${n} ar ôl`,
      charactersOver: (n) => `${n} gormod`,
    });
    expect(root.getElementById('note-limit')!.textContent).to.equal('1 gormod');
  });
});
