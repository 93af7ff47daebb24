/**
 * The document grammar over line tokens, with rules named after the official components of an
 * administrative document (NĐ 30/2020/NĐ-CP Điều 8 and Phụ lục I; HD 36-HD/VPTW):
 *
 *   vanBan        := document*                          a file holds one or more documents
 *   document      := banner* phanDau noiDung phanCuoi    (banner: a converter line above a header)
 *   phanDau       := (dau | quocHieu | coQuanBanHanh | soKyHieu | diaDanhThoiGian | DoKhan
 *                    | tenLoaiTrichYeu | trichYeu | kinhGui | manh)*
 *   noiDung       := (dau | manh | text)*                the body: clause starts and prose lines,
 *                                                         made into a clause tree in src/build
 *   phanCuoi      := noiNhan? chuKy? manh* phuLuc*
 *   noiNhan       := NoiNhan? (dau | manh | text)*       (the label may be lost: see unlabelledRecipientsAhead)
 *
 * Looser than the standard, on purpose, because real files are:
 * - header parts may come in any order and any may be missing (web copies put "Số" before the
 *   motto; OCR loses the issuer; seed notices start at the type line);
 * - a signature may be only a name (OCR lost the marks), or be missing altogether;
 * - Nơi nhận may have lost its label, and an attachment its type line; what follows a signer
 *   without starting a document is an attachment;
 * - stamps (`dau`: incoming "ĐẾN", e-signature "Ngày ký") and debris (`manh`: page numbers,
 *   separators) may sit anywhere and are kept as their own nodes, never mixed into a field.
 *
 * The gates look at token kinds, at layout facts of the token's line (a blank line before it,
 * bold, upper or lower case) and at a few words of the standard ("Căn cứ" after the enacting
 * authority); what the lines *mean* is decided later, in src/build/.
 */
import { CstParser, EOF, generateCstDts, type IOrAlt, type IToken, type OrMethodOpts, type TokenType } from "chevrotain";
import DOCUMENT_LOOKAHEAD from "./document-lookahead.json" with { type: "json" };
import { recordLookahead, tableLookahead, type LookaheadTable } from "./lookahead.js";
import * as T from "./line-tokens.js";
import { WORK_FORM_NOUNS, WORK_PERIODS, withBareVowels } from "./work-form.js";

type Line = { n: number; blankBefore: boolean; bold: boolean; text: string; raw?: string };
const END_OF_INPUT: Line = { n: Number.MAX_SAFE_INTEGER, blankBefore: true, bold: false, text: "" };
/** The code of a number line's number, spaces removed (see NUMBER_CODE), or null. */
const numberCode = (image: string): string | null => NUMBER_CODE.exec(image)?.[0].replaceAll(" ", "") ?? null;
const lineOf = (token: IToken): Line => (token as IToken & { payload?: Line }).payload ?? END_OF_INPUT;

/** Kinds that only ever belong to a header. */
const HEADER_ONLY: TokenType[] = [T.QuocHieu, T.QuocHieuTiep, T.TieuNgu, T.DangCongSan, T.DiaDanhThoiGian, T.DoKhan, T.SoKyHieu];
/** Lines that are stamps or debris wherever they appear. */
const STAMP: TokenType[] = [T.DauDen, T.ChuKySo];
const DEBRIS: TokenType[] = [T.PageBreak, T.Digits, T.Separator];
/** What a signer block holds between its marks and the name: positions, e-signature fragments, page debris. */
const SIGNER_PARTS: TokenType[] = [T.ChuIn, T.ChuKySo, T.PageBreak, T.Digits, T.Separator, T.AnhChuKy];
const PLAIN: TokenType[] = [T.Van, T.ChuIn, T.HoTen, T.NgayThangNam, T.MaSoKyHieu];
const CLAUSE: TokenType[] = [T.Chuong, T.Dieu, T.LaMa, T.ChuHoa, T.So, T.ChuThuong, T.NgoacSo, T.GachDau];

const is = (token: IToken, kinds: TokenType[]): boolean => kinds.includes(token.tokenType);
/**
 * A type name of two words and the qualifier of a joint document ("NGHỊ QUYẾT LIÊN TỊCH", "HƯỚNG
 * DẪN LIÊN NGÀNH"), or the work-form noun alone after it, maybe with its period ("CHƯƠNG TRÌNH CÔNG
 * TÁC", "KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH CÔNG TÁC QUÝ": the title is the line below; see
 * header.ts readType).
 */
// (no u flag: under `iu` V8 works out the case closure of `\S`, ~0.5 ms of start-up)
const TYPE_AND_QUALIFIER = new RegExp(
  String.raw`^\S+ \S+(?: LI[ÊE]N (?:T[ỊI]CH|NG[ÀA]NH|B[ỘO])| (?:${WORK_FORM_NOUNS.map(withBareVowels).join("|")})(?: (?:${WORK_PERIODS.map(withBareVowels).join("|")}))?(?=\s*$))?`,
  "i",
);
/** "Chương I" / "CHƯƠNG 2." / "Mục 1" / "Phần thứ hai": a division's marker with its title on the next line (NĐ 30 Phụ lục I). */
const isBareDivision = (token: IToken): boolean =>
  token.tokenType === T.Chuong && /^\S+ (?:(?:thứ|THỨ) )?\S+[ .:-]*$/u.test(lineOf(token).text);
/** "PHỤ LỤC I …" / "Phụ lục II …" / "Mẫu số 01": an appendix's own title line. */
const isAppendixTitle = (token: IToken): boolean => token.tokenType === T.PhuLuc && /^(?:p|m|bi)/i.test(lineOf(token).text);
/** "(Kèm theo Công văn số …)" / "(Ban hành kèm theo …)" / "Kèm theo …": what an appendix is attached to. */
const isAttachmentNote = (token: IToken): boolean => token.tokenType === T.PhuLuc && !isAppendixTitle(token);

/**
 * The enacting authority of a Quyết định / Nghị quyết (NĐ 30 Phụ lục I; HD 36), folded: a head's
 * title or a collective body — "BỘ TRƯỞNG BỘ …", "CHỦ TỊCH ỦY BAN NHÂN DÂN …", "ỦY BAN NHÂN DÂN TỈNH …",
 * "BAN THƯỜNG VỤ TỈNH ỦY …".
 */
const AUTHORITY =
  /^(?:UY BAN|UBND|HOI DONG|CHINH PHU|QUOC HOI|THU TUONG|BO TRUONG|CHU TICH|GIAM DOC|TONG GIAM DOC|TONG CUC TRUONG|CUC TRUONG|VU TRUONG|VIEN TRUONG|CHANH (?:AN|VAN PHONG|THANH TRA)|TRUONG BAN|CHU NHIEM|THONG DOC|TONG KIEM TOAN|BAN (?:CHAP HANH|THUONG VU|BI THU|CAN SU|THUONG TRUC)|BO CHINH TRI|(?:TINH|THANH|HUYEN|QUAN|THI|DANG) UY|BI THU)\b/;

/** "Căn cứ …" (folded), dashed or not: the legal bases that open the body of a Quyết định. */
const CAN_CU = /^[-+ ]*Can cu\b/i;
/** "Căn cứ …" opening a line with its capital: never title ("… giá đất làm" / "căn cứ tính thuế" carries a title on). */
const CAN_CU_LINE = /^[-+ ]*Can cu\b/;
/** "Kính mời:", "Thời gian:", "Thành phần:": a line that opens with a label is no trích yếu. */
const LABEL = /^\S+(?: \S+){0,2} ?:/;
/**
 * "Thực hiện Kế hoạch số …", "Để triển khai …", "Sở … trân trọng kính mời": a line that opens the
 * body with its capital (a wrapped title line goes on in lower case: "… năm 2026" / "để phát triển
 * …"). The words a Kế hoạch, Công văn or Giấy mời opens its body with; "Theo dõi …" is a task.
 */
const OPENS_BODY = /^(?:-{3,}\s*)?(?:Thực hiện|Triển khai|Để|Nhằm|Căn cứ|Theo(?! dõi)|Trên cơ sở|Qua|Ngày \d[\d/.-]*|Kính mời)(?=[\s:,]|$)|[Tt]rân trọng kính mời/u;
/** "Kính mời …", "… trân trọng kính mời": a Giấy mời's lead-in (NĐ 30 Phụ lục III). */
const INVITES = /^Kính mời(?=[\s:,]|$)|[Tt]rân trọng kính mời/u;
/** A line ending a sentence or a lead-in: no trích yếu line does (NĐ 30 Phụ lục I: no end punctuation). */
const ENDS_PARAGRAPH = /[.:]["”)]*\s*$/;
/** A title line cut after a linking word goes on at the next line, whatever that line looks like ("… Quy chế làm việc của" / "Ban Chỉ đạo …"). */
const LINKED = /(?:^|\s)(?:của|và|với|về|cho|tại|theo|trong|các|những|thuộc|giữa|từ|đến|đối với|năm|giai đoạn)\s*$/iu;
/**
 * A line under a trích yếu line (no blank between) that cannot carry it on: a paragraph of the body
 * or a label ("… như sau:", "Kính mời:", "… trân trọng kính mời:"), or a line that opens the body.
 * A line in lower case always carries the title on ("về …", "và …"), and so does any line after a
 * title line cut at a linking word.
 */
const endsSubject = (line: Line, previous: Line): boolean =>
  !STARTS_LOWER.test(line.text) && (ENDS_PARAGRAPH.test(line.text) || OPENS_BODY.test(line.text)) && !LINKED.test(previous.text);
/**
 * "KHÓA X, KỲ HỌP THỨ 5" (folded): the term and session a Nghị quyết HĐND prints on the line under
 * its enacting authority (NĐ 30 Phụ lục I: "HỘI ĐỒNG NHÂN DÂN TỈNH … / KHÓA …, KỲ HỌP THỨ …"), or
 * the session alone; not a term in a title ("… HỘI ĐỒNG NHÂN DÂN TỈNH / KHÓA X, NHIỆM KỲ 2021 - 2026").
 */
const SESSION = /^\s*(?:KHOA [IVXLC\d]+\W+)?KY HOP (?:THU|CHUYEN DE|BAT THUONG)\b/;
/** Patterns with `\p{…}` are constants: the build (esbuild, target node20) turns such a literal into a `new RegExp(…)` made again at every call. */
const HAS_LOWER = /\p{Ll}/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** A capital at the line's start, or after HD 36's rule glued to it ("----Ngày …"). */
const OPENS_UPPER = /^(?:-{3,}\s*)?\p{Lu}/u;
/** A body paragraph glued under the title is found within this many lines (`paragraphAhead`). */
const MAX_PARAGRAPH_LINES = 6;
/**
 * "- ngân sách 03 năm 2027-2029" (folded): a dash and a lower-case word — the rest of a title wrapped
 * at the hyphen of a compound ("kế hoạch tài chính" / "- ngân sách …", "kinh tế" / "- xã hội"); a
 * list entry opens with a capital.
 */
const HYPHEN_WRAP = /^- ?[a-z]/;
/** A line that ends a sentence or opens a list: nothing wraps after it. */
const ENDS_SENTENCE = /[.;:!?]\s*$/;
/** What an attachment's repeated header may hold above its type line: no Số line. */
const REPEATED_HEADER: TokenType[] = [T.QuocHieu, T.QuocHieuTiep, T.TieuNgu, T.DangCongSan, T.DiaDanhThoiGian, T.NgayThangNam, T.ChuIn];
/**
 * "ban hành (kèm theo Quyết định này) Quy định …" | "phê duyệt Đề án …" — on the folded line; the
 * attachable types of NĐ 30 Phụ lục III / HD 36 that a Quyết định or Nghị quyết issues.
 */
const ISSUES = /\b(?:ban hanh|phe duyet)(?: kem theo (?:[A-Za-z]+ ){1,3}(?:nay|so \S+))? (quy dinh|quy che|ke hoach|chuong trinh|huong dan|de an|phuong an)\b/gi;

/** The title of an attachment: its type line, or upper-case lines when the type line is lost. */
const ATTACHMENT_TITLE: TokenType[] = [T.TenLoai, T.ChuIn];
/** "- Như Điều 3;"  |  "- Như trên (để t/h);"  — the first entry of a Nơi nhận list */
const FIRST_RECIPIENT = /^[-+*•–]\s*Như\s+(?:[Đđ]iều\s+\d+|trên|kính\s+gửi)\s*(?:\([^()]{1,30}\))?\s*[;,.]?\s*$/u;
/** (tried first on every dashed line of a body: the word it needs is looked for natively) */
const isFirstRecipient = (text: string): boolean => text.includes("Như") && FIRST_RECIPIENT.test(text);

/**
 * The entry printed on the "Kính gửi:" line itself goes on at the next line when it is not closed
 * (no ";" or "." after it), no blank line comes between, and that line carries it on: it opens in
 * lower case ("… các tỉnh, thành phố trực thuộc" / "trung ương."), or, in a `pdftotext -layout`
 * copy, it is set under the entry's text ("Kính gửi: Ủy ban nhân dân …" / "        Trung ương").
 * A paragraph of the body under the label opens with a capital at the margin: never an entry.
 */
function labelEntryWraps(label: Line, next: Line): boolean {
  if (next.blankBefore || /[.;:!]\s*$/.test(label.text) || next.text.length >= 120) return false;
  if (STARTS_LOWER.test(next.text)) return true;
  const [labelRaw, nextRaw] = [label.raw ?? "", next.raw ?? ""];
  if (labelRaw.includes("\t") || nextRaw.includes("\t")) return false;
  const entryAt = /^(.*?:\s*)(?:[-–+•]\s*)?\S/.exec(labelRaw)?.[0].length;
  const indent = nextRaw.length - nextRaw.trimStart().length;
  return entryAt !== undefined && indent >= 8 && Math.abs(indent - (entryAt - 1)) <= 2;
}

const MAX_LOOKAHEAD = 1;
/** the label of a body line (a constant: one is consumed per line) */
const TEXT = { LABEL: "text" };
/** A line read as debris where it stands in the body: its part is a `manh` as a page number's is. */
const DEBRIS_LINE = { LABEL: "manh" };
/** A site trailer's length and width at most (see siteTrailerAhead). */
const TRAILER_LINES = 8;
const TRAILER_WIDTH = 80;
/** A trailer line: it starts with a capital letter or a sign ("©"), holds no form cell's leader and ends in no sentence mark. */
const TRAILER_LINE = /^(?:\p{Lu}\p{Ll}|[©®|•»›<>←→\p{So}])(?!.*(?:\.{4}|…{2}|_{3})).*[^.;:,]$/u;
/** Page debris a running header stands beside: a page number, a page break. */
const PAGE: TokenType[] = [T.PageBreak, T.Digits];
/** The code of a document's number (folded): "1320/STC-QLNS", "05-NQ/DU", "26/2026/NQ-CP" — not a number left blank. */
const NUMBER_CODE = /\d{1,6}[a-e]? ?(?:\/ ?(?:1[89]|20)\d\d ?)?[-/] ?[A-Z`][A-Za-z`\d]*(?: ?[-/] ?[A-Za-z`\d]+)*/;

export class DocumentGrammar extends CstParser {
  /**
   * `validate` runs Chevrotain's grammar checks (a unit test does); production skips them. The
   * decisions come from the precomputed table (grammar/lookahead.ts) unless another strategy is given.
   */
  constructor({ validate = false, lookahead = tableLookahead(DOCUMENT_LOOKAHEAD, T.allTokens, MAX_LOOKAHEAD) } = {}) {
    super(T.allTokens, { maxLookahead: MAX_LOOKAHEAD, skipValidations: !validate, lookaheadStrategy: lookahead });
    this.performSelfAnalysis();
  }

  public vanBan = this.RULE("vanBan", () => {
    this.MANY({ GATE: () => this.LA(1).tokenType !== EOF, DEF: () => this.SUBRULE(this.document) });
  });

  private document = this.RULE("document", () => {
    let first: IToken | undefined;
    this.ACTION(() => {
      first = this.LA(1);
      this.addressed = false;
      this.issued = [];
      this.unread = [];
      this.dated = false;
      this.titled = false;
      this.signed = false;
      this.typeLine = undefined;
      this.issuerImage = null;
      this.ownNumber = null;
    });
    // A converter banner or file-name line just above the header ("Converted by …") is not text.
    this.MANY({ GATE: () => this.bannerAhead(), DEF: () => this.CONSUME(T.AnyLine, { LABEL: "banner" }) });
    this.SUBRULE(this.phanDau);
    this.SUBRULE(this.noiDung);
    this.SUBRULE(this.phanCuoi);
    // a web page's trailer after the signer ("Bài viết liên quan", "© 2025 …"): not text, no appendix
    this.MANY2({ GATE: () => this.signed && this.siteTrailerAhead(), DEF: () => this.CONSUME3(T.AnyLine, { LABEL: "stray" }) });
    // Progress guard: a line no rule above would take still ends up somewhere (unclassified).
    this.OPTION({ GATE: () => this.LA(1) === first && first.tokenType !== EOF, DEF: () => this.CONSUME2(T.AnyLine, { LABEL: "stray" }) });
  });

  // ── phần đầu: quốc hiệu, cơ quan ban hành, số ký hiệu, địa danh–ngày, tên loại, trích yếu ─────
  private phanDau = this.RULE("phanDau", () => {
    this.MANY({ GATE: () => this.headerContinues(), DEF: () => this.OR(this.headerLine) });
  });

  /**
   * The alternatives of a header line. The arrays of the ORs run at every line are made once, not
   * at each call (Chevrotain's advice for hot alternations); the functions only call the parser.
   */
  private readonly headerLine: IOrAlt<unknown>[] = [
    { GATE: () => this.stampAhead(), ALT: () => this.SUBRULE(this.dau) },
    { ALT: () => this.SUBRULE(this.quocHieu) },
    // before the issuer: a capitals line there may be a trích yếu whose type line was lost
    { GATE: () => this.is1(T.TrichYeu) || this.capitalsSubjectAhead(), ALT: () => this.SUBRULE(this.trichYeu) },
    { ALT: () => this.SUBRULE(this.coQuanBanHanh) },
    { ALT: () => this.SUBRULE(this.soKyHieu) },
    { ALT: () => this.SUBRULE(this.diaDanhThoiGian) },
    { ALT: () => this.CONSUME(T.DoKhan) },
    { ALT: () => this.SUBRULE(this.tenLoaiTrichYeu) },
    { ALT: () => this.SUBRULE(this.kinhGui) },
    { ALT: () => this.SUBRULE(this.manh) },
  ];

  private quocHieu = this.RULE("quocHieu", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.QuocHieu) },
      { ALT: () => this.CONSUME(T.QuocHieuTiep) },
      { ALT: () => this.CONSUME(T.TieuNgu) },
      { ALT: () => this.CONSUME(T.DangCongSan) },
    ]);
  });

  /** Số: 10227/VP-KGVX  |  "Số:" / "299/TTg" wrapped in two */
  private soKyHieu = this.RULE("soKyHieu", () => {
    const number = this.CONSUME(T.SoKyHieu);
    this.ACTION(() => {
      this.dated = true;
      this.ownNumber ??= numberCode(number.image);
    });
    this.OPTION({
      GATE: () => !lineOf(this.LA(1)).blankBefore,
      DEF: () => {
        const code = this.CONSUME(T.MaSoKyHieu);
        this.ACTION(() => (this.ownNumber ??= numberCode(code.image)));
      },
    });
  });

  /** Hà Nội, ngày 24 tháng 9 năm 2021  |  "Vĩnh Long, ngày" / "30 tháng 3 năm 2015" wrapped in two */
  private diaDanhThoiGian = this.RULE("diaDanhThoiGian", () => {
    this.CONSUME(T.DiaDanhThoiGian);
    this.ACTION(() => (this.dated = true));
    this.OPTION({ GATE: () => !lineOf(this.LA(1)).blankBefore, DEF: () => this.CONSUME(T.NgayThangNam) });
  });

  /** ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI / VĂN PHÒNG — upper-case lines of the left header cell */
  private coQuanBanHanh = this.RULE("coQuanBanHanh", () => {
    const line = this.CONSUME(T.ChuIn);
    this.ACTION(() => (this.issuerImage ??= line.image.trim()));
  });

  /** THÔNG BÁO + the title lines under it ("Kết luận của Ban Thường vụ…") */
  private tenLoaiTrichYeu = this.RULE("tenLoaiTrichYeu", () => {
    this.ACTION(() => {
      this.typeLine = this.LA(1);
      this.titled = true;
    });
    this.CONSUME(T.TenLoai);
    this.MANY({ GATE: () => this.titleContinues(), DEF: () => this.noteIssued(this.CONSUME(T.AnyLine, { LABEL: "title" })) });
  });

  /**
   * V/v thực hiện ý kiến chỉ đạo / của Ban Thường vụ Thành ủy …  |  a trích yếu in capitals whose
   * type line was lost ("BAN HÀNH QUY ĐỊNH …" under the number and date, above the enacting
   * authority "ỦY BAN NHÂN DÂN TỈNH …" or "Căn cứ …": see capitalsSubjectAhead)
   */
  private trichYeu = this.RULE("trichYeu", () => {
    this.ACTION(() => (this.titled = true));
    this.OR([
      {
        ALT: () => {
          this.noteIssued(this.CONSUME(T.TrichYeu));
          this.MANY({ GATE: () => this.subjectContinues(), DEF: () => this.noteIssued(this.CONSUME(T.AnyLine, { LABEL: "title" })) });
        },
      },
      {
        ALT: () => {
          this.noteIssued(this.CONSUME(T.ChuIn, { LABEL: "capitals" }));
          this.MANY2({ GATE: () => this.capitalsSubjectContinues(), DEF: () => this.noteIssued(this.CONSUME2(T.ChuIn, { LABEL: "capitals" })) });
        },
      },
    ]);
  });

  /** Kính gửi: + the addressee lines ("- Sở Y tế;") */
  private kinhGui = this.RULE("kinhGui", () => {
    this.CONSUME(T.KinhGui);
    this.ACTION(() => (this.addressed = true));
    this.MANY({ GATE: () => this.addresseeContinues(), DEF: () => this.CONSUME(T.AnyLine, { LABEL: "entry" }) });
  });

  // ── nội dung ──────────────────────────────────────────────────────────────────────────────────
  private noiDung = this.RULE("noiDung", () => {
    this.MANY({ GATE: () => this.bodyContinues(), DEF: () => this.OR(this.lineKinds) });
  });

  /**
   * One line of the body or of Nơi nhận: a stamp, debris, or text (made once: see headerLine). Not
   * a rule of its own: a rule invocation per line cost more than the rest of the line's parsing.
   */
  private readonly lineKinds: OrMethodOpts<unknown> = {
    // Stamps and debris win over the catch-all line (intended ambiguity: first match wins).
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { GATE: () => this.stampAhead(), ALT: () => this.SUBRULE(this.dau) },
      { ALT: () => this.SUBRULE(this.manh) },
      { GATE: () => this.runningHeaderAhead(), ALT: () => this.CONSUME2(T.AnyLine, DEBRIS_LINE) },
      { ALT: () => this.noteIssued(this.CONSUME(T.AnyLine, TEXT)) },
    ],
  };

  // ── phần cuối: nơi nhận, chữ ký, phụ lục ──────────────────────────────────────────────────────
  private phanCuoi = this.RULE("phanCuoi", () => {
    let signed = false;
    let listed = false;
    let listedAfter = false;
    let named = false;
    this.OPTION({
      GATE: () => this.is1(T.NoiNhan) || this.unlabelledRecipientsAhead(),
      DEF: () => {
        this.SUBRULE(this.noiNhan);
        this.ACTION(() => (listed = true));
      },
    });
    this.OPTION2({
      GATE: () => this.signatureAhead(),
      DEF: () => {
        this.SUBRULE(this.chuKy);
        this.ACTION(() => {
          signed = this.signed = true;
          named = this.LA(0).tokenType === T.HoTen;
        });
      },
    });
    // a joint document (văn bản liên tịch): each issuer's head signs, the blocks side by side or one under the other
    this.OPTION4({ GATE: () => signed && this.is1(T.KyThay), DEF: () => this.SUBRULE2(this.chuKy, { LABEL: "cosigner" }) });
    // a labelled Nơi nhận under the signer's name: OCR reads the footer's two columns right one first
    this.OPTION3({
      GATE: () => signed && !listed && this.is1(T.NoiNhan),
      DEF: () => {
        this.SUBRULE2(this.noiNhan);
        this.ACTION(() => (listedAfter = true));
      },
    });
    // the rest of a signer block whose first line OCR read above the Nơi nhận (its cell is set
    // higher than the list): "TM. ỦY BAN NHÂN DÂN" / "Nơi nhận: …" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" /
    // "Trần Văn Hùng" — one signer (NĐ 30 Điều 8 khoản 7), never an appendix
    this.OPTION5({ GATE: () => listedAfter && !named && this.signatureAhead(), DEF: () => this.SUBRULE3(this.chuKy, { LABEL: "signerRest" }) });
    // debris; and stamps after the signer up to what ends the document: the signer's e-signature
    // ("Người ký: …" / "Thời gian ký: …"), an incoming stamp, the e-signature of the copy's publisher
    // ("Ký bởi: CÔNG BÁO …") before an attached document that repeats the header (attachedHeaderLength)
    this.MANY({
      GATE: () => this.afterSignature() || (signed && this.stampsAfterSigner()),
      DEF: () =>
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { GATE: () => this.stampAhead(), ALT: () => this.SUBRULE(this.dau) },
            { ALT: () => this.SUBRULE(this.manh) },
          ],
        }),
    });
    this.MANY2({
      GATE: () =>
        this.is1(T.PhuLuc) || this.attachmentAt(1, ATTACHMENT_TITLE) || (signed && (this.attachedHeaderLength() > 0 || this.leftoverAfterSigner())),
      DEF: () => this.SUBRULE(this.phuLuc),
    });
  });

  /**
   * Nơi nhận: / - Như trên; / - Lưu: VT, KGVX. — up to the signer block or an appendix. Looser than
   * NĐ 30: the label may be lost ("- Như Điều 3;" right above the signer, see unlabelledRecipientsAhead).
   */
  private noiNhan = this.RULE("noiNhan", () => {
    this.OPTION(() => this.CONSUME(T.NoiNhan));
    this.MANY({
      GATE: () => !this.signatureAhead() && !this.documentStartsAhead() && !this.is1(T.PhuLuc) && !this.attachmentAt(1, ATTACHMENT_TITLE),
      DEF: () => this.OR(this.lineKinds),
    });
  });

  /** T/M BAN CÁN SỰ ĐẢNG / BÍ THƯ / [chữ ký] / Chu Ngọc Anh */
  private chuKy = this.RULE("chuKy", () => {
    this.MANY(() => this.CONSUME(T.KyThay));
    // an upper-case line that leads to "(Ban hành kèm theo …)" is an attachment's title, not a position
    // a signer block split by a page break: the next page's running header stands between its parts
    this.MANY2({
      GATE: () => !this.attachmentAt(1, ATTACHMENT_TITLE) && (this.runningHeaderAhead() || is(this.LA(1), SIGNER_PARTS)),
      DEF: () =>
        this.OR([
          { GATE: () => this.runningHeaderAhead(), ALT: () => this.CONSUME2(T.AnyLine, { LABEL: "pageHeader" }) },
          { ALT: () => this.CONSUME(T.ChuIn, { LABEL: "position" }) },
          { ALT: () => this.CONSUME2(T.ChuKySo, { LABEL: "stamp" }) },
          { ALT: () => this.SUBRULE(this.manh, { LABEL: "debris" }) },
        ]),
    });
    this.OPTION(() => this.CONSUME(T.HoTen));
  });

  /** PHỤ LỤC … / (Kèm theo Công văn số …) and everything up to the next document */
  private phuLuc = this.RULE("phuLuc", () => {
    // the header an attached QUY ĐỊNH / KẾ HOẠCH repeats above its type line (see attachedHeaderLength)
    let header = 0;
    this.ACTION(() => (header = this.attachedHeaderLength() - 1));
    this.MANY2({ GATE: () => header-- > 0, DEF: () => this.CONSUME3(T.AnyLine, { LABEL: "header" }) });
    // "(Ban hành kèm theo …)" printed, or put by OCR, right above its "Phụ lục" title: one appendix
    this.OPTION({
      GATE: () => isAttachmentNote(this.LA(1)) && isAppendixTitle(this.LA(2)),
      DEF: () => this.CONSUME4(T.AnyLine, { LABEL: "lead" }),
    });
    // "PHỤ LỤC …", or an attached "KẾ HOẠCH …" whose next lines say "(Ban hành kèm theo …)"
    let title: IToken | undefined;
    let below = 0;
    this.ACTION(() => (title = this.LA(1)));
    this.CONSUME(T.AnyLine, { LABEL: "title" });
    this.MANY({
      GATE: () => (!this.is1(T.PhuLuc) || this.underTitle(title, below)) && !this.attachmentAt(1) && !this.documentStartsAhead(),
      DEF: () => {
        this.CONSUME2(T.AnyLine, { LABEL: "line" });
        this.ACTION(() => below++);
      },
    });
  });

  // ── lines that belong to no field ─────────────────────────────────────────────────────────────
  /** incoming-document stamps and digital-signature fragments */
  private dau = this.RULE("dau", () => {
    this.OPTION({ GATE: () => this.stampLeadIn(), DEF: () => this.CONSUME(T.AnyLine, { LABEL: "leadIn" }) });
    this.OPTION2({ GATE: () => this.is1(T.SoKyHieu), DEF: () => this.CONSUME(T.SoKyHieu) });
    this.AT_LEAST_ONE(() => this.OR([{ ALT: () => this.CONSUME(T.DauDen) }, { ALT: () => this.CONSUME(T.ChuKySo) }]));
  });

  /** page numbers, page breaks, separators, signature images */
  private manh = this.RULE("manh", () => {
    this.OR(this.debrisKinds);
  });

  /** `manh`'s alternatives (made once: see headerLine) */
  private readonly debrisKinds: IOrAlt<unknown>[] = [
    { ALT: () => this.CONSUME(T.PageBreak) },
    { ALT: () => this.CONSUME(T.Digits) },
    { ALT: () => this.CONSUME(T.Separator) },
    { ALT: () => this.CONSUME(T.AnhChuKy) },
  ];

  // ── gates ─────────────────────────────────────────────────────────────────────────────────────
  /** a Kính gửi block has been read in this document's header */
  private addressed = false;

  /**
   * The types this document issues, as its subject or its articles say: "Về việc ban hành Quy định
   * về …", "Ban hành kèm theo Quyết định này Kế hoạch …", "Phê duyệt Đề án …" (folded, upper case).
   */
  private issued: string[] = [];

  /** lines noted for `issued` and not read yet (see noteIssued) */
  private unread: IToken[] = [];

  /** this header has read a Số line or a place-date line */
  private dated = false;

  /** this header has read a type line or a trích yếu */
  private titled = false;
  /** this document has a signer block (a site trailer may follow it: see siteTrailerAhead) */
  private signed = false;

  /** the first issuer line of this header, folded ("UY BAN NHAN DAN") */
  private issuerImage: string | null = null;

  /** the code of this document's own number, folded, spaces removed ("1320/STC-QLNS"), once read */
  private ownNumber: string | null = null;

  /** the type line of the tenLoaiTrichYeu being read */
  private typeLine: IToken | undefined;

  private is1(kind: TokenType, k = 1): boolean {
    return this.LA(k).tokenType === kind;
  }

  /**
   * A stamp block starts here: "ĐẾN"/"Ngày ký" lines, with the receiving office's name or the
   * signer's agency as a lead-in line ("VĂN PHÒNG UBND TP. HÀ NỘI" / "Số: 495" / "ĐẾN Ngày: 20/9").
   */
  private stampAhead(): boolean {
    if (is(this.LA(1), STAMP)) return true;
    if (this.is1(T.SoKyHieu) && this.stampNumberAt(1)) return true;
    return this.stampLeadIn();
  }

  private stampLeadIn(k = 1): boolean {
    const first = this.LA(k);
    if (!this.isPlainLine(first)) return false;
    const second = this.LA(k + 1);
    // "Nhân dân Thành phố" / "Ngày ký: …": the tail of the e-signature's "Cơ quan: Ủy ban …" line
    if (second.tokenType === T.ChuKySo)
      return !lineOf(second).blankBefore && lineOf(first).text.length <= 40 && !/[.;:,]$/.test(lineOf(first).text);
    if (second.tokenType === T.DauDen) return first.tokenType === T.ChuIn;
    return first.tokenType === T.ChuIn && second.tokenType === T.SoKyHieu && this.stampNumberAt(k + 1);
  }

  /** "Số: 495" right above an "ĐẾN" line: the stamp's serial, not a document number. */
  private stampNumberAt(k: number): boolean {
    return this.LA(k + 1).tokenType === T.DauDen && !/[/-]/.test(lineOf(this.LA(k)).text);
  }

  /** A few loose lines (a banner, YAML front matter), then a header that starts a document. */
  private bannerAhead(): boolean {
    for (let k = 1; k <= 8; k++) {
      const token = this.LA(k);
      if (k > 1 && this.documentStartsAhead(k)) return true;
      if (token.tokenType !== T.Van && token.tokenType !== T.HoTen && !is(token, DEBRIS)) return false;
    }
    return false;
  }

  /** The header goes on while lines are header kinds (a ChuIn issuer only before the type line). */
  private headerContinues(): boolean {
    const next = this.LA(1);
    if (next.tokenType === EOF) return false;
    if (is(next, HEADER_ONLY) || is(next, DEBRIS) || this.stampAhead()) return true;
    if (next.tokenType === T.TenLoai || next.tokenType === T.KinhGui) return true;
    // A "Về …" line after the Kính gửi list opens the body, it is not a subject.
    if (next.tokenType === T.TrichYeu) return !this.addressed;
    if (next.tokenType === T.ChuIn) return this.upperLineIsHeader() || this.capitalsSubjectAhead();
    if (next.tokenType === T.AnhChuKy) return false;
    return false;
  }

  /** An upper-case line is an issuer line while no type, subject or Kính gửi has been read yet. */
  private upperLineIsHeader(): boolean {
    for (let k = 2; k <= 8; k++) {
      const ahead = this.LA(k);
      if (ahead.tokenType === EOF) return false;
      if (is(ahead, HEADER_ONLY) || ahead.tokenType === T.TenLoai || ahead.tokenType === T.TrichYeu) return true;
      if (ahead.tokenType !== T.ChuIn && !is(ahead, STAMP) && !is(ahead, DEBRIS)) return false;
    }
    return false;
  }

  /**
   * Title lines under the type name: the lines right under it, and after a blank line a block that
   * is bold, upper case, or opens in lower case ("về việc …") — the standard's trích yếu; under a
   * type line that stands alone, the next block of plain lines that reads as one (see
   * subjectBlockAhead: Word writes blank paragraphs between the lines of the title block). Never
   * "Căn cứ …" or the enacting authority: NĐ 30 prints them under the trích yếu, in the body.
   */
  private titleContinues(): boolean {
    const next = this.LA(1);
    const wrappedDigits = next.tokenType === T.Digits && !lineOf(next).blankBefore; // "… NĂM 2019 -" / "2020"
    if (next.tokenType !== EOF && this.wrapsAtHyphen(next)) return true;
    if (next.tokenType === EOF || is(next, CLAUSE) || !(this.isPlainLine(next) || next.tokenType === T.TenLoai || wrappedDigits)) return false;
    const line = lineOf(next);
    const previous = lineOf(this.LA(0));
    const titleEmpty = this.LA(0) === this.typeLine && !/[a-z]/i.test(previous.text.replace(TYPE_AND_QUALIFIER, ""));
    if (this.authorityAhead() || this.stampAhead() || CAN_CU_LINE.test(next.image)) return false;
    if (!line.blankBefore) {
      // Under an upper-case title line only upper-case lines continue it (seed 001: no blank
      // lines), or a line that goes on in lower case ("về việc …").
      const upperTitle = !titleEmpty && !HAS_LOWER.test(previous.text);
      // Under a title line, a paragraph or a line that opens the body ends the title (OCR and web
      // copies have no blank line before the body).
      if (upperTitle) return !HAS_LOWER.test(line.text) || STARTS_LOWER.test(line.text);
      // the first line under a type line alone may open with any word ("Thực hiện Nghị quyết …"),
      // but a label or an invitation's lead-in is no trích yếu ("Kính mời: …", "Sở … trân trọng kính mời:")
      return titleEmpty ? !LABEL.test(line.text) && !INVITES.test(line.text) : !endsSubject(line, previous) && !this.paragraphAhead(previous);
    }
    return line.bold || STARTS_LOWER.test(line.text) || (titleEmpty && (next.tokenType === T.ChuIn || this.subjectBlockAhead()));
  }

  /**
   * "NGHỊ QUYẾT" / "" / "Quy định mức hỗ trợ …": the block of plain lines from LA(1) up to the next
   * blank line, "Căn cứ" or the enacting authority is a trích yếu — a few lines (NĐ 30 prints it in
   * one to three) that do not open with a label ("Kính mời:"), none ending a sentence or opening a
   * list (".", ":", ";") as the lines of a body paragraph do.
   */
  private subjectBlockAhead(): boolean {
    const first = lineOf(this.LA(1));
    if (LABEL.test(first.text)) return false;
    for (let k = 1; ; k++) {
      const ahead = this.LA(k);
      // OCR and web copies drop the blank line before the body: one title line, then a line that
      // opens the body by its words or leads in to a list ("Sở … trân trọng kính mời:") — the
      // trích yếu is that one line (the reverse of `paragraphAhead`)
      if (k === 2 && !lineOf(ahead).blankBefore && this.isPlainLine(ahead) && this.bodyOpensUnder(first, lineOf(ahead))) return true;
      if (k > 1 && (ahead.tokenType === EOF || lineOf(ahead).blankBefore || !this.isPlainLine(ahead) || CAN_CU_LINE.test(ahead.image) || this.authorityAhead(k))) return true;
      if (k > 4 || /[.:;]\s*$/.test(lineOf(ahead).text)) return false;
    }
  }

  /** `line` opens the body under the one title line `title`: it leads in (":") or opens with the body's words, and the title is complete. */
  private bodyOpensUnder(title: Line, line: Line): boolean {
    if (/[.:;,]\s*$/.test(title.text) || LINKED.test(title.text) || OPENS_BODY.test(title.text) || STARTS_LOWER.test(line.text)) return false;
    return /:\s*$/.test(line.text) || OPENS_BODY.test(line.text);
  }

  /**
   * V/v lines run on until a blank line (also over the rest of a title wrapped at a compound's
   * hyphen), a paragraph or a line that opens the body (`endsSubject`). Over a blank line, a line
   * that opens in lower case goes on with the V/v, as under a type line (`titleContinues`): OCR
   * leaves blank lines between the wrapped lines of the V/v cell, and no header part or body
   * paragraph opens in lower case.
   */
  private subjectContinues(): boolean {
    const next = this.LA(1);
    if (next.tokenType === EOF) return false;
    if (lineOf(next).blankBefore) return next.tokenType === T.Van && (STARTS_LOWER.test(lineOf(next).text) || this.placeDateAhead()) && !CAN_CU_LINE.test(next.image);
    if (this.wrapsAtHyphen(next)) return true;
    return this.isPlainLine(next) && !is(next, CLAUSE) && !CAN_CU_LINE.test(next.image) && !this.authorityAhead() && !endsSubject(lineOf(next), lineOf(this.LA(0))) && !this.paragraphAhead(lineOf(this.LA(0)));
  }

  /**
   * The place-date line comes within the next two lines after LA(1), over plain lines only: the
   * lines between are still the header's (NĐ 30 Điều 8: the place and date stand above the body, in
   * the header's right cell), so a V/v wrapped over a blank line goes on ("V/v góp ý dự thảo" / "" /
   * "Luật Đất đai (sửa đổi)" / "" / "Hà Nội, ngày …").
   */
  private placeDateAhead(): boolean {
    for (let k = 2; k <= 3; k++) {
      const ahead = this.LA(k);
      if (ahead.tokenType === T.DiaDanhThoiGian) return true;
      if (ahead.tokenType !== T.Van) return false;
    }
    return false;
  }

  /**
   * A body paragraph printed right under the title with no blank line (raw pdftotext, OCR, web):
   * LA(1) opens with a capital after a title line that is complete (no linking word at its end),
   * and the lines from it run, with no blank line and no other such opening, to a line that ends
   * a sentence — a trích yếu has no end punctuation (NĐ 30 Phụ lục I), so the sentence's
   * paragraph starts at LA(1) ("… năm 2026" / "Thời gian qua, công tác … đạt được" / "nhiều kết
   * quả; … phức tạp."). HD 36's rule under the title may be glued to it ("----Ngày 31/10/2025, …").
   */
  private paragraphAhead(previous: Line): boolean {
    const first = lineOf(this.LA(1));
    if (!OPENS_UPPER.test(first.text) || LINKED.test(previous.text)) return false;
    for (let k = 1; k <= MAX_PARAGRAPH_LINES; k++) {
      const ahead = this.LA(k);
      const line = lineOf(ahead);
      if (ahead.tokenType === EOF || (k > 1 && (line.blankBefore || !this.isPlainLine(ahead) || is(ahead, CLAUSE)))) return false;
      if (k > 1 && OPENS_UPPER.test(line.text) && !LINKED.test(lineOf(this.LA(k - 1)).text)) return false;
      if (/[.:]["”)]*\s*$/.test(line.text)) return true;
    }
    return false;
  }

  /**
   * "V/v … kế hoạch tài chính" / "- ngân sách 03 năm 2027-2029": a dash line opening in lower case
   * right under a title line that does not end a sentence carries the title on (a list entry opens
   * with a capital); the header goes on after it (the place-date, "Kính gửi").
   */
  private wrapsAtHyphen(next: IToken): boolean {
    return next.tokenType === T.GachDau && HYPHEN_WRAP.test(next.image) && !lineOf(next).blankBefore && !ENDS_SENTENCE.test(lineOf(this.LA(0)).text);
  }

  /**
   * "BỘ TRƯỞNG BỘ TƯ PHÁP" / "Căn cứ …": the enacting authority of a Quyết định (NĐ 30 Phụ lục I)
   * opens the body; without a blank line between, it must not be read as more title. A Nghị quyết
   * HĐND prints it in two lines: "HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG" / "KHÓA X, KỲ HỌP THỨ 5".
   */
  private authorityAhead(k = 1): boolean {
    if (this.LA(k).tokenType !== T.ChuIn) return false;
    const second = this.LA(k + 1);
    return /^C[ăa]n c[ứu](?=\s|$)/iu.test(lineOf(second).text) || (second.tokenType === T.ChuIn && SESSION.test(second.image));
  }

  /**
   * A trích yếu in capitals with its type line lost: after the number or the date, before any type
   * line or subject, capitals lines that do not name the enacting authority, followed by the
   * enacting authority or "Căn cứ" (NĐ 30 Phụ lục I: tên loại, trích yếu, thẩm quyền ban hành,
   * căn cứ). Without that landmark below, a capitals line here is left to the body.
   */
  private capitalsSubjectAhead(): boolean {
    if (!this.dated || this.titled || this.LA(1).tokenType !== T.ChuIn || this.namesAuthority(this.LA(1))) return false;
    for (let k = 2; k <= 5; k++) {
      const ahead = this.LA(k);
      if (ahead.tokenType === T.ChuIn && !this.namesAuthority(ahead)) continue;
      return ahead.tokenType === T.ChuIn || CAN_CU.test(ahead.image);
    }
    return false;
  }

  /** Under a capitals trích yếu only capitals lines continue it, up to the enacting authority or "Căn cứ". */
  private capitalsSubjectContinues(): boolean {
    const next = this.LA(1);
    return next.tokenType === T.ChuIn && !this.namesAuthority(next) && !this.authorityAhead();
  }

  /**
   * "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" | "BỘ TRƯỞNG BỘ TƯ PHÁP" | "CHỦ TỊCH ỦY BAN NHÂN DÂN …": a line
   * that names the enacting authority (a head's title, a collective body, or this header's issuer).
   */
  private namesAuthority(token: IToken): boolean {
    const text = token.image.trim();
    return AUTHORITY.test(text) || (this.issuerImage !== null && text.startsWith(this.issuerImage));
  }

  /**
   * Keeps a line that may say which type the document issues (see `issued`); returns the token.
   * The lines are read only when `issued` is asked for: most documents never ask (it is asked
   * only for a type line after the signer), and this runs on every body line.
   */
  private noteIssued(token: IToken): IToken {
    if (!this.RECORDING_PHASE) this.unread.push(token);
    return token;
  }

  /** The types the lines noted so far say this document issues (see `issued`). */
  private issuedTypes(): string[] {
    for (const token of this.unread) {
      // "Căn cứ Quyết định số … ban hành Quy chế …" cites another document's attachment
      if (CAN_CU.test(token.image)) continue;
      // an exec loop: matchAll clones the pattern at every call
      ISSUES.lastIndex = 0;
      for (let m = ISSUES.exec(token.image); m !== null; m = ISSUES.exec(token.image)) this.issued.push(m[1].toUpperCase());
    }
    this.unread.length = 0;
    return this.issued;
  }

  /**
   * An attachment that repeats a header after the signer (HD 36 and NĐ 30 print the attached Quy
   * định's own issuer, motto and place-date above its type line): header lines up to a type line,
   * no Số line (the attachment has no number of its own: it is "ban hành kèm theo" the document),
   * and the type is one the document issues ("… ban hành Quy định …" → "QUY ĐỊNH"). Returns the
   * number of lines up to and including the type line, or 0.
   */
  private attachedHeaderLength(from = 1): number {
    for (let k = from; k < from + 10; k++) {
      const ahead = this.LA(k);
      if (ahead.tokenType === T.TenLoai) return this.issuedTypes().some((type) => ahead.image.toUpperCase().startsWith(type)) ? k - from + 1 : 0;
      if (!is(ahead, REPEATED_HEADER) && !is(ahead, DEBRIS)) return 0;
    }
    return 0;
  }

  /**
   * Stamps (and debris) after the signer are the document's: the e-signature block pdftotext prints
   * under the signer's name ("Người ký: Sở Xây dựng" / "Email: …" / "Cơ quan: …" / "Thời gian ký:
   * …"), an incoming stamp; a Công báo copy's own e-signature ("Ký bởi: CÔNG BÁO …", "Ngày ký: …")
   * before the Kế hoạch a Quyết định issues (qd-ttg-844, see attachedHeaderLength) — whatever
   * follows them (the end of the file, an appendix, a form). Not when a new document's header
   * follows: stamps right above it are that document's (an incoming stamp is put on the first page
   * of what was received: seed 003).
   */
  private stampsAfterSigner(): boolean {
    if (!this.stampAhead()) return false;
    const k = this.pastStamps(1);
    return this.attachedHeaderLength(k) > 0 || !this.documentStartsAhead(k);
  }

  /** The first line at or after LA(k) that is not debris or a stamp (with its lead-in line and its "Số: 318"). */
  private pastStamps(k: number): number {
    const last = k + 12;
    while (k < last && (is(this.LA(k), STAMP) || is(this.LA(k), DEBRIS) || this.stampLeadIn(k) || (this.is1(T.SoKyHieu, k) && this.stampNumberAt(k)))) k++;
    return k;
  }

  /** Addressees: bullet lines, and lines that continue an entry (no blank line, previous not closed). */
  private addresseeContinues(): boolean {
    const next = this.LA(1);
    if (next.tokenType === EOF) return false;
    const previous = lineOf(this.LA(0)).text;
    if (next.tokenType === T.GachDau) return !/[.:]$/.test(previous) || this.LA(0).tokenType === T.KinhGui;
    if (!this.isPlainLine(next)) return false;
    if (this.LA(0).tokenType === T.KinhGui) return /:\s*\S/.test(previous) ? labelEntryWraps(lineOf(this.LA(0)), lineOf(next)) : lineOf(next).text.length < 120;
    const entry = lineOf(next);
    // after "…;", a short line ending as an entry ends is the next entry, its dash lost (Word's automatic bullets)
    if (previous.endsWith(";")) return !entry.blankBefore && /[.;]$/.test(entry.text) && entry.text.length < 120;
    return !entry.blankBefore && !/[.;]$/.test(previous) && entry.text.length < 120;
  }

  /**
   * A running header: a line printed at the top of a page, after a form feed or beside the page
   * number, that repeats the document's own number ("SỞ TÀI CHÍNH KHÁNH HÒA      Công văn số
   * 1320/STC-QLNS" / "2", "THÔNG BÁO số 482/TB-BNNMT", "Số: 482/TB-BNNMT") is page debris, not text
   * of the clause it falls in — whatever kind the lexer gave the line (a type name in capitals
   * opens a type line), but a clause marker's: a clause that cites the number opens the page.
   */
  private runningHeaderAhead(): boolean {
    const next = this.LA(1);
    if (this.ownNumber === null || next.tokenType === EOF || is(next, CLAUSE) || is(next, PAGE)) return false;
    if (!(is(this.LA(0), PAGE) || is(this.LA(2), PAGE) || (lineOf(next).raw?.includes("\f") ?? false))) return false;
    return next.image.replaceAll(" ", "").includes(this.ownNumber);
  }

  /** Lines of running text (a title, an entry) whatever their shape. */
  private isPlainLine(token: IToken): boolean {
    return PLAIN.includes(token.tokenType);
  }

  /** The body runs until the footer (Nơi nhận, a signer block) or the start of another document. */
  private bodyContinues(): boolean {
    const next = this.LA(1);
    if (next.tokenType === T.PhuLuc) return this.attachmentNoteOfTitle(next);
    if (next.tokenType === EOF || next.tokenType === T.NoiNhan) return false;
    if (next.tokenType === T.QuocHieu || next.tokenType === T.DangCongSan) return false;
    if (next.tokenType === T.SoKyHieu && !this.stampNumberAt(1)) return false;
    if (next.tokenType === T.ChuIn && this.upperLineIsHeader() && this.documentStartsAhead()) return false;
    if (this.unlabelledRecipientsAhead()) return false;
    return !this.signatureAhead();
  }

  /**
   * "KẾ HOẠCH HÀNH ĐỘNG / Thực hiện Chỉ thị … / (Kèm theo Quyết định số 844/QĐ-TTg …)": the note
   * of what an attached document belongs to stands a few lines under its own type line, in its
   * title block; it opens no appendix of it.
   */
  private attachmentNoteOfTitle(token: IToken): boolean {
    if (!this.typeLine) return false;
    const line = lineOf(token);
    const below = line.n - lineOf(this.typeLine).n;
    return below > 0 && below <= 6 && line.text.trimStart().startsWith("(");
  }

  /**
   * A signer block starts here: a signing mark, or upper-case title lines / a signature image (and
   * the e-signature's lines) followed by a name that ends the document (see endsDocumentAt).
   */
  private signatureAhead(at = 1): boolean {
    const first = this.LA(at);
    if (first.tokenType === T.KyThay) return true;
    if (first.tokenType !== T.ChuIn && first.tokenType !== T.AnhChuKy && first.tokenType !== T.HoTen) return false;
    // the e-signature's text may be printed over the signing space, between the title and the name
    let k = at;
    let stamps = 0;
    for (; this.LA(k).tokenType === T.ChuIn || this.LA(k).tokenType === T.AnhChuKy || is(this.LA(k), DEBRIS) || this.is1(T.ChuKySo, k); k++) {
      if (this.is1(T.ChuKySo, k)) stamps++;
    }
    if (this.LA(k).tokenType !== T.HoTen) return false;
    if (k - at - stamps > 3) return false;
    return this.endsDocumentAt(k + 1);
  }

  /**
   * What ends a document at LA(k), past debris and stamps (an e-signature block printed under the
   * name, an incoming stamp): the end of the file, an appendix ("PHỤ LỤC …", "(Kèm theo …)", an
   * attached "KẾ HOẠCH …" over "(Ban hành kèm theo …)", an attached document's repeated header) or
   * a new document.
   */
  private endsDocumentAt(k: number): boolean {
    k = this.pastStamps(k);
    const after = this.LA(k);
    if (after.tokenType === EOF || after.tokenType === T.PhuLuc || this.documentStartsAhead(k)) return true;
    return this.attachmentAt(k, ATTACHMENT_TITLE) || this.attachedHeaderLength(k) > 0;
  }

  /** After the signer: debris, up to an appendix or the next document. */
  /**
   * A web page's trailer after the signer ("Bài viết liên quan", "Chia sẻ: Facebook | Zalo",
   * "© 2025 Cổng thông tin …", "Lượt xem: 1.234", "In văn bản", "Tải về") is no appendix: up to the
   * end of the file (or the next document) at most 8 short lines of plain text or debris, none
   * shaped like an appendix's — no title in capitals, no list item or clause, no table row, no
   * "Phụ lục" or type line, no labelled form cell ("TÊN ĐƠN VỊ: …", "Họ và tên: ……"), no sentence
   * (a line ending in ".", ";" or ":"), and not the banner of a document that follows. Such lines
   * go to `unclassified`, as the portal menu above the header does.
   */
  private siteTrailerAhead(): boolean {
    if (this.bannerAhead()) return false; // a file-name line above the next document is its banner
    for (let k = 1; k <= TRAILER_LINES + 1; k++) {
      const token = this.LA(k);
      if (token.tokenType === EOF || (k > 1 && this.documentStartsAhead(k))) return k > 1;
      if (k > TRAILER_LINES) return false;
      if (is(token, DEBRIS)) continue;
      if (token.tokenType !== T.Van) return false;
      const text = lineOf(token).text;
      if (text.length > TRAILER_WIDTH || !TRAILER_LINE.test(text)) return false;
    }
    return false;
  }

  private afterSignature(): boolean {
    return is(this.LA(1), DEBRIS);
  }

  /**
   * Another document begins at LA(k): a motto, a number line with a code, a type line (unless the
   * next lines say "kèm theo": that is an attachment), or issuer lines leading to one of those.
   */
  private documentStartsAhead(k = 1): boolean {
    const first = this.LA(k);
    if (first.tokenType === T.QuocHieu || first.tokenType === T.DangCongSan || first.tokenType === T.SoKyHieu) return true;
    // "Chương I" / "Mục 2" alone on its line has its title on the next ("QUY ĐỊNH CHUNG"), not a type line
    if (first.tokenType === T.TenLoai) return !this.attachmentAt(k) && !isBareDivision(this.LA(k - 1));
    if (first.tokenType === T.ChuIn || is(first, STAMP)) {
      for (let j = k + 1; j <= k + 6; j++) {
        const ahead = this.LA(j);
        if (ahead.tokenType === T.QuocHieu || ahead.tokenType === T.DangCongSan || ahead.tokenType === T.SoKyHieu) return true;
        if (ahead.tokenType === T.TenLoai) return !this.attachmentAt(j);
        if (ahead.tokenType !== T.ChuIn && !is(ahead, STAMP) && !is(ahead, DEBRIS)) return false;
      }
    }
    return false;
  }

  /**
   * "(Ban hành kèm theo …)" in the first lines of an attachment belongs to its title: an attached
   * "KẾ HOẠCH …" / upper-case title, or a "PHỤ LỤC I" title (not the next "PHỤ LỤC II").
   */
  private underTitle(title: IToken | undefined, below: number): boolean {
    // within four lines of text: blank lines do not count (markdown exports double every break)
    if (title === undefined || below >= 4) return false;
    if (is(title, ATTACHMENT_TITLE)) return true;
    // a note right above the next "Phụ lục" title is that appendix's (see phuLuc)
    return isAppendixTitle(title) && isAttachmentNote(this.LA(1)) && !isAppendixTitle(this.LA(2));
  }

  /**
   * "KẾ HOẠCH …" followed within three lines by "(Ban hành kèm theo Quyết định số …)"; with `titles`
   * also an upper-case title ("CHẾ ĐỘ BÁO CÁO …", its type line lost) whose upper-case lines lead to
   * "(… kèm theo …)".
   */
  private attachmentAt(k: number, titles: TokenType[] = [T.TenLoai]): boolean {
    const first = this.LA(k).tokenType;
    if (!titles.includes(first)) return false;
    for (let j = k + 1; j <= k + 4; j++) {
      const ahead = this.LA(j);
      if (ahead.tokenType === T.PhuLuc) return first === T.TenLoai || lineOf(ahead).text.startsWith("(");
      if (first !== T.TenLoai && !is(ahead, ATTACHMENT_TITLE)) return false;
    }
    return false;
  }

  /**
   * The Nơi nhận block without its label: its standard first entry ("- Như Điều 3;", "- Như trên;")
   * or its "Lưu" line, then only entry lines up to the signer block.
   */
  private unlabelledRecipientsAhead(): boolean {
    const first = this.LA(1);
    if (first.tokenType !== T.Luu && !(first.tokenType === T.GachDau && isFirstRecipient(lineOf(first).text))) return false;
    for (let k = 2; k <= 16; k++) {
      const ahead = this.LA(k);
      if (this.signatureAhead(k)) return true;
      const entry = ahead.tokenType === T.GachDau || ahead.tokenType === T.Luu || is(ahead, DEBRIS) || is(ahead, STAMP);
      if (!entry && !(this.isPlainLine(ahead) && !lineOf(ahead).blankBefore && lineOf(ahead).text.length < 80)) return false;
    }
    return false;
  }

  /**
   * What follows a signer and starts no document (no header ahead, no banner above one) is attached
   * to it: a form, a list, a table ("TÊN ĐƠN VỊ: …" / "| Mã cảng | …").
   */
  private leftoverAfterSigner(): boolean {
    if (this.siteTrailerAhead()) return false;
    return this.LA(1).tokenType !== EOF && !this.documentStartsAhead() && !this.bannerAhead();
  }
}

/** One parser per process (GUIDE §2): self-analysis is costly, `input` is reset per file. */
export const documentGrammar = new DocumentGrammar();

/** The lookahead paths of every decision of the grammar: grammar/document-lookahead.json (npm run gen). */
export function lookaheadTable(): LookaheadTable {
  const table: LookaheadTable = {};
  new DocumentGrammar({ lookahead: recordLookahead(table, MAX_LOOKAHEAD) });
  return table;
}

/** The committed form of the table: one decision per line. */
export function lookaheadJson(): string {
  const lines = Object.entries(lookaheadTable()).map(([key, alts]) => `  ${JSON.stringify(key)}: ${JSON.stringify(alts)}`);
  return `{\n${lines.join(",\n")}\n}\n`;
}

/** The CST's TypeScript declarations (committed as grammar/document-cst.d.ts; a test checks it is current). */
export function cstDeclarations(): string {
  return generateCstDts(documentGrammar.getGAstProductions());
}
