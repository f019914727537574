import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, repairEntities } from '../../src/html.js';

describe('htmlToText', () => {
  it('recognises a saved page by how it opens, not by stray angle brackets in text', () => {
    expect(looksLikeHtml('  <!DOCTYPE html>\n<html>')).toBe(true);
    expect(looksLikeHtml('<html lang="en">')).toBe(true);
    expect(looksLikeHtml('UPDATE NO 5\n<p>a tag quoted in a bulletin</p>')).toBe(false);
  });

  it('keeps visible text only, one block per paragraph, headings set apart', () => {
    const page = '<html><head><title>T</title><style>p{}</style></head><body><script>if (a<b) x()</script>'
      + '<!-- a <p>comment</p> --><h2>A\ntitle</h2>\n<p>First &amp; second&nbsp;line,<br>next</p> <p>Caf&eacute; &#8211; &#x2019;</p></body></html>';
    expect(htmlToText(page)).toBe('A title\n\n\nFirst & second\u00a0line,\nnext\n\nCaf&eacute; – ’');
  });

  it('lists become bullet lines and table cells stay on their row', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>')).toBe('• one\n• two\n\na b');
  });
});

describe('repairEntities', () => {
  it('decodes the entities a converter left in plain text, and counts them', () => {
    expect(repairEntities('Tools &amp; Templates, 3&nbsp;May, &#8211; &#x2019;')).toEqual({ text: 'Tools & Templates, 3\u00a0May, – ’', count: 4 });
  });

  it('leaves text without entities, and names it does not know, as they are', () => {
    const text = 'R&D; costs & benefits &unknown; &#0;';
    expect(repairEntities(text)).toEqual({ text, count: 0 });
  });
});
