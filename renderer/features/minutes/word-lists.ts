/**
 * Word does not put lists on the clipboard as <ul>/<ol>: each point is a paragraph styled
 * "mso-list:l0 level2 lfo1", its bullet or number typed out in a span marked
 * "mso-list:Ignore". This rebuilds real, nested lists from runs of such paragraphs.
 * Styles are read from data-pasted-style (see word-paste.ts), never from live style attributes.
 */
const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i;
// '1.', '2)', 'a.', 'iv.', '(b)': a number; anything else ('·', 'o', '§', '•', '-') a bullet.
const NUMBER_MARKER = /^\(?(?:\d{1,3}|[a-z]{1,4})[.)]/i;

interface ListPoint {
  paragraph: Element;
  level: number;
  ordered: boolean;
  list: string;
}

function readPoint(paragraph: Element): ListPoint | null {
  const match = MSO_LIST.exec(paragraph.getAttribute('data-pasted-style') ?? '');
  if (!match) return null;
  const marker = [...paragraph.querySelectorAll('span')].find((span) =>
    /mso-list:\s*Ignore/i.test(span.getAttribute('data-pasted-style') ?? ''),
  );
  const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  marker?.remove();
  return {
    paragraph,
    level: Math.max(1, Math.min(Number(match[2]), 9)),
    ordered: NUMBER_MARKER.test(markerText),
    list: match[3] ?? match[1] ?? '',
  };
}

/** The next element sibling, skipping whitespace and comments. */
function nextElement(node: Element): Element | null {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 1) return next as Element;
    if (next.nodeType === 3 && next.textContent?.trim()) return null;
  }
  return null;
}

function buildLists(doc: Document, points: ListPoint[]): DocumentFragment {
  const out = doc.createDocumentFragment();
  const stack: { element: Element; ordered: boolean; list: string }[] = [];
  for (const point of points) {
    while (stack.length > point.level) stack.pop();
    const top = stack[stack.length - 1];
    // A new Word list, or a bullet point after numbered ones at the same level, starts afresh.
    if (
      top &&
      stack.length === point.level &&
      (top.ordered !== point.ordered || top.list !== point.list)
    ) {
      stack.pop();
    }
    while (stack.length < point.level) {
      const element = doc.createElement(point.ordered ? 'ol' : 'ul');
      const parent = stack[stack.length - 1];
      if (parent) {
        let host = parent.element.lastElementChild;
        if (!host) parent.element.append((host = doc.createElement('li')));
        host.append(element);
      } else {
        out.append(element);
      }
      stack.push({ element, ordered: point.ordered, list: point.list });
    }
    const li = doc.createElement('li');
    const p = doc.createElement('p');
    p.append(...point.paragraph.childNodes);
    li.append(p);
    stack[stack.length - 1]?.element.append(li);
  }
  return out;
}

/** Replaces every run of Word list paragraphs under `root` with nested <ul>/<ol> lists. */
export function convertWordLists(root: Element): void {
  const doc = root.ownerDocument;
  const done = new Set<Element>();
  for (const paragraph of root.querySelectorAll('p')) {
    if (done.has(paragraph)) continue;
    const points: ListPoint[] = [];
    for (let at: Element | null = paragraph; at?.tagName === 'P'; at = nextElement(at)) {
      const point = readPoint(at);
      if (!point) break;
      points.push(point);
      done.add(at);
    }
    if (points.length === 0) continue;
    paragraph.before(buildLists(doc, points));
    for (const point of points) point.paragraph.remove();
  }
}
