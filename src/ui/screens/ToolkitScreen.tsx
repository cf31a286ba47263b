import { describeScore, type ToolRanking } from '../../content/toolkit/ratings';
import type { Tool, ToolId } from '../../content/toolkit/tools';
import { Alert } from '../components/Alert';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';

/** Props: the tools, this person's ranking, and where choices go. */
export interface ToolkitScreenProps {
  tools: readonly Tool[];
  ranking: ToolRanking;
  /** False while the vault is still opening older records (ratings may be incomplete). */
  loaded: boolean;
  /** A short confirmation after a rating ("Rating saved."). */
  notice?: string | null;
  error?: string | null;
  onOpen: (id: ToolId) => void;
  onBack: () => void;
  onLock: () => void;
}

/**
 * The coping toolkit: what helps this person most (from their own ratings), then every
 * exercise with its length, its evidence label and how it has rated so far.
 */
export function ToolkitScreen(props: ToolkitScreenProps) {
  const { ranking } = props;
  const scores = new Map(ranking.ranked.map((s) => [s.tool.id, s]));
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title="Coping toolkit" toolbar={toolbar} class="tk-screen">
      <p>
        Short exercises for between sessions and the end of the day. Afterwards you can say how much one helped; Tend
        keeps that, encrypted, and shows you what works best for you.
      </p>
      <div class="notice-region" role="status">
        {props.notice && <p class="notice">{props.notice}</p>}
      </div>
      <Alert>{props.error}</Alert>
      <HelpsMost ranking={ranking} loaded={props.loaded} />
      <section class="tk-section" aria-labelledby="tk-exercises">
        <h2 id="tk-exercises">Exercises</h2>
        <ul class="tk-tools">
          {props.tools.map((tool) => {
            const score = scores.get(tool.id);
            return (
              <li key={tool.id} class="tk-tool card">
                <h3>{tool.name}</h3>
                <p>{tool.summary}</p>
                <p class="tk-meta">
                  {tool.duration} · Evidence: {tool.evidence.label}
                </p>
                <p class="tk-meta">{score ? describeScore(score) : 'Not rated yet'}</p>
                <p>
                  <button type="button" onClick={() => props.onOpen(tool.id)}>
                    Start<span class="tk-sr-only"> {tool.name}</span>
                  </button>
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </Screen>
  );
}

/** The person's own ranking: rated tools, best first. */
function HelpsMost({ ranking, loaded }: { ranking: ToolRanking; loaded: boolean }) {
  return (
    <section class="tk-section" aria-labelledby="tk-helps-most">
      <h2 id="tk-helps-most">What helps you most</h2>
      {!loaded && <p class="muted">Still opening your older records; this list may grow.</p>}
      {ranking.ranked.length === 0 ? (
        <p class="muted">Nothing rated yet. After an exercise, say how much it helped and it will show here.</p>
      ) : (
        <ol class="tk-ranking" aria-labelledby="tk-helps-most">
          {ranking.ranked.map((s) => (
            <li key={s.tool.id}>
              <span class="tk-rank-name">{s.tool.name}</span> <span class="tk-meta">{describeScore(s)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
