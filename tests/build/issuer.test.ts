/** The issuer's bodies: a line that opens with a body noun opens a new body (parent › name). */
import { describe, expect, it } from "vitest";
import { readIssuer } from "../../src/build/issuer.js";
import { toLines } from "../../src/lines/index.js";

const issuerOf = (text: string) => {
  const issuer = readIssuer(toLines(text, "plain"));
  return issuer && [issuer.parent, issuer.name];
};

describe("readIssuer: mass organisations and the Party's basic units", () => {
  it.each([
    // a second upper-case line that opens with a body noun is a new body
    ["HỘI LHPN VIỆT NAM\nBCH HỘI LHPN TỈNH THANH HÓA", "HỘI LHPN VIỆT NAM", "BCH HỘI LHPN TỈNH THANH HÓA"],
    ["HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH AN GIANG", "HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH AN GIANG"],
    ["TỔNG LĐLĐ VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH", "TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH"],
    ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLĐLĐ TỈNH BẮC NINH", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LĐLĐ TỈNH BẮC NINH"],
    ["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH\nCÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH", "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP"],
    ["CÔNG ĐOÀN NGÀNH GIÁO DỤC\nCĐCS TRƯỜNG THPT LÊ LỢI", "CÔNG ĐOÀN NGÀNH GIÁO DỤC", "CĐCS TRƯỜNG THPT LÊ LỢI"],
    ["ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ THÔN ĐỒNG CHÈ", "ĐẢNG BỘ XÃ TÂN LẬP", "CHI BỘ THÔN ĐỒNG CHÈ"],
    ["HỘI NÔNG DÂN XÃ TÂN LẬP\nCHI HỘI THÔN ĐỒNG CHÈ", "HỘI NÔNG DÂN XÃ TÂN LẬP", "CHI HỘI THÔN ĐỒNG CHÈ"],
    ["ĐOÀN TNCS HỒ CHÍ MINH XÃ TÂN LẬP\nCHI ĐOÀN THÔN ĐỒNG CHÈ", "ĐOÀN TNCS HỒ CHÍ MINH XÃ TÂN LẬP", "CHI ĐOÀN THÔN ĐỒNG CHÈ"],
    ["ĐẢNG BỘ TỈNH BẮC NINH\nĐẢNG ỦY XÃ TÂN LẬP\nCHI BỘ THÔN ĐỒNG CHÈ", "ĐẢNG BỘ TỈNH BẮC NINH ĐẢNG ỦY XÃ TÂN LẬP", "CHI BỘ THÔN ĐỒNG CHÈ"],
    // a committee waiting for its organ: the next line completes it
    ["BAN CHẤP HÀNH\nCÔNG ĐOÀN NGÀNH Y TẾ", null, "BAN CHẤP HÀNH CÔNG ĐOÀN NGÀNH Y TẾ"],
    ["BCH\nCÔNG ĐOÀN NGÀNH Y TẾ", null, "BCH CÔNG ĐOÀN NGÀNH Y TẾ"],
    ["BAN THƯỜNG VỤ\nLIÊN ĐOÀN LAO ĐỘNG TỈNH", null, "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH"],
    // one body on two lines: a place, a name's words
    ["LIÊN ĐOÀN LAO ĐỘNG\nTỈNH BẮC NINH", null, "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH"],
    ["CHI BỘ THÔN\nĐỒNG CHÈ", null, "CHI BỘ THÔN ĐỒNG CHÈ"],
    ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", null, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"],
  ])("%s", (text, parent, name) => {
    expect(issuerOf(text)).toEqual([parent, name]);
  });
});
