/**
 * Is a script safe for an ES2017 engine (EdgeHTML 18, Safari 13)? acorn parses it at ecmaVersion 2017. When
 * that fails, the script is parsed again at the latest version and its syntax tree is searched for every
 * post-2017 feature, so a report lists all of them (file:line:column, feature, ES version) and not only the
 * first. Regular expressions built at run time from strings (`new RegExp("(?<!x)…")`) are invisible to a
 * parser, so string literals that contain a lookbehind, which no ES2017 engine can compile, are reported too.
 */
import * as acorn from "acorn";

type Node = acorn.Node & Record<string, unknown>;

interface Hit {
  pos: number;
  what: string;
  es: number;
}

const LOOKBEHIND = /\(\?<[=!]/;

function regexHits(node: Node, pattern: string, flags: string): Hit[] {
  const hits: Hit[] = [];
  if (flags.includes("s")) hits.push({ pos: node.start, what: "regex flag s (dotAll)", es: 2018 });
  if (flags.includes("d")) hits.push({ pos: node.start, what: "regex flag d (indices)", es: 2022 });
  if (flags.includes("v")) hits.push({ pos: node.start, what: "regex flag v", es: 2024 });
  if (LOOKBEHIND.test(pattern)) hits.push({ pos: node.start, what: "regex lookbehind (?<= / (?<!", es: 2018 });
  if (/\(\?<[A-Za-z_$]/.test(pattern)) hits.push({ pos: node.start, what: "regex named group (?<name>", es: 2018 });
  if (flags.includes("u") && /\\[pP]\{/.test(pattern)) hits.push({ pos: node.start, what: "regex \\p{…} property escape", es: 2018 });
  return hits;
}

/** Post-ES2017 features of one syntax-tree node (not its children). */
function nodeHits(node: Node, parent: Node | undefined): Hit[] {
  const at = (what: string, es: number): Hit[] => [{ pos: node.start, what, es }];
  switch (node.type) {
    case "Literal": {
      const regex = node.regex as { pattern: string; flags: string } | undefined;
      if (regex) return regexHits(node, regex.pattern, regex.flags);
      if (typeof node.bigint === "string") return at("BigInt literal", 2020);
      if (typeof node.value === "number" && typeof node.raw === "string" && node.raw.includes("_")) return at("numeric separator", 2021);
      if (typeof node.value === "string" && LOOKBEHIND.test(node.value)) return at("lookbehind in a string (RegExp source)", 2018);
      return [];
    }
    case "TemplateElement": {
      const cooked = (node.value as { cooked: string | null }).cooked;
      return cooked && LOOKBEHIND.test(cooked) ? at("lookbehind in a template string (RegExp source)", 2018) : [];
    }
    case "ChainExpression":
      return at("optional chaining ?.", 2020);
    case "LogicalExpression":
      return node.operator === "??" ? at("nullish coalescing ??", 2020) : [];
    case "AssignmentExpression":
      return ["&&=", "||=", "??="].includes(node.operator as string) ? at(`logical assignment ${node.operator as string}`, 2021) : [];
    case "SpreadElement":
      return parent?.type === "ObjectExpression" ? at("object spread {...x}", 2018) : [];
    case "RestElement":
      return parent?.type === "ObjectPattern" ? at("object rest {...x}", 2018) : [];
    case "ForOfStatement":
      return node.await ? at("for await", 2018) : [];
    case "FunctionDeclaration":
    case "FunctionExpression":
      return node.async && node.generator ? at("async generator", 2018) : [];
    case "CatchClause":
      return node.param === null ? at("catch without binding", 2019) : [];
    case "PropertyDefinition":
      return at("class field", 2022);
    case "PrivateIdentifier":
      return at("private class member #x", 2022);
    case "StaticBlock":
      return at("class static block", 2022);
    case "ImportExpression":
      return at("dynamic import()", 2020);
    case "MetaProperty":
      return (node.meta as Node).name === "import" ? at("import.meta", 2020) : [];
    default:
      return [];
  }
}

function walk(node: Node, parent: Node | undefined, out: Hit[]): void {
  out.push(...nodeHits(node, parent));
  for (const key of Object.keys(node)) {
    if (key === "loc" || key === "regex") continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c === "object" && typeof (c as Node).type === "string") walk(c as Node, node, out);
    } else if (v && typeof v === "object" && typeof (v as Node).type === "string") {
      walk(v as Node, node, out);
    }
  }
}

function lineCol(code: string, pos: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = code.indexOf("\n"); i !== -1 && i < pos; i = code.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${pos - lineStart + 1}`;
}

const excerpt = (code: string, pos: number) => code.slice(Math.max(0, pos - 50), pos + 70).replace(/\s+/g, " ");

/**
 * Problems that keep `code` from running in an ES2017 engine, as "name:line:col: feature (ESyyyy) near «…»".
 * Empty when the script is fine. At most `limit` entries (the count of the rest is appended).
 */
export function es2017Problems(code: string, name: string, sourceType: "script" | "module", limit = 20): string[] {
  let ast: Node;
  let parsedAt2017 = true;
  try {
    ast = acorn.parse(code, { ecmaVersion: 2017, sourceType }) as unknown as Node;
  } catch (first) {
    parsedAt2017 = false;
    try {
      ast = acorn.parse(code, { ecmaVersion: "latest", sourceType }) as unknown as Node;
    } catch {
      const err = first as SyntaxError & { pos?: number };
      const pos = err.pos ?? 0;
      return [`${name}:${lineCol(code, pos)}: ${err.message.replace(/ \(\d+:\d+\)$/, "")} near «${excerpt(code, pos)}»`];
    }
  }
  const hits: Hit[] = [];
  walk(ast, undefined, hits);
  // Named groups parse at 2017 in acorn only as an error, so a 2017 parse that succeeded has none; strings are
  // checked in both cases.
  const problems = hits
    .sort((a, b) => a.pos - b.pos)
    .map((h) => `${name}:${lineCol(code, h.pos)}: ${h.what} (ES${h.es}) near «${excerpt(code, h.pos)}»`);
  if (!parsedAt2017 && problems.length === 0) {
    problems.push(`${name}: does not parse as ES2017 (acorn), but no known newer feature was found`);
  }
  return problems.length > limit ? [...problems.slice(0, limit), `${name}: … and ${problems.length - limit} more`] : problems;
}
