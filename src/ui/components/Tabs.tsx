import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';

/** One tab: its key, its visible name, and its panel. */
export interface TabSpec<K extends string> {
  key: K;
  label: string;
  panel: ComponentChildren;
  /** Set when the panel has no focusable content of its own, so Tab can reach it (ARIA APG). */
  focusablePanel?: boolean;
}

/** Props: the tabs, which one is selected, and a name for the group. */
export interface TabsProps<K extends string> {
  label: string;
  tabs: TabSpec<K>[];
  selected: K;
  onSelect: (key: K) => void;
  class?: string;
}

/**
 * Tabs after the WAI-ARIA Authoring Practices pattern: one Tab stop for the whole tab list
 * (roving tabindex), Left/Right/Home/End move and select, and every panel is named by its
 * tab. Hidden panels stay in the page (with `hidden`), so their fields keep their state.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, class: cls }: TabsProps<K>) {
  const id = useId();
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const move = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const key = tabs[to]!.key;
    onSelect(key);
    buttons.current[key]?.focus();
  };
  return (
    <div class={cls ? `tabs ${cls}` : 'tabs'}>
      <div role="tablist" aria-label={label} class="tab-list">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(el) => {
              buttons.current[tab.key] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`${id}-panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(e) => move(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          class="tab-panel"
          hidden={tab.key !== selected}
          tabIndex={tab.focusablePanel ? 0 : undefined}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
