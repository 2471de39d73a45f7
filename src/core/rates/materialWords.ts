/**
 * Goods bought as materials (ค่าวัสดุ), by the kinds of materials of the budget classification: office
 * (วัสดุสำนักงาน), computer (วัสดุคอมพิวเตอร์), electrical, household and kitchen (งานบ้านงานครัว), sports,
 * science and medical, agriculture, building, art and teaching, clothing. Used by the classifier: an item
 * naming one of these goods is a material, an actual-cost item with no rate ceiling.
 */

const OFFICE =
  "ปากกา|ดินสอ|ยางลบ|ไม้บรรทัด|แฟ้ม|ซองเอกสาร|ซองจดหมาย|ซองน้ำตาล|เทปกาว|เทปใส|สก็อตเทป|สก๊อตเทป|กาว|กรรไกร|คัตเตอร์|" +
  "ลวดเย็บ|ลูกแม็ก|แม็กซ์|เครื่องเย็บ|ที่เย็บกระดาษ|คลิปหนีบ|ลวดเสียบ|หมุด|ตรายาง|น้ำยาลบคำผิด|ลิควิด|เทปลบคำผิด|ชอล์ก|" +
  "ไวท์บอร์ด|กระดานดำ|กระดาน|ปากกาเคมี|ปากกาเน้นข้อความ|ไฮไลท์|แท่นประทับ|หมึกเติม|ผงหมึก|โทนเนอร์|ตลับหมึก|หมึก|" +
  "สมุดบันทึก|ปฏิทิน|ริบบิ้น|เชือก|ถุงพลาสติก|แฟลชไดรฟ์";
const COMPUTER =
  "เมาส์|เม้าส์|คีย์บอร์ด|แป้นพิมพ์|แฟลชไดร(?:ฟ์|ฟ|ว์|์ฟ)?|ทัมบ์ไดรฟ์|ฮาร์ดดิสก์|ฮาร์ดดิส|เมมโมรี|การ์ดหน่วยความจำ|หน่วยความจำ|" +
  "แผ่นซีดี|แผ่นดีวีดี|ซีดี|ดีวีดี|สายusb|สายยูเอสบี|สายhdmi|สายvga|หัวแลน|หัวrj|rj45|สายแลน|สายสัญญาณ|อุปกรณ์ต่อพ่วง|" +
  "แผ่นรองเมาส์|หูฟัง|เว็บแคม|ตลับผงหมึก|แบตเตอรี่|ถ่านไฟฉาย|ถ่านอัลคาไลน์|ถ่าน(?:aa|aaa|\\s*\\d)";
const ELECTRICAL = "หลอดไฟ|หลอดled|หลอดนีออน|ปลั๊กไฟ|ปลั๊กพ่วง|รางปลั๊ก|สายไฟ|สวิตช์|เบรกเกอร์|ฟิวส์|เทปพันสายไฟ";
const HOUSEHOLD =
  "ไม้กวาด|ไม้ถูพื้น|ไม้ม็อบ|ถังขยะ|ถุงขยะ|น้ำยาล้าง|น้ำยาทำความสะอาด|น้ำยาถูพื้น|ผงซักฟอก|กระดาษชำระ|ทิชชู|กระดาษเช็ดมือ|" +
  "แก้วน้ำ|ช้อน|ส้อม|ถ้วยชาม|จานชาม|หม้อ|กระทะ|กระติก|ถาดหลุม|ไม้แขวนเสื้อ|ผ้าปูโต๊ะ|ที่ตักผง";
const SPORTS =
  "ลูกฟุตบอล|ฟุตบอล|วอลเลย์บอล|บาสเกตบอล|ฟุตซอล|ลูกตะกร้อ|ตะกร้อ|ลูกปิงปอง|ปิงปอง|แบดมินตัน|ลูกขนไก่|ไม้แบด|นกหวีด|" +
  "กรวยฝึก|กรวยจราจร|ห่วงยาง|เสื่อโยคะ|ไม้ปิงปอง|เปตอง|หมากรุก|หมากฮอส|อุปกรณ์กีฬา";
const SCIENCE_MEDICAL =
  "สารเคมี|หลอดทดลอง|บีกเกอร์|ขวดรูปชมพู่|กระบอกตวง|ปิเปต|สไลด์|แว่นขยาย|เทอร์โมมิเตอร์|ถุงมือ|หน้ากากอนามัย|" +
  "แอลกอฮอล์|เจลล้างมือ|สำลี|ผ้าก๊อซ|พลาสเตอร์|ยาสามัญ|ชุดตรวจ|ที่ตรวจ|ยาดม|ยาหม่อง";
const AGRICULTURE = "ดินปลูก|ดินผสม|กระถาง|ถุงดำ|ถุงเพาะ|บัวรดน้ำ|จอบ|เสียม|คราด|สายยาง|แกลบ|ขุยมะพร้าว|ยาฆ่าแมลง|สารกำจัด|ปุ๋ย";
const BUILDING = "ปูนซีเมนต์|ปูน|อิฐ|ทราย|หิน|ตะปู|น็อต|สกรู|ท่อพีวีซี|ท่อpvc|ข้อต่อ|กระเบื้อง|สังกะสี|ไม้อัด|แปรงทาสี|ลูกกลิ้งทาสี|ทินเนอร์|สีน้ำมัน|สีน้ำพลาสติก|สีรองพื้น";
const ART_TEACHING =
  "สีไม้|สีเทียน|สีน้ำ|สีโปสเตอร์|สีชอล์ก|พู่กัน|จานสี|ดินน้ำมัน|กระดาษสี|กระดาษโปสเตอร์|กระดาษการ์ด|กระดาษปรู๊ฟ|ฟิวเจอร์บอร์ด|" +
  "โฟม|ลูกโป่ง|กากเพชร|ไม้ไอศกรีม|ไม้เสียบ|สื่อการสอน|สื่อการเรียน|บัตรคำ|แบบฝึก|ลูกปัด|ไหมพรม|ด้าย|เข็ม|กระดุม";
const CLOTHING = "เสื้อ|กางเกง|ผ้าพันคอ|หมวก|รองเท้า|ถุงเท้า|เข็มขัด";
const ENGLISH =
  "\\bmouse\\b|keyboard|flash\\s*drive|usb|hard\\s*disk|toner|cartridge|\\bink\\b|\\bpens?\\b|pencils?|erasers?|glue|\\btape\\b|stapler|staples|" +
  "scissors|folders?|envelopes?|markers?|whiteboard|chalk|batter(?:y|ies)|light\\s*bulbs?|\\bballs?\\b|footballs?|whistles?|gloves|" +
  "masks?\\b|alcohol|test\\s*tubes?|beakers?|chemicals?|fertili[sz]er|seeds?\\b|\\bsoil\\b|cement|nails?\\b|paint|brush(?:es)?|crayons?|balloons?";

/** Any of the goods above, anywhere in the item. */
export const MATERIAL_GOODS = new RegExp(
  [OFFICE, COMPUTER, ELECTRICAL, HOUSEHOLD, SPORTS, SCIENCE_MEDICAL, AGRICULTURE, BUILDING, ART_TEACHING, CLOTHING, ENGLISH].join("|"),
);

/**
 * Goods named first in the item ("ค่าหมึกพิมพ์", "ค่ากระดาษถ่ายเอกสาร", "จัดซื้อเมาส์"): a material even when
 * a later word names a service ("พิมพ์", "ถ่ายเอกสาร").
 */
export const GOODS_FIRST = new RegExp(
  `^(?:\\d+[.)]?)?(?:ค่า|จัดซื้อ|ซื้อ)?(?:วัสดุ|${[OFFICE, COMPUTER, ELECTRICAL, "กระดาษ"].join("|")})`,
);
