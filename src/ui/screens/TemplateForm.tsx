import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { FilledSection, SectionValue, Template, TemplateDraft, TemplateSection } from '../../content/templates';
import { TemplateChecklist, TemplateTextField } from './TemplateFields';
import { FollowUpField, type FollowUpChoice } from './TemplateFollowUp';
import { ChoiceField, ConsequencesField, OptionsField } from './TemplateOptions';

/** The follow-up picker's state, for templates that offer one. */
export interface FollowUpProps {
  followUpAt: number | undefined;
  choice: FollowUpChoice;
  onChoose: (choice: FollowUpChoice) => void;
}

/** Props: the template (undefined: plain fields only), the draft, and where edits go. */
export interface TemplateFormProps {
  template: Template | undefined;
  draft: TemplateDraft;
  /** An extra section rendered elsewhere (the outcome being written), skipped here. */
  hidden: string | null;
  /** Helper text for extra sections (e.g. earlier outcomes). */
  helpFor: (sectionId: string) => string | undefined;
  onDraft: (draft: TemplateDraft) => void;
  onRemoveOption: (key: string) => void;
  onBlur: () => void;
  followUp?: FollowUpProps;
}

const EMPTY: SectionValue = { text: '', checked: [] };

/** One template section, by kind. */
function SectionField({ section, props }: { section: TemplateSection; props: TemplateFormProps }) {
  const { draft, onDraft, onBlur } = props;
  const value = draft.values[section.id] ?? EMPTY;
  const setValue = (v: SectionValue) => onDraft({ ...draft, values: { ...draft.values, [section.id]: v } });
  const setOptions = (options: TemplateDraft['options']) => onDraft({ ...draft, options });
  switch (section.kind) {
    case 'checklist':
      return <TemplateChecklist section={section} checked={value.checked} onChange={(checked) => setValue({ ...value, checked })} />;
    case 'options':
      return <OptionsField section={section} options={draft.options} onChange={setOptions} onRemove={props.onRemoveOption} onBlur={onBlur} />;
    case 'consequences':
      return <ConsequencesField section={section} options={draft.options} onChange={setOptions} onBlur={onBlur} />;
    case 'choice':
      return <ChoiceField section={section} options={draft.options} value={value} onChange={setValue} onBlur={onBlur} />;
    default:
      return (
        <TemplateTextField label={section.label} help={section.help} value={value.text} onInput={(text) => setValue({ ...value, text })} onBlur={onBlur} />
      );
  }
}

/** A titled group of fields: one step of a walk-through, or the follow-up. */
function Group({ heading, children }: { heading: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="template-step stack" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/** Sections not in the template (appended outcomes, or a template that no longer exists). */
function Extras({ props, sections }: { props: TemplateFormProps; sections: FilledSection[] }) {
  const { draft, onDraft } = props;
  const edit = (id: string, text: string) =>
    onDraft({ ...draft, extra: draft.extra.map((s) => (s.id === id ? { ...s, text } : s)) });
  return (
    <>
      {sections.map((s) => (
        <TemplateTextField key={s.id} label={s.label} help={props.helpFor(s.id)} value={s.text} onInput={(t) => edit(s.id, t)} onBlur={props.onBlur} />
      ))}
    </>
  );
}

/** The form body: sections in template order (grouped by step when there are steps), then extras. */
export function TemplateForm(props: TemplateFormProps) {
  const { template, draft, followUp } = props;
  const extras = draft.extra.filter((s) => s.id !== props.hidden);
  const steps = template?.steps ?? [];
  const sections = template?.sections ?? [];
  return (
    <div class="template-form stack">
      {steps.length > 0
        ? steps.map((step) => (
            <Group key={step.n} heading={`Step ${step.n} of ${steps.length}: ${step.title}`}>
              {sections.filter((s) => s.step === step.n).map((s) => <SectionField key={s.id} section={s} props={props} />)}
            </Group>
          ))
        : sections.map((s) => <SectionField key={s.id} section={s} props={props} />)}
      {followUp && (
        <Group heading="Looking back later">
          <FollowUpField name="template-follow-up" {...followUp} />
        </Group>
      )}
      {extras.length > 0 && template && (
        <Group heading="Added later">
          <Extras props={props} sections={extras} />
        </Group>
      )}
      {extras.length > 0 && !template && <Extras props={props} sections={extras} />}
    </div>
  );
}
