import { parse } from "./dist/index.js";
const cases = {
  "one long line 3MB": "Thực hiện ý kiến chỉ đạo của Thành phố, ".repeat(80000),
  "5000 '1.' lines": "1. Giao Sở Y tế\n".repeat(5000),
  "20000 lines of '- x'": "- Giao Sở Y tế chủ trì\n".repeat(20000),
  "50k blank lines": "\n".repeat(50000) + "THÔNG BÁO",
  "deep nesting": Array.from({length: 2000}, (_, i) => ["1.", "a)", "-", "+", "(1)"][i % 5] + " x").join("\n"),
  "many header lines": "ỦY BAN NHÂN DÂN\n".repeat(5000),
  "many KT lines": "KT. CHỦ TỊCH\n".repeat(5000),
  "many Số lines": "Số: 12/UBND-VX\n".repeat(5000),
};
for (const [name, text] of Object.entries(cases)) {
  const t = performance.now();
  try { const r = parse(text); console.log(name, (performance.now() - t).toFixed(0), "ms", r.documents.length, "docs"); }
  catch (e) { console.log(name, "THROWS", e.message.slice(0, 200)); }
}
