// Some sites put a guard in front of JSON so another site's <script> cannot run it: `for (;;);`
// (Facebook, Instagram), `)]}'` (Google, YouTube), `while(1);`. What follows is the JSON.
const GUARD = /^\s*(?:for\s*\(;;\);|while\s*\(1\);|\)\]\}',?)\s*/;

export function withoutJsonGuard(body: string): string {
  return body.replace(GUARD, '');
}
