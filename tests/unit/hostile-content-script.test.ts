import { describe, expect, it } from 'vitest';
import { withHostName } from '../../lib/content-script/lifetime';
import { teardown } from '../../lib/content-script/lifetime';

const gone = () => {
  throw new Error('Extension context invalidated.');
};

describe('clean-up after the extension went away', () => {
  it('runs every step even when the extension’s APIs throw, and throws nothing itself', () => {
    const done: string[] = [];
    expect(() =>
      teardown(
        () => done.push('panel removed'),
        gone,
        () => done.push('observer off'),
        gone,
        () => done.push('timer cleared'),
      ),
    ).not.toThrow();
    expect(done).toEqual(['panel removed', 'observer off', 'timer cleared']);
  });
});

describe('a page that took our element’s name', () => {
  it('mounts under our name when it is free', async () => {
    const names: string[] = [];
    const made = await withHostName('backup-doctor-panel', (name) => {
      names.push(name);
      return Promise.resolve(name);
    });
    expect(made).toBe('backup-doctor-panel');
    expect(names).toEqual(['backup-doctor-panel']);
  });

  it('mounts under a name the page cannot know when ours fails', async () => {
    const made = await withHostName(
      'backup-doctor-panel',
      (name) =>
        name === 'backup-doctor-panel'
          ? Promise.reject(new DOMException('Shadow root cannot be created', 'NotSupportedError'))
          : Promise.resolve(name),
      () => 0.5,
    );
    expect(made).toBe(`backup-doctor-panel-${(2 ** 31).toString(36)}`);
    expect(made).toMatch(/^backup-doctor-panel-[a-z0-9]+$/);
  });
});
