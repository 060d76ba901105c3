import { TemplateEditorPanel } from '@/features/comms/components/template-editor';
import { DataSourcesPanel } from '@/features/settings/components/data-sources-panel';
import { GeneralSettings } from '@/features/settings/components/general-settings';
import { StoragePanel } from '@/features/settings/components/storage-panel';
import { SettingsNav } from '../settings-nav';

export default function SettingsRoute() {
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
      <TemplateEditorPanel />
    </>
  );
}
