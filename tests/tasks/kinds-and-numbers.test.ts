/**
 * Kinds of body the laws name in lower case after a generic head (public service units, the
 * press, broadcasting), units numbered after their name ("Đội Quản lý thị trường số 3") and the
 * online edition of a paper ("Báo Quảng Trị điện tử"). Each table holds the phrasings that must
 * change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { leads, support, tasksOf } from "./clause-fixture.js";

const read = (text: string) => tasksOf(text, null, { year: 2026 });

describe("a kind of body in lower case after its head is part of the name", () => {
  it.each([
    ["public service units, a verb of one word", "Các đơn vị sự nghiệp cử cán bộ tham gia lớp tập huấn.", ["Các đơn vị sự nghiệp"], "cử cán bộ tham gia lớp tập huấn"],
    ["public service units, the full term", "Các đơn vị sự nghiệp công lập rà soát, sắp xếp lại bộ máy.", ["Các đơn vị sự nghiệp công lập"], "rà soát, sắp xếp lại bộ máy"],
    ["an adverb after the term opens the predicate", "Các đơn vị sự nghiệp công lập tự chủ xây dựng phương án giá dịch vụ.", ["Các đơn vị sự nghiệp công lập"], "tự chủ xây dựng phương án giá dịch vụ"],
    ["the press with propaganda", "Các cơ quan tuyên truyền, báo chí đẩy mạnh tuyên truyền về phòng, chống dịch.", ["Các cơ quan tuyên truyền, báo chí"], "đẩy mạnh tuyên truyền về phòng, chống dịch"],
    ["the press with the media", "Các cơ quan báo chí, truyền thông tăng cường thông tin.", ["Các cơ quan báo chí, truyền thông"], "tăng cường thông tin"],
    ["broadcasting in a list, then the duty", "Các cơ quan báo chí, Ủy ban phát thanh và truyền hình có kế hoạch tuyên truyền.", ["Các cơ quan báo chí", "Ủy ban phát thanh và truyền hình"], "có kế hoạch tuyên truyền"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)[0]).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a verb alone is the action", "Các đơn vị tuyên truyền sâu rộng đến cán bộ, đảng viên.", ["Các đơn vị"]],
    ["an adverb without a term", "Các địa phương nhanh chóng triển khai thực hiện.", ["Các địa phương"]],
    ["a verb of one word without a term", "Các đơn vị tuần tra, kiểm soát chặt chẽ địa bàn.", ["Các đơn vị"]],
    ["the next body of a list after the press", "Các cơ quan báo chí, UBND các huyện tăng cường thông tin.", ["Các cơ quan báo chí", "UBND các huyện"]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))[0]).toEqual(expected);
  });
});

describe("a unit numbered after its name keeps its number", () => {
  it.each([
    ["after Giao", "Giao Đội Quản lý thị trường số 3 kiểm tra hàng hóa nhập lậu.", ["Đội Quản lý thị trường số 3"], "kiểm tra hàng hóa nhập lậu"],
    ["as a subject", "Đội Quản lý thị trường số 3 chủ trì kiểm tra các cơ sở kinh doanh.", ["Đội Quản lý thị trường số 3"], "chủ trì kiểm tra các cơ sở kinh doanh"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)[0]).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it("in support", () => {
    expect(support(read("Sở Công Thương phối hợp với Đội Quản lý thị trường số 1 kiểm tra."))[0]).toEqual(["Đội Quản lý thị trường số 1"]);
  });

  it.each([
    ["a document's number after the body", "Sở Y tế phối hợp với Bộ Y tế số 123/BYT-KCB kiểm tra.", ["Bộ Y tế"]],
  ])("stays: %s", (_, text, expected) => {
    expect(support(read(text))[0]).toEqual(expected);
  });
});

describe("a paper's online edition: 'điện tử' after its whole name", () => {
  it.each([
    ["after Giao", "Giao Báo Quảng Trị điện tử mở chuyên mục tuyên truyền.", ["Báo Quảng Trị điện tử"], "mở chuyên mục tuyên truyền"],
    ["as a subject", "Báo Quảng Trị điện tử đăng tải thông tin về kế hoạch.", ["Báo Quảng Trị điện tử"], "đăng tải thông tin về kế hoạch"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)[0]).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it("in support", () => {
    expect(support(read("Đài Phát thanh - Truyền hình tỉnh phối hợp với Báo Quảng Trị điện tử tuyên truyền."))[0]).toEqual(["Báo Quảng Trị điện tử"]);
  });

  it.each([
    ["the paper alone", "Báo Quảng Trị đăng tải thông tin về kế hoạch.", ["Báo Quảng Trị"]],
    ["a whole name and a verb", "UBND Thành phố bổ sung kinh phí.", ["UBND Thành phố"]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))[0]).toEqual(expected);
  });
});
