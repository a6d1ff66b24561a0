import { expect } from '@open-wc/testing';
import { safeHref } from '../../../src/core/safe-url.js';

function withWarnings<T>(run: () => T): { result: T; messages: string[] } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (message: unknown) => messages.push(String(message));
  try {
    return { result: run(), messages };
  } finally {
    console.warn = original;
  }
}

describe('safeHref', () => {
  it('keeps https:, tel:, sms: and mailto: links', () => {
    for (const url of [
      'https://www.samaritans.org/',
      'tel:116123',
      'sms:85258?body=SHOUT',
      'mailto:jo@example.org',
      'TEL:999',
    ]) {
      const { result, messages } = withWarnings(() => safeHref(url));
      expect(result).to.equal(url);
      expect(messages).to.deep.equal([]);
    }
  });

  it('refuses every other scheme, however it is written, and warns once per URL with the reason', () => {
    const stamp = Date.now();
    for (const url of [
      `javascript:alert(${stamp})`,
      ` JaVaScRiPt:alert(${stamp})`,
      `data:text/html,${stamp}`,
      `http://example.org/${stamp}`,
      `vbscript:msgbox(${stamp})`,
      `/relative/${stamp}`,
    ]) {
      const first = withWarnings(() => safeHref(url));
      expect(first.result, url).to.equal(undefined);
      expect(first.messages, url).to.have.length(1);
      expect(first.messages[0]).to.match(/not allowed|no scheme/);
      const again = withWarnings(() => safeHref(url));
      expect(again.result).to.equal(undefined);
      expect(again.messages, 'warns only once').to.have.length(0);
    }
  });

  it('returns undefined quietly for an empty value', () => {
    const { result, messages } = withWarnings(() => [
      safeHref(''),
      safeHref(undefined),
      safeHref(null),
    ]);
    expect(result).to.deep.equal([undefined, undefined, undefined]);
    expect(messages).to.deep.equal([]);
  });
});
