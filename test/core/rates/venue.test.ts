/**
 * The venue a place name tells (src/core/rates/venue.ts): kind words anywhere in the name, whatever words
 * surround them; place words (อำเภอ…, จังหวัด…, ต.…) never tell the kind; an unknown place is said as the
 * assumption the rate checks make, never as "unknown" followed by a venue.
 */
import { readVenue, unknownVenueNote, venueNote, venueOfPlace } from "../../../src/core/rates/venue";

describe("the kind of place from its kind words, wherever they stand", () => {
  test.each([
    // a school or a meeting room / hall, with words before or after the kind word
    ["โรงเรียนบ้านโคกสูง", "gov"],
    ["หอประชุมโรงเรียนบ้านหนองบัว", "gov"],
    ["ห้องประชุมโรงเรียนบ้านหนองบัว", "gov"],
    ["ณ ห้องประชุม 2 อาคารเรียน 3", "gov"],
    ["ห้องประชุมสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1", "gov"],
    ["สพป.ขอนแก่น เขต 1", "gov"],
    ["สพม.สุรินทร์", "gov"],
    ["ศาลาประชาคมบ้านโนนสูง ต.โนนสูง อ.เมือง จ.ขอนแก่น", "gov"],
    ["ที่ว่าการอำเภอเมือง", "gov"],
    ["องค์การบริหารส่วนตำบลหนองบัว", "gov"],
    ["ห้องประชุม อบต.หนองบัว", "gov"],
    ["เทศบาลตำบลบ้านไผ่", "gov"],
    ["มหาวิทยาลัยขอนแก่น", "gov"],
    ["วัดป่าสุทธาวาส จังหวัดสกลนคร", "gov"],
    ["รพ.สต.บ้านนา", "gov"],
    ["school hall", "gov"],
    // a hotel or resort, its meeting room included, with place words after it
    ["โรงแรมริเวอร์ไซด์ อำเภอเมือง", "private"],
    ["โรงแรมริเวอร์ไซด์ อ.เมือง จ.ขอนแก่น", "private"],
    ["ห้องประชุมของโรงแรมเจริญธานี", "private"],
    ["ห้องประชุมภูผารีสอร์ท", "private"],
    ["โรงเรียนเอกชนแห่งหนึ่ง", "private"],
    ["Riverside Hotel", "private"],
    ["ห้องประชุมบริษัท ขอนแก่นการพิมพ์ จำกัด", "private"],
    ["ร้านอาหารครัวบ้านสวน อ.เมือง", "private"],
    // place words only, or a house: not a kind of place ("จังหวัด" is not วัด, "วัดผล" not a temple)
    ["บ้านผู้ใหญ่บ้าน", "unknown"],
    ["อำเภอเมือง จังหวัดขอนแก่น", "unknown"],
    ["ต.หนองบัว อ.เมือง จ.อุดรธานี", "unknown"],
    ["ตามตารางวัดผล", "unknown"],
  ])("%s → %s", (text, venue) => expect(venueOfPlace(text)).toBe(venue));

  test("the word that decided is kept, for the note", () => {
    expect(readVenue("โรงแรมริเวอร์ไซด์ อำเภอเมือง")).toEqual({ venue: "private", word: "โรงแรม" });
    expect(readVenue("บ้านนายสมชาย อำเภอเมือง")).toEqual({ venue: "unknown" });
  });
});

describe("notes", () => {
  test("a known place: the venue used and the word it came from, in Thai and English", () => {
    const n = venueNote("หอประชุมโรงเรียนบ้านหนองบัว", readVenue("หอประชุมโรงเรียนบ้านหนองบัว"));
    expect(n.th).toBe('ตรวจอัตราแบบจัดในสถานที่ราชการ ตามสถานที่ "หอประชุมโรงเรียนบ้านหนองบัว" (คำว่า "หอประชุม")');
    expect(n.en).toBe('Rates judged for a government venue, from the place "หอประชุมโรงเรียนบ้านหนองบัว" (the word "หอประชุม")');
  });

  test("an unknown place: the assumption and why, never 'unknown' then the place used", () => {
    const n = unknownVenueNote("บ้านผู้ใหญ่บ้าน", "Sheet1!B5");
    expect(n.th).toContain('"บ้านผู้ใหญ่บ้าน" (Sheet1!B5) ไม่บอกว่าเป็นสถานที่ราชการหรือเอกชน');
    expect(n.th).toContain("สมมติว่าจัดในสถานที่ราชการ (เพดานที่ต่ำกว่า)");
    expect(n.en).toContain("judged as at a government venue (the lower ceiling)");
    expect(n.th).not.toMatch(/ไม่รู้จัก|ตามสถานที่/);
  });
});
