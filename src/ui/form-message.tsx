// What happened when a form was saved, announced politely (the fields themselves carry their own
// errors). Words, not only colour, say whether it worked.
export interface FormMessageValue {
  ok: boolean;
  text: string;
}

export function FormMessage({ message }: { message: FormMessageValue | null }) {
  if (!message) return null;
  return (
    <span role="status" className={message.ok ? 'state-healthy' : 'field-error'}>
      {message.text}
    </span>
  );
}

/** An import that wrote nothing, and why (every problem found, with where it is). */
export function ImportErrors({ errors }: { errors: readonly string[] }) {
  return (
    <div className="notice is-error" role="alert">
      <p>
        <strong>Nothing was imported.</strong>
      </p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
