import type { Detection } from '@/domain/health/detections';
import { formatLocal, formatUtc } from '@/domain/time/format';
import { Panel } from '@/ui/panel';
import { RelativeTime } from '@/ui/relative-time';

const SHOWN = 50;
const PAD_MS = 30 * 60_000;

interface Props {
  detections: readonly Detection[] | undefined;
  spikeRuleApplied: boolean;
  now: number;
  onShow(window: [number, number]): void;
}

/** The spikes and anomalies on the charts, as a list a keyboard and a screen reader can use. */
export function DetectionsPanel({ detections, spikeRuleApplied, now, onShow }: Props) {
  return (
    <Panel id="service-detections" title={detections ? `Spikes and anomalies (${detections.length})` : 'Spikes and anomalies'}>
      {!detections ? (
        <p className="muted">Loading…</p>
      ) : detections.length === 0 ? (
        <p className="empty">None in this range.{spikeRuleApplied ? '' : ' (The spike rule needs 1- or 5-minute data.)'}</p>
      ) : (
        <div className="table-scroll">
          <table className="detections-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Detail</th>
                <th scope="col">
                  <span className="visually-hidden">Zoom</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detections.slice(0, SHOWN).map((d) => (
                <tr key={d.id} data-kind={d.kind}>
                  <td>
                    <RelativeTime at={d.from} now={now} />
                    <div className="muted small" title={formatUtc(d.from)}>
                      {formatLocal(d.from)}
                    </div>
                  </td>
                  <td>
                    <strong>{d.kind === 'spike' ? 'Spike' : 'Anomaly'}</strong>
                    <div className="muted small">{d.metric}</div>
                  </td>
                  <td>{d.detail}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => onShow([d.from - PAD_MS, d.to + PAD_MS])}
                      aria-label={`Zoom the charts to the ${d.kind} at ${formatLocal(d.from)}`}
                    >
                      Show
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {detections.length > SHOWN && <p className="muted">{detections.length - SHOWN} older ones are on the charts but not listed.</p>}
        </div>
      )}
    </Panel>
  );
}
