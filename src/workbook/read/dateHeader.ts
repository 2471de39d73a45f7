/**
 * A date column's header, normalised: "วันที่จัด", "วันที่ดำเนินการ", "วัน/เดือน/ปี", "ว.ด.ป.", "date". Its Excel dates or
 * dates written as text ("15 ก.พ. 2569", "15/02/2569") give the months, as a month column does (read/dateColumns.ts).
 */
export const DATE_HEADER =
  /^(วันที่|วันที่จัด|วันที่จัดกิจกรรม|วันที่ดำเนินการ|วันที่ดำเนินงาน|วันที่ใช้|วันที่ใช้จ่าย|วันที่จ่าย|วันที่จัดซื้อ|วันที่เริ่ม|วันที่เริ่มต้น|วันที่สิ้นสุด|วันที่จัดอบรม|วันที่อบรม|วันเดือนปี|วัน\/เดือน\/ปี|วดป|กำหนดวันที่|กำหนดการจัด|date|dates|eventdate)$/;
