import { SUPPORT_BLOCKS, SUPPORT_FOOTNOTE, SUPPORT_URGENT } from '../../content/support';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';

/** Props: where Back goes, and Lock when the journal is open. */
export interface SupportScreenProps {
  onBack: () => void;
  /** Present only while unlocked; the locked screens have nothing to lock. */
  onLock?: () => void;
}

/**
 * "Need support now": reachable from the lock screen, so it never needs the passphrase.
 * Static text only: no journal content, no links, no network, no numbers from one country.
 */
export function SupportScreen({ onBack, onLock }: SupportScreenProps) {
  const toolbar = <Toolbar start={<BackButton onClick={onBack} />} end={onLock && <LockButton onClick={onLock} />} />;
  return (
    <Screen title="Need support now" toolbar={toolbar} class="support">
      <p class="support-urgent">{SUPPORT_URGENT}</p>
      {SUPPORT_BLOCKS.map((block) => (
        <section key={block.id} class="support-block stack" aria-labelledby={`support-${block.id}`}>
          <h2 id={`support-${block.id}`}>{block.heading}</h2>
          {block.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {block.items && (
            <ul class="support-list">
              {block.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p class="muted">{SUPPORT_FOOTNOTE}</p>
    </Screen>
  );
}

/** The way to "Need support now" from the lock and set-up screens: always visible. */
export function SupportLink({ onClick, disabled }: { onClick: () => void; disabled?: boolean }) {
  return (
    <p class="support-link">
      <button type="button" class="link" onClick={onClick} disabled={disabled}>
        Need support now
      </button>
    </p>
  );
}
