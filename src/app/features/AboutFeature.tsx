import { Screen } from '../../ui/components/Screen';
import { BackButton, LockButton, Toolbar } from '../../ui/components/Toolbar';
import type { FeatureProps } from './feature-context';

/** Placeholder for the "about" feature while it is being built (issue #3). */
export function AboutFeature({ ctx }: FeatureProps) {
  return (
    <Screen title="Coming soon" toolbar={<Toolbar start={<BackButton onClick={() => ctx.go('reflect')} />} end={<LockButton onClick={ctx.lock} />} />}>
      <p>This part of Tend is being built.</p>
    </Screen>
  );
}
