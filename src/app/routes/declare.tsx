import { PlannedPage } from '@/ui/planned-page';

export default function DeclareRoute() {
  return (
    <PlannedPage title="Declare an incident">
      <ul>
        <li>title, description, affected services, roles;</li>
        <li>severity through the guided classifier, or chosen directly with a recorded reason.</li>
      </ul>
    </PlannedPage>
  );
}
