import { ScheduleEditor } from '@/features/escalation/components/schedule-editor';
import { SettingsNav } from '../settings-nav';

export default function SettingsOnCallRoute() {
  return (
    <>
      <div className="page-header">
        <h1>Settings: on-call</h1>
      </div>
      <SettingsNav />
      <ScheduleEditor />
    </>
  );
}
