// Severity is not a health state, so it is drawn in neutral ink (DOMAIN.md §13: colour carries
// meaning only): weight and fill show rank, the label says it in words.
import { SEVERITY_INFO, type Severity } from '@/domain/severity/levels';

export function SeverityBadge({ severity, short = false }: { severity: Severity; short?: boolean }) {
  return (
    <span className={`severity sev-${severity}`} title={`${severity} ${SEVERITY_INFO[severity].label}: ${SEVERITY_INFO[severity].impact}`}>
      {severity}
      {!short && ` ${SEVERITY_INFO[severity].label}`}
    </span>
  );
}
