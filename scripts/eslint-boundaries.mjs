// Local ESLint rule: the import boundaries of docs/ARCHITECTURE.md, enforced on every import,
// re-export and dynamic import under src/. Small enough to own; the published boundary plugins
// need a resolver setup larger than this rule.
import path from 'node:path';

const SRC = path.resolve('src');

/** Which project folders each layer may import, and which packages (null = any package). */
const LAYERS = {
  domain: { internal: ['domain'], packages: ['zod'] },
  adapters: { internal: ['domain', 'adapters'], packages: ['zod'] },
  db: { internal: ['domain', 'db'], packages: ['dexie', 'zod'] },
  // ARCHITECTURE.md said "ui imports only domain types"; ui also uses domain's pure formatters
  // (times, state words), which keeps wording in one place. It still never sees db, adapters or state.
  ui: { internal: ['ui', 'domain'], packages: null },
  state: { internal: ['domain', 'adapters', 'db', 'state'], packages: null },
  features: { internal: ['domain', 'adapters', 'db', 'ui', 'state', 'features'], packages: null },
  testing: { internal: ['domain', 'adapters', 'db', 'testing'], packages: null },
  app: { internal: ['domain', 'adapters', 'db', 'ui', 'state', 'features', 'app'], packages: null },
};

// Only the db layer touches the Dexie instance; everyone else calls repository functions.
const DB_PRIVATE = [path.join(SRC, 'db', 'database.ts'), path.join(SRC, 'db', 'schema.ts')];

function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return null;
  const [top, second] = rel.split(path.sep);
  if (top === 'features') return { layer: 'features', feature: second };
  return { layer: top.replace(/\.tsx?$/, '') };
}

function resolveSpecifier(spec, fromFile) {
  if (spec.startsWith('@/')) return path.join(SRC, spec.slice(2));
  if (spec.startsWith('.')) return path.resolve(path.dirname(fromFile), spec);
  return null;
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isTestFile = (file) => /\.test\.tsx?$/.test(file);

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer boundaries of ARCHITECTURE.md' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from || !(from.layer in LAYERS) || isTestFile(file)) return {};
    const allowed = LAYERS[from.layer];

    function check(node, spec, typeOnly) {
      if (typeof spec !== 'string') return;
      const target = resolveSpecifier(spec, file);
      if (!target) {
        const pkg = packageName(spec);
        if (allowed.packages && !allowed.packages.includes(pkg) && !pkg.startsWith('node:')) {
          context.report({ node, message: `${from.layer}/ may not import the package '${pkg}' (allowed: ${allowed.packages.join(', ')}).` });
        }
        return;
      }
      const to = layerOf(target);
      if (!to) return;
      const internalOk = allowed.internal.includes(to.layer);
      const typeOk = typeOnly && allowed.typeOnly?.includes(to.layer);
      if (!internalOk && !typeOk) {
        const hint = allowed.typeOnly?.includes(to.layer) ? ' except with `import type`' : '';
        context.report({ node, message: `${from.layer}/ may not import from ${to.layer}/${hint}.` });
        return;
      }
      if (from.layer === 'features' && to.layer === 'features' && to.feature !== from.feature) {
        context.report({ node, message: `features/${from.feature} may not import features/${to.feature}: compose features in app/.` });
      }
      if (from.layer !== 'db' && DB_PRIVATE.some((p) => target === p || target === p.replace(/\.ts$/, ''))) {
        context.report({ node, message: 'Use a repository function from db/, not the Dexie instance or schema.' });
      }
    }

    return {
      Program(node) {
        if (/^index\.tsx?$/.test(path.basename(file))) {
          context.report({ node, message: 'No barrel index files inside src/: import from the module itself.' });
        }
      },
      ImportDeclaration(node) {
        const allSpecifiersAreTypes = node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type');
        check(node, node.source.value, node.importKind === 'type' || allSpecifiersAreTypes);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, false);
      },
    };
  },
};

export default { rules: { boundaries: rule } };
