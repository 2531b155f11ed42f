/** Three strokes of wind (听风, "listening to the wind"); drawn, so it needs no CJK font. */
export function BrandMark() {
  return (
    <svg class="logo" viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
      <rect width="24" height="24" rx="7" fill="url(#earshot-mark)" />
      <defs>
        <linearGradient id="earshot-mark" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stop-color="#5b8cff" />
          <stop offset="1" stop-color="#2fb5a8" />
        </linearGradient>
      </defs>
      <g fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round">
        <path d="M5 9h9a2.5 2.5 0 1 0-2.5-2.5" />
        <path d="M5 13h12a2.5 2.5 0 1 1-2.5 2.5" />
        <path d="M5 17h5" />
      </g>
    </svg>
  );
}
