import type { JSX } from 'solid-js';
import { PRIMARY_BACKUP_SERVICE, RELATED_BACKUP_SERVICES } from '../../content/services';
import { appleStatusUrl } from '../../content/apple-sites';
import { useStrings } from '../../components/strings';
import { backupView, findService, viewService } from '../../lib/status/describe';
import { inLanguage } from '../../lib/status/local-messages';
import { BackupStatus } from './BackupStatus';
import { CheckBar } from './CheckBar';
import type { StatusFeed } from './status-feed';
import { RecentIncidents, recentIncidents } from './RecentIncidents';
import { RelatedServices } from './RelatedServices';

/** The popup's status page: iCloud Backup first, then related services, history and Apple's link. */
export function StatusView(props: { feed: StatusFeed }): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.popup;
  // Apple's incident words in the popup's language where the background has them.
  const snapshot = () => inLanguage(props.feed.snapshot(), t().locale);
  const now = () => props.feed.now();
  const backup = () => backupView(snapshot(), now());
  const related = () => RELATED_BACKUP_SERVICES.map((name) => viewService(snapshot(), name, now()));
  const history = () =>
    recentIncidents(findService(snapshot().services, PRIMARY_BACKUP_SERVICE)?.events ?? []);

  return (
    <>
      <BackupStatus view={backup()} snapshot={snapshot()} now={now()} />
      <CheckBar
        checkedAt={snapshot().checkedAt}
        now={now()}
        refreshing={props.feed.refreshing()}
        requestFailed={props.feed.requestFailed()}
        onRefresh={props.feed.refresh}
      />
      <RelatedServices views={related()} now={now()} />
      <RecentIncidents events={history()} now={now()} />
      <p class="apple-link">
        <a href={appleStatusUrl(t().locale)} target="_blank" rel="noopener noreferrer">
          {S().appleLink} <span class="visually-hidden">{S().appleLinkNewTab}</span>
          <span aria-hidden="true">↗</span>
        </a>
      </p>
    </>
  );
}
