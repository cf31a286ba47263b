import type { ComponentChildren, JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { parseMarkdown, type MdBlock, type MdInline } from './markdown';

/** Props: the Markdown source and the heading level its "#" should become. */
export interface MarkdownProps {
  source: string;
  /** The level a "#" heading gets (default 2: the screen's own title is the h1). */
  headingBase?: number;
  /** Shown when there is nothing to render. */
  empty?: ComponentChildren;
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * Entry text rendered from our Markdown AST (markdown.ts) as Preact elements: every piece of
 * the person's text reaches the page as a text node, never as HTML. Links carry only hrefs
 * that `safeHref` accepted, and open in a new tab with rel="noopener noreferrer", so the page
 * they open can neither reach back into Tend nor learn where it was opened from.
 */
export function Markdown({ source, headingBase = 2, empty }: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  if (blocks.length === 0) return <>{empty}</>;
  const outline = { base: Math.min(Math.max(headingBase, 2), 6), previous: headingBase - 1 };
  return <div class="markdown">{renderBlocks(blocks, outline)}</div>;
}

interface Outline {
  base: number;
  /** The level of the last heading rendered, so levels never skip (an h2 is followed by at most an h3). */
  previous: number;
}

/** The rendered level for a heading typed with `level` hashes: shifted under the screen title, never skipping. */
function headingTag(level: number, outline: Outline): HeadingTag {
  const wanted = outline.base + level - 1;
  const rendered = Math.max(outline.base, Math.min(wanted, outline.previous + 1, 6));
  outline.previous = rendered;
  return `h${rendered}` as HeadingTag;
}

function renderBlocks(blocks: readonly MdBlock[], outline: Outline): JSX.Element[] {
  return blocks.map((block, i) => {
    if (block.type === 'heading') {
      const Tag = headingTag(block.level, outline);
      return <Tag key={i}>{renderInline(block.children)}</Tag>;
    }
    if (block.type === 'paragraph') return <p key={i}>{renderInline(block.children)}</p>;
    if (block.type === 'quote') return <blockquote key={i}>{renderBlocks(block.children, outline)}</blockquote>;
    const items = block.items.map((item, k) => <li key={k}>{renderInline(item)}</li>);
    if (!block.ordered) return <ul key={i}>{items}</ul>;
    return (
      <ol key={i} start={block.start === 1 ? undefined : block.start}>
        {items}
      </ol>
    );
  });
}

function renderInline(nodes: readonly MdInline[]): ComponentChildren[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}
