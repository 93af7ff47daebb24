/**
 * The vocabulary of Vietnamese agency names, for the agency reader. Matching is on folded words
 * ("Uỷ ban" = "Ủy ban"), so each phrase is written once, in the new tone placement.
 */
import { phraseTable } from "./words.js";

/** Words that open a list of bodies: "các Sở", "những đơn vị", "toàn thể cán bộ". */
export const DETERMINERS = phraseTable(["các", "những", "mọi", "toàn thể", "mỗi"]);

/**
 * "đồng chí Lê Hồng Sơn", "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy"; and "Ông Lê Hữu Phước", "bà Trần
 * Thị Mai": State documents (TB kết luận, Biên bản, Quyết định cá biệt) name a person "Ông/Bà + họ tên"
 * (see HONORIFICS: a name must follow those).
 */
export const PERSON = phraseTable(["đồng chí", "đ/c", "ông", "bà"]);
/**
 * The person words that are also plain nouns ("bà con", "Bà Rịa - Vũng Tàu", "đường Bà Triệu"): a person
 * only before a capitalised name of two syllables or more, never before a title alone.
 */
export const HONORIFICS = phraseTable(["ông", "bà"]);

/**
 * The acts of a personnel or award decision (Quyết định cá biệt, NĐ 30 Phụ lục III), which open its Điều 1
 * with the person or body they act on: "Bổ nhiệm ông X, Trưởng phòng …", "Điều động bà Y …", "Tặng Giấy
 * khen cho …". What follows is their object, never a subject.
 */
export const DECISION_ACTS = phraseTable([
  "bổ nhiệm", "bổ nhiệm lại", "miễn nhiệm", "điều động", "tiếp nhận", "cho thôi", "thôi giữ", "kỷ luật", "khen thưởng",
  "tặng", "luân chuyển", "biệt phái", "tuyển dụng", "nâng bậc", "nâng lương", "cách chức", "giáng chức", "chuyển công tác",
  "công nhận", "xếp lương", "cử",
]);

/** Titles of persons: "Chủ tịch UBND 18 phường", "Phó Chỉ huy trưởng Sở Chỉ huy". */
export const TITLES = phraseTable([
  "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "ủy viên", "thành viên", "lãnh đạo", "giám đốc",
  "phó giám đốc", "trưởng ban", "phó trưởng ban", "chánh văn phòng", "chỉ huy trưởng", "phó chỉ huy trưởng",
  "thủ trưởng", "người đứng đầu", "bộ trưởng", "thứ trưởng", "cục trưởng", "chủ nhiệm", "trưởng phòng",
  "tổng cục trưởng", "chi cục trưởng", "vụ trưởng", "viện trưởng", "chánh thanh tra", "hiệu trưởng", "tổng giám đốc",
  "chánh án", "thống đốc", "phó thủ tướng", "phó thủ tướng chính phủ",
  // the secretary of a council, steering board or organising board, named in every Quy chế of one: "Thư ký Hội đồng"
  "thư ký", "thư ký thường trực", "thư ký hội nghị", "thư ký cuộc họp", "thư ký kỳ họp", "thư ký phiên họp", "thư ký tổ",
  // village and residential-group heads (Luật Tổ chức chính quyền địa phương; Thông tư 04/2012/TT-BNV): "Trưởng
  // thôn", "Tổ trưởng tổ dân phố"; bare "trưởng" only over a plural village group ("Trưởng các thôn, bản", see `headAt`)
  "trưởng thôn", "trưởng bản", "trưởng ấp", "trưởng khu phố", "tổ trưởng tổ dân phố", "tổ trưởng", "trưởng", "chi hội trưởng",
  // a member of a Party committee (Điều lệ Đảng; HD 36): "Chi ủy viên", "Đảng ủy viên", "Tỉnh ủy viên" — a
  // title, never the committee "chi ủy" and a loose "viên"
  "chi ủy viên", "đảng ủy viên", "tỉnh ủy viên", "thành ủy viên", "huyện ủy viên", "quận ủy viên", "thị ủy viên",
]);

/**
 * Heads that name a body on their own: "UBND", "Công an", "cấp ủy", "chính quyền", "cơ quan".
 * A body may open with one without "các" and without a capitalised name after it.
 */
export const STRONG_HEADS = phraseTable([
  "ủy ban nhân dân", "ubnd", "ủy ban mặt trận tổ quốc", "ủy ban mttq", "ubmttq", "ủy ban kiểm tra", "hội đồng nhân dân", "hđnd",
  "mặt trận tổ quốc", "mttq", "ban chỉ đạo", "bcđ", "ban cán sự đảng", "bcsđ", "ban thường vụ", "btv", "ban chấp hành",
  "ban xây dựng đảng", "ban tuyên giáo", "ban dân vận", "ban tổ chức", "ban quản lý", "thường trực", "văn phòng",
  "công an", "bộ tư lệnh", "bộ chỉ huy", "sở chỉ huy", "trung tâm", "đảng ủy", "đảng đoàn", "quận ủy", "huyện ủy",
  "thị ủy", "thành ủy", "tỉnh ủy", "tỉnh đoàn", "thành đoàn", "quận đoàn", "huyện đoàn", "cấp ủy", "cấp ủy đảng", "chính quyền",
  "tổ chức đảng", "đoàn thể", "cơ quan", "đơn vị", "doanh nghiệp", "chủ đầu tư", "cán bộ", "đảng viên", "công chức",
  "viên chức", "nhân dân", "người lao động", "chính phủ", "thủ tướng chính phủ", "thủ tướng", "kho bạc nhà nước",
  "bảo hiểm xã hội", "ngân hàng nhà nước", "viện kiểm sát", "tòa án", "liên đoàn lao động", "hội liên hiệp phụ nữ",
  "hội nông dân", "hội cựu chiến binh", "đoàn thanh niên", "ban thường vụ tỉnh đoàn", "tổng liên đoàn lao động",
  "ban chỉ huy", "cơ sở khám bệnh, chữa bệnh",
  // the national news agency, named beside the Đài in every storm or flood Công điện ("Đài THVN, Đài TNVN, TTXVN")
  "thông tấn xã", "ttxvn",
  // one of the Party committees formed in 2025 under the Central Committee (and its provincial and commune
  // counterparts), whose name holds a comma: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương / tỉnh"
  "đảng ủy mặt trận tổ quốc, các đoàn thể", "đảng ủy mttq, các đoàn thể",
  // the people of a school or university, who are given tasks as the staff are: "Sinh viên chủ động đăng ký …"
  "sinh viên", "học sinh", "giảng viên", "giáo viên", "học viên", "cố vấn học tập",
  // roles the laws name as bodies that act (Luật Hải quan, Luật Quản lý thuế, Bộ luật Lao động)
  "người khai hải quan", "người nộp thuế", "người sử dụng lao động", "đại lý làm thủ tục hải quan", "đại lý hải quan",
  // election bodies (Luật Bầu cử): "Ủy ban bầu cử xã", "Ban bầu cử", "Tổ bầu cử số 3"
  "hội đồng bầu cử quốc gia", "ủy ban bầu cử", "ban bầu cử", "tổ bầu cử",
  // the self-managing board of a village or residential group (Luật Thực hiện dân chủ ở cơ sở 2022): "Ban điều hành các
  // khu phố", "Ban điều hành thôn"; and the Front's board there ("Ban công tác Mặt trận khu dân cư")
  "ban điều hành", "ban công tác mặt trận",
  // basic Party organisations (Điều lệ Đảng, ch. V): "Các chi bộ, đảng bộ cơ sở", "các chi bộ trực thuộc"
  "chi bộ", "đảng bộ", "đảng bộ cơ sở", "chi ủy", "tổ chức cơ sở đảng",
  // bodies set up for a task, and who builds: "Tổ công tác", "Tổ giúp việc", "Các nhà thầu"
  "tổ công tác", "tổ giúp việc", "nhà thầu", "tổ thư ký", "bộ phận thư ký",
  // deputies and their groups (Luật Tổ chức HĐND): "Tổ đại biểu HĐND tỉnh", "các Tổ đại biểu và đại biểu HĐND"
  "tổ đại biểu", "đoàn đại biểu quốc hội", "đoàn đbqh",
  // the Youth Union's bodies (Điều lệ Đoàn TNCS Hồ Chí Minh): "các đoàn trực thuộc", "chi đoàn", "cơ sở đoàn", "thị đoàn"
  "đoàn trực thuộc", "chi đoàn", "cơ sở đoàn", "đoàn cơ sở", "thị đoàn", "đoàn xã", "đoàn phường",
  // the Trade Union's bodies (Luật Công đoàn 2024, Điều 10; Điều lệ Công đoàn Việt Nam): "Công đoàn Viên chức
  // tỉnh", "Công đoàn ngành Giáo dục", "Công đoàn các Khu công nghiệp tỉnh", "các công đoàn cơ sở", "công đoàn
  // cấp trên trực tiếp cơ sở"; and the village branch of a mass association: "Chi hội Phụ nữ", "các chi hội"
  "công đoàn", "công đoàn cơ sở", "công đoàn ngành", "công đoàn cấp trên trực tiếp cơ sở", "công đoàn cấp trên",
  "công đoàn khu công nghiệp", "công đoàn các khu công nghiệp", "công đoàn khu kinh tế", "công đoàn các khu kinh tế", "chi hội",
  // bodies whose whole name the laws give, holding a verb, "các" or "và" that would end a name:
  // Văn phòng đăng ký đất đai and its branches (Luật Đất đai 2024, Điều 22), Trung tâm Phục vụ hành
  // chính công (Nghị định 118/2025/NĐ-CP), Ban Quản lý các khu công nghiệp / khu kinh tế (Nghị
  // định 35/2022/NĐ-CP), the provincial press and broadcaster merged in 2025 ("Báo và Phát thanh,
  // Truyền hình Nghệ An")
  "văn phòng đăng ký đất đai", "chi nhánh văn phòng đăng ký đất đai", "trung tâm phục vụ hành chính công",
  "ban quản lý các khu công nghiệp", "ban quản lý khu kinh tế", "ban quản lý các khu kinh tế", "báo và phát thanh, truyền hình",
  // the courts and procuracies (Luật Tổ chức TAND, Luật Tổ chức VKSND, amended 2025): "nhân dân" is part of
  // the name, before its level or region ("Tòa án nhân dân khu vực 2", "Viện KSND tối cao", "TAND các khu vực")
  "tòa án nhân dân", "tòa án nhân dân tối cao", "tòa án nhân dân cấp cao", "tand", "tand tối cao", "tand cấp cao",
  "viện kiểm sát nhân dân", "viện kiểm sát nhân dân tối cao", "viện kiểm sát nhân dân cấp cao", "vksnd", "vksnd tối cao",
  "vksnd cấp cao", "viện ksnd", "viện ksnd tối cao", "viện ksnd cấp cao",
]);

/** Heads that need "các" or a capitalised name after them: "Sở Y tế", "các phòng" — not "ban hành", "phòng, chống". */
export const NAMED_HEADS = phraseTable([
  "ban", "bộ", "sở", "phòng", "cục", "chi cục", "tổng cục", "viện", "học viện", "đài", "báo", "hội",
  "hội đồng", "bệnh viện", "thanh tra", "ủy ban", "ngân hàng", "tập đoàn", "tổng công ty", "công ty", "chi nhánh",
  "quận", "huyện", "tỉnh", "phường", "xã", "thị xã", "thị trấn", "thành phố", "đặc khu",
  // commune-level bodies of the branches: "Trạm Y tế xã", "Hạt Kiểm lâm", "Đồn Biên phòng", "Đội Quản lý thị trường"
  "trạm", "hạt", "đồn", "đội",
  // higher education (Luật Giáo dục đại học): "các đại học, học viện, trường đại học"; a deputy ("đại biểu HĐND tỉnh")
  "đại học", "trường đại học", "trường cao đẳng", "đại biểu",
  // "Bộ phận Một cửa", "các bộ phận liên quan" (not "một bộ phận cán bộ": see `headAt`); "Hợp tác xã Nông nghiệp Tân Phú",
  // "các hợp tác xã, tổ hợp tác"
  "bộ phận", "hợp tác xã", "tổ hợp tác",
  // a university's faculties and departments (Luật Giáo dục đại học, Điều 14): "Khoa Công nghệ thông tin", "các khoa", "các bộ môn"
  "khoa", "bộ môn",
]);

/**
 * Heads that need a capitalised name after them even after "các": "Vụ Pháp chế", "Trường Chính trị
 * tỉnh" — the same words open "các vụ việc", "các trường hợp", "vụ nuôi".
 */
export const CAPITAL_NAMED_HEADS = phraseTable(["vụ", "trường"]);

/**
 * Heads that name a body when printed capitalised before a level word: "Thuế tỉnh Nghệ An", "Thuế
 * thành phố Hà Nội" (the tax offices that replaced the Cục Thuế in 2025, Quyết định 381/QĐ-BTC) —
 * not "thuế" in "cơ quan thuế", "số thu thuế".
 */
export const LEVEL_NAMED_HEADS = phraseTable(["thuế"]);

/** Heads that need "các"/"những" (or a list before them): "các cấp", "các ngành", "các địa phương". */
export const PLURAL_HEADS = phraseTable([
  "cấp", "ngành", "địa phương", "lực lượng", "tổ chức", "đoàn kiểm tra", "tổ chức chính trị - xã hội",
  "sở, ban, ngành", "sở, ngành", "phòng, ban, ngành", "ban, ngành", "cơ sở y tế", "cá nhân",
  // "Các trường học trên địa bàn xã", "các cơ sở giáo dục"; the schools by level (Luật Giáo dục 2019, Điều 28
  // and 53): "các trường trung học phổ thông", "các trường mầm non, tiểu học"
  "trường học", "cơ sở giáo dục", "trường mầm non", "trường tiểu học", "trường trung học cơ sở", "trường trung học phổ thông",
  "trường thcs", "trường thpt", "trường phổ thông dân tộc nội trú",
]);

/** Descriptive words that stay inside a body's name: "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh". */
export const DESCRIPTORS = phraseTable([
  "phòng, chống dịch bệnh", "phòng, chống dịch", "phòng chống dịch bệnh", "phòng chống dịch", "phòng, chống", "phòng chống",
  "chính trị - xã hội", "chính trị xã hội", "- chính trị xã hội", "xã hội", "liên quan", "có liên quan", "trực thuộc tỉnh",
  "trực thuộc thành phố", "trực thuộc", "các cấp", "cấp tỉnh", "cấp huyện", "cấp xã", "cấp cơ sở", "địa phương",
  "phụ trách địa bàn", "cán sự đảng", "xây dựng đảng", "quốc gia", "trung ương", "đảng", "nhà nước", "thuộc",
  "liên ngành", "cộng đồng", "tuyến đầu", "quân sự", "công nghệ", "ngang bộ", "cùng cấp", "ở trung ương",
  "ở địa phương", "ở cơ sở", "công tác mặt trận", "cảng", "kho bãi", "trên toàn quốc", "toàn quốc", "trên cả nước", "cả nước",
  "trên địa bàn",
  // where a commune lies: "(UBND) các xã, phường ven biển", "các xã biên giới", "các xã vùng cao, miền núi"
  "ven biển", "biên giới", "vùng cao", "miền núi", "vùng sâu, vùng xa",
  // the branch a generic body belongs to: "cơ quan hải quan", "cơ quan thuế các cấp", "lực lượng công an"
  "hải quan", "thuế", "công an", "kiểm lâm", "biên phòng", "tài chính", "thống kê", "tư pháp", "y tế",
  // customs offices at a border gate: "Chi cục Hải quan cửa khẩu xuất", "… cửa khẩu cảng biển"
  "cửa khẩu xuất cũ", "cửa khẩu xuất mới", "cửa khẩu nhập cũ", "cửa khẩu nhập mới", "cửa khẩu xuất", "cửa khẩu nhập",
  "cửa khẩu cảng biển", "cửa khẩu",
  // a back-reference that ends a name and stays with it: "(Chủ tịch UBND) các tỉnh, thành phố nêu trên"
  "nêu trên", "nói trên", "kể trên",
]);

/** Place words that end or qualify a name: "Trung tâm Y tế quận", "thành phố Hà Nội", "UBND 18 phường". */
export const PLACES = phraseTable([
  "quận", "huyện", "tỉnh", "thành phố", "thị xã", "phường", "xã", "thị trấn", "thôn", "tổ dân phố",
  // the commune level since 2025 (Luật Tổ chức chính quyền địa phương 2025, Điều 2: "xã, phường, đặc khu")
  "đặc khu", "ấp", "khu phố",
]);

/** Territorial and other families whose bare members join one group: "các quận, huyện, thị xã". */
export const FAMILIES: ReadonlyArray<readonly string[]> = [
  ["quận", "huyện", "thị xã", "thành phố", "phường", "xã", "đặc khu", "thị trấn", "tỉnh", "quận ủy", "huyện ủy", "thị ủy", "thành ủy", "đảng ủy", "tỉnh ủy"],
  // "các sở, ban, ngành", "các cơ quan, đơn vị", "các bộ, ngành, địa phương": one group however mixed
  ["sở", "ban", "ngành", "ban ngành", "phòng", "bộ", "cơ quan ngang bộ", "cơ quan", "đơn vị", "địa phương", "tổ chức", "cá nhân",
    // "các cơ quan, đơn vị, doanh nghiệp (còn nợ đóng bảo hiểm xã hội)": the employers of the social insurance laws
    "doanh nghiệp"],
  ["cấp ủy", "cấp ủy đảng", "chính quyền", "tổ chức đảng", "chi bộ", "đảng bộ", "đảng bộ cơ sở", "chi ủy", "tổ chức cơ sở đảng"],
  ["cán bộ", "đảng viên", "công chức", "viên chức", "nhân dân", "người lao động", "giảng viên", "giáo viên", "sinh viên", "học sinh", "học viên"],
  ["ban cán sự đảng", "đảng đoàn"],
  // the Youth Union's levels, as the Party's committees above: "các huyện đoàn, thành đoàn, thị đoàn, đoàn trực thuộc"
  ["huyện đoàn", "thành đoàn", "thị đoàn", "quận đoàn", "tỉnh đoàn", "đoàn trực thuộc", "chi đoàn", "cơ sở đoàn", "đoàn cơ sở", "đoàn xã", "đoàn phường"],
  // the Trade Union's levels: "các công đoàn cơ sở, công đoàn ngành"
  ["công đoàn", "công đoàn cơ sở", "công đoàn ngành", "công đoàn cấp trên trực tiếp cơ sở", "công đoàn cấp trên", "liên đoàn lao động"],
  // villages and residential groups: "(Trưởng) các thôn, bản, tổ dân phố"
  ["thôn", "bản", "ấp", "tổ dân phố", "khu phố"],
  // "các đại học, học viện, trường đại học" (Luật Giáo dục đại học, Điều 7)
  ["đại học", "học viện", "trường đại học", "trường cao đẳng"],
  // the regions of the courts, procuracies and State Treasury since 2025: "(Tòa án nhân dân) các khu vực"
  ["khu vực"],
];

/**
 * Words that end a name: the verbs and adverbs that follow a subject ("Công an Thành phố tiếp
 * tục …") and the function words after a list ("để", "về", "theo").
 */
export const STOPS = phraseTable([
  "chủ trì", "phối hợp", "tiếp tục", "chỉ đạo", "rà soát", "xây dựng", "thực hiện", "triển khai", "tập trung",
  "khẩn trương", "căn cứ", "chủ động", "có trách nhiệm", "chịu trách nhiệm", "đẩy mạnh", "tăng cường", "tiếp thu",
  "ban hành", "quản lý", "thành lập", "duy trì", "đề xuất", "cử", "kêu gọi", "vào cuộc", "rút kinh nghiệm",
  "nghiên cứu", "tham mưu", "có", "hoàn thiện", "xem xét", "phát huy", "quán triệt", "thông tin", "hướng dẫn",
  "kiểm tra", "giám sát", "đôn đốc", "bảo đảm", "đảm bảo", "trình", "báo cáo", "thống nhất", "theo dõi", "giao",
  "cung cấp", "hỗ trợ", "vận động", "tuyên truyền", "cập nhật", "phê duyệt", "bố trí", "sắp xếp", "điều chỉnh",
  "kịp thời", "nghiêm túc", "quyết liệt", "cần", "phải", "sớm", "khắc phục", "ưu tiên", "được", "là", "đã", "sẽ", "đang",
  "xử lý", "lập", "tổ chức thực hiện", "lãnh đạo, chỉ đạo", "nắm", "rà soát", "để", "về", "theo", "trong", "tại",
  "trên", "với", "khi", "nhằm", "đối với", "cho", "ngoài", "nhất là", "đặc biệt", "trước", "sau", "từ", "đến",
  "vẫn", "cũng", "đều", "tích cực", "nâng cao", "thường xuyên", "định kỳ", "yêu cầu", "đề nghị", "ủy quyền",
  "phân công", "huy động", "chấp hành", "thi hành", "làm", "giải quyết", "ứng dụng", "tiến hành", "đánh giá",
  "căn cứ vào", "nghiêm", "và", "hoặc", "của", "tổ chức", "họp", "hiện nay", "cụ thể", "quyết định", "tổng hợp", "lựa chọn", "ký",
  "định hướng", "xem xét", "cho ý kiến", "giúp", "chịu", "lãnh đạo", "xin", "thông báo", "trả lời", "phúc đáp",
  "phụ trách", "trực tiếp", "tổng kết", "sơ kết", "chuẩn bị", "kiện toàn", "phổ biến", "gửi", "công bố", "vào", "kính",
  // the delegation sentence of a Thông tư or Nghị định: "UBND cấp tỉnh quy định cụ thể …", "… phân cấp cho …"
  "quy định", "phân cấp",
  // "Phòng Đào tạo | mở hệ thống đăng ký", "(Đài …) mở chuyên mục": a verb of one syllable after a capitalised name
  "mở",
]);

/**
 * Verbs that end a capitalised name read on in lower case ("Trung tâm Y tế | bổ sung thuốc",
 * "Phòng Tài chính - Kế hoạch | phân bổ …"): the name reader's own check, not `STOPS` (a title
 * "Tập trung sửa đổi, bổ sung …" is no sentence for a verb after its comma).
 */
export const NAME_END_VERBS = phraseTable(["bổ sung", "phân bổ", "nâng cấp", "phát động", "hoàn thành", "đẩy nhanh", "ghi biên bản", "ghi chép"]);

/** The duties only a subject carries: whatever stands before one names the body that has it. */
const DUTY_WORDS = ["có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ"];
export const DUTIES = phraseTable(DUTY_WORDS);
/** A duty, or leading the work ("… chủ trì, phối hợp với …"): closes a subject's long name. */
export const DUTIES_OR_LEAD = phraseTable([...DUTY_WORDS, "chủ trì"]);
/** A duty or a modal: what a subject is bound to do. */
export const BOUND = phraseTable([...DUTY_WORDS, "phải", "cần"]);

/** Bodies that speak in the document (the issuer's own organs): their "giao X" assigns X. */
export const SPEAKERS = phraseTable([
  "ban thường vụ thành ủy", "ban thường vụ tỉnh ủy", "ban thường vụ quận ủy", "ban thường vụ huyện ủy", "ban thường vụ thị ủy",
  "ban thường vụ đảng ủy", "thường trực thành ủy", "thường trực tỉnh ủy", "thường trực quận ủy", "thường trực huyện ủy",
  "bộ chính trị", "ban bí thư", "thủ tướng chính phủ", "thủ tướng", "chính phủ",
]);

/** Official names of Sở/Bộ fields, printed many ways: "Sở TT&TT", "sở Thông tin truyền thông". */
export const FIELD_NAMES: readonly string[] = [
  "Giáo dục và Đào tạo", "Y tế", "Tài chính", "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội",
  "Giao thông vận tải", "Công Thương", "Xây dựng", "Kế hoạch và Đầu tư", "Tư pháp", "Nội vụ",
  "Văn hóa, Thể thao và Du lịch", "Tài nguyên và Môi trường", "Nông nghiệp và Phát triển nông thôn",
  "Khoa học và Công nghệ", "Nông nghiệp và Môi trường", "Dân tộc và Tôn giáo", "Ngoại vụ", "Quy hoạch - Kiến trúc", "Du lịch", "Công an", "Quốc phòng", "Ngoại giao",
  // the offices of a commune or ward since 1/7/2025 (Nghị định 150/2025/NĐ-CP, Điều 5): "Phòng Kinh tế",
  // "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"
  "Kinh tế", "Kinh tế, Hạ tầng và Đô thị", "Văn hóa - Xã hội",
  // the finance office of a hospital, school or public service unit, printed with or without its dash
  "Tài chính kế toán", "Tài chính - Kế toán",
];
/** FIELD_NAMES as a phrase table: a field's whole name at a word ("Kế hoạch và Đầu tư"). */
export const FIELD_TABLE = phraseTable(FIELD_NAMES);

/**
 * The goods or sector a unit's field ends in, after a field that already holds three lower-case words: "Chi cục An toàn
 * vệ sinh thực phẩm", "Chi cục Quản lý chất lượng nông lâm sản" (the provincial food-safety and quality offices), "Trung
 * tâm Kiểm nghiệm thuốc, mỹ phẩm" — the name ends there, not its first three lower-case words.
 */
export const FIELD_NOUNS = phraseTable([
  "thực phẩm", "nông sản", "lâm sản", "thủy sản", "nông lâm sản", "nông lâm thủy sản", "thực vật", "động vật", "dược phẩm", "mỹ phẩm",
  "thú y", "thủy lợi", "hàng hóa", "vật tư",
]);

/** Comma-holding field names read as one: "Sở Lao động, Thương binh và Xã hội". */
export const COMMA_FIELDS = phraseTable(["phòng, chống", "lao động, thương binh và xã hội", "văn hóa, thể thao và du lịch", "lao động - thương binh và xã hội",
  "kinh tế, hạ tầng và đô thị",
]);

/**
 * Fields that hold a word read as a verb ("thông tin"), read as one inside a name: "Phòng Công nghệ thông tin",
 * "Trung tâm Công nghệ thông tin và Truyền thông", "Cổng Thông tin điện tử" — the IT units of nearly every Sở,
 * hospital, university and Bộ (a bare "thông tin" after a name is still the verb: "Sở Y tế thông tin cho …").
 */
export const VERB_FIELDS = phraseTable(["công nghệ thông tin", "công nghệ thông tin và truyền thông", "thông tin điện tử", "thông tin đối ngoại", "thông tin và truyền thông", "thông tin - truyền thông"]);

/**
 * The departments of a Công an tỉnh (PA, PC, PK, PV, PX …; Thông tư of the Bộ Công an on the provincial police's
 * organisation), named by fields that hold a verb, "về", "và" or commas: "Phòng Cảnh sát giao thông", "Phòng Cảnh
 * sát quản lý hành chính về trật tự xã hội", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Đội Cảnh
 * sát giao thông số 2". Printed capitalised, each is a whole name: what follows in lower case is not part of it.
 */
export const POLICE_FIELDS = phraseTable([
  "cảnh sát giao thông", "cảnh sát giao thông đường thủy", "cảnh sát giao thông - trật tự", "cảnh sát hình sự", "cảnh sát kinh tế",
  "cảnh sát môi trường", "cảnh sát cơ động", "cảnh sát bảo vệ", "cảnh sát điều tra tội phạm về ma túy",
  "cảnh sát điều tra tội phạm về trật tự xã hội", "cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường",
  "cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", "cảnh sát điều tra tội phạm về kinh tế và chức vụ",
  "cảnh sát quản lý hành chính về trật tự xã hội", "cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
  "cảnh sát thi hành án hình sự và hỗ trợ tư pháp", "cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng",
  "an ninh chính trị nội bộ", "an ninh kinh tế", "an ninh đối ngoại", "an ninh điều tra", "an ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
  "quản lý xuất nhập cảnh", "kỹ thuật hình sự", "hồ sơ nghiệp vụ", "công tác đảng và công tác chính trị",
  // the teams (Đội) of those departments and of the commune police: "Đội Đăng ký, quản lý cư trú", "Đội Quản lý
  // hành chính về trật tự xã hội"
  "đăng ký, quản lý cư trú", "quản lý hành chính về trật tự xã hội",
]);

/** Roles a body is given, noted in brackets after its name: "Sở … (Cơ quan thường trực Ban Chỉ huy …)", "(đơn vị đầu mối)". */
export const ROLE_DESIGNATIONS = phraseTable([
  "cơ quan đầu mối", "đơn vị đầu mối", "cơ quan chủ trì", "đơn vị chủ trì", "cơ quan thường trực", "cơ quan giúp việc",
]);
