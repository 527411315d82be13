/**
 * mammoth parses a Word file's styles part whole, yet all it takes from it is, per `w:style`, the id, type and
 * name (and a numbering style's numId), looked up by the ids the document, its notes, comments and numbering
 * name. Word's templates carry every built-in style with its formatting plus the latent styles: about 350 KB of
 * XML that mammoth's DOM parser spent most of a .docx import on. So mammoth is given the styles part without the
 * styles no other part names.
 *
 * Exact or not at all: a part is pruned only when this scanner understands all of it (tags, attributes, text;
 * the five named entities; nothing but the XML declaration before the root; no comments, CDATA, DTD or
 * processing instructions), and what it removes is whole elements directly under the root `w:styles`
 * (`w:style` whose id no other part names, and `w:latentStyles`), each one well formed, without text, entities,
 * repeated attributes, namespace declarations or undeclared prefixes, and holding no `w:style` of its own. The
 * XML parser then sees the same document less elements it would have read without complaint, and mammoth
 * finds every style the document can ask it for.
 */

const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const ENTITY = '&(?:amp|lt|gt|quot|apos);';
const VALUE = `"(?:[^"<&]|${ENTITY})*"|'(?:[^'<&]|${ENTITY})*'`;
/** One token: 1 text, or a tag: 2 closing slash, 3 name, 4 attributes, 5 self-closing slash. */
const TOKEN = new RegExp(`((?:[^<&]|${ENTITY})+)|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:${VALUE}))*)\\s*(/?)>`, 'y');
/** One attribute of a tag TOKEN has read: 1 prefix or name, 2 local name after a prefix, 3 quoted value. */
const ATTRIBUTE = /\s+([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?\s*=\s*("[^"]*"|'[^']*')/g;
const DECLARATION = /^<\?xml\s[^<>?]*\?>/;
const MAIN_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

/**
 * An attribute value as the XML parser gives it (entities resolved; tab and line ends as spaces, which can only
 * make two values equal here that the parser keeps apart: a style kept for nothing, never one dropped).
 *
 * @example attributeValue('"Rubrik&amp;1"') // 'Rubrik&1'
 */
export function attributeValue(quoted: string): string {
  return quoted
    .slice(1, -1)
    .replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (whole: string, dec?: string, hex?: string, named?: string) => {
      if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named] as string;
      const code = dec ? Number(dec) : parseInt(hex as string, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/[\t\n\r]/g, ' ');
}

/**
 * Every attribute value written in the given XML texts (and any `="…"` in their text: more is harmless).
 *
 * @example referencedValues(['<w:pStyle w:val="Rubrik1"/>']).has('Rubrik1') // true
 */
export function referencedValues(texts: Iterable<string>): Set<string> {
  const values = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/=\s*("[^"]*"|'[^']*')/g)) values.add(attributeValue(m[1]));
  }
  return values;
}

/** The attributes of a tag TOKEN has read, by qualified name (null when one repeats). */
function attributesOf(text: string): Map<string, string> | null {
  const values = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[2] === undefined ? m[1] : `${m[1]}:${m[2]}`;
    if (values.has(name)) return null;
    values.set(name, m[3]);
  }
  return values;
}

/**
 * Whether a tag may go with its block: no namespace declaration, no repeated attribute, no prefix the root does
 * not declare. Called for every tag of the blocks a styles part drops.
 */
function harmless(name: string, attributes: string, declared: ReadonlySet<string>): boolean {
  if (!prefixDeclared(name, declared)) return false;
  if (attributes === '') return true;
  if (attributes.includes('xmlns')) return false;
  const eq = attributes.indexOf('=');
  // One "=" is one attribute, which cannot repeat: most of a style's tags (<w:sz w:val="28"/>).
  if (attributes.indexOf('=', eq + 1) < 0) return prefixDeclared(attributes.slice(0, eq).trim(), declared);
  const seen: string[] = [];
  ATTRIBUTE.lastIndex = 0;
  try {
    for (let m = ATTRIBUTE.exec(attributes); m; m = ATTRIBUTE.exec(attributes)) {
      if (m[2] !== undefined && !declared.has(m[1])) return false;
      const qualified = m[2] === undefined ? m[1] : `${m[1]}:${m[2]}`;
      if (seen.includes(qualified)) return false;
      seen.push(qualified);
    }
    return true;
  } finally {
    // matchAll (attributesOf) starts where the shared pattern's lastIndex stands.
    ATTRIBUTE.lastIndex = 0;
  }
}

function prefixDeclared(name: string, declared: ReadonlySet<string>): boolean {
  const colon = name.indexOf(':');
  return colon < 0 || declared.has(name.slice(0, colon));
}

/**
 * The styles part without the `w:style` elements whose id is not in `used` and without `w:latentStyles`, or null
 * when it is not a part this can prune exactly (see the module comment) or nothing would go.
 *
 * @example pruneStyles('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="A"/><w:style w:styleId="B"/></w:styles>', new Set(['A']))
 * // '<w:styles xmlns:w="…"><w:style w:styleId="A"/></w:styles>'
 */
export function pruneStyles(xml: string, used: ReadonlySet<string>): string | null {
  const declaration = DECLARATION.exec(xml);
  let at = declaration ? declaration[0].length : 0;
  const stack: string[] = [];
  const declared = new Set<string>(['xml']);
  const cuts: Array<[number, number]> = [];
  let rootSeen = false;
  /** Where the removable block being read starts, or -1 when there is none (or it has to stay). */
  let block = -1;
  while (at < xml.length) {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(xml);
    if (!token) return null;
    const start = at;
    at = TOKEN.lastIndex;
    const [, text, closing, name, attributeText, selfClosing] = token;
    if (text !== undefined) {
      if (/\S/.test(text) && stack.length === 0) return null;
      if (block >= 0 && /\S/.test(text)) block = -1;
    } else if (closing) {
      if (attributeText || selfClosing || stack.pop() !== name) return null;
      if (stack.length === 1 && block >= 0) cuts.push([block, at]);
      if (stack.length === 1) block = -1;
    } else if (stack.length === 0) {
      // The root: w:styles in Word's main namespace, declared by the prefix w on it.
      const attributes = attributesOf(attributeText);
      const ns = attributes?.get('xmlns:w');
      if (rootSeen || name !== 'w:styles' || !attributes || !ns || !MAIN_NAMESPACES.includes(attributeValue(ns))) return null;
      rootSeen = true;
      for (const n of attributes.keys()) if (n.startsWith('xmlns:')) declared.add(n.slice('xmlns:'.length));
    } else if (stack.length === 1) {
      const attributes = attributesOf(attributeText);
      const id = attributes?.get('w:styleId');
      const otherId = attributes && [...attributes.keys()].some((n) => n !== 'w:styleId' && n.endsWith(':styleId'));
      const unused = name === 'w:style' && id !== undefined && !otherId && !used.has(attributeValue(id));
      block = (unused || name === 'w:latentStyles') && harmless(name, attributeText, declared) ? start : -1;
      if (selfClosing) {
        if (block >= 0) cuts.push([block, at]);
        block = -1;
      }
    } else if (block >= 0 && (name === 'w:style' || !harmless(name, attributeText, declared))) {
      block = -1;
    }
    if (name !== undefined && !closing && !selfClosing) stack.push(name);
  }
  if (!rootSeen || stack.length !== 0 || cuts.length === 0) return null;
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += xml.slice(from, start);
    from = end;
  }
  return out + xml.slice(from);
}
