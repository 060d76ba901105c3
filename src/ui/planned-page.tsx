import type { ReactNode } from 'react';

/** A page whose feature is not built yet says so plainly, and what it will show. No fake data. */
export function PlannedPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <div className="page-header">
        <h1>{title}</h1>
      </div>
      <div className="notice" role="note">
        <p>
          <strong>Not built yet.</strong> This page will show:
        </p>
        {children}
      </div>
    </>
  );
}
