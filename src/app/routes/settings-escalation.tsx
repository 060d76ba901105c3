import { AlarmSettings } from '@/features/escalation/components/alarm-settings';
import { PolicyEditor } from '@/features/escalation/components/policy-editor';
import { SettingsNav } from '../settings-nav';

export default function SettingsEscalationRoute() {
  return (
    <>
      <div className="page-header">
        <h1>Settings: escalation</h1>
      </div>
      <SettingsNav />
      <div className="stack">
        <PolicyEditor />
        <AlarmSettings />
      </div>
    </>
  );
}
