import '../incidents.css';
// Declaring an incident (issue 3): what is wrong, where, how bad, who leads. Severity comes from
// the guided classifier or a direct choice; overriding the classifier needs a reason, recorded.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { DeclareInput } from '@/domain/incident/commands';
import { classify, type ClassifierAnswers } from '@/domain/severity/classifier';
import { SEVERITIES, SEVERITY_INFO, type Severity } from '@/domain/severity/levels';
import { useCatalogue } from '@/state/catalogue';
import { useAuthor, useDeclareIncident } from '@/state/incident-commands';
import { ClassifierWizard } from './classifier-wizard';

type Mode = 'guided' | 'direct';

function initialAnswers(params: URLSearchParams): ClassifierAnswers {
  const rate = Number.parseFloat(params.get('errorRate') ?? '');
  return Number.isFinite(rate) ? { errorRatePct: Math.round(rate * 10) / 10 } : {};
}

export function DeclareForm() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const declare = useDeclareIncident();
  const author = useAuthor();
  const loaded = useCatalogue();
  const catalogue = useMemo(() => loaded ?? [], [loaded]);
  const teams = useMemo(() => [...new Set(catalogue.map((c) => c.team).filter(Boolean))].sort(), [catalogue]);

  const [title, setTitle] = useState(params.get('title') ?? '');
  const [description, setDescription] = useState(params.get('description') ?? '');
  const [symptoms, setSymptoms] = useState('');
  const [impactStarted, setImpactStarted] = useState(params.get('impactStartedAt') ?? '');
  const [services, setServices] = useState<string[]>(params.get('service') ? [params.get('service') as string] : []);
  const [otherServices, setOtherServices] = useState('');
  const [team, setTeam] = useState<string | null>(null);
  const [customerFacing, setCustomerFacing] = useState(true);
  const [commander, setCommander] = useState<string | null>(null);
  const [commsLead, setCommsLead] = useState('');
  const [mode, setMode] = useState<Mode>('guided');
  const [answers, setAnswers] = useState<ClassifierAnswers>(() => initialAnswers(params));
  const [chosen, setChosen] = useState<Severity | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const severityId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const suggestion = classify(answers);
  const severity: Severity = chosen ?? (mode === 'guided' ? suggestion.severity : 'P2');
  const overriding = mode === 'guided' && severity !== suggestion.severity;
  const derivedTeam = team ?? catalogue.find((c) => c.id === services[0])?.team ?? '';
  const allServices = [
    ...services,
    ...otherServices
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (overriding && !overrideReason.trim()) return setError(`The classifier suggests ${suggestion.severity}; say why this is ${severity}.`);
    const input: DeclareInput = {
      title,
      description,
      symptoms,
      severity,
      services: allServices,
      team: derivedTeam,
      customerFacing,
      commander: commander ?? author,
      commsLead,
      fingerprints: params.getAll('fingerprint').filter(Boolean),
      impactStartedAt: impactStarted ? new Date(impactStarted).getTime() : null,
      classification:
        mode === 'guided'
          ? {
              answers: answers as Record<string, boolean | number | string | null>,
              suggested: suggestion.severity,
              reason: suggestion.reason,
              overrideReason: overriding ? overrideReason.trim() : null,
            }
          : null,
    };
    setBusy(true);
    try {
      const result = await declare(input);
      if (result.ok) navigate(`/incidents/${result.incidentId}`);
      else setError(result.error);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string) => setServices((list) => (list.includes(id) ? list.filter((s) => s !== id) : [...list, id]));

  return (
    <form onSubmit={onSubmit} className="stack declare-form" aria-label="Declare an incident">
      <section className="panel stack">
        <h2>What is wrong</h2>
        <label>
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} placeholder="Checkout returns 500s after deploy" />
        </label>
        <label>
          Description
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={10_000} />
        </label>
        {params.getAll('fingerprint').length > 0 && (
          <p className="muted">
            Linked error fingerprints: <span className="mono">{params.getAll('fingerprint').join(', ')}</span>
          </p>
        )}
        <label>
          Symptoms (what users or graphs show)
          <textarea value={symptoms} onChange={(e) => setSymptoms(e.target.value)} maxLength={5_000} />
        </label>
        <label>
          Impact started at (your local time, if known — measures time to detect)
          <input type="datetime-local" value={impactStarted} onChange={(e) => setImpactStarted(e.target.value)} />
        </label>
      </section>

      <section className="panel stack">
        <h2>Where</h2>
        <fieldset>
          <legend>Affected services</legend>
          {catalogue.length === 0 && <p className="muted">No services in the catalogue yet: type their ids below.</p>}
          <div className="service-picker">
            {teams.map((t) => (
              <div key={t}>
                <h3>{t}</h3>
                {catalogue
                  .filter((c) => c.team === t)
                  .map((c) => (
                    <label key={c.id} className="inline">
                      <input type="checkbox" checked={services.includes(c.id)} onChange={() => toggle(c.id)} />
                      {c.name}
                    </label>
                  ))}
              </div>
            ))}
          </div>
          <label>
            Other services (ids, comma-separated)
            <input value={otherServices} onChange={(e) => setOtherServices(e.target.value)} />
          </label>
        </fieldset>
        <div className="form-grid">
          <label>
            Assignment group (team)
            <select value={derivedTeam} onChange={(e) => setTeam(e.target.value)}>
              <option value="">None</option>
              {teams.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Customer-facing?</legend>
            <div className="row">
              <label className="inline">
                <input type="radio" name="customer-facing" checked={customerFacing} onChange={() => setCustomerFacing(true)} /> Yes
              </label>
              <label className="inline">
                <input type="radio" name="customer-facing" checked={!customerFacing} onChange={() => setCustomerFacing(false)} /> No
              </label>
            </div>
          </fieldset>
        </div>
      </section>

      <section className="panel stack">
        <h2>How bad</h2>
        <div className="row" role="radiogroup" aria-label="How to set the severity">
          <label className="inline">
            <input type="radio" name="severity-mode" checked={mode === 'guided'} onChange={() => (setMode('guided'), setChosen(null))} /> Answer the
            questions
          </label>
          <label className="inline">
            <input type="radio" name="severity-mode" checked={mode === 'direct'} onChange={() => (setMode('direct'), setChosen(null))} /> Choose
            directly
          </label>
        </div>
        {mode === 'guided' && <ClassifierWizard answers={answers} onChange={setAnswers} />}
        <label htmlFor={severityId}>Severity</label>
        <select id={severityId} value={severity} onChange={(e) => setChosen(e.target.value as Severity)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s} {SEVERITY_INFO[s].label} — {SEVERITY_INFO[s].impact}
            </option>
          ))}
        </select>
        {overriding && (
          <label>
            Why {severity} and not the suggested {suggestion.severity}? (recorded)
            <textarea value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} required maxLength={2_000} />
          </label>
        )}
      </section>

      <section className="panel stack">
        <h2>Who leads</h2>
        <div className="form-grid">
          <label>
            Incident commander
            <input value={commander ?? author} onChange={(e) => setCommander(e.target.value)} maxLength={100} />
          </label>
          <label>
            Communication lead
            <input value={commsLead} onChange={(e) => setCommsLead(e.target.value)} maxLength={100} />
          </label>
        </div>
      </section>

      {error && (
        <p className="notice is-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Declare {severity} incident
        </button>
      </div>
    </form>
  );
}
