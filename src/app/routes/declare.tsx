import { DeclareForm } from '@/features/incidents/components/declare-form';

export default function DeclareRoute() {
  return (
    <>
      <div className="page-header">
        <h1>Declare an incident</h1>
      </div>
      <DeclareForm />
    </>
  );
}
