/**
 * A selector with `:is(…)` lists written out as the plain selectors it stands for, so the
 * stylesheet tests can look rules up by their plain form:
 * `:is([data-theme='dark'], .dark) :is(.a, .b)` → `[data-theme='dark'] .a`, `[data-theme='dark'] .b`,
 * `.dark .a`, `.dark .b`. (`:is()` takes its most specific argument's specificity; the stylesheet only
 * groups selectors of equal specificity in it, which the contrast test's specificity count assumes.)
 */
export function expandIs(selector: string): string[] {
  const start = selector.indexOf(':is(');
  if (start < 0) return [selector.trim()];
  let depth = 0;
  let end = start + 3;
  const parts: string[] = [];
  let from = end + 1;
  for (; end < selector.length; end++) {
    const char = selector[end];
    if (char === '(') depth++;
    else if (char === ')' && --depth === 0) break;
    else if (char === ',' && depth === 1) {
      parts.push(selector.slice(from, end));
      from = end + 1;
    }
  }
  if (end >= selector.length) throw new Error(`unbalanced :is( in ${selector}`);
  parts.push(selector.slice(from, end));
  return parts.flatMap((part) => expandIs(selector.slice(0, start) + part.trim() + selector.slice(end + 1)));
}
