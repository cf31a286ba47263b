import type { Citation } from '../../content/types';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';

/** Props: every cited source (already sorted), and the app layer's actions. */
export interface AboutScreenProps {
  sources: readonly Citation[];
  onSupport: () => void;
  onSelfCheck: () => void;
  onBack: () => void;
  onLock: () => void;
}

/** One reference, APA-like, as text only; the address is shown, never fetched or linked. */
function SourceItem({ c }: { c: Citation }) {
  return (
    <li class="source">
      {c.authors} ({c.year}). <cite>{c.title}</cite>. {c.where}.
      {c.url && (
        <>
          {' '}
          <span class="source-url">{c.url}</span>
        </>
      )}
    </li>
  );
}

/** About and sources: what Tend is for, where its content comes from, and every citation. */
export function AboutScreen(props: AboutScreenProps) {
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title="About and sources" toolbar={toolbar} class="about">
      <section class="stack" aria-labelledby="about-what">
        <h2 id="about-what">What Tend is for</h2>
        <p>
          Tend is a private journal for therapists and other clinicians: a place to work through what the job does to
          you, from the session that followed you home to the ethical call you keep turning over. Everything you write
          is encrypted on this device and never sent anywhere.
        </p>
        <p>
          It is for reflection, alongside supervision and your own support, not instead of them. Nothing in it is a
          diagnosis or a treatment.
        </p>
      </section>
      <section class="stack support-callout" aria-labelledby="about-support">
        <h2 id="about-support">Need support now?</h2>
        <p>Plain guidance on where to turn, on a page you can also open from the lock screen.</p>
        <p>
          <button type="button" class="primary" onClick={props.onSupport}>
            Need support now
          </button>
        </p>
      </section>
      <section class="stack" aria-labelledby="about-words">
        <h2 id="about-words">In our own words</h2>
        <p>
          The prompts, templates and exercises were written for Tend, in our own words, by people who know clinical
          work. They draw on the published models and studies listed below; where a piece of content rests on one, it
          says so. The ethics walk-through follows the seven steps of the American Counseling Association’s
          decision-making model.
        </p>
      </section>
      <section class="stack" aria-labelledby="about-proqol">
        <h2 id="about-proqol">The ProQOL self-check</h2>
        <p>
          The Professional Quality of Life scale (ProQOL 5) is not ours: it is used under its own terms, and its full
          copyright notice, credit line and the address proqol.org are shown with the self-check itself.
        </p>
        <p>
          <button type="button" onClick={props.onSelfCheck}>
            Open the ProQOL self-check
          </button>
        </p>
      </section>
      <section class="stack" aria-labelledby="about-sources">
        <h2 id="about-sources">Sources</h2>
        <p class="hint">
          Addresses are shown as text: Tend never opens or fetches them. Copy one into your browser if you want to read
          more.
        </p>
        <ol class="sources" aria-label="Sources">
          {props.sources.map((c) => (
            <SourceItem key={c.id} c={c} />
          ))}
        </ol>
      </section>
    </Screen>
  );
}
