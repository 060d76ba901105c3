import { TemplateEditorPanel } from '@/features/comms/components/template-editor';
import { CatalogueEditor } from '@/features/catalogue/components/catalogue-editor';
import { DefaultThresholdsPanel } from '@/features/catalogue/components/default-thresholds-panel';
import { useServices } from '@/state/services';
import { DataSourcesPanel } from '@/features/settings/components/data-sources-panel';
import { GeneralSettings } from '@/features/settings/components/general-settings';
import { StoragePanel } from '@/features/settings/components/storage-panel';
import { WallSettings } from '@/features/wall/components/wall-settings';
import { SettingsNav } from '../settings-nav';

export default function SettingsRoute() {
  const services = useServices();
  return (
    <>
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      <SettingsNav />
      <div className="grid grid-2">
        <div className="stack">
          <GeneralSettings />
          <StoragePanel />
        </div>
        <DataSourcesPanel />
      </div>
      <WallSettings />
      <TemplateEditorPanel />
      <DefaultThresholdsPanel />
      <CatalogueEditor reportedServices={services.data ?? []} />
    </>
  );
}
