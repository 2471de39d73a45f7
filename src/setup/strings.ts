/** Texts of the setup page (Thai first, English second). {name} is replaced by a value. */
import type { CheckKey } from "./checks";

export type SetupLang = "th" | "en";

const S = {
  title: { th: "ตั้งค่าโปรแกรมเสริมแผนงบประมาณโครงการ", en: "Set up the Project Budget Plan add-in" },
  version: { th: "รุ่น {version}", en: "Version {version}" },
  switchLang: { th: "English", en: "ภาษาไทย" },
  intro: {
    th: "หน้านี้อยู่ในโฟลเดอร์เดียวกับไฟล์ของโปรแกรมเสริม จึงรู้ที่อยู่ของตนเอง และสร้างไฟล์ manifest.xml สำหรับที่อยู่นี้ให้ได้ทันที ไม่ต้องติดตั้งโปรแกรมใดเพิ่ม ไฟล์ manifest คือไฟล์เล็ก ๆ ที่บอก Excel ว่าโปรแกรมเสริมอยู่ที่ใด",
    en: "This page sits in the same folder as the add-in's files, so it knows its own address and writes the manifest.xml for it. Nothing needs to be installed. The manifest is the small file that tells Excel where the add-in is.",
  },
  addressLabel: { th: "ที่อยู่ของโฟลเดอร์โปรแกรมเสริม (ปกติไม่ต้องแก้)", en: "Address of the add-in folder (usually leave it as it is)" },
  addressHelp: {
    th: "แก้เฉพาะเมื่อโรงเรียนเข้าถึงโฟลเดอร์นี้ด้วยที่อยู่อื่น เช่น ชื่อโดเมนสาธารณะ ที่อยู่ต้องขึ้นต้นด้วย https://",
    en: "Change it only when schools reach this folder under another address, e.g. a public domain name. It must start with https://",
  },
  addinId: { th: "รหัสโปรแกรมเสริม (Id) สำหรับที่อยู่นี้: {id}", en: "Add-in Id for this address: {id}" },
  idNote: {
    th: "ที่อยู่เดิมได้รหัสเดิมเสมอ สร้าง manifest ใหม่กี่ครั้งก็แทนตัวเดิมได้ ถ้าเปลี่ยนที่อยู่ รหัสจะเปลี่ยนและต้องแจก manifest ใหม่",
    en: "The same address always gives the same Id, so a manifest made again replaces the old one. A new address gives a new Id and needs a new manifest everywhere.",
  },
  download: { th: "ดาวน์โหลด manifest.xml", en: "Download manifest.xml" },
  showXml: { th: "ดูเนื้อหา manifest.xml", en: "Show manifest.xml" },
  badAddress: { th: "ใช้ที่อยู่นี้ไม่ได้: {error}", en: "This address cannot be used: {error}" },
  checksTitle: { th: "ตรวจเว็บเซิร์ฟเวอร์", en: "Server check" },
  checking: { th: "กำลังตรวจ…", en: "Checking…" },
  "check.https": { th: "เปิดผ่าน HTTPS", en: "Served over HTTPS" },
  "check.notHttps": {
    th: "หน้านี้ไม่ได้เปิดผ่าน HTTPS: Office โหลดโปรแกรมเสริมผ่าน HTTPS เท่านั้น ให้ติดตั้งใบรับรอง (certificate) บนเว็บเซิร์ฟเวอร์ก่อน",
    en: "This page is not served over HTTPS. Office loads add-ins over HTTPS only: install a certificate on the web server first.",
  },
  "check.file": { th: "พบไฟล์ {file}", en: "{file} found" },
  "check.fileMissing": { th: "ไม่พบไฟล์ {file} (สถานะ {status}): คัดลอกไฟล์ทั้งหมดในโฟลเดอร์ addin ขึ้นเซิร์ฟเวอร์อีกครั้ง", en: "{file} is missing (status {status}): upload every file of the addin folder again" },
  "check.frameBlocked": {
    th: "เซิร์ฟเวอร์ส่งส่วนหัว X-Frame-Options: {value} ซึ่งทำให้ Excel บนเว็บแสดงบานหน้าต่างไม่ได้ ให้ปิดส่วนหัวนี้สำหรับโฟลเดอร์นี้ (ดูไฟล์ตั้งค่าในโฟลเดอร์ server ของไฟล์ zip)",
    en: "The server sends X-Frame-Options: {value}, which stops Excel on the web from showing the pane. Turn it off for this folder (see the configs in the zip's server folder).",
  },
  "check.frameAncestors": {
    th: "เซิร์ฟเวอร์ส่ง Content-Security-Policy ที่มี frame-ancestors ({value}) ซึ่งอาจทำให้ Excel บนเว็บแสดงบานหน้าต่างไม่ได้",
    en: "The server sends a Content-Security-Policy with frame-ancestors ({value}); it may stop Excel on the web from showing the pane.",
  },
  "check.frameOk": { th: "ไม่มีส่วนหัวที่ห้าม Excel แสดงบานหน้าต่าง", en: "No header stops Excel from showing the pane" },
  "check.htmlNoCache": { th: "หน้าเว็บไม่ถูกเก็บแคช รุ่นใหม่จึงถึงผู้ใช้ทันที", en: "The pages are not cached, so a new version reaches users at once" },
  "check.htmlCached": {
    th: "หน้าเว็บอาจถูกเก็บแคช (Cache-Control: {value}) ผู้ใช้อาจได้รุ่นใหม่ช้า ควรใช้ไฟล์ตั้งค่าในโฟลเดอร์ server",
    en: "The pages may be cached (Cache-Control: {value}); users may get new versions late. Use the configs in the server folder.",
  },
  "check.otherAddress": {
    th: "ที่อยู่ที่กรอกไม่ใช่ที่อยู่ของหน้านี้ จึงตรวจจากหน้านี้ไม่ได้ ให้เปิด {url}setup.html จากที่อยู่นั้นเพื่อตรวจ",
    en: "The address typed is not this page's address, so it cannot be checked from here. Open {url}setup.html there to check it.",
  },
  nextTitle: { th: "ขั้นต่อไป: ส่ง manifest ให้ Excel", en: "Next: give the manifest to Excel" },
  nextIntro: {
    th: "เลือกวิธีตามสิ่งที่โรงเรียนมี ใช้หลายวิธีพร้อมกันได้ ทุกวิธีใช้ไฟล์ manifest.xml ไฟล์เดียวกัน รายละเอียดอยู่ในคู่มือ docs/deploy.th.md ที่มากับไฟล์ zip",
    en: "Choose by what the schools have; several ways can be used at once, all with the same manifest.xml. Details: docs/deploy.en.md in the zip.",
  },
  stepM365Title: { th: "โรงเรียนมีบัญชี Microsoft 365 (แนะนำ)", en: "Schools with Microsoft 365 accounts (recommended)" },
  stepM365: {
    th: "ผู้ดูแลระบบเข้า admin.microsoft.com → การตั้งค่า (Settings) → แอปที่รวมไว้ (Integrated apps) → อัปโหลดแอปแบบกำหนดเอง (Upload custom apps) → เลือก Office Add-in แล้วอัปโหลด manifest.xml → เลือกผู้ใช้ → Finish deployment ภายใน 24 ชั่วโมงปุ่ม แผนงบประมาณ จะปรากฏบนแท็บ หน้าแรก ของทุกคนที่เลือก",
    en: "An administrator opens admin.microsoft.com → Settings → Integrated apps → Upload custom apps → Office Add-in, uploads manifest.xml → chooses users → Finish deployment. Within 24 hours the Budget Plan button appears on the Home tab for everyone chosen.",
  },
  stepPcTitle: { th: "คอมพิวเตอร์เครื่องเดี่ยวที่ไม่มี Microsoft 365", en: "A stand-alone PC without Microsoft 365" },
  stepPc: {
    th: "คัดลอก manifest.xml ไปไว้ในโฟลเดอร์ที่แชร์บนเครื่องนั้นเอง แล้วตั้งโฟลเดอร์นั้นเป็นแคตตาล็อกที่เชื่อถือได้ใน Excel (ไฟล์ → ตัวเลือก → ศูนย์ความเชื่อถือ) ทำตามคู่มือข้อ 4ข",
    en: "Copy manifest.xml into a shared folder on that PC and make it a trusted catalog in Excel (File → Options → Trust Center). Follow section 4B of the guide.",
  },
  stepWebTitle: { th: "Excel บนเว็บ (ทุกเครื่อง รวมถึง Office รุ่นเก่า)", en: "Excel on the web (any computer, also with old Office)" },
  stepWeb: {
    th: "เปิดสมุดงานใน Excel บนเว็บด้วยบัญชีของโรงเรียน → หน้าแรก → Add-ins → More Add-ins → ADD-IN ของฉัน → อัปโหลด Add-in ของฉัน → เลือก manifest.xml",
    en: "Open a workbook in Excel on the web with the school account → Home → Add-ins → More Add-ins → MY ADD-INS → Upload My Add-in → choose manifest.xml",
  },
  privacy: {
    th: "ความเป็นส่วนตัว: ข้อมูลแผนอยู่ในสมุดงานของผู้ใช้เท่านั้น โปรแกรมเสริมไม่ส่งข้อมูลออกไปที่ใด สิ่งเดียวที่โหลดจากภายนอกคือ office.js ของ Microsoft และไม่มีการเก็บสถิติการใช้งาน หน้านี้ก็สร้าง manifest ในเบราว์เซอร์เอง ไม่ส่งข้อมูลใดไปยังเซิร์ฟเวอร์",
    en: "Privacy: the plan stays in the user's workbook; the add-in sends it nowhere. The only outside request is Microsoft's office.js; there is no telemetry. This page also makes the manifest in the browser and sends nothing to the server.",
  },
} as const;

export type SetupKey = keyof typeof S;
// every check has a text
const _checked: Record<CheckKey, unknown> = S;
void _checked;

export function st(lang: SetupLang, key: SetupKey, vars: Record<string, string> = {}): string {
  return S[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? vars[name] : whole));
}

export const SETUP_STRINGS = S;
