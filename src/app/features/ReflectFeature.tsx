import { ReflectHubScreen, type HubLink } from '../../ui/screens/ReflectHubScreen';
import type { FeatureId, FeatureProps } from './feature-context';
import { promptsHubNote } from './PromptsFeature';
import { proqolHubNote } from './SelfCheckFeature';
import { templatesHubNote } from './TemplatesFeature';
import { toolkitHubNote } from './ToolkitFeature';

const LINKS: (HubLink & { id: FeatureId })[] = [
  { id: 'prompts', title: 'Today’s prompt', description: 'One question for today, or browse prompts by theme.' },
  { id: 'templates', title: 'Templates', description: 'Post-session debrief, weekly check-in, supervision prep, ethics walk-through.' },
  { id: 'toolkit', title: 'Coping toolkit', description: 'Breathing, grounding, a body scan, letters, a ritual to leave work at work.' },
  { id: 'self-check', title: 'ProQOL self-check', description: 'Compassion satisfaction, burnout and secondary traumatic stress.' },
  { id: 'lookback', title: 'Look back', description: 'A calendar of the days you wrote, and what you wrote on this day in earlier years.' },
  { id: 'insights', title: 'Insights', description: 'Mood, energy, stress and ProQOL over time; how often you write; your themes and tags.' },
  { id: 'about', title: 'About and sources', description: 'The models and studies behind Tend’s content.' },
];

/** The Reflect hub: the doorway to every guided feature. */
export function ReflectFeature({ ctx }: FeatureProps) {
  // Prompts: today's theme, or that today's prompt is already answered.
  const withPrompts = LINKS.map((link) => (link.id === 'prompts' ? { ...link, note: promptsHubNote(ctx.session) } : link));
  // Toolkit: the exercise this person has rated most helpful so far.
  const base = withPrompts.map((link) => (link.id === 'toolkit' ? { ...link, note: toolkitHubNote(ctx.session) } : link));
  // The self-check link carries the in-app reminder when a ProQOL is due (never taken, or over 30 days).
  const links = base.map((link) => (link.id === 'self-check' ? { ...link, note: proqolHubNote(ctx.session) } : link)).map(
    // Templates: due "evaluate the outcome" follow-ups; About: where "Need support now" lives once unlocked.
    (link) =>
      link.id === 'templates'
        ? { ...link, note: templatesHubNote(ctx.session) }
        : link.id === 'about'
          ? { ...link, note: 'Also here: Need support now' }
          : link,
  );
  return (
    <ReflectHubScreen links={links} onOpen={(id) => ctx.go(id as FeatureId)} onBack={ctx.home} onLock={ctx.lock} />
  );
}
