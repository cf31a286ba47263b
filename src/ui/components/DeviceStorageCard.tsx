/** What the browser says about Tend's storage on this device (null = it does not say). */
export interface DeviceStorageInfo {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Props: the storage facts, and the install action when the browser offers one. */
export interface DeviceStorageCardProps {
  storage: DeviceStorageInfo | null;
  onInstall?: () => void;
}

/** Bytes in words a person reads at a glance ("3.2 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

function persistenceText(persisted: boolean | null): string {
  if (persisted === true) return 'Persistent: this browser has promised not to clear Tend’s data to free space.';
  if (persisted === false) {
    return 'Not yet persistent: the browser could clear Tend’s data if the device runs very low on space. Installing Tend helps; keep backups.';
  }
  return 'This browser does not say whether it may clear Tend’s data.';
}

/** Settings card: is the journal's storage persistent, how much it uses, and Install. */
export function DeviceStorageCard({ storage, onInstall }: DeviceStorageCardProps) {
  return (
    <section aria-labelledby="device-storage" class="card">
      <h2 id="device-storage">This device</h2>
      {storage === null ? (
        <p>Checking storage…</p>
      ) : (
        <>
          <p data-testid="persistence">{persistenceText(storage.persisted)}</p>
          {storage.usage !== null && storage.quota !== null && (
            <p data-testid="usage">
              Using {formatBytes(storage.usage)} of {formatBytes(storage.quota)} available to Tend.
            </p>
          )}
        </>
      )}
      {onInstall && (
        <p>
          <button type="button" onClick={onInstall}>
            Install Tend on this device
          </button>
        </p>
      )}
    </section>
  );
}
