// Runs an incident command and keeps what the user should read afterwards: the domain's
// refusal, a storage failure, or a short confirmation.
import { useState } from 'react';
import type { IncidentCommand } from '@/domain/incident/commands';
import { useIncidentCommand } from '@/state/incident-commands';

export type Feedback = { ok: boolean; text: string } | null;

export function useCommandFeedback(incidentId: string) {
  const run = useIncidentCommand(incidentId);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);
  async function send(command: IncidentCommand, done = 'Recorded.'): Promise<boolean> {
    setBusy(true);
    try {
      const result = await run(command);
      setFeedback(result.ok ? { ok: true, text: done } : { ok: false, text: result.error });
      return result.ok;
    } catch (error) {
      setFeedback({ ok: false, text: (error as Error).message });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { send, feedback, setFeedback, busy };
}

export function FeedbackLine({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return feedback.ok ? (
    <p role="status" className="state-healthy feedback">
      {feedback.text}
    </p>
  ) : (
    <p role="alert" className="notice is-error feedback">
      {feedback.text}
    </p>
  );
}
