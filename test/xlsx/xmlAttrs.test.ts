/**
 * The scanner reads the attributes of plain tags straight from the bytes (the worksheet's hot path) and
 * everything else with parseAttrs: both must give the same attributes for every kind of tag text.
 */
import { XmlScanner, decodeText, parseAttrs } from "../../src/adapters/xlsx/xml";

/** The attributes as the scanner gives them for `<x{text}>` and `<x{text}/>`. */
function scanned(text: string): Record<string, string>[] {
  return [`<x${text}>`, `<x${text}/>`].map((xml) => {
    const sc = new XmlScanner(Buffer.from(xml, "utf8"));
    const tag = sc.next()!;
    return sc.attrs(tag);
  });
}

const CASES: { text: string; expected: Record<string, string> }[] = [
  { text: "", expected: {} },
  { text: ' r="A1" s="5" t="s"', expected: { r: "A1", s: "5", t: "s" } },
  { text: ' r="B12" t="str"', expected: { r: "B12", t: "str" } },
  { text: " t='shared' ref='C2:C9' si='0'", expected: { t: "shared", ref: "C2:C9", si: "0" } },
  { text: ' x:r="A1" x14ac:dyDescent="0.25"', expected: { r: "A1", dyDescent: "0.25" } },
  { text: ' xmlns:r="urn:x" xmlns="urn:y"', expected: { "xmlns:r": "urn:x", xmlns: "urn:y" } },
  { text: ' a:b:c="1"', expected: { "b:c": "1" } },
  { text: ' r = "A1"\n\tspans="1:3"', expected: { r: "A1", spans: "1:3" } },
  { text: ' r="A1" r="B2"', expected: { r: "B2" } },
  { text: ' r="A1"s="5"', expected: { r: "A1", s: "5" } },
  { text: ' v=""', expected: { v: "" } },
  { text: ' v="1 &amp; 2" w="&#x41;"', expected: { v: "1 & 2", w: "A" } },
  { text: ' name="งบ" r="A1"', expected: { name: "งบ", r: "A1" } },
  { text: ` v='say "hi"' w="it's"`, expected: { v: 'say "hi"', w: "it's" } },
  { text: ' junk r="A1"', expected: { r: "A1" } },
  { text: ' r="A1" dangling', expected: { r: "A1" } },
  { text: ' r="A1" s=5', expected: { r: "A1" } },
  { text: ' ="1" r="A1"', expected: { r: "A1" } },
  { text: ' a\u000bb="1"', expected: { b: "1" } },
  { text: ' a\u000cb="1" r="A1"', expected: { b: "1", r: "A1" } },
  { text: ' "q"="1" r="A1"', expected: { '"q"': "1", r: "A1" } },
];

describe("XmlScanner.attrs", () => {
  test.each(CASES)("%j gives the attributes parseAttrs gives", ({ text, expected }) => {
    expect(parseAttrs(text)).toEqual(expected);
    for (const got of scanned(text)) expect(got).toEqual(expected);
  });
});

describe("decodeText", () => {
  test("the five predefined names are decoded; names that only look like them are left as written", () => {
    expect(decodeText("&lt;&gt;&amp;&quot;&apos;")).toBe("<>&\"'");
    expect(decodeText("&lT;&Gt;&AMP;&quo;&quott;&apo;&apox;&ap;&am;&amx;&ltx;&l;&qt;")).toBe("&lT;&Gt;&AMP;&quo;&quott;&apo;&apox;&ap;&am;&amx;&ltx;&l;&qt;");
    expect(decodeText("IF(&apos;งบ&apos;!A1&lt;&gt;&quot;&quot;,1)")).toBe("IF('งบ'!A1<>\"\",1)");
  });
});
