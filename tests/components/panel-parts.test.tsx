import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollapsedTab } from '../../entrypoints/panel/CollapsedTab';
import { CopySummary } from '../../entrypoints/panel/CopySummary';
import { EvidenceList } from '../../entrypoints/panel/EvidenceList';
import { FixedNotice } from '../../components/plan/FixedNotice';
import { IncidentNotice } from '../../components/plan/IncidentNotice';
import { PlatformSwitch } from '../../components/plan/PlatformSwitch';
import { StatusLine } from '../../entrypoints/panel/StatusLine';
import { NOW, snapshot } from './panel-fixtures';

afterEach(cleanup);

describe('EvidenceList', () => {
  const evidence = [
    { quote: 'not enough iCloud storage', kind: 'error-message' as const },
    { quote: '0xE8000084', kind: 'error-code' as const },
  ];

  it('quotes the page’s words and its error codes', () => {
    render(() => (
      <EvidenceList
        label="Why we think so"
        evidence={evidence}
        errorCodes={['0xE8000084']}
        highlight="off"
        onShow={() => {}}
        onHide={() => {}}
      />
    ));
    const region = screen.getByRole('region', { name: 'Why we think so' });
    expect([...region.querySelectorAll('q')].map((q) => q.textContent)).toEqual([
      'not enough iCloud storage',
      '0xE8000084',
    ]);
    expect(region.textContent).toContain('Error code on the page: 0xE8000084');
  });

  it.each([
    ['off', 'Show on page', 'false', 'onShow'],
    ['shown', 'Hide highlights', 'true', 'onHide'],
  ] as const)('when %s, offers “%s”', (state, label, pressed, handler) => {
    const onShow = vi.fn();
    const onHide = vi.fn();
    render(() => (
      <EvidenceList
        label="Why we think so"
        evidence={evidence}
        errorCodes={[]}
        highlight={state}
        onShow={onShow}
        onHide={onHide}
      />
    ));
    const button = screen.getByRole('button', { name: label });
    expect(button.getAttribute('aria-pressed')).toBe(pressed);
    fireEvent.click(button);
    expect((handler === 'onShow' ? onShow : onHide).mock.calls).toHaveLength(1);
  });

  it('says so when the words are no longer on the page', () => {
    render(() => (
      <EvidenceList
        label="Why we think so"
        evidence={evidence}
        errorCodes={[]}
        highlight="missing"
        onShow={() => {}}
        onHide={() => {}}
      />
    ));
    expect(screen.getByRole('status').textContent).toMatch(/aren’t visible/);
  });

  it('shows nothing without evidence', () => {
    const { container } = render(() => (
      <EvidenceList
        label="Why we think so"
        evidence={[]}
        errorCodes={[]}
        highlight="off"
        onShow={() => {}}
        onHide={() => {}}
      />
    ));
    expect(container.textContent).toBe('');
  });
});

describe('StatusLine', () => {
  it.each([
    ['fresh data', snapshot(), 'iCloud Backup: available', 'checked 3 minutes ago', 'available'],
    [
      'an outage',
      snapshot({
        services: [
          {
            name: 'iCloud Backup',
            state: 'outage',
            events: [
              {
                messageId: 'x',
                state: 'outage',
                phase: 'ongoing',
                statusType: 'Outage',
                message: 'm',
                usersAffected: '',
                start: NOW - 3_600_000,
                end: null,
              },
            ],
          },
        ],
      }),
      'iCloud Backup: outage since',
      'checked 3 minutes ago',
      'outage',
    ],
    [
      'no data yet',
      snapshot({ services: null, fetchedAt: null, checkedAt: null }),
      'iCloud Backup: couldn’t check',
      'not checked yet',
      'unknown',
    ],
    [
      'data over an hour old',
      snapshot({ fetchedAt: NOW - 2 * 3_600_000, checkedAt: NOW - 2 * 3_600_000 }),
      'iCloud Backup: couldn’t check',
      'checked 2 hours ago',
      'unknown',
    ],
  ])('with %s says “%s”', (_, snap, line, age, state) => {
    const { container } = render(() => <StatusLine snapshot={snap} now={NOW} />);
    expect(container.textContent).toContain(line);
    expect(container.textContent).toContain(age);
    expect(container.querySelector('.bd-status')?.getAttribute('data-state')).toBe(state);
  });

  it('explains a failed check in plain words and never shows green', () => {
    const { container } = render(() => (
      <StatusLine
        snapshot={snapshot({
          services: null,
          fetchedAt: null,
          error: { kind: 'network', message: 'x', at: NOW - 60_000 },
        })}
        now={NOW}
      />
    ));
    expect(container.textContent).toContain('Couldn’t reach Apple’s status feed.');
    expect(container.textContent).not.toContain('available');
  });
});

describe('IncidentNotice', () => {
  it('puts Apple’s own message first, then the service and its start time', () => {
    const { container } = render(() => (
      <IncidentNotice
        now={NOW}
        incident={{
          service: 'iCloud Backup',
          event: {
            messageId: 'x',
            state: 'outage',
            phase: 'ongoing',
            statusType: 'Outage',
            message: 'Users may be unable to back up.',
            usersAffected: 'Some users are affected',
            start: NOW - 60_000,
            end: null,
          },
        }}
      />
    ));
    expect(container.textContent).toMatch(
      /^Apple says:Users may be unable to back up\.iCloud Backup: outage since \d{1,2}:\d\d/,
    );
    expect(container.querySelector('blockquote')?.textContent).toBe(
      'Users may be unable to back up.',
    );
    expect(container.textContent).toContain('Some users are affected');
  });
});

describe('PlatformSwitch', () => {
  it('names the detected computer and reports a new choice', () => {
    const onComputer = vi.fn();
    const onIos = vi.fn();
    render(() => (
      <PlatformSwitch
        computer="auto"
        ios="auto"
        detected="mac"
        onComputer={onComputer}
        onIos={onIos}
      />
    ));
    const computer = screen.getByRole('combobox', { name: 'Your computer' }) as HTMLSelectElement;
    expect(computer.selectedOptions[0]?.textContent).toBe('Detected: Mac');
    computer.value = 'windows';
    fireEvent.change(computer);
    expect(onComputer).toHaveBeenCalledWith('windows');
    const ios = screen.getByRole('combobox', { name: 'iOS version' }) as HTMLSelectElement;
    ios.value = '11-14';
    fireEvent.change(ios);
    expect(onIos).toHaveBeenCalledWith('11-14');
  });

  it('shows the remembered choice', () => {
    render(() => (
      <PlatformSwitch
        computer="windows"
        ios="10.3"
        detected="mac"
        onComputer={() => {}}
        onIos={() => {}}
      />
    ));
    expect(
      (screen.getByRole('combobox', { name: 'Your computer' }) as HTMLSelectElement).value,
    ).toBe('windows');
    expect((screen.getByRole('combobox', { name: 'iOS version' }) as HTMLSelectElement).value).toBe(
      '10.3',
    );
  });
});

describe('CopySummary', () => {
  it('copies the text and says so', async () => {
    const copy = vi.fn(async () => true);
    render(() => <CopySummary text={() => 'the summary'} copy={copy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy a summary' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Copied/));
    expect(copy).toHaveBeenCalledWith('the summary');
  });

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    render(() => <CopySummary text={() => 'the summary'} copy={async () => false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy a summary' }));
    const box = (await screen.findByRole('textbox', {
      name: 'Summary to copy',
    })) as HTMLTextAreaElement;
    expect(box.value).toBe('the summary');
    expect(screen.getByRole('status').textContent).toMatch(/Couldn’t copy/);
  });
});

describe('CollapsedTab and FixedNotice', () => {
  it('the tab is a named button that expands the panel', () => {
    const onExpand = vi.fn();
    render(() => <CollapsedTab onExpand={onExpand} />);
    const tab = screen.getByRole('button', { name: /Open Backup Doctor/ });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(tab);
    expect(onExpand).toHaveBeenCalledOnce();
  });

  it('the confirmation offers to start over', () => {
    const onStartOver = vi.fn();
    render(() => <FixedNotice onStartOver={onStartOver} />);
    expect(screen.getByText('Glad it’s fixed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(onStartOver).toHaveBeenCalledOnce();
  });
});
