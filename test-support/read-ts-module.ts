// One TypeScript file as test-support/find-http-in-transactions.ts follows it: its top-level functions
// (and other top-level values), and where each imported or re-exported name comes from ("@/…" and
// relative specifiers resolved to files; packages are not followed).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type TFunction = { key: string; name: string; node: ts.Node; file: TModule };
export type TModule = {
  path: string;
  source: ts.SourceFile;
  functions: Map<string, TFunction>;
  /** Local name → the file it comes from and its name there ("*" for a namespace import). */
  imports: Map<string, { from: string; name: string }>;
  /** `export * from "…"` */
  reexports: string[];
};

export function readModule(file: string, repoRoot: string): TModule {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const parsed: TModule = { path: file, source, functions: new Map(), imports: new Map(), reexports: [] };
  const toPath = (specifier: string) => {
    if (specifier.startsWith("@/")) return resolveModule(path.join(repoRoot, specifier.slice(2)));
    return specifier.startsWith(".") ? resolveModule(path.resolve(path.dirname(file), specifier)) : null;
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = toPath(statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (!from || !clause) continue;
      if (clause.name) parsed.imports.set(clause.name.text, { from, name: "default" });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) parsed.imports.set(bindings.name.text, { from, name: "*" });
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements)
          parsed.imports.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      const from = toPath(statement.moduleSpecifier.text);
      if (from)
        for (const element of statement.exportClause.elements)
          parsed.imports.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !statement.exportClause
    ) {
      const from = toPath(statement.moduleSpecifier.text);
      if (from) parsed.reexports.push(from);
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      parsed.functions.set(statement.name.text, {
        key: `${file}#${statement.name.text}`,
        name: statement.name.text,
        node: statement,
        file: parsed,
      });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          const name = declaration.name.text;
          parsed.functions.set(name, { key: `${file}#${name}`, name, node: declaration.initializer, file: parsed });
        }
      }
    }
  }
  return parsed;
}

function resolveModule(base: string): string | null {
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}
