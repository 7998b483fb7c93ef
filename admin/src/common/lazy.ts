import { lazy, type ComponentType } from 'react';

/** React.lazy for a named export: each resource page becomes its own chunk, loaded when first opened. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyNamed<M extends Record<string, any>, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType<any> {
  return lazy(() => load().then((m) => ({ default: m[name] as ComponentType<unknown> })));
}
