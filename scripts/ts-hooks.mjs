// Lets Node run the project's TypeScript scripts as they are: Node strips the types itself, and
// this resolve hook maps the extensionless imports the codebase uses (`./x`, `./dir`) to
// `./x.ts` or `./dir/index.ts`. Used by `npm run bench` and `npm run eval:diagnosis`.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXTENSIONS = ['.ts', '/index.ts'];

export async function resolve(specifier, context, nextResolve) {
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  if (relative && context.parentURL?.startsWith('file:')) {
    const base = new URL(specifier, context.parentURL);
    const file = fileURLToPath(base);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      for (const ext of EXTENSIONS) {
        const candidate = new URL(base.href + ext);
        if (existsSync(fileURLToPath(candidate))) return nextResolve(candidate.href, context);
      }
    }
  }
  return nextResolve(specifier, context);
}
