import { Link } from 'react-router';
import { HandoffPanel } from '@/features/escalation/components/handoff-panel';
import { OnCallNow } from '@/features/escalation/components/on-call-now';
import { OpenIncidentClocks } from '@/features/escalation/components/open-incident-clocks';
import { TeamSchedules } from '@/features/escalation/components/team-schedules';
import { Panel } from '@/ui/panel';

export default function OnCallRoute() {
  return (
    <>
      <div className="page-header">
        <h1>On-call</h1>
        <div className="actions">
          <Link to="/settings/on-call" className="button">
            Edit schedules
          </Link>
          <Link to="/settings/escalation" className="button">
            Edit escalation policies
          </Link>
        </div>
      </div>
      <div className="grid grid-2">
        <div className="stack">
          <Panel id="on-call-now" title="On call now">
            <OnCallNow />
          </Panel>
          <Panel id="open-incident-clocks" title="Open incidents and their clocks">
            <OpenIncidentClocks />
          </Panel>
          <Panel id="handoffs" title="Handoff notes">
            <HandoffPanel />
          </Panel>
        </div>
        <Panel id="schedules" title="Schedules: the next four weeks">
          <TeamSchedules />
        </Panel>
      </div>
    </>
  );
}
