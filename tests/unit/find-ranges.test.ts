import { describe, expect, it } from 'vitest';
import { findTextRanges, foldText } from '../../entrypoints/panel/find-ranges';

// The test's own document: happy-dom's ranges collapse in documents made by createHTMLDocument.
function pageWith(html: string): Document {
  document.body.replaceChildren();
  // Test fixture markup written here, not page data.
  document.body.insertAdjacentHTML('beforeend', html);
  return document;
}

describe('findTextRanges', () => {
  it.each([
    [
      'a quote inside one paragraph',
      '<p>You see iPhone Backup Failed today.</p>',
      ['iPhone Backup Failed'],
      ['iPhone Backup Failed'],
    ],
    [
      'a quote in another case',
      '<p>IPHONE backup failed</p>',
      ['iPhone Backup Failed'],
      ['IPHONE backup failed'],
    ],
    [
      'a quote split across elements',
      '<p>not <b>enough</b>\n   iCloud storage</p>',
      ['not enough iCloud storage'],
      ['not enough\n   iCloud storage'],
    ],
    [
      'curly and straight apostrophes',
      '<p>can’t back up</p>',
      ["can't back up"],
      ['can’t back up'],
    ],
    [
      'every occurrence, in page order',
      '<p>0xE8000084 then 0xe8000084</p>',
      ['0xE8000084'],
      ['0xE8000084', '0xe8000084'],
    ],
    ['two quotes', '<p>B then A</p>', ['A', 'B'], ['B', 'A']],
  ])('finds %s', (_, html, quotes, expected) => {
    const doc = pageWith(html);
    expect(findTextRanges(doc, doc.body, quotes).map((r) => r.toString())).toEqual(expected);
  });

  it.each([
    ['words that are not there', '<p>All good</p>', ['backup failed']],
    [
      'text inside scripts and styles',
      '<script>var m = "backup failed"</script><style>.backup-failed{}</style>',
      ['backup failed'],
    ],
    ['an empty quote', '<p>text</p>', ['', '   ']],
  ])('finds nothing for %s', (_, html, quotes) => {
    const doc = pageWith(html);
    expect(findTextRanges(doc, doc.body, quotes)).toEqual([]);
  });

  it('leaves the page’s DOM as it was', () => {
    const doc = pageWith('<p>iPhone <i>Backup</i> Failed</p>');
    const before = doc.body.innerHTML;
    findTextRanges(doc, doc.body, ['iphone backup failed']);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('foldText', () => {
  it('lower-cases, collapses whitespace and straightens quotes', () => {
    expect(foldText('  Can’t \n Back  Up ')).toBe("can't back up");
  });
});
