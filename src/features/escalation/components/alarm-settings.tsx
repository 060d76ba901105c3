// Settings → Escalation: how this device raises an alarm beyond the on-screen banner. Both are
// off by default; the browser's notification permission is asked only from the click here.
import { useState } from 'react';
import { useAlarmPrefs } from '@/state/alarm-prefs';
import { Panel } from '@/ui/panel';
import { askNotificationPermission, notificationSupport, playAlarmSound, type NotificationSupport } from '../hooks/alarm-output';

const PERMISSION_WORD: Record<NotificationSupport, string> = {
  granted: 'allowed by the browser',
  denied: 'blocked by the browser (change it in the site settings of your browser)',
  default: 'not asked yet',
  unsupported: 'not supported by this browser',
};

export function AlarmSettings() {
  const { sound, notifications, setSound, setNotifications } = useAlarmPrefs();
  const [permission, setPermission] = useState<NotificationSupport>(notificationSupport);
  return (
    <Panel id="settings-alarms" title="Alarms on this device">
      <div className="stack">
        <p className="muted">
          When a clock runs out, every open tab shows an alarm banner until someone acknowledges. Sound and notifications come from one tab only, so
          several open tabs do not beep several times. These choices belong to this browser, not the team.
        </p>
        <label className="inline">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />
          Play a sound (repeats every minute until acknowledged)
        </label>
        <div>
          <button type="button" onClick={playAlarmSound}>
            Play test sound
          </button>
        </div>
        <label className="inline">
          <input
            type="checkbox"
            checked={notifications && permission === 'granted'}
            disabled={permission === 'unsupported' || permission === 'denied'}
            onChange={async (e) => {
              if (!e.target.checked) return setNotifications(false);
              const answer = permission === 'granted' ? permission : await askNotificationPermission();
              setPermission(answer);
              setNotifications(answer === 'granted');
            }}
          />
          Show a browser notification
        </label>
        <p data-testid="notification-permission">Notifications: {PERMISSION_WORD[permission]}.</p>
      </div>
    </Panel>
  );
}
