// Shows HTML that the server produced with renderMarkdown() (sanitised): nothing else goes here.
export function RenderedMarkdown({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`prose rendered-md ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
