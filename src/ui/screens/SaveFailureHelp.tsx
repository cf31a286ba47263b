import { useEffect, useRef, useState } from 'preact/hooks';
import { BackUpCard, type BackupSettingsProps } from './BackupSettings';

/** What the editor needs to offer a backup right where a save failed. */
export type BackupOffer = Pick<BackupSettingsProps, 'lastBackupDays' | 'backUp'>;

/** Props: retry the save, and (when the device is full) the backup on offer. */
export interface SaveFailureHelpProps {
  onRetry: () => void;
  /** Present when the device ran out of space: then a backup is offered too. */
  backup?: BackupOffer;
}

/**
 * Under a failed save: "Try again", and when the device is out of space, a backup made
 * on the spot, so the draft never has to leave the screen to reach Settings. A backup is
 * a download: it needs no space in the browser's storage, only room for the file.
 */
export function SaveFailureHelp({ onRetry, backup }: SaveFailureHelpProps) {
  const [open, setOpen] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  // Move focus to the backup form that just appeared, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (open) card.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [open]);
  return (
    <div class="save-failure">
      <p class="button-row">
        <button type="button" onClick={onRetry}>
          Try saving again
        </button>
        {backup && !open && (
          <button type="button" onClick={() => setOpen(true)}>
            Back up your journal now
          </button>
        )}
      </p>
      {backup && (
        <p class="muted">
          A backup keeps everything already saved safe in a file outside this browser. It needs no space here, only
          room for the file it downloads. This entry is not in it until it has been saved.
        </p>
      )}
      {backup && open && (
        <div ref={card}>
          <BackUpCard lastBackupDays={backup.lastBackupDays} backUp={backup.backUp} focusHeading />
        </div>
      )}
    </div>
  );
}
