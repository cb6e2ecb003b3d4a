/**
 * Mounts a shadow-root UI under `name`, or, when the page already defined a custom element of
 * that name (its constructor may attach its own shadow root, and ours then fails), under a
 * name the page cannot know. Our UI never depends on the page leaving our name alone.
 */
export async function withHostName<T>(
  name: string,
  create: (name: string) => Promise<T>,
  random: () => number = Math.random,
): Promise<T> {
  try {
    return await create(name);
  } catch {
    return create(`${name}-${Math.floor(random() * 2 ** 32).toString(36)}`);
  }
}
