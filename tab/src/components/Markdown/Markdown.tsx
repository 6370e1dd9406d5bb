import { mergeClasses } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useMarkdownStyles } from './Markdown.styles';
import { renderMarkdown } from './render-markdown';

/** Props of {@link Markdown}. */
export interface MarkdownProps {
  /** Markdown as the member wrote it. */
  source: string;
  /** Members mentioned in it, id → display name (the post's or comment's `mentions`). */
  mentions?: Record<string, string>;
  /** Added to heading levels so `#` nests under the screen's own headings (default 2: `#` is an h3). */
  headingOffset?: number;
  className?: string;
}

/**
 * Member-written markdown, rendered safely (see render-markdown.ts). Import it lazily
 * (`React.lazy`): markdown-it and DOMPurify must stay out of the start-up bundle.
 */
export function Markdown({ source, mentions, headingOffset = 2, className }: MarkdownProps) {
  const styles = useMarkdownStyles();
  const html = useMemo(
    () => renderMarkdown(source, { mentions, headingOffset }),
    [source, mentions, headingOffset],
  );
  return (
    <div
      className={mergeClasses(styles.root, className)}
      // The only raw HTML in the tab: markdown-it with raw HTML off, then DOMPurify with a strict
      // allow-list (no scripts, event handlers, styles, frames or forms). Links are plain <a>
      // elements (keyboard and screen readers reach them), code blocks are focusable.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export default Markdown;
