import { createSignal, onMount, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import { useStrings } from '../../components/strings';
import {
  hasNotificationsPermission,
  releaseNotificationsPermission,
  requestNotificationsPermission,
} from '../../lib/status/browser-notifications';
import type { SectionProps } from './OptionsPage';

type Phase = 'idle' | 'asking' | 'denied' | 'failed';

/** Opt-in notifications: ticking the box asks for the optional permission, and explains why. */
export function NotificationSettings(props: SectionProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.options.notifications;
  const [phase, setPhase] = createSignal<Phase>('idle');
  const [reason, setReason] = createSignal('');

  // The user may have taken the permission back in the browser's own settings: then it is off.
  onMount(() => {
    hasNotificationsPermission()
      .then((granted) => {
        if (!granted && props.settings.notifications) props.save({ notifications: false });
      })
      .catch(() => undefined);
  });

  const fail = (box: HTMLInputElement, error: unknown) => {
    box.checked = false;
    setReason(error instanceof Error ? error.message : String(error));
    setPhase('failed');
  };

  const onChange = (event: Event & { currentTarget: HTMLInputElement }) => {
    const box = event.currentTarget;
    if (!box.checked) {
      setPhase('idle');
      props.save({ notifications: false });
      releaseNotificationsPermission().catch(() => undefined);
      return;
    }
    // Asked synchronously inside the click: the browser only prompts during a user gesture.
    let request: Promise<boolean>;
    try {
      request = requestNotificationsPermission();
    } catch (error) {
      fail(box, error);
      return;
    }
    setPhase('asking');
    request.then(
      (granted) => {
        box.checked = granted;
        setPhase(granted ? 'idle' : 'denied');
        if (granted) props.save({ notifications: true });
      },
      (error: unknown) => fail(box, error),
    );
  };

  const message = () => {
    switch (phase()) {
      case 'asking':
        return S().asking;
      case 'denied':
        return S().denied;
      case 'failed':
        return format(S().failed, { reason: reason() });
      default:
        return props.settings.notifications ? S().on : S().off;
    }
  };

  return (
    <fieldset class="group">
      <legend>{S().legend}</legend>
      <div class="choice">
        <input
          type="checkbox"
          id="notifications"
          aria-describedby="notifications-why notifications-state"
          checked={props.settings.notifications}
          disabled={phase() === 'asking'}
          aria-busy={phase() === 'asking'}
          onChange={onChange}
        />
        <label for="notifications">{S().label}</label>
      </div>
      <p class="hint" id="notifications-why">
        {S().why}
      </p>
      <p
        id="notifications-state"
        class="state"
        classList={{ warning: phase() === 'denied' || phase() === 'failed' }}
        role="status"
      >
        {message()}
      </p>
    </fieldset>
  );
}
