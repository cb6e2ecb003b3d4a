import { describe, expect, it } from 'vitest';
import { diagnose } from '../../lib/diagnose';
import { pageKindOf } from '../../lib/diagnose/page-kind';

describe('telling a guide from a report', () => {
  it.each([
    ['Apple’s article on iCloud backups', 'https://support.apple.com/en-us/102563', 'guide'],
    ['an old article id', 'https://support.apple.com/kb/HT203516', 'guide'],
    [
      'the iPhone user guide',
      'https://support.apple.com/en-gb/guide/iphone/back-up-iphone-iph3ecf67d29/ios',
      'guide',
    ],
    ['a Community thread', 'https://discussions.apple.com/thread/255012345', 'report'],
    ['a Community thread in China', 'https://discussions.apple.com.cn/thread/1', 'report'],
    [
      'a support search with the reader’s words',
      'https://support.apple.com/en-us/search?q=iphone+backup+failed',
      'report',
    ],
    ['a search page with no query', 'https://support.apple.com/en-us/search', 'guide'],
    ['an article that merely has ?q= in it', 'https://support.apple.com/en-us/102563?q=x', 'guide'],
    ['no URL at all', '', 'guide'],
  ])('%s is a %s', (_, url, kind) => {
    expect(pageKindOf({ url })).toBe(kind);
  });

  it('is part of the diagnosis of a backup-error page, and absent otherwise', () => {
    const thread = diagnose({
      url: 'https://discussions.apple.com/thread/1',
      title: 'iPhone Backup Failed every night',
      text: 'My iPhone says iPhone Backup Failed. There is not enough iCloud storage available.',
    });
    expect(thread.isBackupError).toBe(true);
    expect(thread.pageKind).toBe('report');
    const unrelated = diagnose({
      url: 'https://support.apple.com/en-us/airpods-name',
      title: 'Change the name of your AirPods',
      text: 'Open Settings and tap your AirPods.',
    });
    expect(unrelated.pageKind).toBeUndefined();
  });
});
