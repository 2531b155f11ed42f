// Canvas cannot read CSS variables itself; charts take the theme's colours (light or dark) once.
export function themeColors(element: Element) {
  const style = getComputedStyle(element);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: color('--accent', '#4a74e8'),
    accentSoft: color('--accent-soft', '#eaf0ff'),
    positive: color('--positive', '#1f9d63'),
    muted: color('--muted', '#6a7284'),
    line: color('--line', '#e7e9ef'),
  };
}
