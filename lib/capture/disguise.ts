// Replacing a built-in must not change how it looks to the page: same property attributes, same
// name/length, and a native-looking toString (some error monitors test `fetch.toString()` for
// "[native code]" to decide whether fetch was patched).

type AnyFunction = (this: any, ...args: any[]) => any;

/** Browsers put `fetch` on the window itself but `pushState` / `open` on prototypes: find the real owner. */
function ownerOf(target: object, key: PropertyKey): object | undefined {
  for (let object: object | null = target; object; object = Object.getPrototypeOf(object)) {
    if (Object.prototype.hasOwnProperty.call(object, key)) return object;
  }
  return undefined;
}

function defineHidden(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: false, enumerable: false, configurable: true });
}

/**
 * Swaps `target[key]` (wherever it lives on the prototype chain) for `wrap(original)`, keeping the
 * property's attributes. Returns false, changing nothing, when the method is missing or locked.
 */
export function replaceMethod(target: object, key: string, wrap: (original: AnyFunction) => AnyFunction): boolean {
  const owner = ownerOf(target, key);
  const descriptor = owner && Object.getOwnPropertyDescriptor(owner, key);
  if (!owner || !descriptor || typeof descriptor.value !== 'function') return false;
  if (!descriptor.writable && !descriptor.configurable) return false;

  const original = descriptor.value as AnyFunction;
  const wrapper = wrap(original);
  const nativeSource = Function.prototype.toString.call(original);
  defineHidden(wrapper, 'name', original.name);
  defineHidden(wrapper, 'length', original.length);
  defineHidden(wrapper, 'toString', { toString: () => nativeSource }.toString);
  Object.defineProperty(owner, key, { ...descriptor, value: wrapper });
  return true;
}
