// m.facebook.com ships part of a page as markup commented out inside `<div class="hidden_elem"><code>
// <!-- … --></code>` (the photo page's whole comment list is there, fixtures/facebook/
// m_facebook_photo_page_with_comments_2021.html); the site's own script swaps it in later. A saved page,
// or a live one read before that script ran, has it only as comment text.

/**
 * The deferred markup, parsed by DOMParser into a document of its own: such a document has scripting
 * disabled and loads nothing, and it is only queried, never shown (scraped markup never enters the page).
 */
export function deferredDocuments(doc: Document): Document[] {
  const documents: Document[] = [];
  for (const code of Array.from(doc.querySelectorAll('.hidden_elem > code'))) {
    const markup = Array.from(code.childNodes)
      .filter((node) => node.nodeType === 8)
      .map((node) => node.textContent ?? '')
      .join('');
    if (!markup.trim()) continue;
    const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
    documents.push(new Parser().parseFromString(markup, 'text/html') as unknown as Document);
  }
  return documents;
}
