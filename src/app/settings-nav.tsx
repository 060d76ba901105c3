// The Settings pages: general (the main one), escalation policies and alarms, on-call schedules.
import { NavLink } from 'react-router';
import './settings-nav.css';

const PAGES = [
  { to: '/settings', label: 'General and data' },
  { to: '/settings/escalation', label: 'Escalation and alarms' },
  { to: '/settings/on-call', label: 'On-call schedules' },
];

export function SettingsNav() {
  return (
    <nav aria-label="Settings sections" className="settings-nav">
      <ul>
        {PAGES.map((p) => (
          <li key={p.to}>
            <NavLink to={p.to} end className="button">
              {p.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
