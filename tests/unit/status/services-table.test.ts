import { describe, expect, it } from 'vitest';
import {
  BACKUP_SERVICES,
  INCIDENT_FIRST_SERVICES,
  LOCALISED_SERVICE_NAMES,
  PRIMARY_BACKUP_SERVICE,
  RELATED_BACKUP_SERVICES,
} from '../../../content/services';
import { parseStatusFeed, summarizeServices } from '../../../lib/status';
import { findService } from '../../../lib/status/describe';
import { localisedService } from '../../../lib/status/page';
import { feedFixture, referenceSample } from './feed-files';

describe('the backup-related service table', () => {
  it('puts iCloud Backup first, then the related services, with no repeats', () => {
    expect(BACKUP_SERVICES[0]).toBe(PRIMARY_BACKUP_SERVICE);
    expect(BACKUP_SERVICES).toEqual([PRIMARY_BACKUP_SERVICE, ...RELATED_BACKUP_SERVICES]);
    expect(new Set(BACKUP_SERVICES).size).toBe(BACKUP_SERVICES.length);
  });

  it('puts only backup services first in the plan', () => {
    expect(INCIDENT_FIRST_SERVICES).toEqual(['iCloud Backup', 'iCloud Account & Sign In']);
  });

  it.each([
    ['our all-available fixture (today’s names)', feedFixture('all-available.json')],
    [
      'Apple’s 2021 feed (“Apple ID”, “&amp;”)',
      referenceSample('consumer_2021-04-26_one-ongoing_statusbuddy.json'),
    ],
  ])('finds every entry in %s', (_, body) => {
    const services = summarizeServices(parseStatusFeed(body), 0);
    for (const name of BACKUP_SERVICES) expect(findService(services, name)).not.toBeNull();
  });
});

describe('localised service names', () => {
  it('name only services we mark, each name once', () => {
    for (const { service } of LOCALISED_SERVICE_NAMES) expect(BACKUP_SERVICES).toContain(service);
    const names = LOCALISED_SERVICE_NAMES.map((e) => e.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['iCloud-Backup', { service: 'iCloud Backup', certain: true }],
    ['icloud backup', { service: 'iCloud Backup', certain: true }],
    ['iCloudバックアップ', { service: 'iCloud Backup', certain: true }],
    ['Sauvegarde  iCloud', { service: 'iCloud Backup', certain: true }],
    ['حساب iCloud وتسجيل الدخول', { service: 'iCloud Account & Sign In', certain: false }],
    ['Fotos', null],
  ])('%s', (name, expected) => {
    expect(localisedService(name)).toEqual(expected);
  });
});
